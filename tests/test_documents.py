"""Editors' working files and other programs' exports pasted as text (analyse/documents.py):
each made-up page is read as the page it holds."""

from __future__ import annotations

import json

from cqnews_site.analyse import documents, lines
from test_layout_rules import segment


def test_a_word_file_with_its_tracked_changes_shown_reads_as_accepted():
    page = segment(
        "显示：所有标记　　修订者：张编辑\n"
        "【批注 张编辑1】头条换稿，明早9点前定版。\n\n"
        "稻田里“捞”出增收新路子\n[删除: 永城镇稻渔综合种养喜获丰收]\n[插入: 永城镇600亩稻鱼田迎来“双丰收”]\n"
        "记者　[删除: 陈　平][插入: 陈　萍]\n"
        "　　10月15日一早，石门村村民[删除: 纷纷]下田捕捞稻花鱼，捞了[删除: 100][插入: 120]多斤鱼。\n"
        "【批注 李主任2】记者名字打错了，已改。\n"
        "[删除: 　　永城镇镇长刘建国表示，镇里将把稻鱼共生作为重点产业来抓。]\n"
        "　　[插入: 区农业农村委水产站站长熊光辉介绍，]稻花鱼市场价每斤25元左右。\n")
    (story,) = page.stories
    assert (story.kicker, story.headline) == ("稻田里“捞”出增收新路子", "永城镇600亩稻鱼田迎来“双丰收”")
    assert story.reporters == ("陈萍",)
    text = story.full_text
    assert "120多斤" in text and "纷纷" not in text and "刘建国" not in text and "熊光辉" in text
    assert any("批注" in line for line in page.noise)  # the margin's comments, no text
    # one mark alone is no document's changes: a page's own bracketed words stay
    assert documents.tracked_changes(["[插入: 图片]"]) == ["[插入: 图片]"]


def test_an_org_file_reads_as_its_page():
    page = segment(
        "#+TITLE: 城口报　第2版　综合新闻　2023年5月18日（星期四）\n#+DATE: <2023-05-17 三 21:46>\n"
        "#+TODO: TODO 待审 | 已签\n# 导出时注意去掉 noexport 部分。\n\n"
        "* 头条　　　　:已签:\n:LOGBOOK:\n- State \"已签\" from \"TODO\" [2023-05-17 三 20:12]\n:END:\n"
        "** 修齐镇千亩中药材基地迎来移栽季\n:PROPERTIES:\n:引题:     大巴山里种“药”致富\n"
        ":记者:     冉　平\n:字数:     约1150\n:END:\n\n"
        "5月16日，在修齐镇枇杷村的中药材基地里，50多名村民分散在坡地上栽苗。\n\n"
        "#+CAPTION: 村民正在移栽重楼苗。（记者　冉平　摄）\n[[file:img/0516.jpg]]\n\n"
        "“重楼要长五六年才能采挖。”全县中药材种植面积已达*8.6万亩*。\n\n"
        "* 简讯\n** TODO 县城至亢谷旅游公路完成改造\n:PROPERTIES:\n:版次:     第2版\n:END:\n\n"
        "5月16日，县城至亢谷景区旅游公路改造工程全面完工。\n（记者　冉　平）\n\n"
        "* 版面备注                  :noexport:\n- 右下角广告：城口山地鸡专卖店\n")
    first, second = page.stories
    assert (first.kicker, first.headline, first.reporters) == (
        "大巴山里种“药”致富", "修齐镇千亩中药材基地迎来移栽季", ("冉平",))
    assert first.captions == ("村民正在移栽重楼苗。",) and first.photographers == ("冉平",)
    assert "8.6万亩" in first.full_text and "*" not in first.full_text
    assert (second.section, second.headline) == ("简讯", "县城至亢谷旅游公路完成改造")
    assert "山地鸡" not in second.full_text  # a subtree not to be exported
    assert (page.paper, page.date) == ("城口报", "2023-05-18")  # not the hour it was edited


