<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>MineActionAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="39"/>
        <source>Layer &apos;{layer}&apos; has no field {missing}. Its fields are: {fields}.</source>
        <translation>الطبقة '{layer}' لا تحتوي على الحقل {missing}. حقولها هي: {fields}.</translation>
    </message>
</context>
<context>
    <name>MineActionPlugin</name>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="56"/>
        <source>Mine Action</source>
        <translation>الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="71"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
</context>
<context>
    <name>MineActionProvider</name>
    <message>
        <location filename="../mineaction_qgis/processing/provider.py" line="25"/>
        <source>Mine action</source>
        <translation>الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/provider.py" line="28"/>
        <source>Mine action information management</source>
        <translation>إدارة معلومات الأعمال المتعلقة بالألغام</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.py" line="22"/>
        <source>Follow QGIS</source>
        <translation>حسب لغة QGIS</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.ui" line="9"/>
        <source>Mine Action settings</source>
        <translation>إعدادات الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.ui" line="17"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.ui" line="32"/>
        <source>Menus, dialogs, Processing algorithms and reports use this language. Arabic and Kurdish are shown right to left.</source>
        <translation>تستخدم القوائم ومربعات الحوار وخوارزميات المعالجة والتقارير هذه اللغة. تُعرض العربية والكردية من اليمين إلى اليسار.</translation>
    </message>
</context>
</TS>
