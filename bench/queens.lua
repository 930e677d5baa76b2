-- queens: counts every solution of the n-queens problem by backtracking over
-- boolean arrays (columns and both diagonals).
-- size: default 13, check 6 (n)
local function queens(n)
  local cols, d1, d2 = {}, {}, {}
  local count = 0
  local function place(row)
    if row > n then count = count + 1; return end
    for c = 1, n do
      local a, b = row + c, row - c + n
      if not cols[c] and not d1[a] and not d2[b] then
        cols[c], d1[a], d2[b] = true, true, true
        place(row + 1)
        cols[c], d1[a], d2[b] = false, false, false
      end
    end
  end
  place(1)
  return count
end

local n = tonumber(arg and arg[1]) or 13
print(string.format("%d-queens: %d solutions", n, queens(n)))
