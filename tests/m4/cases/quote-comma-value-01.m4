define(`W', `$3')W(`dnsbl', `bl.example', `"550 Rejected, listed"') W(`dnsbl', `bl.example', ``"550 Rejected, listed"'')
