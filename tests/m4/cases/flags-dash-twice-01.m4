read once