def test_an_asciidoc_file_reads_as_its_page():
    page = segment(
        "= 龙潭镇工作简报（2021年第6期）\n:author: 龙潭镇党政办公室\n:revdate: 2021-06-30\n:toc: left\n"
        "// 由 Word 稿转换导出\n\n[.text-center]\n"
        "中共龙潭镇委员会办公室　龙潭镇人民政府办公室　　　　2021年6月30日\n\n'''\n\n"
        "== 龙潭镇隆重召开表彰大会\n\n6月28日上午，龙潭镇召开庆祝建党100周年表彰大会。\n\n"
        ".图说：表彰大会现场。（冉晓峰　摄）\nimage::0628.jpg[表彰大会现场,width=720]\n\n"
        "[quote, 吴正和, 老党员]\n____\n我这辈子最骄傲的事，就是在党旗下举起了右手。\n____\n\n"
        "会议表彰了15名优秀共产党员。\n\n[.text-right]\n（镇党政办　冉晓峰）\n\n'''\n\n"
        "== 村（社区）动态\n\n=== 清泉村：“院坝会”议出村规民约\n\n"
        "6月22日晚，清泉村召开“院坝会”。（通讯员　何　芳）\n\n=== 桃坡村：300亩黄桃挂果\n\n"
        "眼下，桃坡村300亩黄桃挂满枝头。（通讯员　彭　丽）\n\n'''\n\n"
        "== 端午假期龙潭古镇接待游客3.2万人次\n\n今年端午假期，龙潭古镇共接待游客3.2万人次。\n\n"
        "NOTE: 以上数据来源于镇文化服务中心统计。\n")
    heads = [(s.kicker, s.section, s.headline) for s in page.stories]
    assert heads[0] == (None, None, "龙潭镇隆重召开表彰大会")  # the issuers' line: furniture
    # a '==' heading after '===' briefs under a column heads a story of the page
    assert heads[-1] == (None, None, "端午假期龙潭古镇接待游客3.2万人次")
    first = page.stories[0]
    assert "——吴正和，老党员" in first.full_text and first.photographers == ("冉晓峰",)
    assert "以上数据" not in page.stories[-1].full_text
    assert page.date == "2021-06-30"


def test_a_slide_decks_outline_reads_as_its_stories():
    slide = "幻灯片 {n}\n标题 1：\n{title}\n内容占位符 2：\n{body}\n页脚 4：\n内部资料　请勿外传\n备注：\n{note}\n"
    page = segment("\n".join([
        "幻灯片 1\n标题 1：\n每周新闻简报\n副标题 2：\n2024年第11期\n",
        "幻灯片 2\n标题 1：\n本期内容\n内容占位符 2：\n01　青菜头收购进入高峰\n02　学校食堂“过筛子”\n",
        slide.format(n=3, title="青菜头收购进入高峰", body="• 3月12日，全区青菜头收购进入高峰期。",
                     note="这条是本期头条，先放视频。"),
        slide.format(n=4, title="青菜头收购进入高峰（续）",
                     body="• 预计收购工作将持续到3月底。\n文本占位符 3：\n记者：陈思雨", note="同期声在40秒。"),
        slide.format(n=5, title="学校食堂“过筛子”", body="• 3月11日至15日，区市场监管局检查全区学校食堂。",
                     note="校长陪餐放在下一页讲。"),
        slide.format(n=6, title="发现问题　限期整改",
                     body="• 检查共发现问题43个，馆方提醒需通过官方公众号预约复查。\n文本占位符 3：\n记者：谭　明",
                     note="两所幼儿园的名称不公开。"),
    ]))
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("青菜头收购进入高峰", ("陈思雨",)), ("学校食堂“过筛子”", ("谭明",))]
    first, second = page.stories
    assert first.paragraphs[0].startswith("3月12日") and "3月底" in first.full_text
    assert "视频" not in first.full_text  # the presenter's notes
    # a slide under a story its credit did not close: its title a subhead of that story
    assert "发现问题" in second.full_text and "官方公众号预约复查" in second.full_text


