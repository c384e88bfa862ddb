eval()
