def helper(): return "helped"
