"""Every piece of HTML (and robots/sitemap text) the demo site is made of, as named constants.

Placeholders are ``string.Template`` ``$names``; the values are already escaped HTML.
"""

from __future__ import annotations

from string import Template

# --- template "classic" (时事评论, UTF-8): the seed page's site, sparse chrome, no <meta> ---

CLASSIC_PAGE = Template("""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>$title - 华博范文网</title>
<link rel="stylesheet" href="/static/style.css">
</head>
<body>
<div class="top"><a class="logo" href="/">华博范文网</a> <a href="/">首页</a></div>
<div class="wrap">
 <div class="article">
  <h1>$title</h1>
  <div class="date">$info</div>
  <div class="article-body">
$content
  </div>
$pager
  <div class="read-more">
   <p>预览阅读已结束,若您需要全文或代笔。</p>
   <p>请点击👉 mooonya 👈联系老师</p>
  </div>
  <div class="list-box"><h3>相关阅读</h3><ul>$related</ul></div>
  <div class="list-box"><h3>最近更新</h3><ul>$recent</ul></div>
 </div>
</div>
<div class="foot">华博范文网 版权所有 粤ICP备2024000000号-1</div>
</body>
</html>
""")
CLASSIC_ADVERTS = (
    "预览阅读已结束,若您需要全文或代笔。",
    "请点击👉 mooonya 👈联系老师",
    "相关阅读",
    "最近更新",
)
CLASSIC_TITLE_AGAIN = '<p style="text-align: center;">{}</p>'
CLASSIC_PARAGRAPH = "<p>{}</p>"
CLASSIC_HEADINGS = {
    "p": "<p>{}</p>",
    "strong": "<p><strong>{}</strong></p>",
    "h2": "<h2>{}</h2>",
    "h3": "<h3>{}</h3>",
}
CLASSIC_ADS = {
    "box": '<div class="ad-box">{}</div>',
    "p": "<p>{}</p>",
    "link": '<p><a href="/member/download.php">{}</a></p>',
}
CLASSIC_PAGER = '<div class="pages">{}</div>'
CLASSIC_LINK = '<li><a href="{href}">{title}</a></li>'

CLASSIC_LISTING = Template("""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>$category - 华博范文网</title>
</head>
<body>
<div class="top"><a class="logo" href="/">华博范文网</a> <a href="/">首页</a></div>
<div class="wrap">
 <h2 class="cat">$category</h2>
 <ul class="list">
$items
 </ul>
 <div class="pages">$pager</div>
</div>
<div class="foot">华博范文网 版权所有 粤ICP备2024000000号-1</div>
</body>
</html>
""")
CLASSIC_ITEM = '  <li><a href="{href}">{title}</a> <span>{date}</span></li>'

# --- template "portal" (心得体会, UTF-8): CMS layout, breadcrumb, <meta> tags, sidebar ---

NAV = """<ul class="nav">
  <li><a href="/">首页</a></li>
  <li><a href="/pinglun/">时事评论</a></li>
  <li><a href="/xinde/">心得体会</a></li>
  <li><a href="/zongjie/">工作总结</a></li>
  <li><a href="/member/login.php">会员登录</a></li>
 </ul>"""

