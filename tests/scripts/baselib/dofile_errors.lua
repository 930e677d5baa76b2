-- dofile and loadfile on a missing file
print(pcall(dofile, "/nonexistent/file.lua"))
print(loadfile("/nonexistent/file.lua"))
