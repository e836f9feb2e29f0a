<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb">
<context>
    <name>MineActionAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="39"/>
        <source>Layer &apos;{layer}&apos; has no field {missing}. Its fields are: {fields}.</source>
        <translation>چینی '{layer}' خانەی {missing}ی تێدا نییە. خانەکانی ئەمانەن: {fields}.</translation>
    </message>
</context>
<context>
    <name>MineActionPlugin</name>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="56"/>
        <source>Mine Action</source>
        <translation>کاروباری مین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="71"/>
        <source>Settings…</source>
        <translation>ڕێکخستنەکان…</translation>
    </message>
</context>
<context>
    <name>MineActionProvider</name>
    <message>
        <location filename="../mineaction_qgis/processing/provider.py" line="25"/>
        <source>Mine action</source>
        <translation>کاروباری مین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/provider.py" line="28"/>
        <source>Mine action information management</source>
        <translation>بەڕێوەبردنی زانیاریی کاروباری مین</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.py" line="22"/>
        <source>Follow QGIS</source>
        <translation>وەک زمانی QGIS</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.ui" line="9"/>
        <source>Mine Action settings</source>
        <translation>ڕێکخستنەکانی کاروباری مین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.ui" line="17"/>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.ui" line="32"/>
        <source>Menus, dialogs, Processing algorithms and reports use this language. Arabic and Kurdish are shown right to left.</source>
        <translation>لیستەکان، دیالۆگەکان، ئەلگۆریتمەکانی پرۆسێسینگ و ڕاپۆرتەکان ئەم زمانە بەکاردەهێنن. عەرەبی و کوردی لە ڕاستەوە بۆ چەپ پیشان دەدرێن.</translation>
    </message>
</context>
</TS>
