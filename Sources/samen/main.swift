print("samen")
