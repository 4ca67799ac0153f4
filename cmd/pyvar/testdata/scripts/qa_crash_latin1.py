#!/usr/bin/env python
# -*- coding: latin-1 -*-
print("é")
