-- the search paths are expanded with '?' replaced by the module path
package.path = "./?.x;./sub/?/init.y"
package.cpath = "./?.so"
print(pcall(require, "no.such.module"))
