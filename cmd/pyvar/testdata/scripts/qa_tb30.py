prnt("typo")
