package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- a module that requires itself through another is a loop, and stays an error
print(pcall(require, "loop_a"))
print(package.loaded.loop_a ~= nil, package.loaded.loop_b ~= nil)
print(pcall(require, "loop_a"))
print(pcall(require, "loop_b"))
