for s in ['ß', 'straße', 'ﬁx', 'ﬀ', 'ŉ', 'İstanbul', 'ΟΔΟΣ', 'ΣΑΣ ΣΑΣ.', 'Σ', 'aΣb', 'ǰ', 'ﬆ', "they're bill's friends", "hello world", "1st 2nd", "ÉCOLE", "Ǆemal", "ǅ", "ǆ", "mIxEd CaSe 123", "", "αβγ ΑΒΓ", "ⅷ", "Ⅷ"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.casefold()), repr(s.swapcase()), s.isupper(), s.islower(), s.istitle())
