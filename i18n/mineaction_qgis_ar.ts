<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AlgorithmProcess</name>
    <message>
        <location filename="../mineaction_qgis/ui/background.py" line="247"/>
        <source>The worker process could not be started ({python}).</source>
        <translation>تعذر تشغيل عملية العمل في الخلفية ({python}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/background.py" line="259"/>
        <source>The worker process stopped unexpectedly (exit code {code}). {details}</source>
        <translation>توقفت عملية العمل في الخلفية على نحو غير متوقع (رمز الخروج {code}). {details}</translation>
    </message>
</context>
<context>
    <name>AlgorithmWorker</name>
    <message>
        <location filename="../mineaction_qgis/worker.py" line="111"/>
        <source>The run failed without a message.</source>
        <translation>فشل التشغيل دون رسالة.</translation>
    </message>
</context>
<context>
    <name>AreaMismatch</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/areas.py" line="17"/>
        <source>Reported area differs from the polygon</source>
        <translation>المساحة المبلغ عنها تختلف عن مساحة المضلع</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/areas.py" line="20"/>
        <source>The area in AREA_FIELD differs from the polygon's area on the WGS 84 ellipsoid by more than AREA_TOLERANCE percent (10 % by default) of the polygon's area, or is not a number. Often hectares or km² typed as m², or a polygon that was redrawn. The value is the difference in percent (reported minus computed, relative to computed). Empty areas are not checked.</source>
        <translation>تختلف المساحة في الحقل AREA_FIELD عن مساحة المضلع المحسوبة على الإهليلج WGS 84 بأكثر من AREA_TOLERANCE بالمئة (10 % افتراضيا) من مساحة المضلع، أو أنها ليست رقما. غالبا ما يكون السبب إدخال هكتارات أو km² على أنها m²، أو مضلعا أعيد رسمه. القيمة هي الفرق بالنسبة المئوية (المبلغ عنها ناقص المحسوبة، منسوبا إلى المحسوبة). لا تفحص المساحات الفارغة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/areas.py" line="36"/>
        <source>Hazard {hazard}: {field} &apos;{value}&apos; is not a number.</source>
        <translation>المنطقة الخطرة {hazard}: قيمة {field} '{value}' ليست رقما.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/areas.py" line="46"/>
        <source>Hazard {hazard}: reported area {reported} m² differs from the polygon's {computed} m² by {percent} %.</source>
        <translation>المنطقة الخطرة {hazard}: المساحة المبلغ عنها {reported} m² تختلف عن مساحة المضلع {computed} m² بنسبة {percent} %.</translation>
    </message>
</context>
<context>
    <name>Article7</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/article7.py" line="95"/>
        <source>(no governorate)</source>
        <translation>(بلا محافظة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/article7.py" line="121"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>AtlasAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="89"/>
        <source>Print hazard atlas</source>
        <translation>طباعة أطلس المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="125"/>
        <source>Hazards or tasks</source>
        <translation>المناطق الخطرة أو المهام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="126"/>
        <source>Turning points (default: the points layer beside the coverage)</source>
        <translation>نقاط الانعطاف (الافتراضي: طبقة النقاط المجاورة لطبقة التغطية)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="134"/>
        <source>Released land (activities)</source>
        <translation>الأراضي المفرج عنها (الأنشطة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="139"/>
        <source>Remaining contamination (gaps)</source>
        <translation>التلوث المتبقي (الفجوات)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="144"/>
        <source>Only features matching</source>
        <translation>الاقتصار على المعالم المطابقة لـ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="149"/>
        <source>Sort pages by (default: the ID)</source>
        <translation>ترتيب الصفحات حسب (الافتراضي: المعرف)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="162"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="170"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="171"/>
        <source>Resolution (dpi)</source>
        <translation>الدقة (dpi)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="176"/>
        <source>Governorates (default: the governorates layer beside the coverage)</source>
        <translation>المحافظات (الافتراضي: طبقة المحافظات المجاورة لطبقة التغطية)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="184"/>
        <source>Atlas PDF</source>
        <translation>ملف PDF للأطلس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="184"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="187"/>
        <source>Folder for one PDF per feature</source>
        <translation>مجلد لملف PDF لكل معلم</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="247"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="283"/>
        <source>The coverage layer could not be read.</source>
        <translation>تعذرت قراءة طبقة التغطية.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="293"/>
        <source>No points layer: the tables list the polygons&apos; vertices.</source>
        <translation>لا توجد طبقة نقاط: تسرد الجداول رؤوس المضلعات.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="295"/>
        <source>Preparing the pages</source>
        <translation>جار إعداد الصفحات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="298"/>
        <source>No translation file for language {language}: the page texts stay in English.</source>
        <translation>لا يوجد ملف ترجمة للغة {language}: تبقى نصوص الصفحات بالإنجليزية.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="341"/>
        <source>Fonts not installed: {fonts}. Install fonts-noto-core (Debian/Ubuntu) or the Noto fonts; until then other fonts are used and some letters may show as boxes.</source>
        <translation>خطوط غير مثبتة: {fonts}. ثبت الحزمة fonts-noto-core (Debian/Ubuntu) أو خطوط Noto؛ وإلى ذلك الحين تستخدم خطوط أخرى وقد تظهر بعض الحروف على شكل مربعات.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="351"/>
        <source>Writing {pages} pages</source>
        <translation>جار كتابة الصفحات ({pages})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="364"/>
        <source>{count} PDF files written to {folder}</source>
        <translation>عدد ملفات PDF المكتوبة في {folder}: {count}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="157"/>
        <source>Layout template (.qpt file or bundled name)</source>
        <translation>قالب التخطيط (ملف .qpt أو اسم قالب مرفق)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="357"/>
        <source>Cancelled: the incomplete PDF was removed.</source>
        <translation>أوقفت العملية: حذف ملف PDF غير المكتمل.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="204"/>
        <source>Add an MGRS column to the table</source>
        <translation>إضافة عمود MGRS إلى الجدول</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="207"/>
        <source>GPS waypoints and routes (GPX)</source>
        <translation>نقاط الطريق والمسارات لجهاز GPS (GPX)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="207"/>
        <source>GPX files (*.gpx)</source>
        <translation>ملفات GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="216"/>
        <source>Folder for one GPX per feature</source>
        <translation>مجلد لملف GPX لكل عنصر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="248"/>
        <source>GPX waypoints</source>
        <translation>نقاط الطريق في GPX</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="338"/>
        <source>Feature {id}: {note}</source>
        <translation>العنصر {id}: {note}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="382"/>
        <source>{count} waypoints written to {path}</source>
        <translation>كتبت {count} نقطة طريق في {path}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="390"/>
        <source>{count} GPX files written to {folder}</source>
        <translation>كتب {count} ملف GPX في {folder}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="221"/>
        <source>Explosive items (default: the items layer beside the coverage)</source>
        <translation>المواد المتفجرة (الافتراضي: طبقة items بجانب طبقة التغطية)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="221"/>
        <source>Spot tasks (default: the spot_tasks layer beside the coverage)</source>
        <translation>المهام الموضعية (الافتراضي: طبقة spot_tasks بجانب طبقة التغطية)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="221"/>
        <source>Accidents (default: the accidents layer beside the coverage)</source>
        <translation>الحوادث (الافتراضي: طبقة accidents بجانب طبقة التغطية)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="221"/>
        <source>Victim counts (default: the victims layer beside the coverage)</source>
        <translation>أعداد الضحايا (الافتراضي: طبقة victims بجانب طبقة التغطية)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="221"/>
        <source>Communities (default: the locations layer beside the coverage)</source>
        <translation>التجمعات السكانية (الافتراضي: طبقة locations بجانب طبقة التغطية)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="233"/>
        <source>Add a page per community listing its hazards</source>
        <translation>إضافة صفحة لكل تجمع سكاني تسرد مناطقه الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="192"/>
        <source>Contact named in the warning (default: the profile&apos;s, else DMA or IKMAA)</source>
        <translation>الجهة المذكورة في التحذير للاتصال بها (الافتراضي: جهة ملف المطابقة، وإلا DMA أو IKMAA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="199"/>
        <source>Mapping profile naming the contact (name or JSON path)</source>
        <translation>ملف المطابقة الذي يحدد جهة الاتصال (الاسم أو مسار JSON)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="92"/>
        <source>Prints a map book into PDF: one page per hazard or task with its title, a map in land-release symbology (with releases and remaining gaps when given), an overview map of its governorate, legend, scale bar, north arrow, coordinate grid, the table of turning points with benchmark and reference point (DMS, decimal degrees, UTM, bearing and distance from the previous point) and its attributes. Pages in Arabic and Sorani are mirrored for right-to-left reading.

The table lists every point in survey order: reference point, landmarks and benchmark, then each polygon&apos;s points from its start point; a table longer than the page continues on sheets of the same hazard. Eastings and northings are in the hazard&apos;s own UTM zone; bearings are true and magnetic (declination from the World Magnetic Model for the print date). MGRS adds an MGRS column. CONTACT names whom the warning tells the reader to contact; without it the mapping profile&apos;s atlas contact (PROFILE, in the page language), else DMA or IKMAA. OUTPUT_GPX writes the points as waypoints and each polygon as a closed route for a handheld GPS; OUTPUT_GPX_FOLDER one GPX per hazard.

POINTS defaults to the points layer in the same GeoPackage as the coverage; without one the table lists the polygon&apos;s vertices. A feature without geometry or with an invalid geometry gets a page that says so. TEMPLATE is a .qpt layout template or a bundled one: a4_landscape (the default), a4_portrait, a3_landscape. OUTPUT_FOLDER also writes one PDF per feature, named by its ID.

A hazard&apos;s page also shows the explosive items found in it and the accidents recorded in it or within 1 000 m of it (ITEMS, SPOT_TASKS, ACCIDENTS and VICTIMS default to the register&apos;s layers beside the coverage): a line of its attribute block counts what was found, the map draws the spot tasks and accidents, and the list follows the turning points on sheets of its own. Casualties are counts of the victims table; no personal data is printed. COMMUNITY_PAGES adds, after the hazards, a page per community (the hazards&apos; location_id, named from LOCATIONS) with a map and the table of its hazards.</source>
        <translation>يطبع كتاب خرائط بصيغة PDF: صفحة لكل منطقة خطرة أو مهمة تضم عنوانها، وخريطة برموز الإفراج عن الأراضي (مع عمليات الإفراج والفجوات المتبقية عند توفرها)، وخريطة عامة لمحافظتها، ومفتاح الخريطة، ومقياس الرسم، وسهم الشمال، وشبكة الإحداثيات، وجدول نقاط الانعطاف مع العلامة المرجعية الثابتة والنقطة المرجعية (DMS، والدرجات العشرية، وUTM، والسمت والمسافة من النقطة السابقة) وخصائصها. تعكس صفحات العربية والكردية السورانية للقراءة من اليمين إلى اليسار.

يسرد الجدول كل نقطة بترتيب المسح: النقطة المرجعية والمعالم الدالة والعلامة المرجعية الثابتة، ثم نقاط كل مضلع بدءا من نقطة البداية؛ ويستمر الجدول الأطول من الصفحة على أوراق أخرى للمنطقة الخطرة نفسها. الإحداثيات الشرقية والشمالية في نطاق UTM الخاص بكل منطقة خطرة؛ والسمت حقيقي ومغناطيسي (الانحراف المغناطيسي من النموذج المغناطيسي العالمي لتاريخ الطباعة). يضيف MGRS عمودا لإحداثيات MGRS. يحدد CONTACT الجهة التي يطلب التحذير من القارئ الاتصال بها؛ وبدونه جهة الاتصال في ملف المطابقة (PROFILE، بلغة الصفحة)، وإلا DMA أو IKMAA. يكتب OUTPUT_GPX النقاط كنقاط طريق وكل مضلع كمسار مغلق لجهاز GPS محمول؛ ويكتب OUTPUT_GPX_FOLDER ملف GPX لكل منطقة خطرة.

تكون طبقة POINTS افتراضيا طبقة النقاط في ملف GeoPackage نفسه الذي يضم طبقة التغطية؛ وبدونها يسرد الجدول رؤوس المضلع. العنصر الذي ليس له شكل هندسي أو له شكل هندسي غير صالح يحصل على صفحة تذكر ذلك. TEMPLATE قالب تخطيط ‎.qpt أو أحد القوالب المرفقة: a4_landscape (الافتراضي)، a4_portrait، a3_landscape. يكتب OUTPUT_FOLDER أيضا ملف PDF لكل عنصر، مسمى بمعرفه.

تعرض صفحة المنطقة الخطرة أيضا المواد المتفجرة التي عثر عليها فيها والحوادث المسجلة فيها أو على بعد 1 000 م منها (ITEMS وSPOT_TASKS وACCIDENTS وVICTIMS افتراضيا طبقات السجل بجانب طبقة التغطية): يذكر سطر من كتلة السمات عدد ما عثر عليه، وترسم الخريطة المهام الموضعية والحوادث، وتأتي القائمة بعد نقاط الانعطاف على أوراق خاصة بها. الإصابات أعداد من جدول الضحايا؛ لا تطبع أي بيانات شخصية. يضيف COMMUNITY_PAGES بعد المناطق الخطرة صفحة لكل تجمع سكاني (location_id للمناطق الخطرة، بأسماء من LOCATIONS) مع خريطة وجدول مناطقه الخطرة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="238"/>
        <source>Project file keeping the layout for the layout designer</source>
        <translation>ملف مشروع يحفظ التخطيط لمصمم التخطيط</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="238"/>
        <source>QGIS projects (*.qgz)</source>
        <translation>مشاريع QGIS (*.qgz)</translation>
    </message>
</context>
<context>
    <name>AtlasBuilder</name>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="64"/>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="65"/>
        <source>CHA (confirmed hazardous area)</source>
        <translation>المنطقة الخطرة المؤكدة (CHA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="66"/>
        <source>SHA (suspected hazardous area)</source>
        <translation>المنطقة الخطرة المشتبه بها (SHA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="67"/>
        <source>Other classification</source>
        <translation>تصنيف آخر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="68"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="69"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="70"/>
        <source>Worked On</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="71"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="72"/>
        <source>Handed Over</source>
        <translation>مسلمة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="73"/>
        <source>Unknown status</source>
        <translation>حالة غير معروفة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="74"/>
        <source>Cleared</source>
        <translation>مطهرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="75"/>
        <source>Reduced</source>
        <translation>مخفضة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="76"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="77"/>
        <source>No land released</source>
        <translation>لم يفرج عن أي أرض</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="78"/>
        <source>Planned or active task</source>
        <translation>مهمة مخططة أو نشطة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="79"/>
        <source>Completed task</source>
        <translation>مهمة منجزة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="80"/>
        <source>Cancelled task</source>
        <translation>مهمة ملغاة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="81"/>
        <source>Turning point</source>
        <translation>نقطة انعطاف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="82"/>
        <source>Start point</source>
        <translation>نقطة بداية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="83"/>
        <source>Benchmark</source>
        <translation>علامة مرجعية ثابتة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="84"/>
        <source>Reference point</source>
        <translation>نقطة مرجعية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="85"/>
        <source>Landmark</source>
        <translation>معلم دال</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="86"/>
        <source>Evidence or usage point</source>
        <translation>نقطة دليل أو استخدام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="87"/>
        <source>Other point</source>
        <translation>نقطة أخرى</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="349"/>
        <source>No.</source>
        <translation>ت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="351"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="352"/>
        <source>Latitude (DMS)</source>
        <translation>العرض (DMS)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="353"/>
        <source>Longitude (DMS)</source>
        <translation>الطول (DMS)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="354"/>
        <source>Latitude (°)</source>
        <translation>العرض (°)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="355"/>
        <source>Longitude (°)</source>
        <translation>الطول (°)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="356"/>
        <source>Easting (m)</source>
        <translation>الإحداثي الشرقي (m)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="357"/>
        <source>Northing (m)</source>
        <translation>الإحداثي الشمالي (m)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="360"/>
        <source>Distance (m)</source>
        <translation>المسافة (m)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="386"/>
        <source>Cannot read the layout template {path}: {error}</source>
        <translation>تتعذر قراءة قالب التخطيط {path}: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="391"/>
        <source>The layout template {path} has no map item with the ID main_map.</source>
        <translation>لا يحتوي قالب التخطيط {path} على عنصر خريطة بالمعرف main_map.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="914"/>
        <source>Atlas</source>
        <translation>الأطلس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="418"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="456"/>
        <source>Legend</source>
        <translation>مفتاح الخريطة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="491"/>
        <source>No points recorded.</source>
        <translation>لا توجد نقاط مسجلة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="591"/>
        <source>Turning points, benchmark and reference point</source>
        <translation>نقاط الانعطاف والعلامة المرجعية الثابتة والنقطة المرجعية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="635"/>
        <source>Printed {date} · Page {page} of {pages} · Data source: {source}</source>
        <translation>تاريخ الطباعة: {date} · الصفحة {page} من {pages} · مصدر البيانات: {source}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="637"/>
        <source>national mine action database</source>
        <translation>قاعدة البيانات الوطنية للأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="1066"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>تعذرت كتابة ملف PDF في {path}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="1085"/>
        <source>The PDF files could not be written to {path}.</source>
        <translation>تعذرت كتابة ملفات PDF في {path}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="350"/>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="358"/>
        <source>True bearing (°)</source>
        <translation>السمت الحقيقي (°)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="359"/>
        <source>Magnetic bearing (°)</source>
        <translation>السمت المغناطيسي (°)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="363"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="591"/>
        <source>points {first}–{last} of {count}, continued on the next sheet</source>
        <translation>النقاط {first}–{last} من {count}، يتبع في الورقة التالية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="591"/>
        <source>continued: points {first}–{last} of {count}, sheet {sheet} of {sheets} of this hazard</source>
        <translation>تابع: النقاط {first}–{last} من {count}، الورقة {sheet} من {sheets} لهذه المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="621"/>
        <source>the national mine action authority (DMA, or IKMAA in the Kurdistan Region)</source>
        <translation>السلطة الوطنية للأعمال المتعلقة بالألغام (DMA، أو IKMAA في إقليم كوردستان)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="624"/>
        <source>DANGER: do not enter hazardous areas. Boundaries and points are as recorded on {doi} in the national mine action database; land outside them is not guaranteed free of explosive ordnance. Before entering, contact {contact}.</source>
        <translation>تحذير: لا تدخل المناطق الخطرة. الحدود والنقاط كما سجلت بتاريخ {doi} في قاعدة البيانات الوطنية للأعمال المتعلقة بالألغام؛ ولا يضمن خلو الأرض خارجها من الذخائر المتفجرة. قبل الدخول، اتصل بـ {contact}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="1013"/>
        <source>Cannot read the mapping profile &apos;{profile}&apos;: {error}</source>
        <translation>تعذرت قراءة ملف المطابقة '{profile}': {error}</translation>
    </message>
</context>
<context>
    <name>AtlasCommunities</name>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="74"/>
        <source>Community {name}</source>
        <translation>التجمع السكاني {name}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="85"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="86"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="87"/>
        <source>Sub-district</source>
        <translation>الناحية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="91"/>
        <source>Village</source>
        <translation>القرية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="92"/>
        <source>Hazards in this book</source>
        <translation>المناطق الخطرة في هذا الأطلس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="93"/>
        <source>Calculated area of its hazards</source>
        <translation>المساحة المحسوبة لمناطقه الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="97"/>
        <source>Remaining area of its hazards (recorded)</source>
        <translation>المساحة المتبقية لمناطقه الخطرة (المسجلة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="78"/>
        <source>No.</source>
        <translation>ت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="79"/>
        <source>Hazard</source>
        <translation>المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="80"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="81"/>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="82"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="83"/>
        <source>Calculated area</source>
        <translation>المساحة المحسوبة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="84"/>
        <source>Remaining area (recorded)</source>
        <translation>المساحة المتبقية (المسجلة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="98"/>
        <source>Hazards of this community: {count}</source>
        <translation>المناطق الخطرة في هذا التجمع السكاني: {count}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="99"/>
        <source>rows {first}–{last}, continued on the next sheet</source>
        <translation>الصفوف {first}–{last}، يتبع في الورقة التالية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="100"/>
        <source>Hazards of this community – continued: rows {first}–{last} of {count}, sheet {sheet} of {sheets}</source>
        <translation>المناطق الخطرة في هذا التجمع السكاني – تتمة: الصفوف {first}–{last} من {count}، الورقة {sheet} من {sheets}</translation>
    </message>
</context>
<context>
    <name>AtlasData</name>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="333"/>
        <source>The coverage layer has neither a hazard_id nor a task_id field. Its fields are: {fields}.</source>
        <translation>ليس في طبقة التغطية حقل hazard_id ولا حقل task_id. حقولها هي: {fields}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="395"/>
        <source>The filter expression is not valid: {error}</source>
        <translation>تعبير التصفية غير صالح: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="409"/>
        <source>The sort expression is not valid: {error}</source>
        <translation>تعبير الترتيب غير صالح: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="472"/>
        <source>This task has no geometry: there is nothing to map. Check its record.</source>
        <translation>ليس لهذه المهمة شكل هندسي: لا يوجد ما يرسم على الخريطة. افحص سجلها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="475"/>
        <source>This hazard has no geometry: there is nothing to map. Check its record and its turning points.</source>
        <translation>ليس لهذه المنطقة الخطرة شكل هندسي: لا يوجد ما يرسم على الخريطة. افحص سجلها ونقاط انعطافها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="482"/>
        <source>The geometry is invalid ({reason}). It is drawn as recorded: check the turning points.</source>
        <translation>الشكل الهندسي غير صالح ({reason}). رسم كما هو مسجل: افحص نقاط الانعطاف.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="503"/>
        <source>Task type</source>
        <translation>نوع المهمة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="518"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="505"/>
        <source>Hazard</source>
        <translation>المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="523"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="526"/>
        <source>Calculated area</source>
        <translation>المساحة المحسوبة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="528"/>
        <source>Operator</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="509"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="510"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="514"/>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="519"/>
        <source>Contamination</source>
        <translation>نوع التلوث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="524"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="525"/>
        <source>Estimated area</source>
        <translation>المساحة المقدرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="527"/>
        <source>Remaining area</source>
        <translation>المساحة المتبقية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="529"/>
        <source>Date of information</source>
        <translation>تاريخ المعلومات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="536"/>
        <source>Task {id}</source>
        <translation>المهمة {id}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="539"/>
        <source>Hazard {id}</source>
        <translation>المنطقة الخطرة {id}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1080"/>
        <source>No feature of the coverage matches the filter {expression}.</source>
        <translation>لا يطابق أي معلم من طبقة التغطية التصفية {expression}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1084"/>
        <source>The coverage layer has no features: there is nothing to print.</source>
        <translation>لا تحتوي طبقة التغطية على أي معلم: لا يوجد ما يطبع.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1129"/>
        <source>Governorates</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1165"/>
        <source>Hazards</source>
        <translation>المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1165"/>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1172"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1153"/>
        <source>Prepared {count} pages</source>
        <translation>الصفحات المعدة: {count}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1156"/>
        <source>(no ID, feature {fid})</source>
        <translation>(بلا معرف، المعلم {fid})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1174"/>
        <source>Evidence</source>
        <translation>نقاط الدليل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1175"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1181"/>
        <source>Released land</source>
        <translation>الأراضي المفرج عنها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1181"/>
        <source>Remaining contamination</source>
        <translation>التلوث المتبقي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1292"/>
        <source>The atlas layers could not be written to {path}: {error}</source>
        <translation>تعذرت كتابة طبقات الأطلس في {path}: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1298"/>
        <source>The atlas layers could not be read back from {path}.</source>
        <translation>تعذرت قراءة طبقات الأطلس من {path}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="367"/>
        <source>The coordinates could not be transformed to WGS 84 ({error}). Nothing is drawn: check the record and its CRS.</source>
        <translation>تعذر تحويل الإحداثيات إلى WGS 84 ({error}). لم يرسم شيء: تحقق من السجل ونظام إحداثياته.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="639"/>
        <source>The coordinates are not longitudes and latitudes ({xmin:.6g}, {ymin:.6g} to {xmax:.6g}, {ymax:.6g}): projected metres stored as degrees, or a wrong value. Nothing is drawn: check the record.</source>
        <translation>الإحداثيات ليست خطوط طول وعرض ({xmin:.6g}، {ymin:.6g} إلى {xmax:.6g}، {ymax:.6g}): أمتار مسقطة خزنت كدرجات، أو قيمة خاطئة. لم يرسم شيء: تحقق من السجل.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="668"/>
        <source>Datum WGS 84</source>
        <translation>المرجع الجيوديسي WGS 84</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="670"/>
        <source>UTM zone {zone}</source>
        <translation>نطاق UTM {zone}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="673"/>
        <source>{degrees}° east</source>
        <translation>{degrees}° شرقا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="673"/>
        <source>{degrees}° west</source>
        <translation>{degrees}° غربا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="678"/>
        <source>magnetic declination {value} on {date} ({model})</source>
        <translation>الانحراف المغناطيسي {value} بتاريخ {date} ({model})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="684"/>
        <source>magnetic declination unknown (no World Magnetic Model)</source>
        <translation>الانحراف المغناطيسي غير معروف (لا يتوفر النموذج المغناطيسي العالمي)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="686"/>
        <source>grid convergence {value}°</source>
        <translation>تقارب الشبكة {value}°</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="691"/>
        <source>bearings from the previous point, true and magnetic</source>
        <translation>السمت من النقطة السابقة، حقيقي ومغناطيسي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="736"/>
        <source>Points not printed, their coordinates are not longitudes and latitudes: {points}.</source>
        <translation>نقاط لم تطبع لأن إحداثياتها ليست خطوط طول وعرض: {points}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1054"/>
        <source>The atlas layer {name} could not be rewritten.</source>
        <translation>تعذرت إعادة كتابة طبقة الأطلس {name}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1210"/>
        <source>Explosive items found</source>
        <translation>المواد المتفجرة التي عثر عليها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1213"/>
        <source>Accidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1234"/>
        <source>Communities</source>
        <translation>التجمعات السكانية</translation>
    </message>
</context>
<context>
    <name>AtlasDialog</name>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="110"/>
        <source>A4 landscape</source>
        <translation>صفحة A4 أفقية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="111"/>
        <source>A4 portrait</source>
        <translation>صفحة A4 عمودية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="112"/>
        <source>A3 landscape</source>
        <translation>صفحة A3 أفقية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="116"/>
        <source>Other template file…</source>
        <translation>ملف قالب آخر…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="117"/>
        <source>Layout templates (*.qpt)</source>
        <translation>قوالب التخطيط (*.qpt)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="129"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="325"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="176"/>
        <source>Choose the hazards or tasks layer to print.</source>
        <translation>اختر طبقة المناطق الخطرة أو المهام المراد طباعتها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="179"/>
        <source>No feature of {layer} is selected.</source>
        <translation>لم يحدد أي معلم من {layer}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="182"/>
        <source>Choose the PDF file to write.</source>
        <translation>اختر ملف PDF المراد كتابته.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="189"/>
        <source>Choose the template file (.qpt).</source>
        <translation>اختر ملف القالب (.qpt).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="303"/>
        <source>Printing…</source>
        <translation>جار الطباعة…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="376"/>
        <source>Atlas of {layer}</source>
        <translation>أطلس {layer}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="9"/>
        <source>Print atlas</source>
        <translation>طباعة الأطلس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="16"/>
        <source>Hazards or tasks</source>
        <translation>المناطق الخطرة أو المهام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="24"/>
        <source>Selected features only</source>
        <translation>المعالم المحددة فقط</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="29"/>
        <source>Released land</source>
        <translation>الأراضي المفرج عنها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="37"/>
        <source>Remaining contamination</source>
        <translation>التلوث المتبقي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="45"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="53"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="64"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="72"/>
        <source>PDF file</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="80"/>
        <source>Also add the layout to the project (to adjust it in the layout designer)</source>
        <translation>إضافة التخطيط إلى المشروع أيضا (لتعديله في مصمم التخطيط)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="317"/>
        <source>Cancelled: no PDF was written.</source>
        <translation>أوقفت العملية: لم يكتب أي ملف PDF.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="326"/>
        <source>Cancel</source>
        <translation>إلغاء الأمر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="326"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="363"/>
        <source>Cancelling…</source>
        <translation>جار الإيقاف…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="86"/>
        <source>Add a page per community listing its hazards</source>
        <translation>إضافة صفحة لكل تجمع سكاني تسرد مناطقه الخطرة</translation>
    </message>
</context>
<context>
    <name>AtlasGpx</name>
    <message>
        <location filename="../mineaction_qgis/core/atlas/gpx.py" line="28"/>
        <source>GPX needs GDAL&apos;s Python bindings (osgeo), which this QGIS installation lacks: {error}</source>
        <translation>يحتاج GPX إلى واجهة Python لمكتبة GDAL (osgeo)، وهي غير موجودة في تثبيت QGIS هذا: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/gpx.py" line="94"/>
        <source>The GPX file {path} could not be written: {error}</source>
        <translation>تعذرت كتابة ملف GPX ‏{path}: {error}</translation>
    </message>
</context>
<context>
    <name>AtlasRecords</name>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="62"/>
        <source>No.</source>
        <translation>ت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="63"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="64"/>
        <source>ID</source>
        <translation>المعرف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="65"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="66"/>
        <source>Category or accident type</source>
        <translation>الفئة أو نوع الحادث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="67"/>
        <source>Quantity</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="68"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="69"/>
        <source>Distance from the hazard (m)</source>
        <translation>المسافة من المنطقة الخطرة (م)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="70"/>
        <source>Killed</source>
        <translation>قتل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="71"/>
        <source>Injured</source>
        <translation>أصيب</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="90"/>
        <source>Explosive items found in this hazard and accidents within {distance} m of it – rows {first}–{last} of {count}, sheet {sheet} of {sheets} of this hazard</source>
        <translation>المواد المتفجرة التي عثر عليها في هذه المنطقة الخطرة والحوادث على بعد {distance} م منها – الصفوف {first}–{last} من {count}، الورقة {sheet} من {sheets} لهذه المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="95"/>
        <source>Casualties are counts of the victims table; no personal data is printed.</source>
        <translation>الإصابات أعداد من جدول الضحايا؛ لا تطبع أي بيانات شخصية.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/items_accidents.py" line="332"/>
        <source>Explosive item</source>
        <translation>مادة متفجرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/items_accidents.py" line="333"/>
        <source>Accident</source>
        <translation>حادث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/items_accidents.py" line="348"/>
        <source>None recorded</source>
        <translation>لم يسجل شيء</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/items_accidents.py" line="344"/>
        <source>{items} items, {accidents} accidents</source>
        <translation>{items} مادة، {accidents} حادث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/items_accidents.py" line="349"/>
        <source>Items and accidents</source>
        <translation>المواد المتفجرة والحوادث</translation>
    </message>
</context>
<context>
    <name>ClearanceGapsAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="371"/>
        <source>Clearance gaps (remaining contaminated land)</source>
        <translation>فجوات التطهير (الأراضي الملوثة المتبقية)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="593"/>
        <source>Hazards</source>
        <translation>المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="408"/>
        <source>Releases (cancelled, reduced and cleared land)</source>
        <translation>مضلعات الإفراج (الأراضي الملغاة والمخفضة والمطهرة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Hazard ID field</source>
        <translation>حقل معرف المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Hazard ID field in releases (link)</source>
        <translation>حقل معرف المنطقة الخطرة في مضلعات الإفراج (الربط)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Release type field</source>
        <translation>حقل نوع الإفراج</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Hazard status field</source>
        <translation>حقل حالة المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Reported remaining area field (m²)</source>
        <translation>حقل المساحة المتبقية المبلغ عنها (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Governorate field of hazards</source>
        <translation>حقل المحافظة في المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Activity ID field</source>
        <translation>حقل معرف النشاط</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Organisation field of releases</source>
        <translation>حقل الجهة المنفذة في مضلعات الإفراج</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>End date field of releases</source>
        <translation>حقل تاريخ الانتهاء في مضلعات الإفراج</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="479"/>
        <source>Tolerance for reported vs computed remaining area (m²)</source>
        <translation>حد السماح بين المساحة المتبقية المبلغ عنها والمحسوبة (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="487"/>
        <source>Ignore remaining and outside parts smaller than (m²)</source>
        <translation>تجاهل الأجزاء المتبقية والخارجية الأصغر من (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="496"/>
        <source>Check and repair invalid geometries first</source>
        <translation>فحص الأشكال الهندسية غير الصالحة وإصلاحها أولا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="501"/>
        <source>Remaining land</source>
        <translation>الأراضي المتبقية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="506"/>
        <source>Releases outside their hazard</source>
        <translation>مضلعات الإفراج الواقعة خارج منطقتها الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="506"/>
        <source>Land release summary</source>
        <translation>ملخص الإفراج عن الأراضي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="521"/>
        <source>Progress report (HTML)</source>
        <translation>تقرير سير العمل (HTML)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="521"/>
        <source>HTML files (*.html)</source>
        <translation>ملفات HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total hazard area (m²)</source>
        <translation>إجمالي مساحة المناطق الخطرة (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total released area (m²)</source>
        <translation>إجمالي المساحة المفرج عنها (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total cancelled area (m²)</source>
        <translation>إجمالي المساحة الملغاة (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total reduced area (m²)</source>
        <translation>إجمالي المساحة المخفضة (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total cleared area (m²)</source>
        <translation>إجمالي المساحة المطهرة (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total remaining area (m²)</source>
        <translation>إجمالي المساحة المتبقية (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Hazards with land left</source>
        <translation>المناطق الخطرة التي بقيت فيها أرض</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Hazards flagged</source>
        <translation>المناطق الخطرة المعلمة بتنبيه</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="569"/>
        <source>Field &apos;{field}&apos; is not in the layer; it is ignored.</source>
        <translation>الحقل '{field}' غير موجود في الطبقة؛ سيتم تجاهله.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="588"/>
        <source>The hazards and releases layers are required.</source>
        <translation>طبقتا المناطق الخطرة ومضلعات الإفراج مطلوبتان.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="637"/>
        <source>Releases</source>
        <translation>مضلعات الإفراج</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="629"/>
        <source>Reading hazards and releases…</source>
        <translation>جار قراءة المناطق الخطرة ومضلعات الإفراج…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="661"/>
        <source>Computing remaining land…</source>
        <translation>جار حساب الأراضي المتبقية…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="821"/>
        <source>{count} hazards are flagged (Closed with land left, remaining area different from the reported one, invalid geometry or failed computation): see the fields and the note of the remaining land layer.</source>
        <translation>عدد المناطق الخطرة المعلمة بتنبيه: {count} (مغلقة مع بقاء أرض، أو مساحة متبقية تختلف عن المبلغ عنها، أو شكل هندسي غير صالح، أو فشل الحساب): راجع الحقول والملاحظة في طبقة الأراضي المتبقية.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="843"/>
        <source>{hazards} hazards: {released} km² released, {remaining} km² remaining in {left} hazards.</source>
        <translation>المناطق الخطرة: {hazards}؛ المساحة المفرج عنها {released} km²، والمتبقية {remaining} km² في {left} من المناطق الخطرة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="530"/>
        <source>Explosive items (items layer)</source>
        <translation>المواد المتفجرة (طبقة items)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="530"/>
        <source>Spot tasks (spot_tasks layer)</source>
        <translation>المهام الموضعية (طبقة spot_tasks)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="530"/>
        <source>Accidents (accidents layer)</source>
        <translation>الحوادث (طبقة accidents)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="530"/>
        <source>Victim counts (victims layer)</source>
        <translation>أعداد الضحايا (طبقة victims)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="540"/>
        <source>Items, spot tasks and accidents summary</source>
        <translation>ملخص المواد المتفجرة والمهام الموضعية والحوادث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Classification field of hazards (SHA / CHA)</source>
        <translation>حقل تصنيف المناطق الخطرة (SHA / CHA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Contamination type field of hazards</source>
        <translation>حقل نوع التلوث في المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Start date field of releases</source>
        <translation>حقل تاريخ بدء الإفراج</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="461"/>
        <source>Where releases overlap, the land goes to</source>
        <translation>حيث تتداخل عمليات الإفراج تنسب الأرض إلى</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="461"/>
        <source>the earliest release (IMAS 07.11)</source>
        <translation>الإفراج الأقدم (IMAS 07.11)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="461"/>
        <source>the strongest type: cleared &gt; reduced &gt; cancelled (before 0.2)</source>
        <translation>النوع الأقوى: مطهرة &gt; مخفضة &gt; ملغاة (قبل 0.2)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="472"/>
        <source>Mapping profile for status and contamination code lists (name or JSON path)</source>
        <translation>ملف المطابقة لقوائم رموز الحالة والتلوث (الاسم أو مسار JSON)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="506"/>
        <source>Land released twice (re-releases)</source>
        <translation>أرض أفرج عنها مرتين (إفراج مكرر)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="506"/>
        <source>Land release by classification and contamination</source>
        <translation>الإفراج عن الأراضي حسب التصنيف والتلوث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="521"/>
        <source>Article 7 table, APMBC (CSV)</source>
        <translation>جدول المادة 7، APMBC (CSV)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="521"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="521"/>
        <source>Article 7 table, CCM (CSV)</source>
        <translation>جدول المادة 7، CCM (CSV)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Area the per-hazard sum would have counted twice (m²)</source>
        <translation>المساحة التي كان جمع صفوف المناطق الخطرة سيحسبها مرتين (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Area claimed by later releases (m²)</source>
        <translation>المساحة التي تطالب بها عمليات إفراج لاحقة (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="578"/>
        <source>Cannot read the mapping profile &apos;{profile}&apos;: {error}</source>
        <translation>تعذرت قراءة ملف المطابقة '{profile}': {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="829"/>
        <source>{count} releases claim {area} m² that earlier releases already hold; they are credited once. See the re-releases layer.</source>
        <translation>{count} من عمليات الإفراج تطالب بـ {area} m² يحتفظ بها إفراج أقدم؛ تحتسب مرة واحدة. انظر طبقة الإفراج المكرر.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="837"/>
        <source>{count} hazards overlap other hazards: summing the hazard rows would count {area} m² twice; the totals count it once.</source>
        <translation>{count} من المناطق الخطرة تتداخل مع مناطق خطرة أخرى: جمع صفوفها كان سيحسب {area} m² مرتين؛ المجاميع تحسبها مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="374"/>
        <source>Computes, for every hazard, the land still to be released: the hazard polygon minus the union of its cancelled, reduced and cleared polygons. The release type is what the polygon released, never the kind of activity. Land is released once: where releases overlap, the earliest (by end date, then start date) keeps the land and a later release over it is a re-release finding, not a second credit; only undated or same-day releases fall back to cleared &gt; reduced &gt; cancelled. The precedence parameter keeps the old rule (type first) for those who need it. A release is linked to its hazard by the link field; where that is empty or unknown, to the hazards it overlaps. Areas are square metres on the WGS 84 ellipsoid, whatever the layers&apos; CRS, and every total counts each square metre once, also where hazards overlap.

Remaining polygons: one feature per hazard that still has land to release or is flagged (Closed, Completed, Expired or Handed Over with land left, remaining area different from the reported one by more than the tolerance, invalid geometry, failed computation).
Release findings: parts of releases outside their hazard, releases without a geometry, a readable date or a known release type.
Re-releases: land a later release claims although an earlier release holds it.
Summary: released and remaining area by governorate, organisation, release type and year.
Splits: by governorate, classification (SHA / CHA) and contamination type.
Report: an HTML page with charts and tables for a progress report, with the Article 7 tables (APMBC and CCM), which can also be saved as CSV.

Optional layers of the register add explosive items found and destroyed (by category, governorate, operator and year), spot tasks, and accidents and casualties (by governorate and year) to the report and to the items, spot tasks and accidents summary. Casualties are read from the aggregated victims table: no personal data.

Hazards that name their community (LOCATION_ID_FIELD, the register&apos;s location_id) are also added up by community: the report lists the communities with the most land left to release and the community summary lists them all (hazards, hazards not closed, hazard, released and remaining area), named from the LOCATIONS layer (the register&apos;s locations).</source>
        <translation>يحسب لكل منطقة خطرة الأرض التي ما زال يجب الإفراج عنها: مضلع المنطقة الخطرة ناقصا اتحاد مضلعاتها الملغاة والمخفضة والمطهرة. نوع الإفراج هو ما أفرج عنه فعلا في المضلع، وليس نوع النشاط أبدا. يفرج عن الأرض مرة واحدة: حيث تتداخل عمليات الإفراج يحتفظ بالأرض الأقدم منها (بتاريخ الانتهاء ثم تاريخ البدء)، والإفراج اللاحق فوقها نتيجة «إفراج مكرر» وليس رصيدا ثانيا؛ ولا يرجع إلى الترتيب مطهرة &gt; مخفضة &gt; ملغاة إلا لعمليات الإفراج غير المؤرخة أو التي في اليوم نفسه. يبقي معامل الأسبقية القاعدة القديمة (النوع أولا) لمن يحتاجها. يربط الإفراج بمنطقته الخطرة عبر حقل الربط؛ وإذا كان فارغا أو غير معروف فبالمناطق الخطرة التي يتداخل معها. المساحات بالمتر المربع على مجسم WGS 84 مهما كان نظام إحداثيات الطبقات، وكل مجموع يحسب كل متر مربع مرة واحدة، حتى حيث تتداخل المناطق الخطرة.

المضلعات المتبقية: معلم واحد لكل منطقة خطرة ما زالت فيها أرض للإفراج عنها أو عليها علامة (مغلقة أو مكتملة أو منتهية أو مسلَّمة وفيها أرض متبقية، مساحة متبقية تختلف عن المبلغ عنها بأكثر من التفاوت المسموح، هندسة غير صالحة، حساب فاشل).
نتائج الإفراج: أجزاء الإفراج الواقعة خارج منطقتها الخطرة، وعمليات الإفراج التي بلا هندسة أو بلا تاريخ مقروء أو بلا نوع إفراج معروف.
الإفراج المكرر: أرض يطالب بها إفراج لاحق بينما يحتفظ بها إفراج أقدم.
الملخص: المساحة المفرج عنها والمتبقية حسب المحافظة والجهة ونوع الإفراج والسنة.
التوزيعات: حسب المحافظة والتصنيف (SHA / CHA) ونوع التلوث.
التقرير: صفحة HTML فيها رسوم بيانية وجداول لتقرير سير العمل، مع جداول المادة 7 (APMBC و CCM) التي يمكن حفظها أيضا بصيغة CSV.

تضيف طبقات السجل الاختيارية إلى التقرير وإلى ملخص المواد المتفجرة والمهام الموضعية والحوادث: المواد المتفجرة التي عثر عليها ودمرت (حسب الفئة والمحافظة والجهة المنفذة والسنة)، والمهام الموضعية، والحوادث والإصابات (حسب المحافظة والسنة). تقرأ الإصابات من جدول الضحايا المجمع: بلا بيانات شخصية.

تجمع أيضا المناطق الخطرة التي تذكر تجمعها السكاني (LOCATION_ID_FIELD، الحقل location_id في السجل) حسب التجمع السكاني: يسرد التقرير التجمعات السكانية التي لديها أكبر مساحة متبقية للإفراج عنها، ويسردها ملخص التجمعات السكانية كلها (المناطق الخطرة، المناطق الخطرة غير المغلقة، مساحة المناطق الخطرة والمساحة المفرج عنها والمتبقية)، بأسمائها من طبقة LOCATIONS (طبقة locations في السجل).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Community (location ID) field of hazards</source>
        <translation>حقل التجمع السكاني (معرف الموقع) للمناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="530"/>
        <source>Communities (locations layer)</source>
        <translation>التجمعات السكانية (طبقة locations)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="540"/>
        <source>Land release by community</source>
        <translation>الإفراج عن الأراضي حسب التجمع السكاني</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="21"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="22"/>
        <source>Worked On</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="23"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="24"/>
        <source>Handed Over</source>
        <translation>مسلَّمة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="25"/>
        <source>Planned</source>
        <translation>مخططة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="26"/>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="27"/>
        <source>Completed</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="29"/>
        <source>Cancelled task</source>
        <translation>مهمة ملغاة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="36"/>
        <source>Confirmed hazardous area (CHA)</source>
        <translation>المنطقة الخطرة المؤكدة (CHA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="37"/>
        <source>Suspected hazardous area (SHA)</source>
        <translation>المنطقة الخطرة المشتبه بها (SHA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="38"/>
        <source>Indication</source>
        <translation>مؤشر خطر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="39"/>
        <source>Ammunition stockpile</source>
        <translation>مخزن الذخائر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="40"/>
        <source>EOD spot task</source>
        <translation>مهمة موضعية للتخلص من الذخائر المتفجرة (EOD)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="47"/>
        <source>Mines</source>
        <translation>ألغام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="48"/>
        <source>Explosive remnants of war (ERW)</source>
        <translation>المتفجرات من مخلفات الحرب (ERW)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="89"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>الذخائر غير المنفجرة (UXO)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="90"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>الذخائر المتفجرة المتروكة (AXO)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="51"/>
        <source>Improvised explosive devices (IED)</source>
        <translation>العبوات الناسفة (IED)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="52"/>
        <source>Cluster munitions</source>
        <translation>الذخائر العنقودية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="53"/>
        <source>Mixed</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="60"/>
        <source>Cancelled land</source>
        <translation>أرض ملغاة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="61"/>
        <source>Reduced land</source>
        <translation>أرض مخفضة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="62"/>
        <source>Cleared land</source>
        <translation>أرض مطهرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="63"/>
        <source>No release</source>
        <translation>بلا إفراج</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="70"/>
        <source>Reference point</source>
        <translation>النقطة المرجعية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="71"/>
        <source>Landmark</source>
        <translation>معلم دال</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="72"/>
        <source>Benchmark</source>
        <translation>العلامة المرجعية الثابتة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="73"/>
        <source>Start point</source>
        <translation>نقطة البداية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="74"/>
        <source>Datum point</source>
        <translation>نقطة الأساس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="75"/>
        <source>Turning point</source>
        <translation>نقطة الانعطاف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="76"/>
        <source>Intermediate point</source>
        <translation>نقطة وسطية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="77"/>
        <source>End point</source>
        <translation>نقطة النهاية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="78"/>
        <source>Usage point</source>
        <translation>نقطة استخدام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="79"/>
        <source>Evidence point</source>
        <translation>نقطة دليل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="86"/>
        <source>Anti-personnel mine</source>
        <translation>لغم مضاد للأفراد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="87"/>
        <source>Anti-vehicle mine</source>
        <translation>لغم مضاد للمركبات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="88"/>
        <source>Submunition</source>
        <translation>ذخيرة صغيرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="91"/>
        <source>Improvised explosive device (IED)</source>
        <translation>العبوة الناسفة (IED)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="92"/>
        <source>Small arms ammunition</source>
        <translation>ذخيرة الأسلحة الخفيفة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="99"/>
        <source>Found</source>
        <translation>عثر عليها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="100"/>
        <source>Destroyed in situ</source>
        <translation>أتلف في مكانه</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="101"/>
        <source>Removed</source>
        <translation>أزيل</translation>
    </message>
</context>
<context>
    <name>CommunitySummary</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="112"/>
        <source>Land release by community</source>
        <translation>الإفراج عن الأراضي حسب التجمع السكاني</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="113"/>
        <source>{communities} communities have hazards; the {shown} with the most land left to release are listed (the community summary output lists them all). A community&apos;s areas are the sums of its hazards&apos; accounts.</source>
        <translation>لدى {communities} تجمعا سكانيا مناطق خطرة؛ تسرد هنا الـ {shown} التي لديها أكبر مساحة متبقية للإفراج عنها (يسردها ناتج ملخص التجمعات السكانية كلها). مساحات التجمع السكاني هي مجموع حسابات مناطقه الخطرة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="120"/>
        <source>(no community)</source>
        <translation>(بدون تجمع سكاني)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Community</source>
        <translation>التجمع السكاني</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Hazards</source>
        <translation>المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Not closed</source>
        <translation>غير مغلقة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Hazard area (km²)</source>
        <translation>مساحة المناطق الخطرة (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Released (km²)</source>
        <translation>المفرج عنها (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Remaining (km²)</source>
        <translation>المتبقية (km²)</translation>
    </message>
</context>
<context>
    <name>CoordinateParser</name>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="156"/>
        <source>The coordinate is empty.</source>
        <translation>الإحداثي فارغ.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="167"/>
        <source>&apos;{value}&apos; is not an angle in degrees, DDM or DMS.</source>
        <translation>'{value}' ليست زاوية بالدرجات أو DDM أو DMS.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="176"/>
        <source>&apos;{value}&apos;: degrees with decimals cannot be followed by minutes.</source>
        <translation>'{value}': لا يجوز أن تلي الدقائق درجات بكسور عشرية.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="182"/>
        <source>&apos;{value}&apos;: minutes with decimals cannot be followed by seconds.</source>
        <translation>'{value}': لا يجوز أن تلي الثواني دقائق بكسور عشرية.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="188"/>
        <source>&apos;{value}&apos;: minutes and seconds must be below 60.</source>
        <translation>'{value}': يجب أن تكون الدقائق والثواني أقل من 60.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="198"/>
        <source>&apos;{value}&apos; has both a minus sign and a hemisphere letter.</source>
        <translation>'{value}' يحتوي على إشارة سالبة وحرف نصف الكرة معا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="226"/>
        <source>&apos;{value}&apos; is a latitude where a longitude was expected.</source>
        <translation>'{value}' دائرة عرض في موضع يتوقع فيه خط طول.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="232"/>
        <source>Longitude &apos;{value}&apos; is outside -180..180 degrees.</source>
        <translation>خط الطول '{value}' خارج النطاق -180..180 درجة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="238"/>
        <source>Latitude &apos;{value}&apos; is outside -90..90 degrees.</source>
        <translation>دائرة العرض '{value}' خارج النطاق -90..90 درجة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="288"/>
        <source>&apos;{value}&apos; is not a known coordinate reference system.</source>
        <translation>'{value}' ليس نظام إحداثيات مرجعيا معروفا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="309"/>
        <source>{x}, {y} cannot be transformed from {crs}: {error}</source>
        <translation>تعذر تحويل {x}, {y} من {crs}: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="368"/>
        <source>Latitude {value} is outside the MGRS/UTM area (80°S to 84°N).</source>
        <translation>دائرة العرض {value} خارج نطاق MGRS/UTM (من 80°S إلى 84°N).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="416"/>
        <source>&apos;{value}&apos; is not an MGRS reference such as 38SMB4412387456.</source>
        <translation>'{value}' ليس مرجع MGRS مثل 38SMB4412387456.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="401"/>
        <source>&apos;{value}&apos;: easting and northing need the same number of digits.</source>
        <translation>'{value}': يجب أن يكون للإحداثي الشرقي والإحداثي الشمالي العدد نفسه من الأرقام.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="408"/>
        <source>&apos;{value}&apos;: the MGRS digits must be an even number.</source>
        <translation>'{value}': يجب أن يكون عدد أرقام MGRS زوجيا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="426"/>
        <source>&apos;{value}&apos;: column letter {letter} is not used in zone {zone}.</source>
        <translation>'{value}': حرف العمود {letter} غير مستخدم في النطاق {zone}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="449"/>
        <source>&apos;{value}&apos;: the square is not in latitude band {band}.</source>
        <translation>'{value}': المربع لا يقع في حزام العرض {band}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="507"/>
        <source>X &apos;{x}&apos; and Y &apos;{y}&apos;: both are needed (or one MGRS reference).</source>
        <translation>X '{x}' و Y '{y}': كلاهما مطلوب (أو مرجع MGRS واحد).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="519"/>
        <source>X &apos;{x}&apos; and Y &apos;{y}&apos; look projected, but the coordinate system {crs} is in degrees: choose the projected CRS of the file.</source>
        <translation>X '{x}' و Y '{y}' تبدو إحداثيات مسقطة، لكن نظام الإحداثيات {crs} بالدرجات: اختر نظام الإحداثيات المرجعي المسقط الخاص بالملف.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="551"/>
        <source>{what} &apos;{value}&apos; is not a number.</source>
        <translation>{what} '{value}' ليس رقما.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="603"/>
        <source>Distance {value} is negative.</source>
        <translation>المسافة {value} سالبة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="353"/>
        <source>{lon}, {lat} is not a longitude and latitude in degrees.</source>
        <translation>{lon}، {lat} ليس خط طول وخط عرض بالدرجات.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="131"/>
        <source>&apos;{value}&apos; is too large to be a coordinate, a distance or a bearing.</source>
        <translation>'{value}' كبير جدا ليكون إحداثيا أو مسافة أو اتجاها (سمتا).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="215"/>
        <source>X &apos;{x}&apos; and Y &apos;{y}&apos; are both {axis}: one must be a latitude (N/S) and the other a longitude (E/W).</source>
        <translation>X '{x}' و Y '{y}' كلاهما {axis}: يجب أن يكون أحدهما خط عرض (N/S) والآخر خط طول (E/W).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="607"/>
        <source>Bearing {value} is outside 0–360 degrees.</source>
        <translation>الاتجاه (السمت) {value} خارج المدى 0–360 درجة.</translation>
    </message>
</context>
<context>
    <name>DateOrder</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/dates.py" line="25"/>
        <source>Dates out of order</source>
        <translation>تواريخ بترتيب غير صحيح</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/dates.py" line="28"/>
        <source>For every pair &apos;earlier&lt;later&apos; in DATE_FIELDS, the earlier date is after the later one, or a filled date cannot be read. The value is the number of days the dates are out of order.</source>
        <translation>لكل زوج 'earlier&lt;later' في DATE_FIELDS، يقع التاريخ الأسبق بعد التاريخ اللاحق، أو يتعذر قراءة تاريخ مدخل. القيمة هي عدد الأيام التي تخالف فيها التواريخ الترتيب.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/dates.py" line="41"/>
        <source>Hazard {hazard}: {field} &apos;{value}&apos; is not a date.</source>
        <translation>المنطقة الخطرة {hazard}: قيمة {field} '{value}' ليست تاريخا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/dates.py" line="48"/>
        <source>Hazard {hazard}: {earlier} ({first}) is after {later} ({second}).</source>
        <translation>المنطقة الخطرة {hazard}: {earlier} ({first}) يقع بعد {later} ({second}).</translation>
    </message>
</context>
<context>
    <name>DateReader</name>
    <message>
        <location filename="../mineaction_qgis/core/common/dates.py" line="171"/>
        <source>day/month/year</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/dates.py" line="171"/>
        <source>month/day/year</source>
        <translation>شهر/يوم/سنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/dates.py" line="177"/>
        <source>{source}: {ambiguous} date(s) such as 04/03/2021 can be read two ways and no date in the file decides it; they were read as {order}. Check them.</source>
        <translation>{source}: {ambiguous} من التواريخ مثل 04/03/2021 يمكن قراءتها بطريقتين ولا يوجد في الملف تاريخ يحسم ذلك؛ قرئت بصيغة {order}. تحقق منها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/dates.py" line="182"/>
        <source>{source}: dates read as {order}, decided from the file&apos;s unambiguous dates ({day_first} day first, {month_first} month first); {ambiguous} ambiguous date(s) were read that way.</source>
        <translation>{source}: قرئت التواريخ بصيغة {order}، بناء على التواريخ غير الملتبسة في الملف ({day_first} باليوم أولا، {month_first} بالشهر أولا)؛ وقرئ {ambiguous} من التواريخ الملتبسة بهذه الطريقة.</translation>
    </message>
</context>
<context>
    <name>DetectError</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="41"/>
        <source>IMSMA point list (CSV/Excel)</source>
        <translation>قائمة نقاط IMSMA (CSV/Excel)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="42"/>
        <source>IMSMA NG maXML</source>
        <translation>ملف maXML من IMSMA NG</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="43"/>
        <source>IMSMA GIS export</source>
        <translation>ملف تصدير GIS من IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="84"/>
        <source>an IMSMA point list (.csv, .xlsx or .xls with columns ProjName, PolyID, PointNo, PointID, PointType, Xcoord, Ycoord, Distance, Bearing, FrPointID, PointDesc), an IMSMA NG maXML file (.xml), or an IMSMA GIS export (file geodatabase, GeoPackage, GeoJSON or shapefile)</source>
        <translation>قائمة نقاط IMSMA (.csv أو .xlsx أو .xls بالأعمدة ProjName, PolyID, PointNo, PointID, PointType, Xcoord, Ycoord, Distance, Bearing, FrPointID, PointDesc)، أو ملف maXML من IMSMA NG (.xml)، أو ملف تصدير GIS من IMSMA (قاعدة بيانات جغرافية ملفية (file geodatabase)، أو GeoPackage، أو GeoJSON، أو shapefile)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="98"/>
        <source>File &apos;{file}&apos; does not exist. Expected {expected}.</source>
        <translation>الملف '{file}' غير موجود. المتوقع: {expected}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="111"/>
        <source>File &apos;{file}&apos; cannot be read (permissions).</source>
        <translation>تتعذر قراءة الملف '{file}' (الأذونات).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="207"/>
        <source>&apos;{file}&apos; is not a recognised IMSMA export. Expected {expected}.</source>
        <translation>'{file}' ليس ملف تصدير IMSMA معروفا. المتوقع: {expected}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="44"/>
        <source>Task-order export (CSV/Excel/GeoJSON)</source>
        <translation>تصدير أوامر المهام (CSV/Excel/GeoJSON)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="104"/>
        <source>&apos;{file}&apos; is not a regular file or folder (a named pipe, socket or device): it cannot be imported.</source>
        <translation>'{file}' ليس ملفا عاديا ولا مجلدا (أنبوب مسمى أو مقبس أو جهاز): لا يمكن استيراده.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="165"/>
        <source>&apos;{file}&apos; cannot be opened as {kind}: the file is damaged or cut off (truncated). Copy or export it again.</source>
        <translation>تعذر فتح '{file}' بصيغة {kind}: الملف تالف أو مقطوع (ناقص). انسخه أو صدره مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="159"/>
        <source>&apos;{file}&apos; cannot be opened as {kind} ({reason}): the file is damaged or cut off (truncated). Copy or export it again.</source>
        <translation>تعذر فتح '{file}' بصيغة {kind} ({reason}): الملف تالف أو مقطوع (ناقص). انسخه أو صدره مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>DuplicateGeometry</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="43"/>
        <source>Same polygon twice</source>
        <translation>المضلع نفسه مرتين</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="46"/>
        <source>Two records have the same polygon (their common part is at least 99.9 % of each), usually one hazard entered twice. The value is the area in m².</source>
        <translation>لسجلين المضلع نفسه (الجزء المشترك بينهما 99.9 % على الأقل من كل منهما)، وعادة ما يكون ذلك منطقة خطرة واحدة أدخلت مرتين. القيمة هي المساحة بـ m².</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="55"/>
        <source>Hazards {first} and {second} have the same polygon ({area} m²).</source>
        <translation>للمنطقتين الخطرتين {first} و{second} المضلع نفسه ({area} m²).</translation>
    </message>
</context>
<context>
    <name>DuplicateId</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="82"/>
        <source>Duplicate hazard ID</source>
        <translation>معرف منطقة خطرة مكرر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="85"/>
        <source>Several records share one hazard ID, so activities, tasks and reports cannot tell them apart. One finding per record, on the record; the value is how many records share the ID.</source>
        <translation>تشترك عدة سجلات في معرف منطقة خطرة واحد، فلا يمكن للأنشطة والمهام والتقارير التمييز بينها. نتيجة فحص واحدة لكل سجل، على السجل نفسه؛ والقيمة هي عدد السجلات التي تشترك في المعرف.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="102"/>
        <source>Hazard ID {hazard} is used by {count} records (features {features}).</source>
        <translation>معرف المنطقة الخطرة {hazard} مستخدم في عدد من السجلات: {count} (المعالم {features}).</translation>
    </message>
</context>
<context>
    <name>DuplicateVertex</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="133"/>
        <source>Duplicate vertex</source>
        <translation>رأس مكرر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="136"/>
        <source>Consecutive vertices at the same place (within 0.000001 degrees or 0.1 m), including a closing point repeated. Harmless for the area but a sign of careless digitising or a bad export; mineaction:fixhazards removes them. The value is the number of repeated vertices.</source>
        <translation>رؤوس متتالية في المكان نفسه (ضمن 0.000001 درجة أو 0.1 m)، بما في ذلك تكرار نقطة الإغلاق. لا يؤثر ذلك في المساحة لكنه علامة على رقمنة غير دقيقة أو تصدير معيب؛ وتزيلها الخوارزمية mineaction:fixhazards. القيمة هي عدد الرؤوس المكررة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="157"/>
        <source>Hazard {hazard} repeats {count} vertices at the same place.</source>
        <translation>المنطقة الخطرة {hazard} تكرر رؤوسا في المكان نفسه (العدد: {count}).</translation>
    </message>
</context>
<context>
    <name>EmptyGeometry</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="72"/>
        <source>Empty geometry</source>
        <translation>شكل هندسي فارغ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="75"/>
        <source>The record has no polygon at all (NULL or empty geometry), so it cannot be mapped, measured or checked for overlaps.</source>
        <translation>ليس للسجل أي مضلع (شكل هندسي NULL أو فارغ)، لذا لا يمكن عرضه على الخريطة أو قياسه أو فحص تداخلاته.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="84"/>
        <source>Hazard {hazard} has no geometry.</source>
        <translation>ليس للمنطقة الخطرة {hazard} شكل هندسي.</translation>
    </message>
</context>
<context>
    <name>FixHazardsAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="57"/>
        <source>Fix hazard geometries</source>
        <translation>إصلاح الأشكال الهندسية للمناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="60"/>
        <source>Makes the safe repairs of hazard polygons: removes repeated vertices (consecutive duplicates and a repeated closing point), repairs invalid polygons keeping every part (the log gives the area before and after), and drops parts of a multipart hazard smaller than MIN_PART_AREA. It never merges, deletes or moves a hazard: every input feature is in the output, with all its attributes. The log layer has one row per change: hazard_id, feature_id, change (duplicate_vertices_removed, repaired, not_repaired, sliver_dropped, sliver_kept), detail, area_before_m2, area_after_m2, area_change_m2.</source>
        <translation>يجري الإصلاحات الآمنة لمضلعات المناطق الخطرة: يزيل الرؤوس المكررة (التكرارات المتتالية وتكرار نقطة الإغلاق)، ويصلح المضلعات غير الصالحة مع الإبقاء على كل جزء (يذكر سجل التغييرات المساحة قبل الإصلاح وبعده)، ويحذف أجزاء المنطقة الخطرة المتعددة الأجزاء الأصغر من MIN_PART_AREA. لا يدمج أي منطقة خطرة أو يحذفها أو ينقلها أبدا: كل معلم مدخل موجود في المخرج بجميع سماته. تحتوي طبقة سجل التغييرات على صف واحد لكل تغيير: hazard_id، feature_id، change (duplicate_vertices_removed، repaired، not_repaired، sliver_dropped، sliver_kept)، detail، area_before_m2، area_after_m2، area_change_m2.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="70"/>
        <source>Hazard polygons</source>
        <translation>مضلعات المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="75"/>
        <source>Hazard ID field</source>
        <translation>حقل معرف المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="78"/>
        <source>Parts smaller than this are slivers (m²)</source>
        <translation>الأجزاء الأصغر من هذه القيمة شرائح رفيعة (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="87"/>
        <source>Fixed hazards</source>
        <translation>المناطق الخطرة المصلحة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="92"/>
        <source>Changes made</source>
        <translation>التغييرات المجراة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="95"/>
        <source>Number of hazards changed</source>
        <translation>عدد المناطق الخطرة المعدلة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="165"/>
        <source>{changed} of {total} hazards changed.</source>
        <translation>المناطق الخطرة المعدلة: {changed} من {total}.</translation>
    </message>
</context>
<context>
    <name>GapAnalysis</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="754"/>
        <source>Activity {activity_id} has no geometry.</source>
        <translation>ليس للنشاط {activity_id} شكل هندسي.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="773"/>
        <source>Activity {activity_id} has the release type &apos;{release_type}&apos;, which is not cancelled, reduced, cleared or none; it is not counted.</source>
        <translation>نوع الإفراج للنشاط {activity_id} هو '{release_type}'، وهو ليس ملغاة أو مخفضة أو مطهرة أو بلا إفراج؛ لذا لم يحتسب.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="838"/>
        <source>Hazard {hazard_id} has no geometry.</source>
        <translation>ليس للمنطقة الخطرة {hazard_id} شكل هندسي.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="847"/>
        <source>The geometry of hazard {hazard_id} is invalid ({reason}); it was repaired for the computation.</source>
        <translation>الشكل الهندسي للمنطقة الخطرة {hazard_id} غير صالح ({reason})؛ أصلح لأغراض الحساب.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="856"/>
        <source>The geometry of activity {activity_id} is invalid ({reason}); it was repaired for the computation.</source>
        <translation>الشكل الهندسي للنشاط {activity_id} غير صالح ({reason})؛ أصلح لأغراض الحساب.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="873"/>
        <source>GEOS failed on hazard {hazard_id} ({error}); the result was computed again on repaired geometry ({stage}).</source>
        <translation>فشلت GEOS في معالجة المنطقة الخطرة {hazard_id} ({error})؛ أعيد حساب النتيجة على الشكل الهندسي المصلح ({stage}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="894"/>
        <source>The remaining land of hazard {hazard_id} could not be computed ({error}); the whole hazard is shown and counted as remaining. Check its geometry and its activities.</source>
        <translation>تعذر حساب الأرض المتبقية للمنطقة الخطرة {hazard_id} ({error})؛ تعرض المنطقة الخطرة كاملة وتحتسب متبقية. افحص شكلها الهندسي وأنشطتها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="1340"/>
        <source>{area} m² of activity {activity_id} lie outside its hazard {hazard_id}.</source>
        <translation>تقع {area} m² من النشاط {activity_id} خارج منطقته الخطرة {hazard_id}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="1344"/>
        <source>Activity {activity_id} names hazard {hazard_id}, which is not in the hazards layer; {area} m² lie outside every hazard it overlaps.</source>
        <translation>يشير النشاط {activity_id} إلى المنطقة الخطرة {hazard_id} غير الموجودة في طبقة المناطق الخطرة؛ وتقع {area} m² منه خارج جميع المناطق الخطرة التي يتداخل معها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="1350"/>
        <source>Activity {activity_id} ({area} m²) overlaps no hazard.</source>
        <translation>النشاط {activity_id} ({area} m²) لا يتداخل مع أي منطقة خطرة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="1353"/>
        <source>{area} m² of activity {activity_id} lie outside the hazards it overlaps ({hazard_id}).</source>
        <translation>تقع {area} m² من النشاط {activity_id} خارج المناطق الخطرة التي يتداخل معها ({hazard_id}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="298"/>
        <source>{area} m² of activity {activity_id} ({date}, {organisation}) were already released by activity {holder_id} ({holder_date}, {holder_organisation}) in hazard {hazard_id}; they are credited once, to {holder_id}.</source>
        <translation>{area} m² من النشاط {activity_id} ({date}، {organisation}) سبق أن أفرج عنها النشاط {holder_id} ({holder_date}، {holder_organisation}) في المنطقة الخطرة {hazard_id}؛ تحتسب مرة واحدة لصالح {holder_id}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="759"/>
        <source>Activity {activity_id} cannot be measured ({reason}); it is not counted.</source>
        <translation>لا يمكن قياس النشاط {activity_id} ({reason})؛ لم يحتسب.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="789"/>
        <source>Activity {activity_id} has release type none ({reason}): nothing says whether its land was cancelled, reduced or cleared, so it is not credited.</source>
        <translation>نوع الإفراج للنشاط {activity_id} هو none ({reason}): لا شيء يبين هل أرضه ملغاة أم مخفضة أم مطهرة، لذلك لم يحتسب.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="832"/>
        <source>Hazard {hazard_id} cannot be measured ({reason}); it is left out of the totals.</source>
        <translation>لا يمكن قياس المنطقة الخطرة {hazard_id} ({reason})؛ استبعدت من المجاميع.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="292"/>
        <source>{area} m² of activity {activity_id} ({date}, {organisation}) in hazard {hazard_id} were already released by activity {holder_id} ({holder_date}, {holder_organisation}) in the overlapping hazard {holder_hazard_id}; the national totals credit them once, to {holder_id}.</source>
        <translation>{area} m² من النشاط {activity_id} ({date}، {organisation}) في المنطقة الخطرة {hazard_id} سبق أن أفرج عنها النشاط {holder_id} ({holder_date}، {holder_organisation}) في المنطقة الخطرة المتداخلة {holder_hazard_id}؛ تحتسبها المجاميع الوطنية مرة واحدة لصالح {holder_id}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="1294"/>
        <source>Activity {activity_id} names hazard {named}, which is not in the hazards layer. It lies in hazard {hazard_id}: linked by overlap, it is credited there with {area} m² (the land no earlier release holds). Check the hazard ID it names.</source>
        <translation>يشير النشاط {activity_id} إلى المنطقة الخطرة {named} غير الموجودة في طبقة المناطق الخطرة. وهو يقع في المنطقة الخطرة {hazard_id}: ربط بها بالتداخل واحتسبت له فيها {area} m² (الأرض التي لا يحتفظ بها إفراج أقدم). تحقق من معرف المنطقة الخطرة الذي يذكره.</translation>
    </message>
</context>
<context>
    <name>GapInput</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/inputs.py" line="187"/>
        <source>(no ID, feature {fid})</source>
        <translation>(بلا معرف، المعلم {fid})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/inputs.py" line="248"/>
        <source>Activity {activity_id}: date &apos;{value}&apos; cannot be read; the release is treated as undated.</source>
        <translation>النشاط {activity_id}: تعذرت قراءة التاريخ '{value}'؛ يعامل الإفراج على أنه بلا تاريخ.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/inputs.py" line="206"/>
        <source>Activity {activity_id} cannot be transformed into the hazards&apos; CRS ({reason}); it is not counted.</source>
        <translation>لا يمكن تحويل النشاط {activity_id} إلى نظام إحداثيات المناطق الخطرة ({reason})؛ لم يحتسب.</translation>
    </message>
</context>
<context>
    <name>GapReport</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="105"/>
        <source>Land release progress</source>
        <translation>تقدم الإفراج عن الأراضي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="311"/>
        <source>Released (km²)</source>
        <translation>المفرج عنها (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Cancelled (km²)</source>
        <translation>الأرض الملغاة (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Reduced (km²)</source>
        <translation>الأرض المخفضة (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Cleared (km²)</source>
        <translation>الأرض المطهرة (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="270"/>
        <source>Remaining (km²)</source>
        <translation>المتبقية (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="270"/>
        <source>Hazards with land left</source>
        <translation>المناطق الخطرة التي بقيت فيها أرض</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Closed hazards with land left</source>
        <translation>مناطق خطرة مغلقة بقيت فيها أرض</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Remaining area differs from IMSMA</source>
        <translation>المساحة المتبقية تختلف عن IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="237"/>
        <source>Release parts outside their hazard</source>
        <translation>أجزاء الإفراج الواقعة خارج منطقتها الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="123"/>
        <source>{released} km² released: {cancelled} km² cancelled, {reduced} km² reduced and {cleared} km² cleared; {remaining} km² remain in {hazards} hazards.</source>
        <translation>أفرج عن {released} km²: {cancelled} km² ملغاة، و{reduced} km² مخفضة، و{cleared} km² مطهرة؛ وتبقى {remaining} km² في {hazards} من المناطق الخطرة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="149"/>
        <source>(no governorate)</source>
        <translation>(بلا محافظة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="150"/>
        <source>(no organisation)</source>
        <translation>(بلا جهة منفذة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="151"/>
        <source>(no date)</source>
        <translation>(بلا تاريخ)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="152"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="159"/>
        <source>Charts</source>
        <translation>المخططات البيانية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="160"/>
        <source>Released land by type and governorate</source>
        <translation>الأراضي المفرج عنها حسب النوع والمحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="163"/>
        <source>Released land by type and operator</source>
        <translation>الأراضي المفرج عنها حسب النوع والجهة المنفذة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="166"/>
        <source>Remaining contaminated land by governorate</source>
        <translation>الأراضي الملوثة المتبقية حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="166"/>
        <source>Remaining</source>
        <translation>المتبقية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="173"/>
        <source>Land released per year</source>
        <translation>الأراضي المفرج عنها في كل سنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="176"/>
        <source>By governorate</source>
        <translation>حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="311"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="199"/>
        <source>By operator</source>
        <translation>حسب الجهة المنفذة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Operator</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="199"/>
        <source>By year</source>
        <translation>حسب السنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="211"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="210"/>
        <source>Detail: governorate, operator, type and year</source>
        <translation>التفاصيل: المحافظة والجهة المنفذة والنوع والسنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="239"/>
        <source>Release type</source>
        <translation>نوع الإفراج</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="211"/>
        <source>Released (m²)</source>
        <translation>المفرج عنها (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="211"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Hazard</source>
        <translation>المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Area (m²)</source>
        <translation>المساحة (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="239"/>
        <source>Finding</source>
        <translation>نتيجة الفحص</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="261"/>
        <source>{shown} of {count} parts are listed, largest first; the OUTSIDE layer has them all.</source>
        <translation>تسرد {shown} من أصل {count} من الأجزاء، الأكبر أولا؛ وتحتوي الطبقة OUTSIDE عليها جميعا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="74"/>
        <source>Anti-personnel mines</source>
        <translation>ألغام مضادة للأفراد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="75"/>
        <source>Anti-vehicle mines</source>
        <translation>ألغام مضادة للمركبات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="76"/>
        <source>Cluster munitions</source>
        <translation>الذخائر العنقودية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="77"/>
        <source>IED</source>
        <translation>العبوات الناسفة (IED)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="78"/>
        <source>Other ERW</source>
        <translation>متفجرات أخرى من مخلفات الحرب (ERW)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="79"/>
        <source>(not mapped)</source>
        <translation>(غير مطابق)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Land released twice (km²)</source>
        <translation>أرض أفرج عنها مرتين (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="137"/>
        <source>Every total counts each square metre once. {overlapping} hazards overlap other hazards: summing the hazard rows would have counted {hazard} km² of hazard area, {released} km² of released and {remaining} km² of remaining land twice.</source>
        <translation>كل مجموع يحسب كل متر مربع مرة واحدة. {overlapping} من المناطق الخطرة تتداخل مع مناطق خطرة أخرى: جمع صفوفها كان سيحسب مرتين {hazard} km² من مساحة المناطق الخطرة و{released} km² من الأرض المفرج عنها و{remaining} km² من الأرض المتبقية.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="269"/>
        <source>By classification and contamination</source>
        <translation>حسب التصنيف والتلوث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="270"/>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="270"/>
        <source>Contamination</source>
        <translation>التلوث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="296"/>
        <source>Article 7 (APMBC): areas containing anti-personnel mines</source>
        <translation>المادة 7 (APMBC): المناطق التي تحتوي على ألغام مضادة للأفراد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="296"/>
        <source>Article 7 (CCM): areas contaminated by cluster munition remnants</source>
        <translation>المادة 7 (CCM): المناطق الملوثة بمخلفات الذخائر العنقودية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="309"/>
        <source>No hazard of this contamination type.</source>
        <translation>لا توجد منطقة خطرة من هذا النوع من التلوث.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="311"/>
        <source>SHA</source>
        <translation>SHA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="311"/>
        <source>SHA (km²)</source>
        <translation>SHA (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="311"/>
        <source>CHA</source>
        <translation>CHA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="311"/>
        <source>CHA (km²)</source>
        <translation>CHA (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="341"/>
        <source>Land released twice (re-releases)</source>
        <translation>أرض أفرج عنها مرتين (إفراج مكرر)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="342"/>
        <source>A later release over land an earlier release holds is not credited again; a QA officer should look at each.</source>
        <translation>الإفراج اللاحق فوق أرض يحتفظ بها إفراج أقدم لا يحتسب مرة ثانية؛ ينبغي أن يراجع كلا منها موظف ضمان الجودة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Credited to</source>
        <translation>محتسبة لصالح</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="301"/>
        <source>Counts the hazards whose contamination is: {types} (the profile&apos;s article7 list, to be confirmed by the national authority).</source>
        <translation>يحتسب المناطق الخطرة التي نوع تلوثها: {types} (قائمة article7 في ملف المطابقة، ويجب أن تؤكدها السلطة الوطنية).</translation>
    </message>
</context>
<context>
    <name>GisExportReader</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="388"/>
        <source>No layer could be opened in &apos;{source}&apos;.</source>
        <translation>تعذر فتح أي طبقة في '{source}'.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="395"/>
        <source>Layers skipped as listed in the profile&apos;s ignore_layers: {layers}.</source>
        <translation>طبقات تم تخطيها كما هو مدرج في ignore_layers في ملف التعريف: {layers}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="420"/>
        <source>Layer &apos;{layer}&apos; of &apos;{source}&apos; cannot be opened.</source>
        <translation>تعذر فتح الطبقة '{layer}' من '{source}'.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="438"/>
        <source>{ref}: layer &apos;{layer}&apos; is not mapped to hazards, activities or points in the profile&apos;s gis section.</source>
        <translation>{ref}: الطبقة '{layer}' غير مطابقة مع المناطق الخطرة أو الأنشطة أو النقاط في القسم gis من ملف التعريف.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="495"/>
        <source>Layer &apos;{layer}&apos; has no coordinate reference system; the import&apos;s source CRS {crs} is assumed.</source>
        <translation>ليس للطبقة '{layer}' نظام إحداثيات مرجعي؛ يفترض نظام الإحداثيات المرجعي المصدر للاستيراد {crs}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="652"/>
        <source>{ref}: the row has no object identifier (none of the profile&apos;s key fields is filled).</source>
        <translation>{ref}: ليس للصف معرف كائن (لم يملأ أي من الحقول المفتاحية في ملف التعريف).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="676"/>
        <source>{ref}: the row of {object_id} has no polygon geometry.</source>
        <translation>{ref}: ليس لصف {object_id} شكل هندسي مضلع.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="715"/>
        <source>{ref}: point type &apos;{value}&apos; is not in the profile&apos;s point_type code list.</source>
        <translation>{ref}: نوع النقطة '{value}' غير موجود في قائمة الرموز point_type في ملف التعريف.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="738"/>
        <source>{ref}: the point row has no single point geometry.</source>
        <translation>{ref}: ليس لصف النقطة شكل هندسي من نقطة واحدة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="802"/>
        <source>Layer &apos;{layer}&apos;: fields not in the profile, not loaded: {fields}.</source>
        <translation>الطبقة '{layer}': حقول غير موجودة في ملف التعريف ولم تحمل: {fields}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="812"/>
        <source>Value &apos;{value}&apos; ({count} time(s)) is not in the code list &apos;{code_list}&apos;; it was kept as it is.</source>
        <translation>القيمة '{value}' (عدد المرات: {count}) غير موجودة في قائمة الرموز '{code_list}'؛ أبقيت كما هي.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="820"/>
        <source>{count} row(s) of multipart {layer} objects disagree on field &apos;{field}&apos;; the first row&apos;s value was kept.</source>
        <translation>صفوف من كائنات {layer} المتعددة الأجزاء (العدد: {count}) تختلف في قيمة الحقل '{field}'؛ أبقيت قيمة الصف الأول.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="829"/>
        <source>The stored area differs by more than 1 % from the area computed on the ellipsoid for: {objects}.</source>
        <translation>تختلف المساحة المخزنة بأكثر من 1 % عن المساحة المحسوبة على الإهليلج في: {objects}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="69"/>
        <source>{ref}: the row has no identifier ({field}).</source>
        <translation>{ref}: الصف بلا معرف ({field}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="77"/>
        <source>{ref}: the geometry of {object_id} is not of the kind layer &apos;{layer}&apos; holds.</source>
        <translation>{ref}: هندسة {object_id} ليست من النوع الذي تحمله الطبقة '{layer}'.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="85"/>
        <source>{ref}: {object_id} has several points where one is expected.</source>
        <translation>{ref}: لدى {object_id} عدة نقاط حيث ينتظر نقطة واحدة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="101"/>
        <source>{ref}: explosive item row without an activity.</source>
        <translation>{ref}: صف مادة متفجرة بلا نشاط.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="112"/>
        <source>{ref}: item category &apos;{value}&apos; is not in the profile&apos;s item_category code list.</source>
        <translation>{ref}: فئة المادة '{value}' ليست في قائمة الرموز item_category في ملف التعيين.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="118"/>
        <source>{ref}: quantity &apos;{value}&apos; is not a whole number of 0 or more.</source>
        <translation>{ref}: الكمية '{value}' ليست عددا صحيحا يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="412"/>
        <source>Shapefile &apos;{file}&apos; has no .dbf file beside it, so its attributes (IDs, types, status) are missing. Copy the .dbf (and the .shx and .prj) of the export into the same folder.</source>
        <translation>لا يوجد ملف .dbf بجانب ملف الأشكال '{file}'، لذا فإن سماته (المعرفات والأنواع والحالة) مفقودة. انسخ ملف .dbf (وملفي .shx و .prj) من التصدير إلى المجلد نفسه.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="486"/>
        <source>Layer &apos;{layer}&apos; has no coordinate reference system (its .prj file is missing) and its coordinates, e.g. {x:.0f}, {y:.0f}, cannot be degrees. Give the CRS it was exported in as the source CRS (SOURCE_CRS), e.g. EPSG:32638 (WGS 84 / UTM 38N, most of Iraq), EPSG:32637 or EPSG:32639, or Karbala 1979 / UTM EPSG:3391-3393.</source>
        <translation>ليس للطبقة '{layer}' نظام إحداثيات مرجعي (ملف .prj الخاص بها مفقود)، وإحداثياتها، مثل {x:.0f}، {y:.0f}، لا يمكن أن تكون درجات. حدد نظام الإحداثيات المرجعي الذي صدرت به بوصفه نظام الإحداثيات المصدر (SOURCE_CRS)، مثل EPSG:32638 (WGS 84 / UTM 38N، معظم العراق)، أو EPSG:32637 أو EPSG:32639، أو Karbala 1979 / UTM EPSG:3391-3393.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="552"/>
        <source>{ref}: the geometry has coordinates outside longitude -180..180 / latitude -90..90 (or infinite) after reprojection to WGS 84; check the layer&apos;s CRS.</source>
        <translation>{ref}: للشكل الهندسي إحداثيات خارج خط الطول -180..180 / خط العرض -90..90 (أو لا نهائية) بعد إعادة الإسقاط إلى WGS 84؛ تحقق من نظام الإحداثيات المرجعي للطبقة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="668"/>
        <source>{ref}: the polygon of {object_id} has fewer than 3 distinct vertices, or they all lie on one line.</source>
        <translation>{ref}: لمضلع {object_id} أقل من 3 رؤوس متمايزة، أو تقع جميعها على خط واحد.</translation>
    </message>
</context>
<context>
    <name>HazardFixer</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="57"/>
        <source>Removed {count} repeated vertices.</source>
        <translation>أزيلت رؤوس مكررة (العدد: {count}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="77"/>
        <source>no polygon left</source>
        <translation>لم يتبق أي مضلع</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="78"/>
        <source>Could not repair the polygon ({error}); kept as it was.</source>
        <translation>تعذر إصلاح المضلع ({error})؛ أبقي كما كان.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="90"/>
        <source>Repaired the invalid polygon: {before} parts became {after}.</source>
        <translation>أصلح المضلع غير الصالح: أصبح عدد الأجزاء {after} بعد أن كان {before}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="111"/>
        <source>Every part is a sliver ({area} m² in all); kept, as a hazard is never deleted.</source>
        <translation>كل الأجزاء شرائح رفيعة ({area} m² إجمالا)؛ أبقيت، لأن المنطقة الخطرة لا تحذف أبدا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="124"/>
        <source>Dropped part {part}, a sliver of {area} m².</source>
        <translation>حذف الجزء {part}، وهو شريحة رفيعة مساحتها {area} m².</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../mineaction_qgis/core/common/html_report.py" line="97"/>
        <source>Generated on {date} by the Mine Action plugin for QGIS.</source>
        <translation>أنشئ في {date} بواسطة إضافة الأعمال المتعلقة بالألغام لـ QGIS.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="130"/>
        <source>True north</source>
        <translation>الشمال الحقيقي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="130"/>
        <source>Grid north</source>
        <translation>شمال الشبكة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="130"/>
        <source>Magnetic north</source>
        <translation>الشمال المغناطيسي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="133"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="135"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="135"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="158"/>
        <source>IMSMA exports</source>
        <translation>ملفات تصدير IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="158"/>
        <source>IMSMA exports (*.csv *.txt *.xlsx *.xls *.xml *.gpkg *.geojson *.json *.shp *.gdb);;All files (*)</source>
        <translation>ملفات تصدير IMSMA (*.csv *.txt *.xlsx *.xls *.xml *.gpkg *.geojson *.json *.shp *.gdb);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="182"/>
        <source>{file} — {format}</source>
        <translation>{file} — {format}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="185"/>
        <source>{file} — not recognised</source>
        <translation>{file} — صيغة غير معروفة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="69"/>
        <source>Mapping profile</source>
        <translation>ملف تعريف مطابقة الحقول</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="219"/>
        <source>Profiles (*.json)</source>
        <translation>ملفات التعريف (*.json)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="256"/>
        <source>Format: {format}. Profile: {profile}.</source>
        <translation>الصيغة: {format}. ملف التعريف: {profile}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="262"/>
        <source>Preview failed: {error}</source>
        <translation>فشلت المعاينة: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="341"/>
        <source>Choose the target GeoPackage first.</source>
        <translation>اختر ملف GeoPackage الهدف أولا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="344"/>
        <source>The Mine Action Processing provider is not loaded.</source>
        <translation>مزود المعالجة الخاص بالأعمال المتعلقة بالألغام غير محمل.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="377"/>
        <source>Loading…</source>
        <translation>جار التحميل…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="476"/>
        <source>The import failed: {error}</source>
        <translation>فشل الاستيراد: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="497"/>
        <source>{hazards} hazards, {activities} activities, {points} points loaded; {rejected} records rejected.</source>
        <translation>تم التحميل — المناطق الخطرة: {hazards}، الأنشطة: {activities}، النقاط: {points}؛ السجلات المرفوضة: {rejected}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="571"/>
        <source>IMSMA import: {file}</source>
        <translation>استيراد IMSMA: {file}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="9"/>
        <source>Load IMSMA export</source>
        <translation>تحميل ملف تصدير IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="15"/>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="27"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="50"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="97"/>
        <source>Other profile…</source>
        <translation>ملف تعريف آخر…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="106"/>
        <source>CRS of projected coordinates (point lists)</source>
        <translation>نظام الإحداثيات المرجعي للإحداثيات المسقطة (قوائم النقاط)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="116"/>
        <source>Bearings are measured from</source>
        <translation>يقاس السمت من</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="131"/>
        <source>Magnetic declination (° east)</source>
        <translation>الانحراف المغناطيسي (° شرقا)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="153"/>
        <source>Target GeoPackage</source>
        <translation>ملف GeoPackage الهدف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="172"/>
        <source>Append</source>
        <translation>إلحاق</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="251"/>
        <source>Preview of the selected file, as mapped</source>
        <translation>معاينة الملف المحدد بعد مطابقة الحقول</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="291"/>
        <source>Open rejected table</source>
        <translation>فتح جدول السجلات المرفوضة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="305"/>
        <source>Load</source>
        <translation>تحميل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="315"/>
        <source>Cancel</source>
        <translation>إلغاء الأمر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="322"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="123"/>
        <source>Automatic: the bundled profile that fits each export</source>
        <translation>تلقائي: ملف التعريف المرفق الملائم لكل ملف تصدير</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="170"/>
        <source>File geodatabase (.gdb) or folder of shapefiles</source>
        <translation>قاعدة بيانات جغرافية ملفية (file geodatabase، .gdb) أو مجلد ملفات shapefile</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="253"/>
        <source>{profile} (chosen for this export)</source>
        <translation>{profile} (مختار لملف التصدير هذا)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="37"/>
        <source>A file geodatabase (.gdb) or a folder of shapefiles</source>
        <translation>قاعدة بيانات جغرافية ملفية (file geodatabase، .gdb) أو مجلد ملفات shapefile</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="40"/>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="508"/>
        <source>Also: {items} explosive item rows, {spot_tasks} spot tasks, {locations} locations, {accidents} accidents, {victims} victim count rows, {tasks} task orders.</source>
        <translation>وأيضا: {items} من صفوف المواد المتفجرة، و{spot_tasks} من المهام الموضعية، و{locations} من المواقع، و{accidents} من الحوادث، و{victims} من صفوف أعداد الضحايا، و{tasks} من أوامر المهام.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="181"/>
        <source>Off: victims are only counted (table victims). On: names, dates of birth, ID and phone numbers and notes about victims are written to the table victim_details.</source>
        <translation>غير محدد: يحصى الضحايا فقط (الجدول victims). محدد: تكتب أسماء الضحايا وتواريخ ميلادهم وأرقام هوياتهم وهواتفهم والملاحظات عنهم في الجدول victim_details.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="184"/>
        <source>Include personal data of victims</source>
        <translation>تضمين البيانات الشخصية للضحايا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="523"/>
        <source>Cancelled: the file being read was not written; files finished before it were.</source>
        <translation>ألغي: لم يكتب الملف الذي كانت قراءته جارية؛ أما الملفات التي اكتملت قبله فقد كتبت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="135"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="362"/>
        <source>Not imported: nothing was changed.</source>
        <translation>لم يتم الاستيراد: لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="404"/>
        <source>Records already in the GeoPackage</source>
        <translation>سجلات موجودة مسبقا في ملف GeoPackage</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="404"/>
        <source>{count} records of these exports are already in {file} (same GUID or ID). What should the import do with them?</source>
        <translation>{count} من سجلات هذه الملفات المصدرة موجودة مسبقا في {file} (بنفس GUID أو المعرف). ماذا يفعل الاستيراد بها؟</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="416"/>
        <source>Replace the stored records</source>
        <translation>استبدال السجلات المخزنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="417"/>
        <source>Keep both</source>
        <translation>الاحتفاظ بالاثنين</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="418"/>
        <source>Skip the new records</source>
        <translation>تخطي السجلات الجديدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="348"/>
        <source>Choose the register&apos;s connection first (a QGIS PostgreSQL connection or service=NAME).</source>
        <translation>اختر اتصال السجل أولا (اتصال PostgreSQL في QGIS أو service=NAME).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="353"/>
        <source>Import one export at a time into the shared register: it records each export&apos;s file and what changed since the one before. Remove the other files, or untick the register.</source>
        <translation>استورد تصديرا واحدا في كل مرة إلى السجل المشترك: فهو يسجل ملف كل تصدير وما تغير منذ التصدير السابق. أزل الملفات الأخرى، أو ألغ تحديد السجل.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="193"/>
        <source>Also bring this export into the register your authority shares in PostGIS: records are matched by GUID (else local ID) and every new, changed and no longer exported record is kept in its history.</source>
        <translation>أدخل هذا التصدير أيضا إلى السجل الذي تتشاركه هيئتك في PostGIS: تطابق السجلات بمعرف GUID (وإلا بالمعرف المحلي)، ويحفظ في سجله التاريخي كل سجل جديد أو متغير أو لم يعد في التصدير.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="196"/>
        <source>Also import into the shared PostGIS register</source>
        <translation>الاستيراد أيضا إلى السجل المشترك</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="208"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="218"/>
        <source>A PostgreSQL connection of QGIS (Browser, PostgreSQL, New Connection), or type service=NAME for a service of your pg_service.conf</source>
        <translation>اتصال PostgreSQL في QGIS (المتصفح، PostgreSQL، New Connection)، أو اكتب service=NAME لخدمة من ملف pg_service.conf</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="231"/>
        <source>Schema</source>
        <translation>المخطط (schema)</translation>
    </message>
</context>
<context>
    <name>ImportImsmaAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="75"/>
        <source>Import IMSMA export</source>
        <translation>استيراد ملف تصدير IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="100"/>
        <source>IMSMA export file</source>
        <translation>ملف تصدير IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="114"/>
        <source>Mapping profile (name or JSON path)</source>
        <translation>ملف تعريف مطابقة الحقول (الاسم أو مسار JSON)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="122"/>
        <source>Bearings are measured from</source>
        <translation>يقاس السمت من</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="122"/>
        <source>True north</source>
        <translation>الشمال الحقيقي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="122"/>
        <source>Grid north</source>
        <translation>شمال الشبكة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="122"/>
        <source>Magnetic north</source>
        <translation>الشمال المغناطيسي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="130"/>
        <source>Magnetic declination (degrees, east positive)</source>
        <translation>الانحراف المغناطيسي (بالدرجات، الشرق موجب)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="140"/>
        <source>Append to an existing GeoPackage</source>
        <translation>الإلحاق بالملف إن كان موجودا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="161"/>
        <source>Canonical GeoPackage</source>
        <translation>ملف GeoPackage الموحد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="185"/>
        <source>Hazards</source>
        <translation>المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="186"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="187"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="188"/>
        <source>Rejected records</source>
        <translation>السجلات المرفوضة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="226"/>
        <source>Give exactly one IMSMA export: a file (INPUT), a folder (INPUT_FOLDER: a .gdb or a folder of shapefiles) or a data source (INPUT_URI: a PostGIS connection or file.gpkg|layername=NAME).</source>
        <translation>حدد ملف تصدير IMSMA واحدا فقط: ملفا (INPUT)، أو مجلدا (INPUT_FOLDER: ملف .gdb أو مجلد ملفات shapefile)، أو مصدر بيانات (INPUT_URI: اتصال PostGIS أو file.gpkg|layername=NAME).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="274"/>
        <source>Format: {format}. Profile: {profile}.</source>
        <translation>الصيغة: {format}. ملف التعريف: {profile}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="280"/>
        <source>{count} records rejected: {reason}</source>
        <translation>السجلات المرفوضة ({count}): {reason}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="282"/>
        <source>See the &apos;rejected&apos; table of {file} for every rejected record and why.</source>
        <translation>راجع الجدول 'rejected' في {file} لمعرفة كل سجل مرفوض وسبب رفضه.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="285"/>
        <source>{hazards} hazards, {activities} activities, {points} points, {rejected} rejected.</source>
        <translation>المناطق الخطرة: {hazards}، الأنشطة: {activities}، النقاط: {points}، المرفوضة: {rejected}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="101"/>
        <source>…or an IMSMA export folder (.gdb or shapefiles)</source>
        <translation>…أو مجلد تصدير IMSMA (.gdb أو ملفات shapefile)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="109"/>
        <source>…or a data source (PostGIS or GeoPackage layer)</source>
        <translation>…أو مصدر بيانات (PostGIS أو طبقة GeoPackage)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="117"/>
        <source>Point list CRS (projected X/Y)</source>
        <translation>نظام الإحداثيات المرجعي لقوائم النقاط (X/Y المسقطة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="78"/>
        <source>Reads an IMSMA export into the canonical GeoPackage: layers hazards, activities, points and rejected, all in EPSG:4326, with the ellipsoidal area of every polygon.

The format is detected: IMSMA point list (.csv, .xlsx, .xls), IMSMA NG maXML, or an IMSMA GIS export. The profile maps the export&apos;s field names and codes (bundled: imsma_ng, imsma_core; or the path of your own copy); left empty, the bundled profile that fits the export is used (IMSMA Core for exports with imsma_id/imsma_links fields, IMSMA NG otherwise).

Give one source: a file; or a folder (a file geodatabase .gdb or a folder of shapefiles); or a data source text (a PostGIS connection such as dbname=&apos;imsma&apos; host=... table=&quot;staging&quot;.&quot;HAZARD_POLYGON_VIEW&quot; (shape), or one layer of a GeoPackage as file.gpkg|layername=HAZARD_POLYGON_VIEW). The file parameter also accepts a folder or data source typed in.

Source CRS: the CRS of projected X/Y in point lists (UTM, Karbala 1979, IGRS, Iraq National Grid). Degrees and MGRS are recognised whatever it is. Bearings are from true north unless you choose grid or magnetic north (then give the declination, degrees east positive).

Nothing is lost: every record that cannot be loaded is in the rejected table with a reason code and a message naming the row and the field.

Explosive items (Ordnance, Device), EOD spot tasks and other point-only activities, locations (communities), accidents and victims go to the layers items, spot_tasks, locations, accidents and victims. Victims are counted by accident, sex, age group, outcome and activity: names, dates of birth, ID and phone numbers and notes about persons are not written anywhere unless you tick &apos;Include personal data of victims&apos;, which adds the table victim_details.</source>
        <translation>يقرأ ملف تصدير IMSMA إلى ملف GeoPackage الموحد: الطبقات hazards، activities، points، rejected، وكلها بنظام EPSG:4326، مع المساحة الإهليلجية لكل مضلع.

تكتشف الصيغة تلقائيا: قائمة نقاط IMSMA (.csv، .xlsx، .xls)، أو ملف maXML من IMSMA NG، أو ملف تصدير GIS من IMSMA. يطابق ملف التعريف أسماء الحقول والرموز في ملف التصدير (المرفقة: imsma_ng، imsma_core؛ أو مسار نسختك الخاصة)؛ وإن ترك فارغا، يستخدم ملف التعريف المرفق الملائم لملف التصدير (IMSMA Core لملفات التصدير التي تحتوي على الحقلين imsma_id/imsma_links، وIMSMA NG في غير ذلك).

حدد مصدرا واحدا: ملفا؛ أو مجلدا (قاعدة بيانات جغرافية ملفية .gdb أو مجلد ملفات shapefile)؛ أو نص مصدر بيانات (اتصال PostGIS مثل dbname='imsma' host=... table=&quot;staging&quot;.&quot;HAZARD_POLYGON_VIEW&quot; (shape)، أو طبقة واحدة من GeoPackage بالشكل file.gpkg|layername=HAZARD_POLYGON_VIEW). يقبل معامل الملف أيضا كتابة مجلد أو مصدر بيانات.

نظام الإحداثيات المرجعي المصدر: نظام الإحداثيات المرجعي لقيم X/Y المسقطة في قوائم النقاط (UTM، Karbala 1979، IGRS، Iraq National Grid). تتعرف الدرجات وMGRS أيا كان هذا النظام. يقاس السمت من الشمال الحقيقي ما لم تختر شمال الشبكة أو الشمال المغناطيسي (وعندها حدد الانحراف بالدرجات، والشرق موجب).

لا يفقد شيء: كل سجل يتعذر تحميله موجود في جدول rejected مع رمز السبب ورسالة تذكر الصف والحقل.

تحمل المواد المتفجرة (Ordnance وDevice) والمهام الموضعية EOD وغيرها من الأنشطة المسجلة كنقاط فقط، والمواقع (التجمعات السكانية)، والحوادث والضحايا إلى الطبقات items وspot_tasks وlocations وaccidents وvictims. يحصى الضحايا حسب الحادث والجنس والفئة العمرية والنتيجة والنشاط: لا تكتب الأسماء وتواريخ الميلاد وأرقام الهوية والهاتف والملاحظات عن الأشخاص في أي مكان إلا إذا حددت 'تضمين البيانات الشخصية للضحايا'، الذي يضيف الجدول victim_details.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="143"/>
        <source>Include personal data of victims (names, dates of birth, ID and phone numbers, notes) in the GeoPackage</source>
        <translation>تضمين البيانات الشخصية للضحايا (الأسماء وتواريخ الميلاد وأرقام الهوية والهاتف والملاحظات) في GeoPackage</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="191"/>
        <source>Task orders</source>
        <translation>أوامر المهام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="192"/>
        <source>Explosive item rows</source>
        <translation>صفوف المواد المتفجرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="193"/>
        <source>Spot tasks</source>
        <translation>المهام الموضعية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="194"/>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="195"/>
        <source>Accidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="196"/>
        <source>Victim count rows</source>
        <translation>صفوف أعداد الضحايا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="292"/>
        <source>Layer {layer}: {count} features.</source>
        <translation>الطبقة {layer}: {count} معلما.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="296"/>
        <source>{file} holds personal data of {count} victims (table victim_details): share it only as your data protection rules allow.</source>
        <translation>يحتوي {file} على بيانات شخصية لـ {count} من الضحايا (الجدول victim_details): لا تشاركه إلا بما تسمح به قواعد حماية البيانات لديك.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="166"/>
        <source>Shared PostGIS register (QGIS connection name, service=NAME or postgresql:// URI)</source>
        <translation>السجل المشترك في PostGIS (اسم اتصال QGIS أو service=NAME أو عنوان postgresql://)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="173"/>
        <source>Register schema</source>
        <translation>مخطط (schema) السجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="178"/>
        <source>Wait for another import into the register (seconds)</source>
        <translation>انتظار استيراد آخر جار إلى السجل (بالثواني)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="183"/>
        <source>Register import number</source>
        <translation>رقم الاستيراد في السجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="270"/>
        <source>Cancelled: nothing was written; the GeoPackage is as it was before the import.</source>
        <translation>ألغي: لم يكتب شيء؛ ملف GeoPackage كما كان قبل الاستيراد.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="153"/>
        <source>Records already in the GeoPackage (same GUID or ID)</source>
        <translation>السجلات الموجودة مسبقا في ملف GeoPackage (بنفس GUID أو المعرف)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="153"/>
        <source>Keep both</source>
        <translation>الاحتفاظ بالاثنين</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="153"/>
        <source>Replace the stored record</source>
        <translation>استبدال السجل المخزن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="153"/>
        <source>Skip the new record</source>
        <translation>تخطي السجل الجديد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="189"/>
        <source>Records already present</source>
        <translation>السجلات الموجودة مسبقا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="184"/>
        <source>What the import did in the register</source>
        <translation>ما فعله الاستيراد في السجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="307"/>
        <source>{count} forms unchanged since the register&apos;s last import were not read again.</source>
        <translation>{count} استمارة لم تتغير منذ آخر استيراد إلى السجل لم تقرأ مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/preview.py" line="27"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/preview.py" line="28"/>
        <source>Object</source>
        <translation>الكائن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/preview.py" line="29"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/preview.py" line="30"/>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
</context>
<context>
    <name>InvalidGeometry</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="41"/>
        <source>Invalid geometry</source>
        <translation>شكل هندسي غير صالح</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="44"/>
        <source>The polygon is not valid for GEOS (self-intersection, ring crossing, bad hole...). The finding names GEOS&apos;s reason and sits at the place GEOS reports; areas and overlaps of this hazard are computed on a repaired copy. mineaction:fixhazards repairs it.</source>
        <translation>المضلع غير صالح وفق GEOS (تقاطع ذاتي، أو تقاطع حلقات، أو ثقب معيب...). تذكر نتيجة الفحص السبب الذي أورده GEOS وتقع في الموضع الذي يحدده؛ وتحسب مساحات هذه المنطقة الخطرة وتداخلاتها على نسخة مصلحة. تصلحه الخوارزمية mineaction:fixhazards.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="55"/>
        <source>unknown reason</source>
        <translation>سبب غير معروف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="60"/>
        <source>Hazard {hazard} has an invalid geometry: {reason}.</source>
        <translation>الشكل الهندسي للمنطقة الخطرة {hazard} غير صالح: {reason}.</translation>
    </message>
</context>
<context>
    <name>IssueBrowser</name>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="347"/>
        <source>Validation issues</source>
        <translation>مشكلات التحقق من صحة البيانات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="70"/>
        <source>Hazard</source>
        <translation>المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="19"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="29"/>
        <source>Severity</source>
        <translation>درجة الشدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="39"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="74"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="75"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="362"/>
        <source>Issue browser</source>
        <translation>مستعرض المشكلات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="102"/>
        <source>Not an issue layer: {uri}</source>
        <translation>ليست طبقة مشكلات: {uri}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="159"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="161"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="219"/>
        <source>{shown} of {total} findings shown</source>
        <translation>معروض {shown} من أصل {total} من نتائج الفحص</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="49"/>
        <source>Only findings not yet reviewed</source>
        <translation>نتائج الفحص غير المراجعة فقط</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="56"/>
        <source>Only new findings (not in the previous run)</source>
        <translation>نتائج الفحص الجديدة فقط (غير الموجودة في التشغيل السابق)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="87"/>
        <source>Zoom to finding</source>
        <translation>تكبير إلى نتيجة الفحص</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="94"/>
        <source>Mark reviewed</source>
        <translation>تعليم كمراجع</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="101"/>
        <source>Mark not reviewed</source>
        <translation>تعليم كغير مراجع</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="362"/>
        <source>No validation findings yet: run Validate hazards first.</source>
        <translation>لا توجد نتائج فحص بعد: شغل التحقق من المناطق الخطرة أولا.</translation>
    </message>
</context>
<context>
    <name>KeptLayout</name>
    <message>
        <location filename="../mineaction_qgis/core/atlas/kept_layout.py" line="34"/>
        <source>The layout could not be saved to {path}: {error}</source>
        <translation>تعذر حفظ التخطيط في {path}: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/kept_layout.py" line="76"/>
        <source>The layout file {path} could not be read.</source>
        <translation>تعذرت قراءة ملف التخطيط {path}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/kept_layout.py" line="64"/>
        <source>The layers of the layout in {path} could not be read.</source>
        <translation>تعذرت قراءة طبقات التخطيط في {path}.</translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/loader.py" line="65"/>
        <source>Profile &apos;{profile}&apos; cannot be loaded: {error}. Give a bundled profile name (imsma_ng, imsma_core) or the path of a profile JSON file.</source>
        <translation>تعذر تحميل ملف التعريف '{profile}': {error}. حدد اسم ملف تعريف مرفق (imsma_ng، imsma_core) أو مسار ملف تعريف JSON.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/loader.py" line="303"/>
        <source>&apos;{file}&apos; cannot be imported: {error}</source>
        <translation>تعذر استيراد '{file}': {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/loader.py" line="241"/>
        <source>{count} point(s) lie at latitude 0, longitude 0, usually an empty coordinate saved as zero: {refs}.</source>
        <translation>{count} نقطة تقع عند خط العرض 0 وخط الطول 0، وهو عادة إحداثي فارغ حفظ صفرا: {refs}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/loader.py" line="250"/>
        <source>{count} record(s) lie outside {country} (longitude {west} to {east}, latitude {south} to {north}, from the profile): {refs}. Check their coordinates and the source CRS.</source>
        <translation>{count} سجلا يقع خارج {country} (خط الطول {west} إلى {east}، خط العرض {south} إلى {north}، من ملف التعريف): {refs}. تحقق من إحداثياتها ومن نظام الإحداثيات المرجعي المصدر.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../mineaction_qgis/ui/map_view.py" line="44"/>
        <source>Hazards far from the others</source>
        <translation>مناطق خطرة بعيدة عن غيرها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/map_view.py" line="44"/>
        <source>{count} hazards lie far outside the area of the others and are not in this view: {ids}. Check their coordinates (Validate hazards reports them).</source>
        <translation>{count} من المناطق الخطرة تقع بعيدا خارج منطقة المناطق الأخرى وليست في هذا العرض: {ids}. تحقق من إحداثياتها (يبلغ عنها التحقق من المناطق الخطرة).</translation>
    </message>
</context>
<context>
    <name>MaxmlExtras</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="249"/>
        <source>{ref}: explosive item row in a form that is not an activity (object &apos;{object_id}&apos;); items count only when an activity found them.</source>
        <translation>{ref}: صف مادة متفجرة في استمارة ليست نشاطا (الكائن '{object_id}')؛ لا تحتسب المواد إلا إذا عثر عليها نشاط.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="257"/>
        <source>{ref}: item category &apos;{value}&apos; is not in the profile&apos;s item_category code list.</source>
        <translation>{ref}: فئة المادة '{value}' ليست في قائمة الرموز item_category في ملف التعيين.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="264"/>
        <source>{ref}: quantity &apos;{value}&apos; is not a whole number of 0 or more.</source>
        <translation>{ref}: الكمية '{value}' ليست عددا صحيحا يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="321"/>
        <source>Form {ref}: the EOD spot task {object_id} has no located point.</source>
        <translation>الاستمارة {ref}: المهمة الموضعية EOD {object_id} بلا نقطة محددة الموقع.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="372"/>
        <source>Form {ref}: victim {object_id} names accident &apos;{accident}&apos;, which is not in this export.</source>
        <translation>الاستمارة {ref}: تشير الضحية {object_id} إلى الحادث '{accident}'، وهو غير موجود في هذا التصدير.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="439"/>
        <source>maXML: {count} record(s) of layer &apos;{layer}&apos; have no located point and were loaded without geometry.</source>
        <translation>maXML: {count} سجلا من الطبقة '{layer}' بلا نقطة محددة الموقع وحملت بلا هندسة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="447"/>
        <source>maXML: activity {activity} records {recorded} items found, but its item rows add up to {total}.</source>
        <translation>maXML: يسجل النشاط {activity} العثور على {recorded} من المواد، لكن مجموع صفوف مواده {total}.</translation>
    </message>
</context>
<context>
    <name>MaxmlReader</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="210"/>
        <source>Point of form {ref} not loaded: {reason}</source>
        <translation>لم تحمل نقطة الاستمارة {ref}: {reason}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="116"/>
        <source>Form {ref} has no item element (Hazard, HazardReduction...).</source>
        <translation>ليس للاستمارة {ref} عنصر بند (Hazard، HazardReduction...).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="124"/>
        <source>Form {ref}: item &apos;{item}&apos; has no layer in the canonical register; the form is kept here unchanged.</source>
        <translation>الاستمارة {ref}: ليس للبند '{item}' طبقة في السجل الموحد؛ أبقيت الاستمارة هنا دون تغيير.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="135"/>
        <source>Form {ref}: the {item} has neither a GUID nor a local ID.</source>
        <translation>الاستمارة {ref}: ليس لـ {item} معرف GUID ولا معرف محلي.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="142"/>
        <source>Form {ref} for {object_id} is ignored: form FieldReport[{winner}] for the same item has a later Date of Information (IMSMA ignores a form whose DOI is not later).</source>
        <translation>تم تجاهل الاستمارة {ref} الخاصة بـ {object_id}: للاستمارة FieldReport[{winner}] الخاصة بالبند نفسه تاريخ معلومات أحدث (يتجاهل IMSMA الاستمارة التي لا يكون تاريخ معلوماتها (DOI) أحدث).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="120"/>
        <source>{ref}: point number {number} is used twice in this shape (first at {first}).</source>
        <translation>{ref}: رقم النقطة {number} مستخدم مرتين في هذا الشكل (أول مرة في {first}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="178"/>
        <source>{ref}: point number &apos;{value}&apos; is not a whole number.</source>
        <translation>{ref}: رقم النقطة '{value}' ليس عددا صحيحا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="188"/>
        <source>{ref}: point type &apos;{value}&apos; is not in the profile&apos;s point_type code list.</source>
        <translation>{ref}: نوع النقطة '{value}' غير موجود في قائمة الرموز point_type في ملف التعريف.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="195"/>
        <source>{ref}: latitude &apos;{lat}&apos; / longitude &apos;{lon}&apos; is not a WGS 84 coordinate.</source>
        <translation>{ref}: دائرة العرض '{lat}' / خط الطول '{lon}' ليس إحداثيا بنظام WGS 84.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="258"/>
        <source>{ref}: no latitude/longitude, and the entered coordinate cannot be read: {error}</source>
        <translation>{ref}: لا توجد دائرة عرض/خط طول، وتتعذر قراءة الإحداثي المدخل: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="266"/>
        <source>{ref}: the point has no latitude/longitude and no bearing and distance.</source>
        <translation>{ref}: ليس للنقطة دائرة عرض/خط طول ولا سمت ومسافة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="272"/>
        <source>{ref}: bearing and distance given but the from-point &apos;{origin}&apos; is not a located point of this shape.</source>
        <translation>{ref}: السمت والمسافة محددان، لكن نقطة الانطلاق '{origin}' ليست نقطة معلومة الموقع في هذا الشكل.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="32"/>
        <source>maXML: {count} &apos;{name}&apos; element(s) in {parent} are not in the profile and were not loaded (add them to the profile&apos;s maxml section to map them).</source>
        <translation>maXML: عناصر '{name}' في {parent} (العدد: {count}) غير موجودة في ملف التعريف ولم تحمل (أضفها إلى القسم maxml في ملف التعريف لمطابقتها).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="46"/>
        <source>maXML: value &apos;{value}&apos; ({count} time(s)) is not in the code list &apos;{code_list}&apos;; it was kept as it is.</source>
        <translation>maXML: القيمة '{value}' (عدد المرات: {count}) غير موجودة في قائمة الرموز '{code_list}'؛ أبقيت كما هي.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="67"/>
        <source>maXML: {count} value(s) of field &apos;{field}&apos; could not be read and were left empty.</source>
        <translation>maXML: تعذرت قراءة قيم من الحقل '{field}' (العدد: {count}) وتركت فارغة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="71"/>
        <source>maXML: {count} object(s) have no polygon and were loaded without geometry.</source>
        <translation>maXML: كائنات بلا مضلع (العدد: {count}) حملت دون شكل هندسي.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="75"/>
        <source>maXML: {count} form(s) have a Date of Information that is not a date; it was left empty.</source>
        <translation>maXML: استمارات تاريخ معلوماتها ليس تاريخا (العدد: {count})؛ ترك فارغا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="79"/>
        <source>maXML: {count} form(s) have no FieldReportInfo (no Date of Information).</source>
        <translation>maXML: استمارات ليس فيها FieldReportInfo، أي بلا تاريخ معلومات (العدد: {count}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/stream.py" line="95"/>
        <source>{file} is not well-formed XML at line {line}, column {column}.</source>
        <translation>{file} ليس XML سليم البنية عند السطر {line}، العمود {column}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="199"/>
        <source>{ref}: points of a Victim form are not loaded.</source>
        <translation>{ref}: لا تحمل نقاط استمارة الضحية.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="101"/>
        <source>Form {ref} has elements nested more than {depth} levels deep (a damaged or hostile file); it was not read.</source>
        <translation>في الاستمارة {ref} عناصر متداخلة بعمق يزيد على {depth} مستوى (ملف تالف أو عدائي)؛ لم تقرأ.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/objects.py" line="97"/>
        <source>Form {ref}: the polygon of {object_id} has fewer than 3 distinct vertices, or they all lie on one line ({parts}).</source>
        <translation>الاستمارة {ref}: لمضلع {object_id} أقل من 3 رؤوس متمايزة، أو تقع جميعها على خط واحد ({parts}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="61"/>
        <source>maXML: polygon part {ref} has fewer than 3 distinct vertices, or they all lie on one line, and was left out of its object (its points are loaded).</source>
        <translation>maXML: لجزء المضلع {ref} أقل من 3 رؤوس متمايزة، أو تقع جميعها على خط واحد، فاستبعد من كائنه (نقاطه محملة).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/stream.py" line="88"/>
        <source>{file} ends before the XML document is complete (line {line}, column {column}): the file is cut off (truncated). Copy or export it again.</source>
        <translation>ينتهي {file} قبل اكتمال مستند XML (السطر {line}، العمود {column}): الملف مقطوع (ناقص). انسخه أو صدره مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/stream.py" line="115"/>
        <source>{file} declares the XML entity &apos;{name}&apos;. Entity declarations are refused and never resolved: they can read other files or expand without end, and no IMSMA export has them.</source>
        <translation>يعرف {file} كيان XML '{name}'. تعريفات الكيانات مرفوضة ولا تحل أبدا: فهي قد تقرأ ملفات أخرى أو تتمدد بلا نهاية، ولا يحتوي أي تصدير من IMSMA عليها.</translation>
    </message>
</context>
<context>
    <name>MineActionAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="165"/>
        <source>Layer &apos;{layer}&apos; has no field {missing}. Its fields are: {fields}.</source>
        <translation>الطبقة '{layer}' لا تحتوي على الحقل {missing}. حقولها هي: {fields}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="60"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="61"/>
        <source>Validation</source>
        <translation>التحقق من صحة البيانات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="62"/>
        <source>Land release</source>
        <translation>الإفراج عن الأراضي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="63"/>
        <source>Atlas</source>
        <translation>الأطلس</translation>
    </message>
</context>
<context>
    <name>MineActionPlugin</name>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="57"/>
        <source>Mine Action</source>
        <translation>الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="79"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="72"/>
        <source>Load IMSMA export…</source>
        <translation>تحميل ملف تصدير IMSMA…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="73"/>
        <source>Validate hazards…</source>
        <translation>التحقق من صحة بيانات المناطق الخطرة…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="75"/>
        <source>Clearance gaps…</source>
        <translation>فجوات التطهير…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="76"/>
        <source>Task overlaps…</source>
        <translation>تداخل المهام…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="77"/>
        <source>Print atlas…</source>
        <translation>طباعة الأطلس…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="78"/>
        <source>Open training project…</source>
        <translation>فتح مشروع التدريب…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="74"/>
        <source>Validation issues</source>
        <translation>نتائج التحقق</translation>
    </message>
</context>
<context>
    <name>MineActionProvider</name>
    <message>
        <location filename="../mineaction_qgis/processing/provider.py" line="48"/>
        <source>Mine action</source>
        <translation>الأعمال المتعلقة بالألغام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/provider.py" line="51"/>
        <source>Mine action information management</source>
        <translation>إدارة معلومات الأعمال المتعلقة بالألغام</translation>
    </message>
</context>
<context>
    <name>MissingValue</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="16"/>
        <source>Mandatory value missing</source>
        <translation>قيمة إلزامية مفقودة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="19"/>
        <source>The ID, status or classification field (ID_FIELD, STATUS_FIELD, CLASS_FIELD) is empty. One finding per empty field; the field column names it.</source>
        <translation>حقل المعرف أو الحالة أو التصنيف (ID_FIELD، STATUS_FIELD، CLASS_FIELD) فارغ. نتيجة فحص واحدة لكل حقل فارغ؛ ويذكر عمود الحقل اسمه.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="30"/>
        <source>Hazard {hazard} has no value in field {field}.</source>
        <translation>ليس للمنطقة الخطرة {hazard} قيمة في الحقل {field}.</translation>
    </message>
</context>
<context>
    <name>MultipartSelfOverlap</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="223"/>
        <source>Parts of one hazard overlap</source>
        <translation>أجزاء منطقة خطرة واحدة متداخلة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="226"/>
        <source>Two parts of a multipart hazard overlap by more than MULTIPART_OVERLAP_PCT (0.9 %) of their union, so the same ground is counted twice (often the same polygon entered twice). The finding is the overlap; the value is the overlap in percent of the union.</source>
        <translation>يتداخل جزءان من منطقة خطرة متعددة الأجزاء بأكثر من MULTIPART_OVERLAP_PCT (0.9 %) من اتحادهما، فتحتسب الأرض نفسها مرتين (غالبا المضلع نفسه أدخل مرتين). نتيجة الفحص هي منطقة التداخل؛ والقيمة هي التداخل كنسبة مئوية من الاتحاد.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="256"/>
        <source>Hazard {hazard}: parts {first} and {second} overlap by {percent} % of their union.</source>
        <translation>المنطقة الخطرة {hazard}: يتداخل الجزءان {first} و{second} بنسبة {percent} % من اتحادهما.</translation>
    </message>
</context>
<context>
    <name>OutputError</name>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="110"/>
        <source>&apos;{file}&apos; is not a regular file (a named pipe, socket or device); only files and folders can be read or written.</source>
        <translation>'{file}' ليس ملفا عاديا (أنبوب مسمى أو مقبس أو جهاز)؛ لا يمكن القراءة أو الكتابة إلا في الملفات والمجلدات.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="202"/>
        <source>Cannot write in the folder of &apos;{file}&apos;: {error}</source>
        <translation>تعذرت الكتابة في مجلد '{file}': {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="306"/>
        <source>Cannot replace &apos;{file}&apos;: {error}</source>
        <translation>تعذر استبدال '{file}': {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="91"/>
        <source>The output &apos;{output}&apos; is the input file itself; writing it would destroy the input. Choose another output file.</source>
        <translation>المخرج '{output}' هو ملف الإدخال نفسه؛ الكتابة فيه ستتلف الإدخال. اختر ملف إخراج آخر.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="364"/>
        <source>&apos;{file}&apos; is a file, not a folder.</source>
        <translation>'{file}' ملف وليس مجلدا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="179"/>
        <source>Cannot read &apos;{file}&apos;: {error}</source>
        <translation>تعذرت قراءة '{file}': {error}</translation>
    </message>
</context>
<context>
    <name>OutsideBoundary</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="125"/>
        <source>Outside the boundaries</source>
        <translation>خارج الحدود</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="128"/>
        <source>Part of the hazard lies outside every polygon of BOUNDARIES (e.g. the country's governorates) by more than MIN_OVERLAP_AREA: a wrong datum, swapped coordinates or a typing error. The finding is the part outside; the value is its area in m².</source>
        <translation>يقع جزء من المنطقة الخطرة خارج جميع مضلعات BOUNDARIES (مثل محافظات البلد) بأكثر من MIN_OVERLAP_AREA: مرجع جيوديسي خاطئ، أو إحداثيات مقلوبة، أو خطأ في الإدخال. نتيجة الفحص هي الجزء الخارجي؛ والقيمة مساحته بـ m².</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="146"/>
        <source>Hazard {hazard}: {area} m² ({percent} %) lie outside the boundaries.</source>
        <translation>المنطقة الخطرة {hazard}: تقع {area} m² ({percent} %) خارج الحدود.</translation>
    </message>
</context>
<context>
    <name>Overlap</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="16"/>
        <source>Hazards overlap</source>
        <translation>تداخل المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="19"/>
        <source>Two different hazards cover the same ground over more than MIN_OVERLAP_AREA (1 m²), so that ground is counted twice in the contaminated area. The finding is the overlap polygon itself; the value is its area in m² on the ellipsoid. Pairs that are the same polygon twice are reported as duplicate_geometry instead.</source>
        <translation>تغطي منطقتان خطرتان مختلفتان الأرض نفسها على مساحة تزيد على MIN_OVERLAP_AREA (1 m²)، فتحتسب تلك الأرض مرتين في المساحة الملوثة. نتيجة الفحص هي مضلع التداخل نفسه؛ والقيمة مساحته بـ m² على الإهليلج. أما الأزواج التي هي المضلع نفسه مرتين فيبلغ عنها بدلا من ذلك بالقاعدة duplicate_geometry.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="32"/>
        <source>Hazards {first} and {second} overlap by {area} m².</source>
        <translation>تتداخل المنطقتان الخطرتان {first} و{second} على مساحة {area} m².</translation>
    </message>
</context>
<context>
    <name>PointListReader</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="203"/>
        <source>&apos;{file}&apos; is empty.</source>
        <translation>'{file}' فارغ.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="208"/>
        <source>&apos;{file}&apos; has no column {missing}; its columns are: {columns}.</source>
        <translation>لا يحتوي '{file}' على العمود {missing}؛ أعمدته هي: {columns}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="324"/>
        <source>Row {row}: {message}</source>
        <translation>الصف {row}: {message}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="353"/>
        <source>PointNo {number} appears again in polygon &apos;{poly}&apos; (first on row {first}).</source>
        <translation>يتكرر PointNo {number} في المضلع '{poly}' (أول مرة في الصف {first}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="398"/>
        <source>PointType &apos;{value}&apos; is not a known point type.</source>
        <translation>PointType '{value}' ليس نوع نقطة معروفا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="419"/>
        <source>PointNo &apos;{value}&apos; is not a whole number.</source>
        <translation>PointNo '{value}' ليس عددا صحيحا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="429"/>
        <source>PointNo is empty for a vertex of polygon &apos;{poly}&apos;.</source>
        <translation>PointNo فارغ لأحد رؤوس المضلع '{poly}'.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="447"/>
        <source>Xcoord/Ycoord: {error}</source>
        <translation>Xcoord/Ycoord: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="458"/>
        <source>Xcoord and Ycoord are empty and there is no Distance and Bearing either.</source>
        <translation>Xcoord و Ycoord فارغان، ولا يوجد Distance و Bearing أيضا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="477"/>
        <source>FrPointID &apos;{value}&apos; leads back to this point.</source>
        <translation>FrPointID '{value}' يعود إلى هذه النقطة نفسها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="492"/>
        <source>the point the bearing starts from (row {origin}) has no valid position.</source>
        <translation>النقطة التي يبدأ منها السمت (الصف {origin}) ليس لها موقع صالح.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="504"/>
        <source>Distance: {error}</source>
        <translation>المسافة (Distance): {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="520"/>
        <source>FrPointID &apos;{value}&apos; is not a PointID of object &apos;{object}&apos;.</source>
        <translation>FrPointID '{value}' ليس من قيم PointID للكائن '{object}'.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="532"/>
        <source>Distance and Bearing are given but there is no FrPointID and no previous point.</source>
        <translation>Distance و Bearing محددان، لكن لا يوجد FrPointID ولا نقطة سابقة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="567"/>
        <source>polygon &apos;{poly}&apos; has {count} usable vertices; at least 3 are needed.</source>
        <translation>عدد الرؤوس القابلة للاستخدام في المضلع '{poly}' هو {count}؛ ويلزم 3 على الأقل.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="584"/>
        <source>{distance} m at {bearing}° from {origin}</source>
        <translation>{distance} m بسمت {bearing}° من {origin}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="216"/>
        <source>&apos;{file}&apos;: the point-list header was found on sheet &apos;{sheet}&apos;, row {row}; the rows above it and the other sheets were not read.</source>
        <translation>'{file}': وجد رأس قائمة النقاط في الورقة '{sheet}'، الصف {row}؛ لم تقرأ الصفوف التي فوقه ولا الأوراق الأخرى.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="237"/>
        <source>an unbalanced quote (&quot;) in column {column} swallowed the lines up to row {last} into one value; those lines are in this record&apos;s raw text. Fix the quote and import them again.</source>
        <translation>علامة اقتباس غير مغلقة (&quot;) في العمود {column} ضمت الأسطر حتى الصف {last} في قيمة واحدة؛ هذه الأسطر موجودة في النص الخام لهذا السجل. صحح علامة الاقتباس واستوردها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="269"/>
        <source>&apos;{file}&apos; has two columns named &apos;{column}&apos; (columns {first} and {second}); remove or rename one and import again.</source>
        <translation>في '{file}' عمودان باسم '{column}' (العمودان {first} و{second})؛ احذف أحدهما أو أعد تسميته ثم استورد مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="294"/>
        <source>&apos;{file}&apos; row {row}, column {column}: the value has {length} characters; it was cut to the first {limit}.</source>
        <translation>'{file}' الصف {row}، العمود {column}: طول القيمة {length} حرفا؛ اقتطعت إلى أول {limit} حرف.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="555"/>
        <source>polygon &apos;{poly}&apos;: its vertices are all identical or lie on one line; it encloses no land.</source>
        <translation>المضلع '{poly}': رؤوسه كلها متطابقة أو تقع على خط واحد؛ فهو لا يحيط بأي أرض.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="286"/>
        <source>'{file}' row {row}, column {column}: a byte that is not valid UTF-8 was replaced by the sign �; check this value.</source>
        <translation>'{file}' الصف {row}، العمود {column}: استبدل بايت غير صالح في UTF-8 بالرمز �؛ تحقق من هذه القيمة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="249"/>
        <source>&apos;{file}&apos;: {count} more values with bytes that are not valid UTF-8, or cut to {limit} characters, were not listed one by one.</source>
        <translation>'{file}': لم تذكر واحدة واحدة {count} قيمة أخرى فيها بايتات غير صالحة في UTF-8 أو اقتطعت إلى {limit} حرف.</translation>
    </message>
</context>
<context>
    <name>ProgressRecords</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="163"/>
        <source>Killed</source>
        <translation>قتل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="163"/>
        <source>Injured</source>
        <translation>أصيب</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="152"/>
        <source>Outcome unknown</source>
        <translation>النتيجة غير معروفة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="162"/>
        <source>Explosive items, spot tasks and accidents</source>
        <translation>المواد المتفجرة والمهام الموضعية والحوادث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="163"/>
        <source>Items found</source>
        <translation>المواد التي عثر عليها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="163"/>
        <source>Items destroyed</source>
        <translation>المواد المدمرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="233"/>
        <source>Spot tasks</source>
        <translation>المهام الموضعية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="272"/>
        <source>Accidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="177"/>
        <source>(no governorate)</source>
        <translation>(بلا محافظة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="178"/>
        <source>(no organisation)</source>
        <translation>(بلا جهة منفذة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="179"/>
        <source>(no category)</source>
        <translation>(بلا فئة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="180"/>
        <source>(no date)</source>
        <translation>(بلا تاريخ)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="272"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="184"/>
        <source>Operator</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="185"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="272"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="189"/>
        <source>Items found and destroyed by category</source>
        <translation>المواد التي عثر عليها ودمرت حسب الفئة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="190"/>
        <source>Items found and destroyed by governorate</source>
        <translation>المواد التي عثر عليها ودمرت حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="191"/>
        <source>Items found and destroyed by operator</source>
        <translation>المواد التي عثر عليها ودمرت حسب الجهة المنفذة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="192"/>
        <source>Items found and destroyed by year</source>
        <translation>المواد التي عثر عليها ودمرت حسب السنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="211"/>
        <source>Destroyed</source>
        <translation>دمرت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="200"/>
        <source>Found, not destroyed</source>
        <translation>عثر عليها ولم تدمر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="211"/>
        <source>Found</source>
        <translation>عثر عليها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="220"/>
        <source>Spot tasks by governorate and year</source>
        <translation>المهام الموضعية حسب المحافظة والسنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="227"/>
        <source>Spot tasks by governorate</source>
        <translation>المهام الموضعية حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="242"/>
        <source>Accidents and casualties by governorate and year</source>
        <translation>الحوادث والإصابات حسب المحافظة والسنة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="255"/>
        <source>Casualties by governorate</source>
        <translation>الإصابات حسب المحافظة</translation>
    </message>
</context>
<context>
    <name>RegisterChangesAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="93"/>
        <source>Register changes</source>
        <translation>تغييرات السجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="96"/>
        <source>What changed in the register: between two canonical GeoPackages (BEFORE and AFTER, e.g. last month's and this month's import), or at one import into the shared PostGIS register (REGISTER: a QGIS connection name, service=NAME or a postgresql:// URI; SCHEMA; IMPORT: the import number, empty for the latest).

Records are matched by IMSMA GUID, else local ID. Outputs: the changed geometries (the parts gained and lost by each hazard or activity, with their area in m²), a table of attribute changes (one row per field, before and after) and an HTML report in English, Arabic or Sorani: status changes, hazards closed, new hazards by governorate, area added and released.</source>
        <translation>ما الذي تغير في السجل: بين ملفي GeoPackage موحدين (BEFORE وAFTER، مثل استيراد الشهر الماضي واستيراد هذا الشهر)، أو في استيراد واحد إلى السجل المشترك في PostGIS (REGISTER: اسم اتصال QGIS أو service=NAME أو عنوان postgresql://؛ SCHEMA؛ IMPORT: رقم الاستيراد، فارغ للأحدث).

تطابق السجلات بمعرف GUID في IMSMA، وإلا بالمعرف المحلي. المخرجات: الأشكال الهندسية المتغيرة (الأجزاء المضافة والمفقودة لكل منطقة خطرة أو نشاط، مع مساحتها بـ m²)، وجدول تغييرات السمات (صف لكل حقل، قبل وبعد)، وتقرير HTML بالإنجليزية أو العربية أو السورانية: تغييرات الحالة، والمناطق الخطرة المغلقة، والمناطق الخطرة الجديدة حسب المحافظة، والمساحة المضافة والمفرج عنها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="108"/>
        <source>Register before (GeoPackage)</source>
        <translation>السجل قبل (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="113"/>
        <source>Register after (GeoPackage)</source>
        <translation>السجل بعد (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="118"/>
        <source>…or the shared PostGIS register (QGIS connection name, service=NAME or postgresql:// URI)</source>
        <translation>…أو السجل المشترك في PostGIS (اسم اتصال QGIS أو service=NAME أو عنوان postgresql://)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="125"/>
        <source>Register schema</source>
        <translation>مخطط (schema) السجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="130"/>
        <source>Import number (empty: the latest)</source>
        <translation>رقم الاستيراد (فارغ: الأحدث)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="139"/>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="147"/>
        <source>Changed geometries (gained and lost parts)</source>
        <translation>الأشكال الهندسية المتغيرة (الأجزاء المضافة والمفقودة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="154"/>
        <source>Attribute changes</source>
        <translation>تغييرات السمات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="159"/>
        <source>Changes report</source>
        <translation>تقرير التغييرات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="159"/>
        <source>HTML files (*.html)</source>
        <translation>ملفات HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="164"/>
        <source>New hazards</source>
        <translation>المناطق الخطرة الجديدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="165"/>
        <source>Changed hazards</source>
        <translation>المناطق الخطرة المتغيرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="166"/>
        <source>Hazards no longer in the export</source>
        <translation>مناطق خطرة لم تعد في التصدير</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="186"/>
        <source> since import {number} ({file}, {date})</source>
        <translation> منذ الاستيراد {number} ({file}، {date})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="193"/>
        <source>Register {register}, schema &apos;{schema}&apos;: import {number} ({file}, {date}, by {user}){since}.</source>
        <translation>السجل {register}، المخطط '{schema}': الاستيراد {number} ({file}، {date}، بواسطة {user}){since}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="207"/>
        <source>Give either two GeoPackages (BEFORE and AFTER) or a PostGIS register (REGISTER), not both.</source>
        <translation>أعط إما ملفي GeoPackage (BEFORE وAFTER) وإما سجلا في PostGIS (REGISTER)، لا الاثنين معا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="212"/>
        <source>The GeoPackage &apos;{file}&apos; does not exist.</source>
        <translation>ملف GeoPackage '{file}' غير موجود.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="216"/>
        <source>From {before} to {after}.</source>
        <translation>من {before} إلى {after}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="241"/>
        <source>Hazards: {new} new, {changed} changed, {missing} no longer in the export.</source>
        <translation>المناطق الخطرة: {new} جديدة، {changed} متغيرة، {missing} لم تعد في التصدير.</translation>
    </message>
</context>
<context>
    <name>RegisterChangesReport</name>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="54"/>
        <source>(no governorate)</source>
        <translation>(بلا محافظة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="67"/>
        <source>Register changes</source>
        <translation>تغييرات السجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="192"/>
        <source>New hazards</source>
        <translation>المناطق الخطرة الجديدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="72"/>
        <source>Changed hazards</source>
        <translation>المناطق الخطرة المتغيرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="150"/>
        <source>Hazards closed</source>
        <translation>المناطق الخطرة المغلقة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="110"/>
        <source>No longer in the export</source>
        <translation>لم تعد في التصدير</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="72"/>
        <source>Unchanged hazards</source>
        <translation>المناطق الخطرة دون تغيير</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="72"/>
        <source>Area added (km²)</source>
        <translation>المساحة المضافة (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="72"/>
        <source>Area released (km²)</source>
        <translation>المساحة المفرج عنها (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="98"/>
        <source>Area added: new hazards and polygons that grew. Area released: polygons that shrank and hazards closed. Hazards no longer in the export are kept in the register and not counted as released.</source>
        <translation>المساحة المضافة: المناطق الخطرة الجديدة والمضلعات التي كبرت. المساحة المفرج عنها: المضلعات التي صغرت والمناطق الخطرة المغلقة. تبقى المناطق الخطرة التي لم تعد في التصدير في السجل ولا تحسب مفرجا عنها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="106"/>
        <source>Records by layer</source>
        <translation>السجلات حسب الطبقة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="227"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="110"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="110"/>
        <source>Changed</source>
        <translation>متغيرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="110"/>
        <source>Back in the export</source>
        <translation>عادت إلى التصدير</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="110"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="129"/>
        <source>Status changes</source>
        <translation>تغييرات الحالة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="136"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="136"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="136"/>
        <source>Hazards</source>
        <translation>المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="148"/>
        <source>No hazard changed status.</source>
        <translation>لم تتغير حالة أي منطقة خطرة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="152"/>
        <source>Hazard</source>
        <translation>المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="152"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="213"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="152"/>
        <source>Previous status</source>
        <translation>الحالة السابقة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="192"/>
        <source>Area (m²)</source>
        <translation>المساحة (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="172"/>
        <source>No hazard was closed.</source>
        <translation>لم تغلق أي منطقة خطرة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="182"/>
        <source>New hazards by governorate</source>
        <translation>المناطق الخطرة الجديدة حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="182"/>
        <source>Area (km²)</source>
        <translation>المساحة (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="201"/>
        <source>No new hazard.</source>
        <translation>لا توجد منطقة خطرة جديدة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="203"/>
        <source>Area added and released by governorate</source>
        <translation>المساحة المضافة والمفرج عنها حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="213"/>
        <source>Area added (m²)</source>
        <translation>المساحة المضافة (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="213"/>
        <source>Area released (m²)</source>
        <translation>المساحة المفرج عنها (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="222"/>
        <source>No area was added or released.</source>
        <translation>لم تضف أي مساحة ولم يفرج عن أي مساحة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="224"/>
        <source>Attribute changes</source>
        <translation>تغييرات السمات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="227"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="227"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="227"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="227"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="249"/>
        <source>No attribute changed.</source>
        <translation>لم تتغير أي سمة.</translation>
    </message>
</context>
<context>
    <name>RegisterConnection</name>
    <message>
        <location filename="../mineaction_qgis/core/register/connection.py" line="73"/>
        <source>No register given: give a QGIS PostgreSQL connection name, service=NAME or a postgresql:// URI.</source>
        <translation>لم يحدد سجل: أعط اسم اتصال PostgreSQL في QGIS أو service=NAME أو عنوان postgresql://.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/connection.py" line="83"/>
        <source>&apos;{register}&apos; is not a PostgreSQL connection string: {error}</source>
        <translation>'{register}' ليس سلسلة اتصال PostgreSQL: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/connection.py" line="95"/>
        <source>There is no QGIS PostgreSQL connection named &apos;{register}&apos;. Create it in the Browser (PostgreSQL &gt; New Connection), or give service=NAME or a postgresql:// URI.</source>
        <translation>لا يوجد اتصال PostgreSQL في QGIS باسم '{register}'. أنشئه في المتصفح (PostgreSQL &gt; New Connection)، أو أعط service=NAME أو عنوان postgresql://.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/connection.py" line="113"/>
        <source>Cannot connect to the register {register}: {error}</source>
        <translation>تعذر الاتصال بالسجل {register}: {error}</translation>
    </message>
</context>
<context>
    <name>RegisterPostProcessor</name>
    <message>
        <location filename="../mineaction_qgis/processing/register_output.py" line="97"/>
        <source>{count} records were already in the GeoPackage (same GUID or ID): both copies kept.</source>
        <translation>{count} من السجلات كانت موجودة مسبقا في ملف GeoPackage (بنفس GUID أو المعرف): تم الاحتفاظ بالنسختين.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_output.py" line="101"/>
        <source>{count} records were already in the GeoPackage (same GUID or ID): the stored ones were replaced.</source>
        <translation>{count} من السجلات كانت موجودة مسبقا في ملف GeoPackage (بنفس GUID أو المعرف): تم استبدال السجلات المخزنة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_output.py" line="105"/>
        <source>{count} records were already in the GeoPackage (same GUID or ID): the new ones were skipped.</source>
        <translation>{count} من السجلات كانت موجودة مسبقا في ملف GeoPackage (بنفس GUID أو المعرف): تم تخطي السجلات الجديدة.</translation>
    </message>
</context>
<context>
    <name>RegisterWriter</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/writer.py" line="127"/>
        <source>Cannot replace &apos;{file}&apos;: {error}</source>
        <translation>تعذر استبدال '{file}': {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/writer.py" line="155"/>
        <source>Cannot create layer &apos;{layer}&apos; in &apos;{file}&apos;: {error}</source>
        <translation>تعذر إنشاء الطبقة '{layer}' في '{file}': {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/writer.py" line="214"/>
        <source>Cannot open layer &apos;{layer}&apos; of &apos;{file}&apos;.</source>
        <translation>تعذر فتح الطبقة '{layer}' من '{file}'.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/writer.py" line="242"/>
        <source>Writing to layer &apos;{layer}&apos; failed: {error}</source>
        <translation>فشلت الكتابة في الطبقة '{layer}': {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/writer.py" line="300"/>
        <source>Layer &apos;{layer}&apos; holds personal data and is written only when the import includes personal data.</source>
        <translation>تحتوي الطبقة '{layer}' على بيانات شخصية ولا تكتب إلا إذا شمل الاستيراد البيانات الشخصية.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="259"/>
        <source>Another import into register '{schema}' is running: waiting for it to finish…</source>
        <translation>استيراد آخر إلى السجل '{schema}' جار: ننتظر انتهاءه…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="274"/>
        <source>Another import into register &apos;{schema}&apos; is still running (by {user}, since {since}). Nothing was written: run the import again when it has finished.</source>
        <translation>استيراد آخر إلى السجل '{schema}' ما زال جاريا (بواسطة {user}، منذ {since}). لم يكتب شيء: أعد تشغيل الاستيراد بعد انتهائه.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="514"/>
        <source>Import cancelled: the register was left as it was.</source>
        <translation>ألغي الاستيراد: بقي السجل كما كان.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="547"/>
        <source>The role you connect as may read register &apos;{schema}&apos; but not write to it ({error}). Imports need a role of the register&apos;s writers (mineaction_write): ask the register&apos;s administrator.</source>
        <translation>الدور الذي تتصل به يستطيع قراءة السجل '{schema}' لكن لا يستطيع الكتابة فيه ({error}). يحتاج الاستيراد إلى دور من كتاب السجل (mineaction_write): اطلبه من مسؤول السجل.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="555"/>
        <source>Writing to register &apos;{schema}&apos; failed, nothing was changed: {error}</source>
        <translation>فشلت الكتابة في السجل '{schema}'، ولم يتغير شيء: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="618"/>
        <source>{layer}: {new} new, {changed} changed, {unchanged} unchanged, {missing} no longer in the export, {returned} back in the export.</source>
        <translation>{layer}: {new} جديدة، {changed} متغيرة، {unchanged} دون تغيير، {missing} لم تعد في التصدير، {returned} عادت إلى التصدير.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="625"/>
        <source>Import {number} written to register {register}, schema &apos;{schema}&apos;.</source>
        <translation>كتب الاستيراد {number} في السجل {register}، المخطط '{schema}'.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="707"/>
        <source>Register &apos;{schema}&apos; has no import number {number}.</source>
        <translation>لا يوجد في السجل '{schema}' استيراد رقمه {number}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="446"/>
        <source>Reading register &apos;{schema}&apos; failed: {error}</source>
        <translation>فشلت قراءة السجل '{schema}': {error}</translation>
    </message>
</context>
<context>
    <name>RejectionReasons</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="12"/>
        <source>Coordinate cannot be read</source>
        <translation>تعذرت قراءة الإحداثيات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="13"/>
        <source>Unknown point type</source>
        <translation>نوع نقطة غير معروف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="14"/>
        <source>Fewer than three vertices</source>
        <translation>أقل من ثلاثة رؤوس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="15"/>
        <source>Bearing and distance without a starting point</source>
        <translation>سمت ومسافة دون نقطة بداية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="18"/>
        <source>Point number repeated</source>
        <translation>رقم النقطة مكرر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="19"/>
        <source>No local ID</source>
        <translation>لا يوجد معرف محلي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="20"/>
        <source>Invalid geometry</source>
        <translation>شكل هندسي غير صالح</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="21"/>
        <source>Element not understood</source>
        <translation>عنصر غير مفهوم</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="22"/>
        <source>Value cannot be read</source>
        <translation>تعذرت قراءة القيمة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="23"/>
        <source>Older form of an item (a later one was loaded)</source>
        <translation>استمارة أقدم لعنصر (تم تحميل استمارة أحدث)</translation>
    </message>
</context>
<context>
    <name>ReleaseParts</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/release_parts.py" line="100"/>
        <source>{count} activity part(s): release type &apos;{value}&apos; is not in the profile&apos;s release_type code list; loaded as &apos;none&apos; ({reason}), not credited as released land.</source>
        <translation>{count} من أجزاء النشاط: نوع الإفراج '{value}' غير موجود في قائمة الرموز release_type في ملف المطابقة؛ حملت بالنوع 'none' ({reason}) ولا تحتسب أرضا مفرجا عنها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/release_parts.py" line="106"/>
        <source>{count} activity part(s) record several kinds of released area but their polygons say nothing of their type; loaded as &apos;none&apos; ({reason}), not credited as released land.</source>
        <translation>{count} من أجزاء النشاط تسجل عدة أنواع من المساحة المفرج عنها لكن مضلعاتها لا تذكر نوعها؛ حملت بالنوع 'none' ({reason}) ولا تحتسب أرضا مفرجا عنها.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/release_parts.py" line="112"/>
        <source>{count} activity part(s) have no land-release type and no recorded released area; loaded as &apos;none&apos; ({reason}), not credited as released land.</source>
        <translation>{count} من أجزاء النشاط بلا نوع إفراج عن الأرض وبلا مساحة مفرج عنها مسجلة؛ حملت بالنوع 'none' ({reason}) ولا تحتسب أرضا مفرجا عنها.</translation>
    </message>
</context>
<context>
    <name>RuleContext</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/engine.py" line="166"/>
        <source>Hazard {hazard}: GEOS failed on its geometry ({error}); it was checked without it.</source>
        <translation>المنطقة الخطرة {hazard}: فشلت GEOS في معالجة شكلها الهندسي ({error})؛ فحصت من دونه.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/engine.py" line="246"/>
        <source>Rule {rule} failed on hazard {hazard}: {error}</source>
        <translation>فشلت القاعدة {rule} على المنطقة الخطرة {hazard}: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/engine.py" line="293"/>
        <source>GEOS failed on hazards {first} and {second}: {error}</source>
        <translation>فشلت GEOS في معالجة المنطقتين الخطرتين {first} و{second}: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.py" line="23"/>
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
        <translation>تستخدم القوائم ومربعات الحوار وخوارزميات المعالجة والتقارير هذه اللغة. تعرض العربية والكردية من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.py" line="27"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.py" line="28"/>
        <source>Cancel</source>
        <translation>إلغاء الأمر</translation>
    </message>
</context>
<context>
    <name>TableError</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/tables.py" line="193"/>
        <source>Cannot read &apos;{file}&apos; as a table: {error}</source>
        <translation>تتعذر قراءة '{file}' كجدول: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/tables.py" line="160"/>
        <source>&apos;{file}&apos; cannot be opened as a workbook: the file is damaged or cut off (truncated) ({error}). Save it again from Excel.</source>
        <translation>تعذر فتح '{file}' بوصفه مصنف Excel: الملف تالف أو مقطوع (ناقص) ({error}). احفظه مرة أخرى من Excel.</translation>
    </message>
</context>
<context>
    <name>TaskLandFinder</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_land.py" line="109"/>
        <source>Task {task_id} ({organisation}) covers {area} m² of land already released by {activities}.</source>
        <translation>تغطي المهمة {task_id} ({organisation}) {area} م² من أرض سبق الإفراج عنها بواسطة {activities}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_land.py" line="127"/>
        <source>Task {task_id} ({organisation}) is on hazard {hazard_id}, whose status is {status}: {area} m² of the task.</source>
        <translation>المهمة {task_id} ({organisation}) تقع على المنطقة الخطرة {hazard_id} التي حالتها {status}: {area} م² من المهمة.</translation>
    </message>
</context>
<context>
    <name>TaskOrderReader</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/task_orders.py" line="96"/>
        <source>&apos;{file}&apos; cannot be opened as GeoJSON.</source>
        <translation>تعذر فتح '{file}' بصيغة GeoJSON.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/task_orders.py" line="141"/>
        <source>{file} {ref}: no task ID.</source>
        <translation>{file} {ref}: لا يوجد معرف مهمة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/task_orders.py" line="149"/>
        <source>{file} {ref}: the polygon of task {task_id} is not readable WKT.</source>
        <translation>{file} {ref}: مضلع المهمة {task_id} ليس نص WKT مقروءا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/task_orders.py" line="159"/>
        <source>{file} {ref}: the geometry of task {task_id} is not a polygon.</source>
        <translation>{file} {ref}: هندسة المهمة {task_id} ليست مضلعا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/task_orders.py" line="182"/>
        <source>Task status &apos;{value}&apos; ({count} time(s)) is not in the code list &apos;task_status&apos;; it was kept as it is.</source>
        <translation>حالة المهمة '{value}' ({count} مرة) ليست في قائمة الرموز 'task_status'؛ أبقيت كما هي.</translation>
    </message>
</context>
<context>
    <name>TaskOverlapFinder</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_overlaps.py" line="114"/>
        <source>Task {task_id} has no geometry.</source>
        <translation>ليس للمهمة {task_id} شكل هندسي.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_overlaps.py" line="129"/>
        <source>The geometry of task {task_id} is invalid ({reason}); it was repaired for the computation.</source>
        <translation>الشكل الهندسي للمهمة {task_id} غير صالح ({reason})؛ أصلح لأغراض الحساب.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_overlaps.py" line="162"/>
        <source>Tasks {task_id} ({organisation}) and {other_id} ({other_organisation}) overlap on {area} m².</source>
        <translation>تتداخل المهمتان {task_id} ({organisation}) و{other_id} ({other_organisation}) على مساحة {area} m².</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_overlaps.py" line="215"/>
        <source>Task {task_id} ({organisation}) touches no hazard.</source>
        <translation>المهمة {task_id} ({organisation}) لا تلامس أي منطقة خطرة.</translation>
    </message>
</context>
<context>
    <name>TaskOverlapsAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="148"/>
        <source>Task overlaps</source>
        <translation>تداخل المهام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="100"/>
        <source>Task orders</source>
        <translation>أوامر المهام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="102"/>
        <source>Task ID field</source>
        <translation>حقل معرف المهمة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="102"/>
        <source>Organisation field</source>
        <translation>حقل الجهة المنفذة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="102"/>
        <source>Status field</source>
        <translation>حقل الحالة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="102"/>
        <source>Start date field</source>
        <translation>حقل تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="102"/>
        <source>End date field</source>
        <translation>حقل تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="139"/>
        <source>Ignore overlaps smaller than (m²)</source>
        <translation>تجاهل التداخلات الأصغر من (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="153"/>
        <source>Number of overlaps</source>
        <translation>عدد التداخلات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="154"/>
        <source>Number of tasks on no hazard</source>
        <translation>عدد المهام الواقعة خارج أي منطقة خطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="298"/>
        <source>Field &apos;{field}&apos; is not in the layer; it is ignored.</source>
        <translation>الحقل '{field}' غير موجود في الطبقة؛ سيتم تجاهله.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="180"/>
        <source>The task layer needs a task ID field. Its fields are: {fields}.</source>
        <translation>تحتاج طبقة المهام إلى حقل معرف المهمة. حقولها هي: {fields}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="195"/>
        <source>(no ID, feature {fid})</source>
        <translation>(بلا معرف، المعلم {fid})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="271"/>
        <source>{overlaps} overlaps between task orders; {no_hazard} tasks on no hazard.</source>
        <translation>التداخلات بين أوامر المهام: {overlaps}؛ المهام الواقعة خارج أي منطقة خطرة: {no_hazard}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="86"/>
        <source>Finds task orders that cover the same land: every pair of task polygons that overlap, whether given to different operators or to the same operator twice, as the shared polygon with both task IDs, both operators, statuses and dates, whether the periods overlap, and the shared area in square metres on the WGS 84 ellipsoid. With a hazards layer, tasks that touch no hazard are reported too, and tasks on a hazard whose status is closed (Closed, Expired, Handed Over, Completed). With a releases layer (the activities), tasks on land already cancelled, reduced or cleared by an activity that ended no later than the task&apos;s start are reported with the released part. The finding field says which: overlap, no_hazard, on_closed_hazard, on_released_land, invalid_geometry or no_geometry.</source>
        <translation>يجد أوامر المهام التي تغطي الأرض نفسها: كل زوج من مضلعات المهام المتداخلة، سواء أسندت إلى جهات منفذة مختلفة أو إلى الجهة المنفذة نفسها مرتين، على شكل المضلع المشترك مع معرفي المهمتين، والجهتين المنفذتين، والحالتين والتواريخ، وما إذا كانت الفترتان متداخلتين، والمساحة المشتركة بالمتر المربع على الإهليلج WGS 84. عند تحديد طبقة مناطق خطرة، يبلغ أيضا عن المهام التي لا تلامس أي منطقة خطرة، وعن المهام الواقعة على منطقة خطرة حالتها مغلقة (Closed أو Expired أو Handed Over أو Completed). وعند تحديد طبقة مضلعات الإفراج (الأنشطة)، يبلغ عن المهام على أرض ألغاها أو خفضها أو طهرها نشاط انتهى في موعد لا يتجاوز بدء المهمة، مع الجزء المفرج عنه. يبين الحقل finding النوع: overlap أو no_hazard أو on_closed_hazard أو on_released_land أو invalid_geometry أو no_geometry.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="110"/>
        <source>Hazards (to find tasks on no hazard or on a closed hazard)</source>
        <translation>المناطق الخطرة (لإيجاد المهام التي لا تقع على أي منطقة خطرة أو تقع على منطقة خطرة مغلقة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="118"/>
        <source>Releases (to find tasks on land already released)</source>
        <translation>مضلعات الإفراج (لإيجاد المهام على أرض سبق الإفراج عنها)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>Hazard ID field</source>
        <translation>حقل معرف المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>Hazard status field</source>
        <translation>حقل حالة المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>Activity ID field of releases</source>
        <translation>حقل معرف النشاط في مضلعات الإفراج</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>Release type field</source>
        <translation>حقل نوع الإفراج</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>End date field of releases</source>
        <translation>حقل تاريخ الانتهاء في مضلعات الإفراج</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>Start date field of releases (used when the end date is empty)</source>
        <translation>حقل تاريخ البدء في مضلعات الإفراج (يستخدم عندما يكون تاريخ الانتهاء فارغا)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="155"/>
        <source>Number of tasks on a closed hazard</source>
        <translation>عدد المهام على منطقة خطرة مغلقة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="156"/>
        <source>Number of tasks on land already released</source>
        <translation>عدد المهام على أرض سبق الإفراج عنها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="277"/>
        <source>{closed} tasks on a closed hazard; {released} tasks on land already released.</source>
        <translation>{closed} مهمة على منطقة خطرة مغلقة؛ {released} مهمة على أرض سبق الإفراج عنها.</translation>
    </message>
</context>
<context>
    <name>TooFewVertices</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="93"/>
        <source>Too few vertices</source>
        <translation>عدد الرؤوس قليل جدا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="96"/>
        <source>A ring of the polygon has fewer than 3 distinct vertices, so it encloses no area. The value is the number of distinct vertices; the finding sits on the ring&apos;s points.</source>
        <translation>لإحدى حلقات المضلع أقل من 3 رؤوس متمايزة، فلا تحيط بأي مساحة. القيمة هي عدد الرؤوس المتمايزة؛ وتقع نتيجة الفحص على نقاط الحلقة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="120"/>
        <source>Hazard {hazard}, part {part}: a ring has only {count} distinct vertices.</source>
        <translation>المنطقة الخطرة {hazard}، الجزء {part}: عدد الرؤوس المتمايزة في إحدى الحلقات {count} فقط.</translation>
    </message>
</context>
<context>
    <name>TrainingProject</name>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="107"/>
        <source>Find your way in the register</source>
        <translation>التعرف على السجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="108"/>
        <source>Load an IMSMA export</source>
        <translation>تحميل ملف تصدير IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="109"/>
        <source>Hazard boundaries that are wrong</source>
        <translation>حدود مناطق خطرة غير صحيحة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="110"/>
        <source>Hazards on the same ground</source>
        <translation>مناطق خطرة على الأرض نفسها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="111"/>
        <source>Records that are incomplete</source>
        <translation>سجلات غير مكتملة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="112"/>
        <source>Hazards in the wrong place</source>
        <translation>مناطق خطرة في غير موضعها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="113"/>
        <source>Dates out of order</source>
        <translation>تواريخ بترتيب غير صحيح</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="114"/>
        <source>What no rule finds</source>
        <translation>ما لا تكشفه أي قاعدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="115"/>
        <source>Land still to release</source>
        <translation>أراض لم يفرج عنها بعد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="116"/>
        <source>Task orders on the same ground</source>
        <translation>أوامر مهام على الأرض نفسها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="117"/>
        <source>Print a map atlas</source>
        <translation>طباعة أطلس خرائط</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="124"/>
        <source>Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="125"/>
        <source>Land release</source>
        <translation>الإفراج عن الأراضي</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="126"/>
        <source>Reference</source>
        <translation>البيانات المرجعية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="253"/>
        <source>Sample export {file} is missing: the import exercise cannot use it.</source>
        <translation>ملف التصدير النموذجي {file} مفقود: لا يمكن لتمرين الاستيراد استخدامه.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="321"/>
        <source>The sample register has no valid layer {layer}: rebuild the sample.</source>
        <translation>لا يحتوي السجل النموذجي على طبقة {layer} صالحة: أعد إنشاء النموذج.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="345"/>
        <source>Exercises</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="351"/>
        <source>Exercise {number}: {title}</source>
        <translation>التمرين {number}: {title}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="376"/>
        <source>Could not write the atlas pages to {file}: {error}</source>
        <translation>تعذرت كتابة صفحات الأطلس في {file}: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="382"/>
        <source>Could not read back the atlas pages from {file}.</source>
        <translation>تعذرت إعادة قراءة صفحات الأطلس من {file}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="415"/>
        <source>Atlas of the hazards</source>
        <translation>أطلس المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="439"/>
        <source>The sample register {file} is missing: reinstall the plugin.</source>
        <translation>السجل النموذجي {file} مفقود: أعد تثبيت الإضافة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="446"/>
        <source>{file} already exists: choose another folder.</source>
        <translation>{file} موجود مسبقا: اختر مجلدا آخر.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="455"/>
        <source>Could not write to {folder}: {error}</source>
        <translation>تعذرت الكتابة في {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="464"/>
        <source>Mine action training project (fictional data)</source>
        <translation>مشروع تدريب على الأعمال المتعلقة بالألغام (بيانات وهمية)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="475"/>
        <source>The atlas layout could not be set up: {error}</source>
        <translation>تعذر إعداد تخطيط الأطلس: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="481"/>
        <source>Could not write the project {file}: {error}</source>
        <translation>تعذرت كتابة المشروع {file}: {error}</translation>
    </message>
</context>
<context>
    <name>TrainingProjectOpener</name>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="37"/>
        <source>Folder for the training project</source>
        <translation>مجلد مشروع التدريب</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="53"/>
        <source>Open training project</source>
        <translation>فتح مشروع التدريب</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="69"/>
        <source>{file} already exists. Build it again? Changes made in its register will be lost.</source>
        <translation>{file} موجود مسبقا. هل تريد إنشاءه من جديد؟ ستفقد التغييرات التي أجريت في سجله.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="72"/>
        <source>The open project has unsaved changes. Close it without saving and open the training project?</source>
        <translation>في المشروع المفتوح تغييرات غير محفوظة. هل تريد إغلاقه دون حفظ وفتح مشروع التدريب؟</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="89"/>
        <source>Training project</source>
        <translation>مشروع التدريب</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="95"/>
        <source>The training project {file} could not be opened.</source>
        <translation>تعذر فتح مشروع التدريب {file}.</translation>
    </message>
</context>
<context>
    <name>UnknownCode</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="42"/>
        <source>Value not in the code list</source>
        <translation>قيمة غير موجودة في قائمة الرموز</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="45"/>
        <source>The status or classification is not one of the code list (STATUS_VALUES, CLASS_VALUES; by default the canonical lists: Open, Worked On, Closed, Handed Over; SHA, CHA, Indication, Stockpile, EOD Spot Task). Values are compared exactly; the message suggests the canonical spelling when only the case or spaces differ.</source>
        <translation>الحالة أو التصنيف ليس من قيم قائمة الرموز (STATUS_VALUES، CLASS_VALUES؛ وافتراضيا القوائم الموحدة: Open، Worked On، Closed، Handed Over؛ SHA، CHA، Indication، Stockpile، EOD Spot Task). تقارن القيم حرفيا؛ وتقترح الرسالة التهجئة الموحدة عندما يقتصر الاختلاف على حالة الأحرف أو المسافات.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="65"/>
        <source>Hazard {hazard}: {field} &apos;{value}&apos; is not in the code list; did you mean &apos;{code}&apos;?</source>
        <translation>المنطقة الخطرة {hazard}: قيمة {field} '{value}' غير موجودة في قائمة الرموز؛ هل تقصد '{code}'؟</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="69"/>
        <source>Hazard {hazard}: {field} &apos;{value}&apos; is not in the code list ({codes}).</source>
        <translation>المنطقة الخطرة {hazard}: قيمة {field} '{value}' غير موجودة في قائمة الرموز ({codes}).</translation>
    </message>
</context>
<context>
    <name>ValidateHazardsAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="55"/>
        <source>Validate hazard areas</source>
        <translation>التحقق من صحة بيانات المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="75"/>
        <source>Hazard polygons</source>
        <translation>مضلعات المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="77"/>
        <source>Hazard ID field</source>
        <translation>حقل معرف المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="78"/>
        <source>Status field</source>
        <translation>حقل الحالة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="79"/>
        <source>Classification field</source>
        <translation>حقل التصنيف</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="80"/>
        <source>Reported area field (m²)</source>
        <translation>حقل المساحة المبلغ عنها (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="81"/>
        <source>Recorded governorate field</source>
        <translation>حقل المحافظة المسجلة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="85"/>
        <source>Area tolerance (%)</source>
        <translation>حد السماح للمساحة (%)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="94"/>
        <source>Date fields that must be in order (earlier&lt;later, comma-separated)</source>
        <translation>حقول التاريخ التي يجب أن تكون مرتبة (earlier&lt;later، مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="102"/>
        <source>Boundaries (e.g. governorates)</source>
        <translation>الحدود (مثل المحافظات)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="107"/>
        <source>Boundary name field</source>
        <translation>حقل اسم الحدود</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="128"/>
        <source>Smallest overlap reported (m²)</source>
        <translation>أصغر تداخل يبلغ عنه (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="137"/>
        <source>Largest distance between consecutive vertices (m)</source>
        <translation>أكبر مسافة بين رأسين متتاليين (m)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="146"/>
        <source>Largest overlap between parts of one hazard (% of their union)</source>
        <translation>أكبر تداخل بين أجزاء منطقة خطرة واحدة (% من اتحادها)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="155"/>
        <source>Valid status values (comma-separated)</source>
        <translation>قيم الحالة الصالحة (مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="163"/>
        <source>Valid classification values (comma-separated)</source>
        <translation>قيم التصنيف الصالحة (مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="171"/>
        <source>Rules to run (none selected: all)</source>
        <translation>القواعد المراد تشغيلها (إن لم يحدد شيء: جميعها)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="176"/>
        <source>Previous issue layer (keeps &apos;reviewed&apos; marks)</source>
        <translation>طبقة المشكلات السابقة (تحتفظ بعلامات 'مراجع')</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="324"/>
        <source>Validation issues</source>
        <translation>مشكلات التحقق من صحة البيانات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="189"/>
        <source>HTML report</source>
        <translation>تقرير HTML</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="189"/>
        <source>HTML files (*.html)</source>
        <translation>ملفات HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="194"/>
        <source>Number of findings</source>
        <translation>عدد نتائج الفحص</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="195"/>
        <source>Number of hazards checked</source>
        <translation>عدد المناطق الخطرة التي فحصت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="205"/>
        <source>DATE_FIELDS: &apos;{item}&apos; is not a pair; write earlier&lt;later, e.g. start_date&lt;end_date.</source>
        <translation>DATE_FIELDS: '{item}' ليس زوجا؛ اكتب earlier&lt;later، مثل start_date&lt;end_date.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="284"/>
        <source>{checked} hazards checked, {count} findings ({new} new).</source>
        <translation>المناطق الخطرة التي فحصت: {checked}، نتائج الفحص: {count} (منها {new} جديدة).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="58"/>
        <source>Checks every hazard polygon and its attributes against the known data-quality rules: invalid, empty or degenerate polygons, repeated or too distant vertices, overlapping parts, overlaps and duplicates between hazards, duplicate IDs, missing or unknown status and classification, reported area against the polygon&apos;s area, dates out of order, hazards outside the boundaries or outside their recorded governorate, and, with a communities layer (the register&apos;s locations), a recorded district or sub-district that is not the hazard&apos;s community&apos;s.

The issue layer has one feature per finding (hazard_id, rule, severity, message, value) placed where the problem is: the overlap polygon, the self-intersection point, the too-long segment, or the hazard. Areas and distances are in metres on the WGS 84 ellipsoid, whatever the layer&apos;s CRS. Give an earlier issue layer as PREVIOUS to keep the findings already marked reviewed and to see which are new. Works on any polygon layer; field names are parameters (empty: the rules on that field are skipped).</source>
        <translation>يفحص كل مضلع منطقة خطرة وسماته وفق قواعد جودة البيانات المعروفة: المضلعات غير الصالحة أو الفارغة أو المنحلة، والرؤوس المكررة أو المتباعدة جدا، والأجزاء المتداخلة، والتداخلات والتكرارات بين المناطق الخطرة، والمعرفات المكررة، والحالة والتصنيف المفقودين أو غير المعروفين، والمساحة المبلغ عنها مقارنة بمساحة المضلع، والتواريخ غير المرتبة، والمناطق الخطرة الواقعة خارج الحدود أو خارج محافظتها المسجلة، ومع طبقة التجمعات السكانية (مواقع السجل)، القضاء أو الناحية المسجلان اللذان ليسا قضاء التجمع السكاني للمنطقة الخطرة أو ناحيته.

تحتوي طبقة المشكلات على معلم واحد لكل نتيجة فحص (hazard_id، rule، severity، message، value) موضوع حيث توجد المشكلة: مضلع التداخل، أو نقطة التقاطع الذاتي، أو القطعة الطويلة جدا، أو المنطقة الخطرة. المساحات والمسافات بالمتر على الإهليلج WGS 84، أيا كان نظام الإحداثيات المرجعي للطبقة. حدد طبقة مشكلات سابقة في PREVIOUS للإبقاء على نتائج الفحص المعلمة كمراجعة ولمعرفة الجديد منها. يعمل على أي طبقة مضلعات؛ وأسماء الحقول معاملات (إن ترك أحدها فارغا، تتخطى القواعد الخاصة بذلك الحقل).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="112"/>
        <source>Communities (locations layer, to check recorded districts and sub-districts)</source>
        <translation>التجمعات السكانية (طبقة locations، للتحقق من الأقضية والنواحي المسجلة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="120"/>
        <source>Community (location ID) field of hazards</source>
        <translation>حقل التجمع السكاني (معرف الموقع) في المناطق الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="120"/>
        <source>Recorded district field</source>
        <translation>حقل القضاء المسجل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="120"/>
        <source>Recorded sub-district field</source>
        <translation>حقل الناحية المسجلة</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="24"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="25"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="26"/>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="39"/>
        <source>Hazard validation: {layer}</source>
        <translation>التحقق من صحة بيانات المناطق الخطرة: {layer}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="48"/>
        <source>Hazards checked</source>
        <translation>المناطق الخطرة التي فحصت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="68"/>
        <source>Findings</source>
        <translation>نتائج الفحص</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="48"/>
        <source>Records concerned</source>
        <translation>السجلات المعنية</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="57"/>
        <source>No problem found.</source>
        <translation>لم يعثر على أي مشكلة.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="63"/>
        <source>Findings by rule</source>
        <translation>نتائج الفحص حسب القاعدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="68"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Severity</source>
        <translation>درجة الشدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="86"/>
        <source>Findings by governorate and severity</source>
        <translation>نتائج الفحص حسب المحافظة ودرجة الشدة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="88"/>
        <source>(none recorded)</source>
        <translation>(غير مسجلة)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="95"/>
        <source>Findings by governorate</source>
        <translation>نتائج الفحص حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Governorate</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="100"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="107"/>
        <source>All findings</source>
        <translation>جميع نتائج الفحص</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="110"/>
        <source>The first {shown} of {total} findings, worst first; the issue layer has them all.</source>
        <translation>أول {shown} من أصل {total} من نتائج الفحص، الأشد أولا؛ وتحتوي طبقة المشكلات عليها جميعا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Hazard</source>
        <translation>المنطقة الخطرة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>VertexSpacing</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="173"/>
        <source>Vertices too far apart</source>
        <translation>رؤوس متباعدة جدا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="176"/>
        <source>Two consecutive vertices are farther apart than MAX_VERTEX_SPACING (5000 m by default) on the ellipsoid, which usually means a mistyped coordinate. The finding is the segment; the value is its length in metres.</source>
        <translation>رأسان متتاليان تزيد المسافة بينهما على MAX_VERTEX_SPACING (5000 m افتراضيا) على الإهليلج، وهذا يعني عادة إحداثيا مكتوبا خطأ. نتيجة الفحص هي القطعة؛ والقيمة طولها بالمتر.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="201"/>
        <source>Hazard {hazard}: the distance between vertices {first} and {second} cannot be measured; a coordinate is out of range.</source>
        <translation>المنطقة الخطرة {hazard}: يتعذر قياس المسافة بين الرأسين {first} و{second}؛ أحد الإحداثيات خارج النطاق.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="210"/>
        <source>Hazard {hazard}: vertices {first} and {second} are {length} m apart.</source>
        <translation>المنطقة الخطرة {hazard}: المسافة بين الرأسين {first} و{second} هي {length} m.</translation>
    </message>
</context>
<context>
    <name>WrongDistrict</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/communities.py" line="52"/>
        <source>District or sub-district differs from its community</source>
        <translation>القضاء أو الناحية يختلف عن التجمع السكاني</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/communities.py" line="70"/>
        <source>Hazard {hazard} names community {location}, which is not in the locations layer.</source>
        <translation>تشير المنطقة الخطرة {hazard} إلى التجمع السكاني {location}، وهو غير موجود في طبقة المواقع.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/communities.py" line="83"/>
        <source>{field} is {recorded}, the community&apos;s is {expected}</source>
        <translation>{field} هو {recorded}، وقيمة التجمع السكاني {expected}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/communities.py" line="89"/>
        <source>Hazard {hazard} is in community {place} ({location}): {details}.</source>
        <translation>المنطقة الخطرة {hazard} في التجمع السكاني {place} ({location}): {details}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/communities.py" line="55"/>
        <source>The hazard names a community (LOCATION_ID_FIELD) from the LOCATIONS layer, and its recorded district (DISTRICT_FIELD) or sub-district (SUB_DISTRICT_FIELD) is not that community&apos;s, ignoring case and spaces; or the community is not in the LOCATIONS layer. Hazards without a community, and levels left empty on either side, are not checked.</source>
        <translation>تشير المنطقة الخطرة إلى تجمع سكاني (LOCATION_ID_FIELD) من الطبقة LOCATIONS، وقضاؤها المسجل (DISTRICT_FIELD) أو ناحيتها المسجلة (SUB_DISTRICT_FIELD) ليس قضاء ذلك التجمع أو ناحيته، مع تجاهل حالة الأحرف والمسافات؛ أو أن التجمع غير موجود في الطبقة LOCATIONS. لا تفحص المناطق الخطرة التي بلا تجمع سكاني، ولا المستويات الفارغة في أي من الجانبين.</translation>
    </message>
</context>
<context>
    <name>WrongGovernorate</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="158"/>
        <source>Not in its recorded governorate</source>
        <translation>ليس في محافظته المسجلة</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="185"/>
        <source>Hazard {hazard} is recorded in {recorded} but lies in {located}.</source>
        <translation>المنطقة الخطرة {hazard} مسجلة في {recorded} لكنها تقع في {located}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="161"/>
        <source>The governorate recorded in GOVERNORATE_FIELD is not the boundary polygon that holds (most of) the hazard. A recorded name matches a boundary when it equals any of its text attributes (English, Arabic or Sorani name, code), as people write it: case, Arabic letter forms and the governorate alias list are taken into account. The value is the percentage of the hazard inside the recorded governorate. Hazards entirely outside all boundaries and hazards without a recorded governorate are not checked here.</source>
        <translation>المحافظة المسجلة في GOVERNORATE_FIELD ليست مضلع الحدود الذي يضم (معظم) المنطقة الخطرة. يطابق الاسم المسجل حدا إذا ساوى أيا من سماته النصية (الاسم بالإنجليزية أو العربية أو الكردية، الرمز)، كما يكتبه الناس: تراعى حالة الأحرف وأشكال الحروف العربية وقائمة الأسماء البديلة للمحافظات. القيمة هي نسبة المنطقة الخطرة الواقعة داخل المحافظة المسجلة. لا تفحص هنا المناطق الخطرة الواقعة كليا خارج كل الحدود ولا المناطق الخطرة التي بلا محافظة مسجلة.</translation>
    </message>
</context>
</TS>