def test_a_video_transcript_with_viewers_comments_reads_as_its_reports():
    stamps = iter(range(1000))

    def stamped(*said: str) -> str:
        return "".join(f"[00:{next(stamps) // 60:02d}:{next(stamps) % 60:02d}] {s}\n" for s in said)

    page = segment(
        "【字幕+弹幕合并稿】本文件由浏览器插件「弹幕字幕导出助手」生成\n视频简介：\n"
        "转载自开州区融媒体中心，仅供在外老乡观看，侵删。\n"
        "00:26 汉丰湖环湖步道全线贯通\n02:41 赵家街道首家长者食堂开张\n\n" + stamped(
            "（片头音乐）", "弹幕｜前排", "（内容提要画面）", "【章节】汉丰湖环湖步道全线贯通",
            "主持人：今天上午，汉丰湖环湖步道实现全线贯通。", "弹幕｜终于通了！！",
            "步道贯通后，市民可以沿着湖岸一路走完一整圈。", "（汉丰街道居民　谢国强）",
            "以前走到举子园那里就没路了。", "开州区融媒体中心记者　向丹　李思源　报道",
            "【章节】赵家街道首家长者食堂开张", "主持人：昨天中午，赵家街道首家长者食堂开门营业。",
            "食堂面积约200平方米，设有40个餐位。", "开州区融媒体中心记者　胡晓　报道"))
    assert [(s.headline, s.reporters) for s in page.stories] == [
        ("汉丰湖环湖步道全线贯通", ("向丹", "李思源")), ("赵家街道首家长者食堂开张", ("胡晓",))]
    text = page.stories[0].full_text
    assert "弹幕" not in text and "00:" not in text and "谢国强" in text
    # a line in round brackets that is no name bar stays as typed
    assert lines.classify(1, "（内容提要画面）").kind is lines.Kind.NOISE


def test_an_e_readers_clippings_are_dated_by_the_paper_not_by_the_highlight():
    page = segment(
        "山城旧巷 (林远舟)\n- 您在位置 #1022-1025的标注 | 添加于 2026年1月12日星期一 下午10:41:07\n\n"
        "那时候的十八梯，天不亮就有人挑着水桶上上下下。\n==========\n"
        "重庆晚报 2026年1月14日 (重庆晚报社)\n- 您在位置 #112-124的标注 | 添加于 2026年1月14日星期三 下午7:58:32\n\n"
        "弹子石老街年货市集昨日开市\n本报记者　邱雨桐\n"
        "昨日上午10时，南岸区弹子石老街年货市集正式开市。120个摊位沿着老街一字排开。\n==========\n"
        "重庆晚报 2026年1月14日 (重庆晚报社)\n- 您在位置 #119-120的标注 | 添加于 2026年1月14日星期三 下午8:01:10\n\n"
        "在弹子石住了30多年的摊主马春兰，今年第一次在市集上摆摊。\n==========\n")
    story = next(s for s in page.stories if s.headline == "弹子石老街年货市集昨日开市")
    assert (page.date, story.date) == ("2026-01-14", "2026-01-13")


def test_a_forum_posts_largest_type_is_the_headline_and_smaller_lines_its_kicker_and_deck():
    page = segment(
        "1#　楼主　巴川老街坊　发表于 2012-4-19 22:36\n\n"
        "[size=5][b]安居古城启动风貌修缮[/b][/size]\n[size=3][color=#666666]一期工程明年春节前完工[/color][/size]\n\n"
        "本报讯（记者　蒲小梅）4月17日，安居古城风貌修缮一期工程在火神庙街正式开工。\n\n"
        "[url=http://www.tlxq.net/html/2012-04/19/content_118652.htm]原文链接[/url]\n\n[hr]\n\n"
        "[size=3][color=#008000]龙乡“菜篮子”又添新去处[/color][/size]\n"
        "[size=5][b]东门农贸市场改造后重新开业[/b][/size]\n\n"
        "本报讯（记者　黄一鸣）4月18日一早，改造一新的东门农贸市场重新开门迎客。\n")
    assert [(s.kicker, s.headline, s.subtitle) for s in page.stories] == [
        (None, "安居古城启动风貌修缮", "一期工程明年春节前完工"),
        ("龙乡“菜篮子”又添新去处", "东门农贸市场改造后重新开业", None)]
    assert "原文链接" not in page.stories[0].full_text  # the link's label, furniture


