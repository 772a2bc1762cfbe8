#ifndef SAMEN_CNCURSES_SHIM_H
#define SAMEN_CNCURSES_SHIM_H

// Wide-character curses: must be defined before curses.h so cchar_t,
// setcchar and wadd_wch are declared.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1

#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <ncursesw/curses.h>

// Swift 6 rejects curses' mutable globals and cannot import its macros,
// so each one the UI needs is wrapped in a static inline function.
static inline WINDOW *samen_stdscr(void) { return stdscr; }
static inline int samen_lines(void) { return LINES; }
static inline int samen_cols(void) { return COLS; }
static inline int samen_colors(void) { return COLORS; }
static inline int samen_color_pairs(void) { return COLOR_PAIRS; }
static inline int samen_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t samen_a_normal(void) { return A_NORMAL; }
static inline attr_t samen_a_bold(void) { return A_BOLD; }
static inline attr_t samen_a_dim(void) { return A_DIM; }
static inline attr_t samen_a_reverse(void) { return A_REVERSE; }
static inline attr_t samen_a_underline(void) { return A_UNDERLINE; }
static inline attr_t samen_a_italic(void) { return A_ITALIC; }
static inline mmask_t samen_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t samen_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t samen_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t samen_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int samen_key_resize(void) { return KEY_RESIZE; }
static inline int samen_key_mouse(void) { return KEY_MOUSE; }
static inline int samen_err(void) { return ERR; }
// newterm, unlike initscr, returns NULL for an unusable TERM instead of exiting.
static inline SCREEN *samen_newterm(void) { return newterm(NULL, stdout, stdin); }


// Signals: the handler only records which signal came; the app loop sees it
// between two keys, so a save in progress always finishes before the
// terminal is restored. Used from one Swift file only (Signals.swift), so
// every call sees the same copy of this static variable.
static volatile sig_atomic_t samen_pending_signal = 0;
static void samen_signal_handler(int sig) { samen_pending_signal = sig; }
static inline void samen_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = samen_signal_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a blocked read returns so the loop can react
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}
static inline void samen_default_signal_handlers(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
}
static inline int samen_take_signal(void) {
    int s = samen_pending_signal;
    samen_pending_signal = 0;
    return s;
}

#endif