PORTAL_PAGE = Template("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}_心得体会_华博范文网</title>
<meta name="keywords" content="$keywords">
<meta name="description" content="$description">
<meta name="author" content="$author">
<meta property="og:type" content="article">
<meta property="og:title" content="$title">
<meta property="article:published_time" content="$iso">
</head>
<body>
<div class="header">
 <div class="logo"><a href="/">华博范文网</a></div>
 $nav
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/$channel/">心得体会</a> &gt; 正文</div>
<div id="main" class="clearfix">
 <div class="main-left">
  <div class="art-box">
   <div class="art-head">
    <h1 class="art-title">$title</h1>
    <div class="art-info">$info</div>
   </div>
   <div class="art-con" id="article-content">
$content
    <p class="hits">本文已影响${hits}人</p>
   </div>
$pager
   <div class="prenext">
    <p>上一篇：$prev</p>
    <p>下一篇：$next</p>
   </div>
   <div class="hot"><h3>热门推荐</h3><ul>$hot</ul></div>
  </div>
 </div>
 <div class="main-right">
  <div class="side-box"><h3>最新文章</h3><ul>$recent</ul></div>
  <div class="side-box"><h3>栏目导航</h3><ul>
   <li><a href="/pinglun/">时事评论</a></li>
   <li><a href="/xinde/">心得体会</a></li>
   <li><a href="/zongjie/">工作总结</a></li>
  </ul></div>
 </div>
</div>
<div class="footer">
 <p>Copyright &copy; 2016-2024 华博范文网 版权所有</p>
 <p><a href="https://beian.miit.gov.cn/">粤ICP备2024000000号-1</a></p>
</div>
</body>
</html>
""")
PORTAL_ADVERTS = ("本文已影响{hits}人", "上一篇：", "下一篇：", "热门推荐")
PORTAL_INFO = "<span>发布时间：{published}</span> <span>来源：{source}</span> <span>作者：{author}</span>"
PORTAL_PARAGRAPH = "<p>{}</p>"
PORTAL_HEADINGS = {
    "p": "<p>{}</p>",
    "strong": "<p><strong>{}</strong></p>",
    "h2": "<h2>{}</h2>",
    "h3": "<h3>{}</h3>",
}
PORTAL_ADS = {
    "box": '<div class="art-ad"><img src="/static/qrcode.png" alt="二维码"><p>{}</p></div>',
    "p": "<p>{}</p>",
    "link": '<p class="down"><a href="/member/download.php" rel="nofollow">{}</a></p>',
}
PORTAL_PAGER = '<div class="pagebreak">{}</div>'
PORTAL_LINK = '<li><a href="{href}" title="{title}">{title}</a></li>'
PORTAL_NEIGHBOUR = '<a href="{href}">{title}</a>'
NO_NEIGHBOUR = "没有了"

PORTAL_LISTING = Template("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${category}_华博范文网</title>
</head>
<body>
<div class="header">
 <div class="logo"><a href="/">华博范文网</a></div>
 $nav
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; $category</div>
<div id="main" class="clearfix">
 <div class="main-left">
$items
  <div class="pagination">$pager</div>
 </div>
</div>
<div class="footer"><p>Copyright &copy; 2016-2024 华博范文网 版权所有</p></div>
</body>
</html>
""")
PORTAL_ITEM = """  <div class="list-item">
   <h3><a href="{href}">{title}</a></h3>
   <p class="summary">{summary}</p>
   <div class="meta">{date}</div>
  </div>"""

# --- template "legacy" (工作总结, GBK): table layout, info line "2024年5月6日 文/张三" ---