def test_an_office_systems_viewer_and_a_bulletins_numbered_pieces():
    page = segment(
        "[在线预览]　　第 1 / 1 页　　适合宽度　　－　100%　＋\n\n"
        "乡村振兴工作动态\n\n第21期\n\n"
        "一、赶水镇：草蔸萝卜“拔”出群众增收新路子\n\n"
        "　　11月10日，赶水镇草蔸萝卜开挖节在铁石垭村举行，现场签订收购订单1800余吨。\n"
        "（赶水镇通讯员　罗　敏）\n\n"
        "二、横山镇：高山蔬菜坐上“冷链专车”直达主城\n\n"
        "　　11月8日清晨，一辆满载12吨莲花白的冷链货车从横山镇蔬菜集配中心出发。\n"
        "（横山镇通讯员　陈　静）\n\n"
        "编辑部地址：重庆市九龙坡区西彭镇鹏渝路8号　邮编：401326\n返回列表　　下载原文　　打印\n")
    # the piece's number in the bulletin is no part of its title
    assert [s.headline for s in page.stories] == [
        "赶水镇：草蔸萝卜“拔”出群众增收新路子", "横山镇：高山蔬菜坐上“冷链专车”直达主城"]
    assert {"返回列表　　下载原文　　打印", "[在线预览]　　第 1 / 1 页　　适合宽度　　－　100%　＋"} <= set(
        page.noise)


def test_a_note_apps_page_of_copy_labelled_heads_and_notes_not_for_print():
    page = segment(
        "日期: 2023年4月18日\n版面: 第2版 综合新闻\n\n引题：第十届金佛山杜鹃花节开幕\n\n## 十万株杜鹃映山红　首日游客超两万人次\n\n"
        "副题：花期将持续至5月中旬\n\n本报讯（记者　冉晓东）4月17日上午，金佛山杜鹃花节开幕。\n\n"
        "- 图片说明（见报2张）\n    \n    ▲游客在金佛山北坡景区观赏杜鹃花。记者　冉晓东　摄\n    \n"
        "- 采访记录（不见报）\n    \n    陶主任说花节总预算那段不要写。\n    \n---\n\n"
        "引题：春茶开采正当时\n\n## 3000亩茶园春茶采摘正忙\n\n副题：鲜叶收购价每斤最高80元\n\n"
        "本报讯（记者　韦　丽）4月16日，大有镇的茶园里一片忙碌。\n", "notes.md")
    heads = [(s.kicker, s.headline, s.subtitle) for s in page.stories if s.reporters]
    assert heads == [("第十届金佛山杜鹃花节开幕", "十万株杜鹃映山红　首日游客超两万人次", "花期将持续至5月中旬"),
                     ("春茶开采正当时", "3000亩茶园春茶采摘正忙", "鲜叶收购价每斤最高80元")]
    first = next(s for s in page.stories if s.reporters == ("冉晓东",))
    assert first.captions == ("游客在金佛山北坡景区观赏杜鹃花。",)
    assert "预算" not in first.full_text and "图片说明" not in first.full_text


def test_a_roundups_places_over_their_briefs_label_groups_not_parts():
    page = segment(
        "# 渝东南一周丨油茶开摘、蜂蜜出箱\n\n2024年11月18日　星期一　｜　本报记者　何静怡　整理\n\n## 黔江\n\n- **濯水古镇发布冬季旅游线路** 11月15日，濯水古镇发布冬季旅游线路。（通讯员　杨朝辉）\n"
        "- **3家“银发食堂”同日开张** 11月13日，城西街道3家“银发食堂”开张。（通讯员　罗小琴）\n\n## 石柱\n\n"
        "- **中益乡中蜂蜜开始秋季割蜜** 11月14日，中益乡开始秋季割蜜。（通讯员　马文涛）\n"
        "- **县城至西沱古镇开通旅游公交** 11月16日，县城至西沱古镇的旅游公交开通。（通讯员　谭晓燕）\n",
        "week.md")
    (story,) = page.stories
    assert [item.heading for item in story.items] == [
        "濯水古镇发布冬季旅游线路", "3家“银发食堂”同日开张", "中益乡中蜂蜜开始秋季割蜜",
        "县城至西沱古镇开通旅游公交"]
    assert {"黔江", "石柱"} <= set(page.noise)


