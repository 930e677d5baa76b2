-- LuaUnit (Debian lua-unit) running a small suite with passes, failures and errors
-- fixed clock and date, so the report does not vary between runs
os.clock = function() return 0 end
os.time = function() return 0 end
os.date = function() return "(date)" end
local lu = require "luaunit"
TestArith = {}
function TestArith:setUp() self.x = 10 end
function TestArith:test_add() lu.assertEquals(self.x + 1, 11) end
function TestArith:test_fail() lu.assertEquals({1, 2, {3}}, {1, 2, {4}}) end
function TestArith:test_error() error("boom") end
function TestArith:test_near() lu.assertAlmostEquals(0.1 + 0.2, 0.3, 1e-12) end
function TestArith:test_strings()
  lu.assertStrContains("hello world", "lo w")
  lu.assertStrMatches("abc123", "%a+%d+")
  lu.assertErrorMsgContains("bad", function() error("a bad thing") end)
end
TestOther = {}
function TestOther:test_skip() lu.skip("not today") end
function TestOther:test_types() lu.assertIsTable({}); lu.assertIsNil(nil); lu.assertNotEquals(1, 2) end
function TestOther:test_items() lu.assertItemsEquals({1, 2, 3}, {3, 1, 2}) end
local runner = lu.LuaUnit.new()
runner:setOutputType("tap")
local failures = runner:runSuite("--pattern", "Test")
print("failures", failures)
