-- package.loaded holds the debug library
print(package.loaded.debug ~= nil and package.loaded.debug == debug)
