"""Hand-made archive records for the renderer's tests (no segmenter or tagger involved)."""

from __future__ import annotations

from cqnews_site.model.records import (
    Archive,
    District,
    FrontMatter,
    Item,
    Mention,
    Page,
    Person,
    Sighting,
    Story,
)

XSS = "<script>alert(1)</script>"

WANG = Mention("王俊", ("区委书记",), "北碚区", "p-wangjun")
HUANG = Mention("黄祖英", ("区委副书记", "区长"), "北碚区", "p-huangzuying")
LI = Mention("李庆", ("市人大代表", "万州区区长"), "万州区", "p-liqing")
XI = Mention("习近平", ("总书记",), None, "p-xijinping")
ZENG = Mention("曾华", ("副区长",), "万州区", "p-zenghua")


def sample_archive(filler: int = 25) -> Archive:
    """Two source pages, a roundup with items, people, reporters and ``filler`` briefs."""
    s1 = Story(
        id="bb-001",
        source="a/beibei.txt",
        position=0,
        line=3,
        headline="全面学习领会贯彻党的二十大精神",
        kicker="区委常委会召开会议",
        subtitle="王俊主持并讲话",
        date="2023-02-16",
        reporters=("霍吕",),
        paragraphs=(
            "2月16日，区委常委会召开会议。区委书记王俊主持会议。",
            "会议要求",
            "区委副书记、区长黄祖英参加。北碚要学习习近平总书记重要讲话精神。",
            f"有读者来信写道：{XSS}，编辑照登。",
        ),
        subheads=(1,),
        captions=("图为会议现场。",),
        people=(WANG, HUANG, XI),
        districts=("北碚区",),
        keywords=("中国式现代化", "民生"),
    )
    s2 = Story(
        id="bb-002",
        source="a/beibei.txt",
        position=1,
        line=40,
        headline="王俊黄祖英会见客商",
        section="要闻",
        date="2023-02-20",
        reporters=("彭浩杰",),
        photographers=("苏思",),
        paragraphs=("2月20日，王俊、黄祖英会见客商。",),
        people=(WANG, HUANG),
        districts=("北碚区",),
        keywords=("招商引资",),
    )
    roundup = Story(
        id="wz-001",
        source="b/roundup.txt",
        position=0,
        line=1,
        headline="各区县“一把手”话落实",
        section="两会专访",
        date="--01-28",
        paragraphs=("重庆两会胜利闭幕。",),
        items=(
            Item(
                heading="在全市发展大局中实现新作为",
                anchor="item-1",
                line=10,
                lead="市人大代表、万州区区长李庆：",
                date="2024-01-27",
                paragraphs=("万州区将积极融入成渝地区双城经济圈建设。", "副区长曾华表示赞同。"),
                people=(LI, ZENG),
                districts=("万州区",),
            ),
            Item(
                heading="北碚篇章",
                anchor="item-2",
                line=20,
                date="--01-28",
                reporters=("霍吕",),
                paragraphs=("北碚区委书记王俊说，要奋力谱写北碚篇章。",),
                people=(WANG,),
                districts=("北碚区",),
            ),
        ),
        districts=("万州区", "北碚区"),
        keywords=("民生",),
    )
    undated = Story(
        id="nd-001",
        source="b/roundup.txt",
        position=1,
        line=30,
        headline="无日期的简讯",
        paragraphs=("一则没有日期的简讯。",),
        keywords=("民生",),
    )
    fillers = tuple(
        Story(
            id=f"f-{n:03d}",
            source="c/briefs.txt",
            position=n,
            line=n + 1,
            headline=f"民生简讯第{n + 1}则",
            date=f"2024-03-{n % 28 + 1:02d}",
            paragraphs=(f"第{n + 1}则民生简讯的正文。",),
            keywords=("民生",),
            districts=("万州区",) if n % 2 else (),
        )
        for n in range(filler)
    )
    stories = (s1, s2, roundup, undated, *fillers)
    people = (
        Person("p-huangzuying", "黄祖英", "北碚区", (
            Sighting("bb-001", None, "2023-02-16", ("区委副书记", "区长"), "北碚区"),
            Sighting("bb-002", None, "2023-02-20", ("区委副书记", "区长"), "北碚区"),
        )),
        Person("p-huoly", "霍吕", None, (), reported=("bb-001",)),
        Person("p-liqing", "李庆", "万州区", (
            Sighting("wz-001", "item-1", "--01-28", ("市人大代表", "万州区区长"), "万州区"),
        )),
        Person("p-penghaojie", "彭浩杰", None, (), reported=("bb-002",)),
        Person("p-susi", "苏思", None, (), photographed=("bb-002",)),
        Person("p-wangjun", "王俊", "北碚区", (
            Sighting("bb-001", None, "2023-02-16", ("区委书记",), "北碚区"),
            Sighting("bb-002", None, "2023-02-20", ("区委书记",), "北碚区"),
            Sighting("wz-001", "item-2", "--01-28", ("区委书记",), "北碚区"),
        )),
        Person("p-xijinping", "习近平", None, (
            Sighting("bb-001", None, "2023-02-16", ("总书记",), None),
        )),
        Person("p-zenghua", "曾华", "万州区", (
            Sighting("wz-001", "item-1", "--01-28", ("副区长",), "万州区"),
        )),
    )  # fmt: skip
    districts = (
        District("万州区", "万州", "区", ("wz-001", *(s.id for s in fillers if s.districts)),
                 ("p-liqing", "p-zenghua")),
        District("北碚区", "北碚", "区", ("bb-001", "bb-002", "wz-001"),
                 ("p-huangzuying", "p-wangjun")),
        District("石柱土家族自治县", "石柱", "自治县"),
    )  # fmt: skip
    pages = (
        Page("a/beibei.txt", "d1", 2023, "审议《北碚区2023年…》", "热烈庆祝大会开幕",
             ("缙享北", "指尖上的智慧生活"), (s1, s2), FrontMatter(paper="北碚报", page="第1版")),
        Page("b/roundup.txt", "d2", None, None, None, (), (roundup, undated)),
        Page("c/briefs.txt", "d3", 2024, "2024年", None, (), fillers),
    )  # fmt: skip
    return Archive(pages=pages, stories=stories, people=people, districts=districts)