def test_a_scraped_e_papers_heads_after_their_text_and_a_picture_after_the_desks_credit():
    page = segment(
        "**主汛期来临**\n\n**汉丰湖水域开展防汛应急演练**\n\n本报记者　李　倩\n\n"
        "7月6日上午，开州区在汉丰湖水域开展防汛应急演练。\n\n演练现场，医疗救护组对“落水群众”进行了现场急救。\n\n"
        "责任编辑：周　萍\n\n* * *\n\n![](../images/kz0708.jpg)\n\n"
        "7月5日，温泉镇果农在李园里采摘脆李。　通讯员　蒋　丽　摄\n\n"
        "本报讯（通讯员　蒋　丽）7月5日，开州区温泉镇5000亩脆李进入采摘期。\n\n"
        "“今年挂果多，个头也大，一亩能收2000多斤。”果农周大成说。\n\n"
        "**温泉镇5000亩脆李上市**\n\n**预计产值超过4000万元**\n\n责任编辑：周　萍\n", "scraped.md")
    first, second = page.stories
    assert (first.headline, first.captions, first.photographers) == (
        "汉丰湖水域开展防汛应急演练", (), ())
    assert (second.headline, second.subtitle) == ("温泉镇5000亩脆李上市", "预计产值超过4000万元")
    assert second.captions == ("7月5日，温泉镇果农在李园里采摘脆李。",)
    assert second.photographers == ("蒋丽",)


def test_a_newsroom_tools_export_as_yaml_toml_or_json_lines_is_a_table_of_its_stories():
    body = "　　本报讯（记者　张远航）4月17日一早，太和镇斑竹村的田坝里，几台旋耕机来回穿梭，刚从渠道引进田里的水泛着亮光。"
    yaml_page = segment(
        "# 稿件导出（YAML）\n- 稿件ID: HCRB-0312\n  版次: 3\n  日期: 2023-04-19\n  引题: 抢抓春耕黄金期\n"
        "  标题: 合川4.2万亩高标准农田完成春灌\n  记者: [张远航, 刘思琪]\n  摄影: [张远航]\n"
        f"  图片说明: '4月17日，太和镇斑竹村，农机手平整水田。'\n  正文: |\n    {body}\n"
        "- 稿件ID: HCRB-0318\n  标题: 涞滩古镇试运行夜游线路\n  记者: [唐晓峰]\n  正文: |\n"
        "    　　4月18日晚，涞滩古镇试运行“夜游瓮城”线路，首批游客沿着古城墙参观了灯光秀。\n")
    first, second = yaml_page.stories
    assert (first.kicker, first.headline, first.reporters, first.photographers) == (
        "抢抓春耕黄金期", "合川4.2万亩高标准农田完成春灌", ("张远航", "刘思琪"), ("张远航",))
    assert (first.line, second.headline, second.date) == (6, "涞滩古镇试运行夜游线路", "2023-04-18")
    toml_page = segment(
        '[page]\npaper = "巫山报"\ndate = 2024-08-23\npage = 2\npage_name = "综合新闻"\n\n'
        '[[stories]]\nkicker = "避暑游持续升温"\ntitle = "巫山高山避暑游客突破百万人次"\n'
        'byline = "记者　向春燕　通讯员　黄　磊"\n'
        'photo = { caption = "8月20日，游客在高山草甸上露营纳凉。", credit = "记者　向春燕　摄" }\n'
        'body = """\n　　本报讯　8月21日傍晚，竹贤乡的气温降到了22℃，来自主城和万州的游客摆开了小方桌。\n"""\n\n'
        '[[stories]]\ntitle = "骡坪镇：第一季秋辣椒采收上市"\n\n[[stories.images]]\n'
        'caption = "8月19日，骡坪镇茶园村，村民在晾晒刚采收的辣椒。"\ncredit = "特约摄影　陈　勇"\n\n'
        "[[stories]]\ntitle = \"\"\nbody = '''\n　　连日来，骡坪镇1.3万亩秋辣椒陆续进入采收期，"
        "田间地头一片繁忙。（通讯员　李雪梅）\n'''\n")
    assert (toml_page.paper, toml_page.date, toml_page.page_number) == ("巫山报", "2024-08-23", "2")
    one, two = toml_page.stories  # (the untitled text goes with the title above it)
    assert (one.kicker, one.reporters, one.photographers) == (
        "避暑游持续升温", ("向春燕", "黄磊"), ("向春燕",))
    assert (two.headline, two.photographers, two.reporters) == (
        "骡坪镇：第一季秋辣椒采收上市", ("陈勇",), ("李雪梅",))
    assert two.paragraphs[0].startswith("连日来") and two.captions
    lines_page = segment("\n".join(json.dumps(article, ensure_ascii=False) for article in (
        {"title": "二圣镇茶园迎来客流高峰", "pub_time": "2024-05-03 16:20:11", "author": "记者　王诗琪",
         "content": "<p>5月2日，二圣镇集体村的茶园里游人如织，不少游客体验采茶制茶。</p>"},
        {"title": "花溪河畔蔷薇花开", "pub_time": "2024-05-08 09:00:00", "author": "",
         "content": "<p>5月8日，花溪河畔的蔷薇花竞相开放，吸引市民前来赏花拍照。</p>"
                    "<p>（记者　周　放）</p>"})))
    assert [(s.headline, s.reporters) for s in lines_page.stories] == [
        ("二圣镇茶园迎来客流高峰", ("王诗琪",)), ("花溪河畔蔷薇花开", ("周放",))]


