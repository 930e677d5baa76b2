-- luassert and say (Debian lua-luassert, lua-say): assertions, spies, stubs and
-- their failure messages
local assert = require "luassert"
local spy = require "luassert.spy"
local stub = require "luassert.stub"
local match = require "luassert.match"
local function try(f)
  local ok, err = pcall(f)
  print(ok, (tostring(err):gsub("table: 0x%x+", "table")))
end
try(function() assert.are.equal(1, 1); assert.is_true(true); assert.truthy("a") end)
try(function() assert.are.equal(1, 2) end)
try(function() assert.are.same({1, {2, x = "y"}}, {1, {2, x = "z"}}) end)
try(function() assert.has_error(function() error("xyz", 0) end, "xyz") end)
try(function() assert.has_no.errors(function() error("oops", 0) end) end)
try(function() assert.matches("^h.llo$", "hello"); assert.is_not.matches("^x", "hello") end)
try(function() assert.is_nil(false, "custom message") end)
local s = spy.new(function(a) return a * 2 end)
s(3); s(4)
try(function() assert.spy(s).was.called(2); assert.spy(s).was.called_with(4) end)
try(function() assert.spy(s).was.called_with(5) end)
local t = {f = function() return 1 end}
stub(t, "f").returns(42)
print(t.f(), t.f(1, 2))
try(function() assert.stub(t.f).was.called_with(match.is_number(), 2) end)
t.f:revert()
print(t.f())
try(function() assert.is.near(0.3, 0.1 + 0.2, 1e-9); assert.are.unique({{1}, {2}}) end)
try(function() assert.error_matches(function() error("code 42") end, "code %d+") end)
