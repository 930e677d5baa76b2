package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- require wants a string (a number is converted)
print(pcall(require))
print(pcall(require, nil))
print(pcall(require, {}))
package.preload["12"] = function(name) return "number name " .. name end
print(pcall(require, 12))