def test_a_mail_forwarded_twice_reads_the_stories_it_quotes():
    page = segment(
        "主题: 转发: 巫山报两篇稿件\n发件人: 李婧 <lijing@163.com>\n\n周老师：转给资料室存档。\n\n"
        "---------- 转发的邮件 ----------\n发件人: 彭涛 <pengtao@163.com>\n\n"
        "> 李婧：巫山这两篇你看下。\n>\n> ---------- 转发的邮件 ----------\n"
        "> 发件人: 向春燕 <wsxcy@163.com>\n>\n"
        "> > ==============================\n> > 《巫山报》　2022年3月15日　星期二　第2版\n"
        "> > ==============================\n> >\n> > 巫山至巫溪城际公交开通\n> > 票价25元　每天往返16班\n> >\n"
        "> > 本报讯（记者　刘　宁）3月14日上午8时，随着一声汽笛，巫山至巫溪城际公交首发车从巫山汽\n"
        "> > 车客运站驶出，两县县城之间的车程缩短到1个半小时。\n> >\n"
        "> > 县交通局副局长孙立新表示，下一步还将根据客流情况适时加密班次。\n")
    story = next(s for s in page.stories if s.reporters)
    assert (story.headline, story.subtitle, story.reporters, story.date) == (
        "巫山至巫溪城际公交开通", "票价25元　每天往返16班", ("刘宁",), "2022-03-14")
    assert "巫山汽车客运站" in story.paragraphs[0] and ">" not in story.full_text