LEGACY_PAGE = Template("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta charset="gbk">
<title>$title - 工作总结 - 华博范文网</title>
</head>
<body>
<table width="960" align="center" class="top"><tr>
 <td><a href="/"><img src="/static/logo.gif" alt="华博范文网"></a></td>
 <td class="topnav"><a href="/">首页</a> | <a href="/pinglun/">时事评论</a> |
  <a href="/xinde/">心得体会</a> | <a href="/zongjie/">工作总结</a></td>
</tr></table>
<table width="960" align="center" class="body"><tr>
<td class="leftcol" valign="top">
 <div class="nav-path">您现在的位置：<a href="/">华博范文网</a> &raquo; <a href="/$channel/">工作总结</a> &raquo; 正文</div>
 <div class="newsview">
  <div class="newstitle"><h2>$title</h2></div>
  <div class="newsinfo">$info</div>
  <div class="newstext" id="text">
$content
   <p class="statement">本站部分内容来源于网络，如有侵权请联系删除。</p>
  </div>
$pager
  <div class="copyright-note">版权所有 华博范文网，转载请注明出处。</div>
  <div class="tuijian"><b>热门推荐</b><ul>$hot</ul></div>
 </div>
</td>
<td class="rightcol" valign="top" width="260">
 <div class="box"><div class="box-title">栏目排行</div><ul>$related</ul></div>
 <div class="box"><div class="box-title">最新更新</div><ul>$recent</ul></div>
</td>
</tr></table>
<div class="bottom">&copy; 2008-2024 华博范文网 All Rights Reserved 闽ICP备08000000号</div>
</body>
</html>
""")
LEGACY_ADVERTS = (
    "本站部分内容来源于网络，如有侵权请联系删除。",
    "版权所有 华博范文网，转载请注明出处。",
    "热门推荐",
)
LEGACY_INFO = "{published}&nbsp;&nbsp;文/{author}"
# Old CMSs indent paragraphs with two ideographic spaces typed into the text itself.
LEGACY_PARAGRAPH = "<p>\u3000\u3000{}</p>"
LEGACY_HEADINGS = {
    "p": "<p>\u3000\u3000{}</p>",
    "strong": "<p><b>{}</b></p>",
    "h2": "<h3>{}</h3>",  # the page title already is the <h2>
    "h3": "<h3>{}</h3>",
}
LEGACY_ADS = {
    "box": '<div class="ad"><font color="red">{}</font></div>',
    "p": "<p>\u3000\u3000{}</p>",
    "link": '<p><a href="/member/vip.asp" target="_blank"><font color="#ff0000">{}</font></a></p>',
}
LEGACY_PAGER = '<div class="dede_pages"><p class="pagelist">{}</p></div>'
LEGACY_LINK = '<li><a href="{href}" target="_blank">{title}</a></li>'

LEGACY_LISTING = Template("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta charset="gbk">
<title>$category - 华博范文网</title>
</head>
<body>
<table width="960" align="center" class="body"><tr><td>
 <div class="nav-path">您现在的位置：<a href="/">华博范文网</a> &raquo; $category</div>
 <table class="newslist" width="100%">
$items
 </table>
 <div class="dede_pages"><p class="pagelist">$pager</p></div>
</td></tr></table>
<div class="bottom">&copy; 2008-2024 华博范文网 All Rights Reserved 闽ICP备08000000号</div>
</body>
</html>
""")
LEGACY_ITEM = '  <tr><td><a href="{href}">{title}</a></td><td class="date">{date}</td></tr>'

# --- pagers, shared by all templates ---

PAGER_LINK = '<a href="{href}">{label}</a>'
PAGER_CURRENT = '<span class="current">{label}</span>'
PAGER_TOTAL = '<span class="total">共{pages}页</span>'

# --- site-wide pages ---

HOME_PAGE = Template("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>华博范文网 - 范文大全_心得体会_工作总结</title>
<meta name="description" content="华博范文网提供时事评论、心得体会、工作总结等各类范文。">
</head>
<body>
<div class="header">
 <div class="logo"><a href="/">华博范文网</a></div>
 $nav
</div>
$channels
<div class="footer"><p>&copy; 2016-2024 华博范文网 版权所有 粤ICP备2024000000号-1</p></div>
</body>
</html>
""")
HOME_CHANNEL = """<div class="channel">
 <h2><a href="{href}">{category}</a></h2>
 <ul>{links}</ul>
 <a class="more" href="{href}">更多&gt;&gt;</a>
</div>"""
HOME_LINK = '<li><a href="{href}">{title}</a></li>'

ROBOTS_TXT = Template("""User-agent: *
Disallow: /member/
Disallow: /search/
Disallow: /static/

Sitemap: $base/sitemap.xml
""")

SITEMAP_XML = Template("""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
$urls
</urlset>
""")
SITEMAP_URL = "  <url><loc>{loc}</loc><lastmod>{lastmod}</lastmod></url>"

STYLESHEET = "body{font:14px/1.8 sans-serif;margin:0}.wrap,#main{width:960px;margin:0 auto}\n"

NOT_FOUND = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>404 页面不存在</title></head>
<body><h1>404</h1><p>您访问的页面不存在。</p><p><a href="/">返回首页</a></p></body></html>
"""
