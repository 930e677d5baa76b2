-- markdown.lua (Debian lua-markdown, pure Lua): Markdown to HTML
local markdown = require "markdown"
print(markdown([[
# Title

Some *emph* and **strong** text with `code` & <b>html</b>.

* one
* two

1. a
2. b

> quote
> more

    code block
    <tag>

[link](http://x.y "t") and <http://auto.link>, ![img](p.png)

Setext
------

A [ref link][r] here.

[r]: http://ref.example "Ref"

***
]]))