def test_a_screen_readers_spoken_page_reads_as_its_articles():
    page = segment(
        "荣昌区启动今冬明春农田水利建设_荣昌网 - Google Chrome\n文档\n横幅区域\n链接　荣昌网\n"
        "导航区域\n列表　3项\n链接　首页\n已访问链接　荣昌要闻\n链接　视频\n列表结束\n主要内容\n"
        "链接　首页\n大于\n链接　荣昌要闻\n正文\n标题　二级　荣昌区启动今冬明春农田水利建设\n"
        "标题　三级　全区计划新建改建山坪塘36口　整治渠道120公里\n发布时间：2024-11-20 18:32\n字号\n按钮　大\n"
        "记者　黄晓燕\n11月20日上午，荣昌区今冬明春农田水利基本建设现场推进会在清升镇召开。\n"
        "图片　荣昌区启动今冬明春农田水利建设\n据介绍，今冬明春，荣昌区计划投入资金1.2亿元，制作技艺传承人在\n"
        "链接　荣昌陶\n的展台前演示拉坯。\n按钮　点赞　36\n分隔符\n标题　三级　下一篇\n链接　安陶小镇迎来首届青年陶艺创作营\n"
        "正在加载\n标题　二级　安陶小镇迎来首届青年陶艺创作营\n记者　余　可\n"
        "11月19日，首届“安陶杯”青年陶艺创作营在安陶小镇开营。\n图片　学员们在安陶小镇老窑旁学习拉坯。\n"
        "据了解，创作营结束后，优秀作品将在荣昌陶博物馆展出。\n文档结束\n")
    first, second = page.stories
    assert (first.headline, first.subtitle, first.kicker, first.reporters) == (
        "荣昌区启动今冬明春农田水利建设", "全区计划新建改建山坪塘36口　整治渠道120公里", None, ("黄晓燕",))
    assert "传承人在荣昌陶的展台前" in first.full_text.replace("\n", "")  # a link in a sentence
    assert first.captions == ()  # (a picture described by its story's headline: no caption)
    assert (second.headline, second.captions) == (
        "安陶小镇迎来首届青年陶艺创作营", ("学员们在安陶小镇老窑旁学习拉坯。",))
    # another reader's words for the same: '标题 级别 2', '已访问 链接', '导航 地标'
    assert documents.spoken_page(["导航 地标", "列表 有 4 项", *["链接  首页"] * 10,
                                  "标题 级别 2  他们，是我们身边的好人"])[-1] == "## 他们，是我们身边的好人"


def test_a_yearbooks_entries_under_their_bracketed_titles_are_the_parts_of_one_roundup():
    page = segment(
        "特色效益农业\n"
        "【概况】\n2022年，全县特色效益农业实现产值56.8亿元，同比增长6.3%。（县农业农村委）\n"
        "【粮油】\n2022年，全县粮食播种面积92.6万亩，总产量33.8万吨。（县农业农村委　何　平）\n"
        "【垫江白柚】\n9月28日，垫江白柚开园采摘活动在沙坪镇毕桥村举行。（县农业农村委　刘　燕）\n")
    (story,) = page.stories
    assert story.headline == "特色效益农业"
    assert [item.heading for item in story.items] == ["【概况】", "【粮油】", "【垫江白柚】"]


def test_a_latex_source_reads_as_the_page_it_typesets():
    page = segment(
        "%!TEX program = xelatex\n\\documentclass{ctexbook}\n\\usepackage{graphicx}\n\\begin{document}\n"
        "\\section{专记}\n\\subsection*{一匹夏布织出的“出海路”}\n"
        "2022年，荣昌区依托夏布小镇推动夏布产业发展，全年出口夏布制品120万米\\footnote{夏布以苎麻为原料。}，"
        "增长15\\%。% 待核\n\n\\textbf{老手艺有了新订单}\n\n"
        "在盘龙镇的夏布工坊里，织工们正赶制一批发往韩国的订单。\n\n"
        "\\begin{figure}[htbp]\n  \\centering\n  \\includegraphics[width=0.8\\textwidth]{xiabu.jpg}\n"
        "  \\caption{盘龙镇夏布工坊内，织工正在木织机上织布（区文化旅游委供图）}\n\\end{figure}\n\n"
        "\\begin{flushright}\n（撰稿：何静怡\\quad 审稿：罗　斌）\n\\end{flushright}\n\\end{document}\n")
    story = next(s for s in page.stories if s.headline == "一匹夏布织出的“出海路”")
    text = story.full_text
    assert "增长15%" in text and "夏布以苎麻为原料" in text and "待核" not in text
    assert "\\" not in text and "老手艺有了新订单" in text
    assert story.reporters == ("何静怡",)


