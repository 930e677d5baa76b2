#!/usr/bin/env luajit
-- This file starts with a UTF-8 byte order mark and a "#!" line.
print("ran")
error("on line 4")
