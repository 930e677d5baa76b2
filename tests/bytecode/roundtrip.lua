-- roundtrip.lua LIST -- every function of every file named in LIST (one path
-- a line) survives string.dump
-- and load(..., "b"), stripped or not: the verifier accepts all the compiler
-- makes, and dumping the loaded function again gives the same bytes (or, where
-- a constant table's keys were re-inserted in another order, the same length).
local files, failed = 0, 0
for path in io.lines(arg[1]) do
    local f, err = loadfile(path)
    if not f then
        failed = failed + 1
        print("FAIL " .. path .. ": " .. err)
    else
        files = files + 1
        for _, strip in ipairs({false, true}) do
            local bin = string.dump(f, strip)
            local g, lerr = load(bin, "=" .. path, "b")
            local again = g and string.dump(g, strip)
            if not g then
                failed = failed + 1
                print("FAIL " .. path .. (strip and " (stripped)" or "") .. ": " .. lerr)
            elseif #again ~= #bin then
                failed = failed + 1
                print("FAIL " .. path .. (strip and " (stripped)" or "") .. ": dumped again differs")
            end
        end
    end
end
print(files .. " files, " .. failed .. " failed")
os.exit(failed == 0 and files > 0 and 0 or 1)