def test_an_outliners_page_of_clipped_articles_reads_as_the_articles():
    page = segment(
        "title:: 素材库/库区柑橘\ntags:: [[剪藏]], 万州\ncreated:: [[Mar 13th, 2024]]\n\n"
        "- 说明：从上游新闻APP分享出来的链接，粘贴进来自动拆成了块。\n"
        "- ## 万州古红橘首单出口东南亚\n  source:: [上游新闻](https://www.cqcb.com/a.html)\n"
        "  collapsed:: false\n"
        "\t- 上游新闻·重庆晨报记者　谭雪梅\n"
        "\t- 3月11日下午，万州区太龙镇的一处柑橘分拣中心里，18吨古红橘被码上冷链货车。\n"
        "\t- 万州区果业发展中心高级农艺师熊国强介绍，果子采下来4小时内就能进冷库。\n"
        "\t- 热评\n\t\t- 平湖老幺：小时候过年必吃的橘子，终于走出去了！\n\t\t  赞 36\n"
        "\t- TODO 问一下区农业农村委全年出口目标的口径\n\t- [[万州区]] [[古红橘]] #出口\n"
        "- ## 云阳龙缸春季赏花季开幕\n  source:: [上游号](https://www.cqcb.com/b.html)\n"
        "\t- （云阳融媒记者　黄一帆）3月10日，云阳龙缸国家地质公园春季赏花季正式开幕。\n"
        "\t- 备注：同比增长要和县文旅委的数据核对一下。\n", name="made-up.md", is_markdown=True)
    assert [s.headline for s in page.stories] == ["万州古红橘首单出口东南亚", "云阳龙缸春季赏花季开幕"]
    first, second = page.stories
    assert first.reporters == ("谭雪梅",) and second.reporters == ("黄一帆",)
    text = first.full_text + second.full_text
    for note in ("说明", "TODO", "平湖老幺", "备注", "source::", "古红橘 #出口"):
        assert note not in text, note
    # a page of a few dashed lines and no properties is a list, not an outline
    assert documents.outliner_page(["- 甲", "- 乙"]) == ["- 甲", "- 乙"]


def test_a_wiki_pages_source_reads_as_the_page_it_transcribes():
    page = segment(
        "{{旧报录入\n|报名 = 重庆日报\n|日期 = 1975年11月20日\n|版次 = 第二版\n"
        "|录入 = [[用户:山茶|山茶]]\n}}\n{{录入凡例}}\n\n== 第二版 ==\n\n{{栏|上半版，左起四栏}}\n"
        "{{引题|大干一冬　改土治水}}\n=== 巴县十五万社员奋战在农田基本建设工地上 ===\n"
        "{{副题|全县已开工山坪塘、渠道和改土工程一千二百多处}}\n\n"
        "本报讯　到十一月十八日，[[巴县]]县革委<ref>县革命委员会的简称。——山茶</ref>"
        "组织十五万多社员投入冬季农田基本建设，开工的山坪塘{{原文如此}}一千二百多处。\n\n"
        "[[文件:CQRB 1975-11-20 p2.jpg|thumb|right|社员在改土工地上抬石头。本报记者　蒋　平摄]]\n\n"
        "<!-- 胶卷有划痕 -->\n各公社注意合理安排劳力，做到农田基建、冬季生产两不误。\n\n"
        "== 注释 ==\n<references />\n\n[[分类:重庆日报]]\n")
    assert (page.paper, page.date) == ("重庆日报", "1975-11-20")
    story, = page.stories
    assert (story.kicker, story.headline, story.subtitle) == (
        "大干一冬　改土治水", "巴县十五万社员奋战在农田基本建设工地上",
        "全县已开工山坪塘、渠道和改土工程一千二百多处")
    assert story.paragraphs[0].startswith("到十一月十八日，巴县县革委组织")
    assert story.captions[0].startswith("社员在改土工地上抬石头。")
    assert story.photographers == ("蒋平",)
    # (a page with a heading between equals signs and no wiki markup is left as it is)
    assert documents.wiki_source(["== 甲 ==", "正文。"]) == ["== 甲 ==", "正文。"]
