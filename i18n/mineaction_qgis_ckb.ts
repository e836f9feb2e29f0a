<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb">
<context>
    <name>AlgorithmProcess</name>
    <message>
        <location filename="../mineaction_qgis/ui/background.py" line="247"/>
        <source>The worker process could not be started ({python}).</source>
        <translation>پرۆسەی کارکردن لە پشتەوە دەست پێ نەکرا ({python}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/background.py" line="259"/>
        <source>The worker process stopped unexpectedly (exit code {code}). {details}</source>
        <translation>پرۆسەی کارکردن لە پشتەوە چاوەڕواننەکراو وەستا (کۆدی دەرچوون {code}). {details}</translation>
    </message>
</context>
<context>
    <name>AlgorithmWorker</name>
    <message>
        <location filename="../mineaction_qgis/worker.py" line="111"/>
        <source>The run failed without a message.</source>
        <translation>جێبەجێکردنەکە بێ پەیام سەرنەکەوت.</translation>
    </message>
</context>
<context>
    <name>AreaMismatch</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/areas.py" line="17"/>
        <source>Reported area differs from the polygon</source>
        <translation>ڕووبەری ڕاپۆرتکراو جیاوازە لە ڕووبەری فرەگۆشەکە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/areas.py" line="20"/>
        <source>The area in AREA_FIELD differs from the polygon's area on the WGS 84 ellipsoid by more than AREA_TOLERANCE percent (10 % by default) of the polygon's area, or is not a number. Often hectares or km² typed as m², or a polygon that was redrawn. The value is the difference in percent (reported minus computed, relative to computed). Empty areas are not checked.</source>
        <translation>ڕووبەری ناو AREA_FIELD زیاتر لە AREA_TOLERANCE لەسەدی ڕووبەری فرەگۆشەکە (بە شێوەی بنەڕەتی 10 %) جیاوازە لە ڕووبەری فرەگۆشەکە لەسەر ئێلیپسۆیدی WGS 84، یان ژمارە نییە. زۆرجار هێکتار یان km² وەک m² نووسراوە، یان فرەگۆشەکە دووبارە کێشراوەتەوە. بەهاکە جیاوازییەکەیە بە لەسەد (ڕاپۆرتکراو کەم ژمێردراو، بەراورد بە ژمێردراو). ڕووبەری بەتاڵ ناپشکنرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/areas.py" line="36"/>
        <source>Hazard {hazard}: {field} &apos;{value}&apos; is not a number.</source>
        <translation>ناوچەی مەترسیداری {hazard}: {field} '{value}' ژمارە نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/areas.py" line="46"/>
        <source>Hazard {hazard}: reported area {reported} m² differs from the polygon's {computed} m² by {percent} %.</source>
        <translation>ناوچەی مەترسیداری {hazard}: ڕووبەری ڕاپۆرتکراو {reported} m² بە ڕێژەی {percent} % جیاوازە لە ڕووبەری فرەگۆشەکە کە {computed} m²ـە.</translation>
    </message>
</context>
<context>
    <name>Article7</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/article7.py" line="95"/>
        <source>(no governorate)</source>
        <translation>(بێ پارێزگا)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/article7.py" line="121"/>
        <source>Total</source>
        <translation>کۆی گشتی</translation>
    </message>
</context>
<context>
    <name>AtlasAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="89"/>
        <source>Print hazard atlas</source>
        <translation>چاپکردنی ئەتڵەسی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="125"/>
        <source>Hazards or tasks</source>
        <translation>ناوچە مەترسیدارەکان یان ئەرکەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="126"/>
        <source>Turning points (default: the points layer beside the coverage)</source>
        <translation>خاڵەکانی وەرچەرخان (بنەڕەت: چینی خاڵەکان لە تەنیشت چینی داپۆشین)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="134"/>
        <source>Released land (activities)</source>
        <translation>زەویی گەڕێنراوە (چالاکییەکان)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="139"/>
        <source>Remaining contamination (gaps)</source>
        <translation>ناوچەی مەترسیداری ماوە (کەلێنەکان)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="144"/>
        <source>Only features matching</source>
        <translation>تەنها ئەو تەنانەی لەگەڵ ئەم دەربڕینە دەگونجێن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="149"/>
        <source>Sort pages by (default: the ID)</source>
        <translation>ڕیزکردنی لاپەڕەکان بەپێی (بنەڕەت: ناسنامە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="162"/>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="170"/>
        <source>Title</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="171"/>
        <source>Resolution (dpi)</source>
        <translation>ڕوونی (dpi)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="176"/>
        <source>Governorates (default: the governorates layer beside the coverage)</source>
        <translation>پارێزگاکان (بنەڕەت: چینی پارێزگاکان لە تەنیشت چینی داپۆشین)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="184"/>
        <source>Atlas PDF</source>
        <translation>فایلی PDFی ئەتڵەس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="184"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایلەکانی PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="187"/>
        <source>Folder for one PDF per feature</source>
        <translation>فۆڵدەر بۆ یەک PDF بۆ هەر تەنێک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="247"/>
        <source>Pages</source>
        <translation>لاپەڕەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="283"/>
        <source>The coverage layer could not be read.</source>
        <translation>چینی داپۆشین نەخوێندرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="293"/>
        <source>No points layer: the tables list the polygons&apos; vertices.</source>
        <translation>چینی خاڵەکان نییە: خشتەکان لووتکەکانی فرەگۆشەکان لیست دەکەن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="295"/>
        <source>Preparing the pages</source>
        <translation>ئامادەکردنی لاپەڕەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="298"/>
        <source>No translation file for language {language}: the page texts stay in English.</source>
        <translation>فایلی وەرگێڕان بۆ زمانی {language} نییە: دەقەکانی لاپەڕەکان بە ئینگلیزی دەمێننەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="341"/>
        <source>Fonts not installed: {fonts}. Install fonts-noto-core (Debian/Ubuntu) or the Noto fonts; until then other fonts are used and some letters may show as boxes.</source>
        <translation>ئەم فۆنتانە دانەمەزراون: {fonts}. fonts-noto-core (Debian/Ubuntu) یان فۆنتەکانی Noto دابمەزرێنە؛ تا ئەو کاتە فۆنتی تر بەکاردێن و لەوانەیە هەندێک پیت وەک چوارگۆشە دەربکەون.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="351"/>
        <source>Writing {pages} pages</source>
        <translation>نووسینی {pages} لاپەڕە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="364"/>
        <source>{count} PDF files written to {folder}</source>
        <translation>{count} فایلی PDF لە {folder} نووسران</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="157"/>
        <source>Layout template (.qpt file or bundled name)</source>
        <translation>قاڵبی نەخشەبەندی (فایلی .qpt یان ناوی قاڵبێکی هاوپێچکراو)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="357"/>
        <source>Cancelled: the incomplete PDF was removed.</source>
        <translation>وەستێنرا: فایلە PDFە ناتەواوەکە سڕایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="204"/>
        <source>Add an MGRS column to the table</source>
        <translation>زیادکردنی ستوونی MGRS بۆ خشتەکە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="207"/>
        <source>GPS waypoints and routes (GPX)</source>
        <translation>خاڵی ڕێگا و ڕێڕەوەکانی GPS (GPX)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="207"/>
        <source>GPX files (*.gpx)</source>
        <translation>فایلەکانی GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="216"/>
        <source>Folder for one GPX per feature</source>
        <translation>بوخچە بۆ فایلێکی GPX بۆ هەر توخمێک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="248"/>
        <source>GPX waypoints</source>
        <translation>خاڵەکانی ڕێگا لە GPX</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="338"/>
        <source>Feature {id}: {note}</source>
        <translation>توخمی {id}: {note}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="382"/>
        <source>{count} waypoints written to {path}</source>
        <translation>{count} خاڵی ڕێگا نووسران لە {path}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="390"/>
        <source>{count} GPX files written to {folder}</source>
        <translation>{count} فایلی GPX نووسران لە {folder}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="221"/>
        <source>Explosive items (default: the items layer beside the coverage)</source>
        <translation>تەقەمەنییەکان (بنەڕەت: چینی items لە تەنیشت چینی داپۆشین)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="221"/>
        <source>Spot tasks (default: the spot_tasks layer beside the coverage)</source>
        <translation>ئەرکە خاڵییەکان (بنەڕەت: چینی spot_tasks لە تەنیشت چینی داپۆشین)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="221"/>
        <source>Accidents (default: the accidents layer beside the coverage)</source>
        <translation>ڕووداوەکان (بنەڕەت: چینی accidents لە تەنیشت چینی داپۆشین)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="221"/>
        <source>Victim counts (default: the victims layer beside the coverage)</source>
        <translation>ژمارەی قوربانییان (بنەڕەت: چینی victims لە تەنیشت چینی داپۆشین)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="221"/>
        <source>Communities (default: the locations layer beside the coverage)</source>
        <translation>کۆمەڵگەکان (بنەڕەت: چینی locations لە تەنیشت چینی داپۆشین)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="233"/>
        <source>Add a page per community listing its hazards</source>
        <translation>زیادکردنی لاپەڕەیەک بۆ هەر کۆمەڵگەیەک کە ناوچە مەترسیدارەکانی لیست دەکات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="192"/>
        <source>Contact named in the warning (default: the profile&apos;s, else DMA or IKMAA)</source>
        <translation>لایەنی پەیوەندی لە ئاگادارکردنەوەکەدا (بنەڕەت: ئەوەی پرۆفایلەکە، ئەگەرنا DMA یان IKMAA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="199"/>
        <source>Mapping profile naming the contact (name or JSON path)</source>
        <translation>پرۆفایلی نەخشەکێشان کە لایەنی پەیوەندی دیاری دەکات (ناو یان ڕێڕەوی JSON)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="92"/>
        <source>Prints a map book into PDF: one page per hazard or task with its title, a map in land-release symbology (with releases and remaining gaps when given), an overview map of its governorate, legend, scale bar, north arrow, coordinate grid, the table of turning points with benchmark and reference point (DMS, decimal degrees, UTM, bearing and distance from the previous point) and its attributes. Pages in Arabic and Sorani are mirrored for right-to-left reading.

The table lists every point in survey order: reference point, landmarks and benchmark, then each polygon&apos;s points from its start point; a table longer than the page continues on sheets of the same hazard. Eastings and northings are in the hazard&apos;s own UTM zone; bearings are true and magnetic (declination from the World Magnetic Model for the print date). MGRS adds an MGRS column. CONTACT names whom the warning tells the reader to contact; without it the mapping profile&apos;s atlas contact (PROFILE, in the page language), else DMA or IKMAA. OUTPUT_GPX writes the points as waypoints and each polygon as a closed route for a handheld GPS; OUTPUT_GPX_FOLDER one GPX per hazard.

POINTS defaults to the points layer in the same GeoPackage as the coverage; without one the table lists the polygon&apos;s vertices. A feature without geometry or with an invalid geometry gets a page that says so. TEMPLATE is a .qpt layout template or a bundled one: a4_landscape (the default), a4_portrait, a3_landscape. OUTPUT_FOLDER also writes one PDF per feature, named by its ID.

A hazard&apos;s page also shows the explosive items found in it and the accidents recorded in it or within 1 000 m of it (ITEMS, SPOT_TASKS, ACCIDENTS and VICTIMS default to the register&apos;s layers beside the coverage): a line of its attribute block counts what was found, the map draws the spot tasks and accidents, and the list follows the turning points on sheets of its own. Casualties are counts of the victims table; no personal data is printed. COMMUNITY_PAGES adds, after the hazards, a page per community (the hazards&apos; location_id, named from LOCATIONS) with a map and the table of its hazards.</source>
        <translation>کتێبێکی نەخشە بە PDF چاپ دەکات: لاپەڕەیەک بۆ هەر ناوچەیەکی مەترسیدار یان ئەرکێک لەگەڵ ناونیشانەکەی، نەخشەیەک بە هێماکانی گەڕاندنەوەی زەوی (لەگەڵ گەڕاندنەوەکان و بۆشاییە ماوەکان ئەگەر درابن)، نەخشەیەکی گشتیی پارێزگاکەی، ڕێبەری نەخشە، پێوەری نەخشە، تیری باکوور، تۆڕی پۆتانەکان، خشتەی خاڵەکانی وەرچەرخان لەگەڵ نیشانەی جێگیر و خاڵی ئاماژە (DMS، پلەی دەیی، UTM، ئاراستە و دووری لە خاڵی پێشوو) و تایبەتمەندییەکانی. لاپەڕەکانی عەرەبی و کوردیی سۆرانی بۆ خوێندنەوە لە ڕاستەوە بۆ چەپ هەڵدەگەڕێنرێنەوە.

خشتەکە هەموو خاڵێک بە ڕیزبەندیی ڕووپێوی دەنووسێت: خاڵی ئاماژە، نیشانە دیارەکان و نیشانەی جێگیر، پاشان خاڵەکانی هەر فرەگۆشەیەک لە خاڵی دەستپێکەوە؛ خشتەیەک کە لە لاپەڕەکە درێژتر بێت لەسەر پەڕەی تری هەمان ناوچەی مەترسیدار بەردەوام دەبێت. ڕۆژهەڵات و باکوور لە زۆنی UTMی تایبەتی هەر ناوچەیەکی مەترسیدارن؛ ئاراستەکان ڕاستەقینە و موگناتیسین (لادانی موگناتیسی لە مۆدێلی موگناتیسیی جیهانی بۆ بەرواری چاپ). MGRS ستوونێکی MGRS زیاد دەکات. CONTACT ئەو لایەنە دیاری دەکات کە ئاگادارکردنەوەکە داوا لە خوێنەر دەکات پەیوەندیی پێوە بکات؛ بەبێ ئەو لایەنی پەیوەندیی پرۆفایلی نەخشەکێشان (PROFILE، بە زمانی لاپەڕەکە)، ئەگەرنا DMA یان IKMAA. OUTPUT_GPX خاڵەکان وەک خاڵی ڕێگا و هەر فرەگۆشەیەک وەک ڕێڕەوێکی داخراو بۆ ئامێری GPSی دەستی دەنووسێت؛ OUTPUT_GPX_FOLDER فایلێکی GPX بۆ هەر ناوچەیەکی مەترسیدار.

POINTS بە بنەڕەت چینی خاڵەکانە لە هەمان GeoPackageی چینی داپۆشین؛ بەبێ ئەو خشتەکە لووتکەکانی فرەگۆشەکە دەنووسێت. توخمێک کە شێوەی ئەندازەیی نییە یان شێوەکەی نادروستە لاپەڕەیەک وەردەگرێت کە ئەمە دەڵێت. TEMPLATE قاڵبێکی ‎.qpt یان یەکێک لە قاڵبە هاوپێچەکانە: a4_landscape (بنەڕەت)، a4_portrait، a3_landscape. OUTPUT_FOLDER هەروەها فایلێکی PDF بۆ هەر توخمێک دەنووسێت، بە ناسنامەکەی ناونراو.

لاپەڕەی ناوچەیەکی مەترسیدار هەروەها ئەو تەقەمەنییانە پیشان دەدات کە تێیدا دۆزراونەتەوە و ئەو ڕووداوانەی تێیدا یان لە 1 000 م لێیەوە تۆمارکراون (ITEMS و SPOT_TASKS و ACCIDENTS و VICTIMS بە بنەڕەت چینەکانی تۆمارن لە تەنیشت چینی داپۆشین): دێڕێکی بلۆکی تایبەتمەندییەکان ژمارەی ئەوەی دۆزراوەتەوە دەڵێت، نەخشەکە ئەرکە خاڵییەکان و ڕووداوەکان دەکێشێت، و لیستەکە دوای خاڵە وەرچەرخانەکان لەسەر پەڕەی تایبەت بە خۆی دێت. قوربانییەکان ژمارەن لە خشتەی قوربانییان؛ هیچ داتایەکی کەسی چاپ ناکرێت. COMMUNITY_PAGES دوای ناوچە مەترسیدارەکان لاپەڕەیەک بۆ هەر کۆمەڵگەیەک زیاد دەکات (location_id ی ناوچە مەترسیدارەکان، بە ناو لە LOCATIONS) لەگەڵ نەخشەیەک و خشتەی ناوچە مەترسیدارەکانی.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="238"/>
        <source>Project file keeping the layout for the layout designer</source>
        <translation>فایلی پرۆژە کە نەخشەبەندییەکە بۆ دیزاینەری نەخشەبەندی دەپارێزێت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/atlas.py" line="238"/>
        <source>QGIS projects (*.qgz)</source>
        <translation>پرۆژەکانی QGIS (*.qgz)</translation>
    </message>
</context>
<context>
    <name>AtlasBuilder</name>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="64"/>
        <source>Classification</source>
        <translation>پۆلێنکردن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="65"/>
        <source>CHA (confirmed hazardous area)</source>
        <translation>ناوچەی مەترسیداری پشتڕاستکراوە (CHA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="66"/>
        <source>SHA (suspected hazardous area)</source>
        <translation>ناوچەی مەترسیداری گومانلێکراو (SHA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="67"/>
        <source>Other classification</source>
        <translation>پۆلێنکردنی تر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="68"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="69"/>
        <source>Open</source>
        <translation>کراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="70"/>
        <source>Worked On</source>
        <translation>لەژێر کاردایە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="71"/>
        <source>Closed</source>
        <translation>داخراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="72"/>
        <source>Handed Over</source>
        <translation>ڕادەستکراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="73"/>
        <source>Unknown status</source>
        <translation>دۆخی نەزانراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="74"/>
        <source>Cleared</source>
        <translation>پاککراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="75"/>
        <source>Reduced</source>
        <translation>کەمکراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="76"/>
        <source>Cancelled</source>
        <translation>هەڵوەشێنراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="77"/>
        <source>No land released</source>
        <translation>هیچ زەوییەک نەگەڕێنراوەتەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="78"/>
        <source>Planned or active task</source>
        <translation>ئەرکی پلاندانراو یان چالاک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="79"/>
        <source>Completed task</source>
        <translation>ئەرکی تەواوکراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="80"/>
        <source>Cancelled task</source>
        <translation>ئەرکی هەڵوەشێنراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="81"/>
        <source>Turning point</source>
        <translation>خاڵی وەرچەرخان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="82"/>
        <source>Start point</source>
        <translation>خاڵی دەستپێک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="83"/>
        <source>Benchmark</source>
        <translation>نیشانەی جێگیر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="84"/>
        <source>Reference point</source>
        <translation>خاڵی ئاماژە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="85"/>
        <source>Landmark</source>
        <translation>نیشانەی دیار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="86"/>
        <source>Evidence or usage point</source>
        <translation>خاڵی بەڵگە یان بەکارهێنان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/styles.py" line="87"/>
        <source>Other point</source>
        <translation>خاڵی تر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="349"/>
        <source>No.</source>
        <translation>ژ.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="351"/>
        <source>Type</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="352"/>
        <source>Latitude (DMS)</source>
        <translation>پانی (DMS)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="353"/>
        <source>Longitude (DMS)</source>
        <translation>درێژی (DMS)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="354"/>
        <source>Latitude (°)</source>
        <translation>پانی (°)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="355"/>
        <source>Longitude (°)</source>
        <translation>درێژی (°)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="356"/>
        <source>Easting (m)</source>
        <translation>ڕۆژهەڵاتی (m)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="357"/>
        <source>Northing (m)</source>
        <translation>باکووری (m)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="360"/>
        <source>Distance (m)</source>
        <translation>دووری (m)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="386"/>
        <source>Cannot read the layout template {path}: {error}</source>
        <translation>ناتوانرێت قاڵبی نەخشەبەندیی {path} بخوێندرێتەوە: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="391"/>
        <source>The layout template {path} has no map item with the ID main_map.</source>
        <translation>قاڵبی نەخشەبەندیی {path} هیچ بڕگەیەکی نەخشەی بە ناسنامەی main_map تێدا نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="914"/>
        <source>Atlas</source>
        <translation>ئەتڵەس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="418"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="456"/>
        <source>Legend</source>
        <translation>ڕێنمای نەخشە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="491"/>
        <source>No points recorded.</source>
        <translation>هیچ خاڵێک تۆمار نەکراوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="591"/>
        <source>Turning points, benchmark and reference point</source>
        <translation>خاڵەکانی وەرچەرخان، نیشانەی جێگیر و خاڵی ئاماژە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="635"/>
        <source>Printed {date} · Page {page} of {pages} · Data source: {source}</source>
        <translation>بەرواری چاپ: {date} · لاپەڕە {page} لە {pages} · سەرچاوەی داتا: {source}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="637"/>
        <source>national mine action database</source>
        <translation>بنکەی داتای نیشتمانیی کاروباری مین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="1066"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>نەتوانرا PDFەکە لە {path} بنووسرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="1085"/>
        <source>The PDF files could not be written to {path}.</source>
        <translation>نەتوانرا فایلەکانی PDF لە {path} بنووسرێن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="350"/>
        <source>Point</source>
        <translation>خاڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="358"/>
        <source>True bearing (°)</source>
        <translation>ئاراستەی ڕاستەقینە (°)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="359"/>
        <source>Magnetic bearing (°)</source>
        <translation>ئاراستەی موگناتیسی (°)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="363"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="591"/>
        <source>points {first}–{last} of {count}, continued on the next sheet</source>
        <translation>خاڵەکانی {first}–{last} لە {count}، لە پەڕەی داهاتوو بەردەوامە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="591"/>
        <source>continued: points {first}–{last} of {count}, sheet {sheet} of {sheets} of this hazard</source>
        <translation>بەردەوامی: خاڵەکانی {first}–{last} لە {count}، پەڕەی {sheet} لە {sheets}ی ئەم ناوچە مەترسیدارە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="621"/>
        <source>the national mine action authority (DMA, or IKMAA in the Kurdistan Region)</source>
        <translation>دەسەڵاتی نیشتمانیی کاروباری مین (DMA، یان IKMAA لە هەرێمی کوردستان)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="624"/>
        <source>DANGER: do not enter hazardous areas. Boundaries and points are as recorded on {doi} in the national mine action database; land outside them is not guaranteed free of explosive ordnance. Before entering, contact {contact}.</source>
        <translation>ئاگاداری: مەچنە ناو ناوچە مەترسیدارەکان. سنوور و خاڵەکان وەک لە {doi} لە بنکەدراوەی نیشتمانیی کاروباری مین تۆمارکراون؛ زەویی دەرەوەیان گەرەنتی نییە کە بێ تەقەمەنی بێت. پێش چوونە ژوورەوە پەیوەندی بکە بە {contact}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/layout.py" line="1013"/>
        <source>Cannot read the mapping profile &apos;{profile}&apos;: {error}</source>
        <translation>ناتوانرێت پرۆفایلی نەخشەکێشانی '{profile}' بخوێنرێتەوە: {error}</translation>
    </message>
</context>
<context>
    <name>AtlasCommunities</name>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="74"/>
        <source>Community {name}</source>
        <translation>کۆمەڵگەی {name}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="85"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="86"/>
        <source>District</source>
        <translation>قەزا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="87"/>
        <source>Sub-district</source>
        <translation>ناحیە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="91"/>
        <source>Village</source>
        <translation>گوند</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="92"/>
        <source>Hazards in this book</source>
        <translation>ناوچە مەترسیدارەکان لەم ئەتڵەسەدا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="93"/>
        <source>Calculated area of its hazards</source>
        <translation>ڕووبەری ژمێردراوی ناوچە مەترسیدارەکانی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/communities.py" line="97"/>
        <source>Remaining area of its hazards (recorded)</source>
        <translation>ڕووبەری ماوەی ناوچە مەترسیدارەکانی (تۆمارکراو)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="78"/>
        <source>No.</source>
        <translation>ژ.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="79"/>
        <source>Hazard</source>
        <translation>ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="80"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="81"/>
        <source>Classification</source>
        <translation>پۆلێنکردن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="82"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="83"/>
        <source>Calculated area</source>
        <translation>ڕووبەری ژمێردراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="84"/>
        <source>Remaining area (recorded)</source>
        <translation>ڕووبەری ماوە (تۆمارکراو)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="98"/>
        <source>Hazards of this community: {count}</source>
        <translation>ناوچە مەترسیدارەکانی ئەم کۆمەڵگەیە: {count}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="99"/>
        <source>rows {first}–{last}, continued on the next sheet</source>
        <translation>ڕیزەکانی {first}–{last}، لە پەڕەی داهاتوودا بەردەوامە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="100"/>
        <source>Hazards of this community – continued: rows {first}–{last} of {count}, sheet {sheet} of {sheets}</source>
        <translation>ناوچە مەترسیدارەکانی ئەم کۆمەڵگەیە – بەردەوام: ڕیزەکانی {first}–{last} لە {count}، پەڕەی {sheet} لە {sheets}</translation>
    </message>
</context>
<context>
    <name>AtlasData</name>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="333"/>
        <source>The coverage layer has neither a hazard_id nor a task_id field. Its fields are: {fields}.</source>
        <translation>چینی داپۆشین نە خانەی hazard_idی تێدایە و نە خانەی task_id. خانەکانی ئەمانەن: {fields}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="395"/>
        <source>The filter expression is not valid: {error}</source>
        <translation>دەربڕینی پاڵاوتن دروست نییە: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="409"/>
        <source>The sort expression is not valid: {error}</source>
        <translation>دەربڕینی ڕیزکردن دروست نییە: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="472"/>
        <source>This task has no geometry: there is nothing to map. Check its record.</source>
        <translation>ئەم ئەرکە جیۆمەتریی نییە: هیچ شتێک نییە لەسەر نەخشە نیشان بدرێت. تۆمارەکەی بپشکنە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="475"/>
        <source>This hazard has no geometry: there is nothing to map. Check its record and its turning points.</source>
        <translation>ئەم ناوچە مەترسیدارە جیۆمەتریی نییە: هیچ شتێک نییە لەسەر نەخشە نیشان بدرێت. تۆمارەکەی و خاڵەکانی وەرچەرخانی بپشکنە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="482"/>
        <source>The geometry is invalid ({reason}). It is drawn as recorded: check the turning points.</source>
        <translation>جیۆمەترییەکە نادروستە ({reason}). وەک خۆی تۆمارکراوە کێشراوە: خاڵەکانی وەرچەرخان بپشکنە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="503"/>
        <source>Task type</source>
        <translation>جۆری ئەرک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="518"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="505"/>
        <source>Hazard</source>
        <translation>ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="523"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="526"/>
        <source>Calculated area</source>
        <translation>ڕووبەری ژمێردراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="528"/>
        <source>Operator</source>
        <translation>لایەنی جێبەجێکار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="509"/>
        <source>Start date</source>
        <translation>بەرواری دەستپێک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="510"/>
        <source>End date</source>
        <translation>بەرواری کۆتایی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="514"/>
        <source>Classification</source>
        <translation>پۆلێنکردن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="519"/>
        <source>Contamination</source>
        <translation>جۆری تەقەمەنی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="524"/>
        <source>District</source>
        <translation>قەزا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="525"/>
        <source>Estimated area</source>
        <translation>ڕووبەری خەمڵێنراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="527"/>
        <source>Remaining area</source>
        <translation>ڕووبەری ماوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="529"/>
        <source>Date of information</source>
        <translation>بەرواری زانیاری</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="536"/>
        <source>Task {id}</source>
        <translation>ئەرکی {id}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="539"/>
        <source>Hazard {id}</source>
        <translation>ناوچەی مەترسیداری {id}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1080"/>
        <source>No feature of the coverage matches the filter {expression}.</source>
        <translation>هیچ تەنێکی چینی داپۆشین لەگەڵ پاڵاوتنی {expression} ناگونجێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1084"/>
        <source>The coverage layer has no features: there is nothing to print.</source>
        <translation>چینی داپۆشین هیچ تەنێکی تێدا نییە: هیچ شتێک نییە بۆ چاپکردن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1129"/>
        <source>Governorates</source>
        <translation>پارێزگاکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1165"/>
        <source>Hazards</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1165"/>
        <source>Tasks</source>
        <translation>ئەرکەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1172"/>
        <source>Points</source>
        <translation>خاڵەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1153"/>
        <source>Prepared {count} pages</source>
        <translation>{count} لاپەڕە ئامادەکران</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1156"/>
        <source>(no ID, feature {fid})</source>
        <translation>(بێ ناسنامە، تەنی {fid})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1174"/>
        <source>Evidence</source>
        <translation>بەڵگە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1175"/>
        <source>Location</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1181"/>
        <source>Released land</source>
        <translation>زەویی گەڕێنراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1181"/>
        <source>Remaining contamination</source>
        <translation>ناوچەی مەترسیداری ماوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1292"/>
        <source>The atlas layers could not be written to {path}: {error}</source>
        <translation>نەتوانرا چینەکانی ئەتڵەسەکە لە {path} بنووسرێن: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1298"/>
        <source>The atlas layers could not be read back from {path}.</source>
        <translation>نەتوانرا چینەکانی ئەتڵەسەکە لە {path} بخوێندرێنەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="367"/>
        <source>The coordinates could not be transformed to WGS 84 ({error}). Nothing is drawn: check the record and its CRS.</source>
        <translation>پۆتانەکان نەگۆڕدران بۆ WGS 84 ({error}). هیچ نەکێشرا: تۆمارەکە و سیستەمی پۆتانەکەی بپشکنە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="639"/>
        <source>The coordinates are not longitudes and latitudes ({xmin:.6g}, {ymin:.6g} to {xmax:.6g}, {ymax:.6g}): projected metres stored as degrees, or a wrong value. Nothing is drawn: check the record.</source>
        <translation>پۆتانەکان هێڵی درێژی و پانی نین ({xmin:.6g}، {ymin:.6g} تا {xmax:.6g}، {ymax:.6g}): مەتری پڕۆجێکتکراو کە وەک پلە هەڵگیراون، یان بەهایەکی هەڵە. هیچ نەکێشرا: تۆمارەکە بپشکنە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="668"/>
        <source>Datum WGS 84</source>
        <translation>داتۆم WGS 84</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="670"/>
        <source>UTM zone {zone}</source>
        <translation>زۆنی UTM {zone}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="673"/>
        <source>{degrees}° east</source>
        <translation>{degrees}° ڕۆژهەڵات</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="673"/>
        <source>{degrees}° west</source>
        <translation>{degrees}° ڕۆژئاوا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="678"/>
        <source>magnetic declination {value} on {date} ({model})</source>
        <translation>لادانی موگناتیسی {value} لە {date} ({model})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="684"/>
        <source>magnetic declination unknown (no World Magnetic Model)</source>
        <translation>لادانی موگناتیسی نەزانراوە (مۆدێلی موگناتیسیی جیهانی نییە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="686"/>
        <source>grid convergence {value}°</source>
        <translation>نزیکبوونەوەی تۆڕ {value}°</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="691"/>
        <source>bearings from the previous point, true and magnetic</source>
        <translation>ئاراستەکان لە خاڵی پێشووەوە، ڕاستەقینە و موگناتیسی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="736"/>
        <source>Points not printed, their coordinates are not longitudes and latitudes: {points}.</source>
        <translation>خاڵە چاپنەکراوەکان، پۆتانەکانیان هێڵی درێژی و پانی نین: {points}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1054"/>
        <source>The atlas layer {name} could not be rewritten.</source>
        <translation>چینی ئەتڵەسی {name} دووبارە نەنووسرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1210"/>
        <source>Explosive items found</source>
        <translation>تەقەمەنیی دۆزراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1213"/>
        <source>Accidents</source>
        <translation>ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/data.py" line="1234"/>
        <source>Communities</source>
        <translation>کۆمەڵگەکان</translation>
    </message>
</context>
<context>
    <name>AtlasDialog</name>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="110"/>
        <source>A4 landscape</source>
        <translation>پەڕەی A4ی ئاسۆیی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="111"/>
        <source>A4 portrait</source>
        <translation>پەڕەی A4ی ستوونی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="112"/>
        <source>A3 landscape</source>
        <translation>پەڕەی A3ی ئاسۆیی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="116"/>
        <source>Other template file…</source>
        <translation>فایلی قاڵبی تر…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="117"/>
        <source>Layout templates (*.qpt)</source>
        <translation>قاڵبەکانی نەخشەبەندی (*.qpt)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="129"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایلەکانی PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="325"/>
        <source>Print</source>
        <translation>چاپکردن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="176"/>
        <source>Choose the hazards or tasks layer to print.</source>
        <translation>چینی ناوچە مەترسیدارەکان یان ئەرکەکان بۆ چاپکردن هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="179"/>
        <source>No feature of {layer} is selected.</source>
        <translation>هیچ تەنێکی {layer} هەڵنەبژێردراوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="182"/>
        <source>Choose the PDF file to write.</source>
        <translation>ئەو فایلە PDFەی دەنووسرێت هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="189"/>
        <source>Choose the template file (.qpt).</source>
        <translation>فایلی قاڵب (.qpt) هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="303"/>
        <source>Printing…</source>
        <translation>چاپکردن…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="376"/>
        <source>Atlas of {layer}</source>
        <translation>ئەتڵەسی {layer}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="9"/>
        <source>Print atlas</source>
        <translation>چاپکردنی ئەتڵەس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="16"/>
        <source>Hazards or tasks</source>
        <translation>ناوچە مەترسیدارەکان یان ئەرکەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="24"/>
        <source>Selected features only</source>
        <translation>تەنها تەنە هەڵبژێردراوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="29"/>
        <source>Released land</source>
        <translation>زەویی گەڕێنراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="37"/>
        <source>Remaining contamination</source>
        <translation>ناوچەی مەترسیداری ماوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="45"/>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="53"/>
        <source>Template</source>
        <translation>قاڵب</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="64"/>
        <source>Title</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="72"/>
        <source>PDF file</source>
        <translation>فایلی PDF</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="80"/>
        <source>Also add the layout to the project (to adjust it in the layout designer)</source>
        <translation>زیادکردنی نەخشەبەندییەکە بۆ پرۆژەکەش (بۆ ڕێکخستنی لە دیزاینەری نەخشەبەندی)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="317"/>
        <source>Cancelled: no PDF was written.</source>
        <translation>وەستێنرا: هیچ فایلێکی PDF نەنووسرا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="326"/>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="326"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.py" line="363"/>
        <source>Cancelling…</source>
        <translation>وەستاندن…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/atlas_dialog.ui" line="86"/>
        <source>Add a page per community listing its hazards</source>
        <translation>زیادکردنی لاپەڕەیەک بۆ هەر کۆمەڵگەیەک کە ناوچە مەترسیدارەکانی لیست دەکات</translation>
    </message>
</context>
<context>
    <name>AtlasGpx</name>
    <message>
        <location filename="../mineaction_qgis/core/atlas/gpx.py" line="28"/>
        <source>GPX needs GDAL&apos;s Python bindings (osgeo), which this QGIS installation lacks: {error}</source>
        <translation>GPX پێویستی بە بەستەری Pythonی GDAL (osgeo) هەیە، کە ئەم دامەزراندنەی QGIS نییەتی: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/gpx.py" line="94"/>
        <source>The GPX file {path} could not be written: {error}</source>
        <translation>فایلی GPX ‏{path} نەنووسرا: {error}</translation>
    </message>
</context>
<context>
    <name>AtlasRecords</name>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="62"/>
        <source>No.</source>
        <translation>ژ.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="63"/>
        <source>Record</source>
        <translation>تۆمار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="64"/>
        <source>ID</source>
        <translation>ناسنامە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="65"/>
        <source>Date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="66"/>
        <source>Category or accident type</source>
        <translation>پۆل یان جۆری ڕووداو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="67"/>
        <source>Quantity</source>
        <translation>ژمارە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="68"/>
        <source>Action</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="69"/>
        <source>Distance from the hazard (m)</source>
        <translation>دووری لە ناوچە مەترسیدارەکە (م)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="70"/>
        <source>Killed</source>
        <translation>کوژراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="71"/>
        <source>Injured</source>
        <translation>بریندار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="90"/>
        <source>Explosive items found in this hazard and accidents within {distance} m of it – rows {first}–{last} of {count}, sheet {sheet} of {sheets} of this hazard</source>
        <translation>ئەو تەقەمەنییانەی لەم ناوچە مەترسیدارە دۆزرانەوە و ڕووداوەکان لە {distance} م لێیەوە – ڕیزەکانی {first}–{last} لە {count}، پەڕەی {sheet} لە {sheets}ی ئەم ناوچە مەترسیدارە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/extra_sheets.py" line="95"/>
        <source>Casualties are counts of the victims table; no personal data is printed.</source>
        <translation>قوربانییەکان ژمارەن لە خشتەی قوربانییان؛ هیچ داتایەکی کەسی چاپ ناکرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/items_accidents.py" line="332"/>
        <source>Explosive item</source>
        <translation>تەقەمەنی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/items_accidents.py" line="333"/>
        <source>Accident</source>
        <translation>ڕووداو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/items_accidents.py" line="348"/>
        <source>None recorded</source>
        <translation>هیچ تۆمار نەکراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/items_accidents.py" line="344"/>
        <source>{items} items, {accidents} accidents</source>
        <translation>{items} تەقەمەنی، {accidents} ڕووداو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/items_accidents.py" line="349"/>
        <source>Items and accidents</source>
        <translation>تەقەمەنی و ڕووداو</translation>
    </message>
</context>
<context>
    <name>ClearanceGapsAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="371"/>
        <source>Clearance gaps (remaining contaminated land)</source>
        <translation>کەلێنەکانی پاککردنەوە (زەویی مەترسیداری ماوە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="593"/>
        <source>Hazards</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="408"/>
        <source>Releases (cancelled, reduced and cleared land)</source>
        <translation>فرەگۆشەکانی گەڕاندنەوە (زەویی هەڵوەشێنراوە، کەمکراوە و پاککراوە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Hazard ID field</source>
        <translation>خانەی ناسنامەی ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Hazard ID field in releases (link)</source>
        <translation>خانەی ناسنامەی ناوچەی مەترسیدار لە فرەگۆشەکانی گەڕاندنەوەدا (بەستنەوە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Release type field</source>
        <translation>خانەی جۆری گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Hazard status field</source>
        <translation>خانەی دۆخی ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Reported remaining area field (m²)</source>
        <translation>خانەی ڕووبەری ماوەی ڕاپۆرتکراو (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Governorate field of hazards</source>
        <translation>خانەی پارێزگای ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Activity ID field</source>
        <translation>خانەی ناسنامەی چالاکی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Organisation field of releases</source>
        <translation>خانەی لایەنی جێبەجێکاری فرەگۆشەکانی گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>End date field of releases</source>
        <translation>خانەی بەرواری کۆتاییی فرەگۆشەکانی گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="479"/>
        <source>Tolerance for reported vs computed remaining area (m²)</source>
        <translation>ڕێژەی ڕێپێدراو بۆ جیاوازیی ڕووبەری ماوەی ڕاپۆرتکراو و ژمێردراو (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="487"/>
        <source>Ignore remaining and outside parts smaller than (m²)</source>
        <translation>پشتگوێخستنی بەشە ماوە و دەرەکییەکانی بچووکتر لە (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="496"/>
        <source>Check and repair invalid geometries first</source>
        <translation>سەرەتا پشکنین و چاککردنی جیۆمەتریی نادروست</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="501"/>
        <source>Remaining land</source>
        <translation>زەویی ماوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="506"/>
        <source>Releases outside their hazard</source>
        <translation>فرەگۆشەکانی گەڕاندنەوەی دەرەوەی ناوچە مەترسیدارەکەیان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="506"/>
        <source>Land release summary</source>
        <translation>پوختەی گەڕاندنەوەی زەوی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="521"/>
        <source>Progress report (HTML)</source>
        <translation>ڕاپۆرتی پێشکەوتنی کار (HTML)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="521"/>
        <source>HTML files (*.html)</source>
        <translation>فایلەکانی HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total hazard area (m²)</source>
        <translation>کۆی ڕووبەری ناوچە مەترسیدارەکان (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total released area (m²)</source>
        <translation>کۆی ڕووبەری گەڕێنراوە (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total cancelled area (m²)</source>
        <translation>کۆی ڕووبەری هەڵوەشێنراوە (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total reduced area (m²)</source>
        <translation>کۆی ڕووبەری کەمکراوە (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total cleared area (m²)</source>
        <translation>کۆی ڕووبەری پاککراوە (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Total remaining area (m²)</source>
        <translation>کۆی ڕووبەری ماوە (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Hazards with land left</source>
        <translation>ئەو ناوچە مەترسیدارانەی زەوییان تێدا ماوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Hazards flagged</source>
        <translation>ناوچە مەترسیدارە نیشانکراوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="569"/>
        <source>Field &apos;{field}&apos; is not in the layer; it is ignored.</source>
        <translation>خانەی '{field}' لە چینەکەدا نییە؛ پشتگوێ دەخرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="588"/>
        <source>The hazards and releases layers are required.</source>
        <translation>چینی ناوچە مەترسیدارەکان و چینی فرەگۆشەکانی گەڕاندنەوە پێویستن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="637"/>
        <source>Releases</source>
        <translation>فرەگۆشەکانی گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="629"/>
        <source>Reading hazards and releases…</source>
        <translation>خوێندنەوەی ناوچە مەترسیدارەکان و فرەگۆشەکانی گەڕاندنەوە…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="661"/>
        <source>Computing remaining land…</source>
        <translation>ژماردنی زەویی ماوە…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="821"/>
        <source>{count} hazards are flagged (Closed with land left, remaining area different from the reported one, invalid geometry or failed computation): see the fields and the note of the remaining land layer.</source>
        <translation>{count} ناوچەی مەترسیدار نیشانکراون (داخراو بەڵام زەویی تێدا ماوە، ڕووبەری ماوە جیاوازە لە ڕووبەری ڕاپۆرتکراو، جیۆمەتریی نادروست یان ژماردنی سەرنەکەوتوو): سەیری خانەکان و تێبینیی چینی زەویی ماوە بکە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="843"/>
        <source>{hazards} hazards: {released} km² released, {remaining} km² remaining in {left} hazards.</source>
        <translation>{hazards} ناوچەی مەترسیدار: {released} km² گەڕێنراوەتەوە، {remaining} km² لە {left} ناوچەی مەترسیداردا ماوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="530"/>
        <source>Explosive items (items layer)</source>
        <translation>تەقەمەنییەکان (چینی items)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="530"/>
        <source>Spot tasks (spot_tasks layer)</source>
        <translation>ئەرکە خاڵییەکان (چینی spot_tasks)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="530"/>
        <source>Accidents (accidents layer)</source>
        <translation>ڕووداوەکان (چینی accidents)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="530"/>
        <source>Victim counts (victims layer)</source>
        <translation>ژمارەی قوربانییان (چینی victims)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="540"/>
        <source>Items, spot tasks and accidents summary</source>
        <translation>پوختەی تەقەمەنی، ئەرکە خاڵییەکان و ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Classification field of hazards (SHA / CHA)</source>
        <translation>خانەی پۆلێنی ناوچە مەترسیدارەکان (SHA / CHA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Contamination type field of hazards</source>
        <translation>خانەی جۆری تەقەمەنیی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Start date field of releases</source>
        <translation>خانەی بەرواری دەستپێکی گەڕاندنەوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="461"/>
        <source>Where releases overlap, the land goes to</source>
        <translation>لە شوێنی یەکتربڕینی گەڕاندنەوەکان زەوییەکە دەدرێت بە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="461"/>
        <source>the earliest release (IMAS 07.11)</source>
        <translation>کۆنترین گەڕاندنەوە (IMAS 07.11)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="461"/>
        <source>the strongest type: cleared &gt; reduced &gt; cancelled (before 0.2)</source>
        <translation>بەهێزترین جۆر: پاککراوە &gt; کەمکراوە &gt; هەڵوەشێنراوە (پێش 0.2)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="472"/>
        <source>Mapping profile for status and contamination code lists (name or JSON path)</source>
        <translation>پرۆفایلی نەخشەکێشان بۆ لیستی کۆدەکانی دۆخ و جۆری تەقەمەنی (ناو یان ڕێڕەوی JSON)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="506"/>
        <source>Land released twice (re-releases)</source>
        <translation>زەویی دوو جار گەڕێنراوە (گەڕاندنەوەی دووبارە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="506"/>
        <source>Land release by classification and contamination</source>
        <translation>گەڕاندنەوەی زەوی بەپێی پۆلێن و جۆری تەقەمەنی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="521"/>
        <source>Article 7 table, APMBC (CSV)</source>
        <translation>خشتەی ماددەی 7، APMBC (CSV)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="521"/>
        <source>CSV files (*.csv)</source>
        <translation>فایلەکانی CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="521"/>
        <source>Article 7 table, CCM (CSV)</source>
        <translation>خشتەی ماددەی 7، CCM (CSV)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Area the per-hazard sum would have counted twice (m²)</source>
        <translation>ئەو ڕووبەرەی کۆکردنەوەی ڕیزەکانی ناوچە مەترسیدارەکان دوو جار دەیژمارد (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="549"/>
        <source>Area claimed by later releases (m²)</source>
        <translation>ئەو ڕووبەرەی گەڕاندنەوە دواترەکان داوای دەکەن (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="578"/>
        <source>Cannot read the mapping profile &apos;{profile}&apos;: {error}</source>
        <translation>ناتوانرێت پرۆفایلی نەخشەکێشانی '{profile}' بخوێنرێتەوە: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="829"/>
        <source>{count} releases claim {area} m² that earlier releases already hold; they are credited once. See the re-releases layer.</source>
        <translation>{count} گەڕاندنەوە داوای {area} m² دەکەن کە گەڕاندنەوەی کۆنتر هەیانە؛ تەنها یەک جار دەژمێردرێن. چینی گەڕاندنەوەی دووبارە ببینە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="837"/>
        <source>{count} hazards overlap other hazards: summing the hazard rows would count {area} m² twice; the totals count it once.</source>
        <translation>{count} ناوچەی مەترسیدار لەگەڵ ناوچەی مەترسیداری تر یەک دەبڕن: کۆکردنەوەی ڕیزەکانیان {area} m² دوو جار دەژمارد؛ کۆکان تەنها یەک جار دەیژمێرن.</translation>
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
        <translation>بۆ هەر ناوچەیەکی مەترسیدار ئەو زەوییە دەژمێرێت کە هێشتا دەبێت بگەڕێنرێتەوە: فرەگۆشەی ناوچە مەترسیدارەکە کەم یەکگرتنی فرەگۆشە هەڵوەشێنراوە و کەمکراوە و پاککراوەکانی. جۆری گەڕاندنەوە ئەوەیە کە فرەگۆشەکە گەڕاندوویەتەوە، هەرگیز جۆری چالاکییەکە نییە. زەوی تەنها یەک جار دەگەڕێنرێتەوە: لە شوێنی یەکتربڕینی گەڕاندنەوەکان کۆنترینیان (بە بەرواری کۆتایی، پاشان بەرواری دەستپێک) زەوییەکە دەهێڵێتەوە و گەڕاندنەوەیەکی دواتر لەسەری دۆزینەوەی «گەڕاندنەوەی دووبارە»یە، نەک پشکێکی دووەم؛ تەنها گەڕاندنەوە بێ بەروار یان هاوڕۆژەکان دەگەڕێنەوە بۆ ڕیزبەندیی پاککراوە &gt; کەمکراوە &gt; هەڵوەشێنراوە. پارامیتەری پێشەنگی یاسا کۆنەکە (سەرەتا جۆر) بۆ ئەوانەی پێویستیانە دەهێڵێتەوە. گەڕاندنەوە بە خانەی بەستنەوە بە ناوچە مەترسیدارەکەیەوە دەبەسترێتەوە؛ ئەگەر بەتاڵ یان نەناسراو بوو، بەو ناوچە مەترسیدارانەی یەکیان دەبڕێت. ڕووبەرەکان بە مەتری دووجان لەسەر ئێلیپسۆیدی WGS 84 هەرچی سیستەمی هاوئاهەنگیی چینەکان بێت، و هەموو کۆیەک هەر مەترێکی دووجا تەنها یەک جار دەژمێرێت، تەنانەت لە شوێنی یەکتربڕینی ناوچە مەترسیدارەکانیش.

فرەگۆشە ماوەکان: یەک تایبەتمەندی بۆ هەر ناوچەیەکی مەترسیدار کە هێشتا زەویی بۆ گەڕاندنەوە تێدا ماوە یان نیشانەی لێدراوە (داخراو، تەواوبوو، بەسەرچوو یان ڕادەستکراو و زەویی تێدا ماوە، ڕووبەری ماوە جیاواز لە ڕاپۆرتکراو زیاتر لە ڕێژەی ڕێگەپێدراو، ئەندازەی نادروست، ژماردنی شکستخواردوو).
دۆزینەوەکانی گەڕاندنەوە: بەشەکانی گەڕاندنەوە لە دەرەوەی ناوچە مەترسیدارەکەیان، و ئەو گەڕاندنەوەانەی ئەندازە یان بەرواری خوێندراوە یان جۆری گەڕاندنەوەی ناسراویان نییە.
گەڕاندنەوەی دووبارە: زەوییەک کە گەڕاندنەوەیەکی دواتر داوای دەکات لە کاتێکدا گەڕاندنەوەیەکی کۆنتر هەیەتی.
پوختە: ڕووبەری گەڕێنراوە و ماوە بەپێی پارێزگا، لایەن، جۆری گەڕاندنەوە و ساڵ.
دابەشکردنەکان: بەپێی پارێزگا، پۆلێن (SHA / CHA) و جۆری تەقەمەنی.
ڕاپۆرت: پەڕەیەکی HTML بە هێڵکاری و خشتە بۆ ڕاپۆرتی پێشکەوتنی کار، لەگەڵ خشتەکانی ماددەی 7 (APMBC و CCM)، کە دەتوانرێت وەک CSV-یش پاشەکەوت بکرێن.

چینە ئارەزوومەندانەکانی تۆمار ئەمانە زیاد دەکەن بۆ ڕاپۆرتەکە و بۆ پوختەی تەقەمەنی، ئەرکە خاڵییەکان و ڕووداوەکان: تەقەمەنیی دۆزراوە و لەناوبراو (بەپێی پۆل، پارێزگا، لایەنی جێبەجێکار و ساڵ)، ئەرکە خاڵییەکان، و ڕووداو و قوربانییەکان (بەپێی پارێزگا و ساڵ). قوربانییەکان لە خشتەی کۆکراوەی قوربانییان دەخوێنرێنەوە: بێ زانیاریی کەسی.

ئەو ناوچە مەترسیدارانەی کۆمەڵگەکەیان دیاری دەکەن (LOCATION_ID_FIELD، خانەی location_id ی تۆمار) هەروەها بەپێی کۆمەڵگە کۆ دەکرێنەوە: ڕاپۆرتەکە ئەو کۆمەڵگایانە لیست دەکات کە زۆرترین زەوییان ماوە بۆ گەڕاندنەوە و پوختەی کۆمەڵگەکان هەموویان لیست دەکات (ناوچە مەترسیدارەکان، ناوچە مەترسیدارە دانەخراوەکان، ڕووبەری ناوچە مەترسیدارەکان و گەڕێنراوە و ماوە)، بە ناو لە چینی LOCATIONS (چینی locations ی تۆمار).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="415"/>
        <source>Community (location ID) field of hazards</source>
        <translation>خانەی کۆمەڵگە (ناسنامەی شوێن)ی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="530"/>
        <source>Communities (locations layer)</source>
        <translation>کۆمەڵگەکان (چینی locations)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/clearance_gaps.py" line="540"/>
        <source>Land release by community</source>
        <translation>گەڕاندنەوەی زەوی بەپێی کۆمەڵگە</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="21"/>
        <source>Open</source>
        <translation>کراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="22"/>
        <source>Worked On</source>
        <translation>لەژێر کاردایە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="23"/>
        <source>Closed</source>
        <translation>داخراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="24"/>
        <source>Handed Over</source>
        <translation>ڕادەستکراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="25"/>
        <source>Planned</source>
        <translation>پلاندانراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="26"/>
        <source>Active</source>
        <translation>چالاک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="27"/>
        <source>Completed</source>
        <translation>تەواوکراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="29"/>
        <source>Cancelled task</source>
        <translation>ئەرکی هەڵوەشێنراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="36"/>
        <source>Confirmed hazardous area (CHA)</source>
        <translation>ناوچەی مەترسیداری پشتڕاستکراوە (CHA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="37"/>
        <source>Suspected hazardous area (SHA)</source>
        <translation>ناوچەی مەترسیداری گومانلێکراو (SHA)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="38"/>
        <source>Indication</source>
        <translation>ئاماژەی مەترسی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="39"/>
        <source>Ammunition stockpile</source>
        <translation>کۆگای تەقەمەنی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="40"/>
        <source>EOD spot task</source>
        <translation>ئەرکی خاڵیی EOD</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="47"/>
        <source>Mines</source>
        <translation>مین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="48"/>
        <source>Explosive remnants of war (ERW)</source>
        <translation>پاشماوە تەقەمەنییەکانی جەنگ (ERW)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="89"/>
        <source>Unexploded ordnance (UXO)</source>
        <translation>تەقەمەنیی نەتەقیو (UXO)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="90"/>
        <source>Abandoned explosive ordnance (AXO)</source>
        <translation>تەقەمەنیی بەجێهێڵراو (AXO)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="51"/>
        <source>Improvised explosive devices (IED)</source>
        <translation>بۆمبی دەستکرد (IED)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="52"/>
        <source>Cluster munitions</source>
        <translation>بۆمبی هێشوویی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="53"/>
        <source>Mixed</source>
        <translation>تێکەڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="60"/>
        <source>Cancelled land</source>
        <translation>زەویی هەڵوەشێنراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="61"/>
        <source>Reduced land</source>
        <translation>زەویی کەمکراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="62"/>
        <source>Cleared land</source>
        <translation>زەویی پاککراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="63"/>
        <source>No release</source>
        <translation>بێ گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="70"/>
        <source>Reference point</source>
        <translation>خاڵی ئاماژە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="71"/>
        <source>Landmark</source>
        <translation>نیشانەی دیار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="72"/>
        <source>Benchmark</source>
        <translation>نیشانەی جێگیر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="73"/>
        <source>Start point</source>
        <translation>خاڵی دەستپێک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="74"/>
        <source>Datum point</source>
        <translation>خاڵی بنەڕەت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="75"/>
        <source>Turning point</source>
        <translation>خاڵی وەرچەرخان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="76"/>
        <source>Intermediate point</source>
        <translation>خاڵی نێوەند</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="77"/>
        <source>End point</source>
        <translation>خاڵی کۆتایی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="78"/>
        <source>Usage point</source>
        <translation>خاڵی بەکارهێنان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="79"/>
        <source>Evidence point</source>
        <translation>خاڵی بەڵگە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="86"/>
        <source>Anti-personnel mine</source>
        <translation>مینی دژەکەس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="87"/>
        <source>Anti-vehicle mine</source>
        <translation>مینی دژەئۆتۆمبێل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="88"/>
        <source>Submunition</source>
        <translation>بۆمبۆڵەی هێشوویی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="91"/>
        <source>Improvised explosive device (IED)</source>
        <translation>بۆمبی دەستکرد (IED)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="92"/>
        <source>Small arms ammunition</source>
        <translation>فیشەکی چەکی سووک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="99"/>
        <source>Found</source>
        <translation>دۆزراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="100"/>
        <source>Destroyed in situ</source>
        <translation>لە شوێنی خۆی تێکدرا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/codelist_display.py" line="101"/>
        <source>Removed</source>
        <translation>لابرا</translation>
    </message>
</context>
<context>
    <name>CommunitySummary</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="112"/>
        <source>Land release by community</source>
        <translation>گەڕاندنەوەی زەوی بەپێی کۆمەڵگە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="113"/>
        <source>{communities} communities have hazards; the {shown} with the most land left to release are listed (the community summary output lists them all). A community&apos;s areas are the sums of its hazards&apos; accounts.</source>
        <translation>{communities} کۆمەڵگە ناوچەی مەترسیداریان هەیە؛ ئەو {shown}ەی زۆرترین زەوییان ماوە بۆ گەڕاندنەوە لیست کراون (دەرچووی پوختەی کۆمەڵگەکان هەموویان لیست دەکات). ڕووبەرەکانی کۆمەڵگەیەک کۆی هەژمارەکانی ناوچە مەترسیدارەکانیەتی.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="120"/>
        <source>(no community)</source>
        <translation>(بێ کۆمەڵگە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Community</source>
        <translation>کۆمەڵگە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>District</source>
        <translation>قەزا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Hazards</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Not closed</source>
        <translation>دانەخراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Hazard area (km²)</source>
        <translation>ڕووبەری ناوچە مەترسیدارەکان (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Released (km²)</source>
        <translation>گەڕێنراوە (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/communities.py" line="134"/>
        <source>Remaining (km²)</source>
        <translation>ماوە (km²)</translation>
    </message>
</context>
<context>
    <name>CoordinateParser</name>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="156"/>
        <source>The coordinate is empty.</source>
        <translation>کۆئۆردیناتەکە بەتاڵە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="167"/>
        <source>&apos;{value}&apos; is not an angle in degrees, DDM or DMS.</source>
        <translation>'{value}' گۆشەیەک نییە بە پلە، DDM یان DMS.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="176"/>
        <source>&apos;{value}&apos;: degrees with decimals cannot be followed by minutes.</source>
        <translation>'{value}': نابێت خولەک دوای پلەی دەیی بێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="182"/>
        <source>&apos;{value}&apos;: minutes with decimals cannot be followed by seconds.</source>
        <translation>'{value}': نابێت چرکە دوای خولەکی دەیی بێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="188"/>
        <source>&apos;{value}&apos;: minutes and seconds must be below 60.</source>
        <translation>'{value}': خولەک و چرکە دەبێت لە 60 کەمتر بن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="198"/>
        <source>&apos;{value}&apos; has both a minus sign and a hemisphere letter.</source>
        <translation>'{value}' هەم نیشانەی کەم (سالب) و هەم پیتی نیوەگۆی تێدایە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="226"/>
        <source>&apos;{value}&apos; is a latitude where a longitude was expected.</source>
        <translation>'{value}' هێڵی پانییە، لە کاتێکدا هێڵی درێژی چاوەڕوان دەکرا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="232"/>
        <source>Longitude &apos;{value}&apos; is outside -180..180 degrees.</source>
        <translation>هێڵی درێژیی '{value}' لە مەودای -180..180 پلە بەدەرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="238"/>
        <source>Latitude &apos;{value}&apos; is outside -90..90 degrees.</source>
        <translation>هێڵی پانیی '{value}' لە مەودای -90..90 پلە بەدەرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="288"/>
        <source>&apos;{value}&apos; is not a known coordinate reference system.</source>
        <translation>'{value}' سیستەمێکی ناسراوی کۆئۆردیناتی ئاماژە نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="309"/>
        <source>{x}, {y} cannot be transformed from {crs}: {error}</source>
        <translation>{x}, {y} ناتوانرێت لە {crs}ەوە بگوازرێتەوە: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="368"/>
        <source>Latitude {value} is outside the MGRS/UTM area (80°S to 84°N).</source>
        <translation>هێڵی پانیی {value} لە مەودای MGRS/UTM (80°S تا 84°N) بەدەرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="416"/>
        <source>&apos;{value}&apos; is not an MGRS reference such as 38SMB4412387456.</source>
        <translation>'{value}' ئاماژەیەکی MGRS نییە وەک 38SMB4412387456.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="401"/>
        <source>&apos;{value}&apos;: easting and northing need the same number of digits.</source>
        <translation>'{value}': ڕۆژهەڵاتی (Easting) و باکووری (Northing) دەبێت ژمارەی ڕەقەمەکانیان وەک یەک بێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="408"/>
        <source>&apos;{value}&apos;: the MGRS digits must be an even number.</source>
        <translation>'{value}': ژمارەی ڕەقەمەکانی MGRS دەبێت جووت بێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="426"/>
        <source>&apos;{value}&apos;: column letter {letter} is not used in zone {zone}.</source>
        <translation>'{value}': پیتی ستوونی {letter} لە زۆنی {zone}دا بەکارنایەت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="449"/>
        <source>&apos;{value}&apos;: the square is not in latitude band {band}.</source>
        <translation>'{value}': چوارگۆشەکە لە پشتێنەی پانیی {band}دا نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="507"/>
        <source>X &apos;{x}&apos; and Y &apos;{y}&apos;: both are needed (or one MGRS reference).</source>
        <translation>X '{x}' و Y '{y}': هەردووکیان پێویستن (یان یەک ئاماژەی MGRS).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="519"/>
        <source>X &apos;{x}&apos; and Y &apos;{y}&apos; look projected, but the coordinate system {crs} is in degrees: choose the projected CRS of the file.</source>
        <translation>X '{x}' و Y '{y}' وەک کۆئۆردیناتی پرۆجێکتکراو دەردەکەون، بەڵام سیستەمی کۆئۆردیناتی {crs} بە پلەیە: CRSی پرۆجێکتکراوی فایلەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="551"/>
        <source>{what} &apos;{value}&apos; is not a number.</source>
        <translation>{what} '{value}' ژمارە نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="603"/>
        <source>Distance {value} is negative.</source>
        <translation>دووریی {value} نەرێنییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="353"/>
        <source>{lon}, {lat} is not a longitude and latitude in degrees.</source>
        <translation>{lon}، {lat} هێڵی درێژی و پانی بە پلە نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="131"/>
        <source>&apos;{value}&apos; is too large to be a coordinate, a distance or a bearing.</source>
        <translation>'{value}' زۆر گەورەیە بۆ ئەوەی کۆئۆردینات یان دووری یان ئاراستە بێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="215"/>
        <source>X &apos;{x}&apos; and Y &apos;{y}&apos; are both {axis}: one must be a latitude (N/S) and the other a longitude (E/W).</source>
        <translation>X '{x}' و Y '{y}' هەردووکیان {axis}ن: دەبێت یەکێکیان هێڵی پانی (N/S) و ئەوی دیکەیان هێڵی درێژی (E/W) بێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/coords.py" line="607"/>
        <source>Bearing {value} is outside 0–360 degrees.</source>
        <translation>ئاراستەی {value} لە دەرەوەی 0–360 پلەیە.</translation>
    </message>
</context>
<context>
    <name>DateOrder</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/dates.py" line="25"/>
        <source>Dates out of order</source>
        <translation>ڕیزبەندیی هەڵەی بەروارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/dates.py" line="28"/>
        <source>For every pair &apos;earlier&lt;later&apos; in DATE_FIELDS, the earlier date is after the later one, or a filled date cannot be read. The value is the number of days the dates are out of order.</source>
        <translation>بۆ هەر جووتێکی 'earlier&lt;later' لە DATE_FIELDS، بەرواری پێشوو دوای بەرواری دواتر کەوتووە، یان بەروارێکی پڕکراوە ناخوێندرێتەوە. بەهاکە ژمارەی ئەو ڕۆژانەیە کە بەروارەکان لە ڕیزبەندیی دروست لایانداوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/dates.py" line="41"/>
        <source>Hazard {hazard}: {field} &apos;{value}&apos; is not a date.</source>
        <translation>ناوچەی مەترسیداری {hazard}: {field} '{value}' بەروار نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/dates.py" line="48"/>
        <source>Hazard {hazard}: {earlier} ({first}) is after {later} ({second}).</source>
        <translation>ناوچەی مەترسیداری {hazard}: {earlier} ({first}) دوای {later} ({second}) کەوتووە.</translation>
    </message>
</context>
<context>
    <name>DateReader</name>
    <message>
        <location filename="../mineaction_qgis/core/common/dates.py" line="171"/>
        <source>day/month/year</source>
        <translation>ڕۆژ/مانگ/ساڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/dates.py" line="171"/>
        <source>month/day/year</source>
        <translation>مانگ/ڕۆژ/ساڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/dates.py" line="177"/>
        <source>{source}: {ambiguous} date(s) such as 04/03/2021 can be read two ways and no date in the file decides it; they were read as {order}. Check them.</source>
        <translation>{source}: {ambiguous} بەروار وەک 04/03/2021 بە دوو شێوە دەخوێنرێنەوە و هیچ بەروارێک لە فایلەکەدا یەکلای ناکاتەوە؛ وەک {order} خوێندرانەوە. بیانپشکنە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/dates.py" line="182"/>
        <source>{source}: dates read as {order}, decided from the file&apos;s unambiguous dates ({day_first} day first, {month_first} month first); {ambiguous} ambiguous date(s) were read that way.</source>
        <translation>{source}: بەروارەکان وەک {order} خوێندرانەوە، بەپێی بەروارە ڕوونەکانی فایلەکە ({day_first} سەرەتا ڕۆژ، {month_first} سەرەتا مانگ)؛ {ambiguous} بەرواری ناڕوون بەو شێوەیە خوێندرانەوە.</translation>
    </message>
</context>
<context>
    <name>DetectError</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="41"/>
        <source>IMSMA point list (CSV/Excel)</source>
        <translation>لیستی خاڵەکانی IMSMA (CSV/Excel)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="42"/>
        <source>IMSMA NG maXML</source>
        <translation>فایلی maXMLی IMSMA NG</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="43"/>
        <source>IMSMA GIS export</source>
        <translation>هەناردەکراوی GISی IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="84"/>
        <source>an IMSMA point list (.csv, .xlsx or .xls with columns ProjName, PolyID, PointNo, PointID, PointType, Xcoord, Ycoord, Distance, Bearing, FrPointID, PointDesc), an IMSMA NG maXML file (.xml), or an IMSMA GIS export (file geodatabase, GeoPackage, GeoJSON or shapefile)</source>
        <translation>لیستی خاڵەکانی IMSMA (.csv، .xlsx یان .xls بە ستوونەکانی ProjName, PolyID, PointNo, PointID, PointType, Xcoord, Ycoord, Distance, Bearing, FrPointID, PointDesc)، فایلی maXMLی IMSMA NG (.xml)، یان هەناردەکراوی GISی IMSMA (جیۆداتابەیسی فایل (file geodatabase)، GeoPackage، GeoJSON یان shapefile)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="98"/>
        <source>File &apos;{file}&apos; does not exist. Expected {expected}.</source>
        <translation>فایلی '{file}' بوونی نییە. چاوەڕوان دەکرا: {expected}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="111"/>
        <source>File &apos;{file}&apos; cannot be read (permissions).</source>
        <translation>فایلی '{file}' ناخوێندرێتەوە (مۆڵەتەکان).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="207"/>
        <source>&apos;{file}&apos; is not a recognised IMSMA export. Expected {expected}.</source>
        <translation>'{file}' هەناردەکراوێکی ناسراوی IMSMA نییە. چاوەڕوان دەکرا: {expected}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="44"/>
        <source>Task-order export (CSV/Excel/GeoJSON)</source>
        <translation>هەناردەی فەرمانەکانی ئەرک (CSV/Excel/GeoJSON)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="104"/>
        <source>&apos;{file}&apos; is not a regular file or folder (a named pipe, socket or device): it cannot be imported.</source>
        <translation>'{file}' فایل یان بوخچەیەکی ئاسایی نییە (بۆرییەکی ناودار، سۆکێت یان ئامێر): ناتوانرێت هاوردە بکرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="165"/>
        <source>&apos;{file}&apos; cannot be opened as {kind}: the file is damaged or cut off (truncated). Copy or export it again.</source>
        <translation>'{file}' ناتوانرێت وەک {kind} بکرێتەوە: فایلەکە تێکچووە یان بڕاوە (ناتەواوە). دووبارە کۆپی یان هەناردەی بکەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/detect.py" line="159"/>
        <source>&apos;{file}&apos; cannot be opened as {kind} ({reason}): the file is damaged or cut off (truncated). Copy or export it again.</source>
        <translation>'{file}' ناتوانرێت وەک {kind} بکرێتەوە ({reason}): فایلەکە تێکچووە یان بڕاوە (ناتەواوە). دووبارە کۆپی یان هەناردەی بکەوە.</translation>
    </message>
</context>
<context>
    <name>DuplicateGeometry</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="43"/>
        <source>Same polygon twice</source>
        <translation>هەمان فرەگۆشە دوو جار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="46"/>
        <source>Two records have the same polygon (their common part is at least 99.9 % of each), usually one hazard entered twice. The value is the area in m².</source>
        <translation>دوو تۆمار هەمان فرەگۆشەیان هەیە (بەشە هاوبەشەکەیان لانیکەم 99.9 %ی هەر یەکێکیانە)، زۆرجار یەک ناوچەی مەترسیدار دوو جار تۆمارکراوە. بەهاکە ڕووبەرەکەیە بە m².</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="55"/>
        <source>Hazards {first} and {second} have the same polygon ({area} m²).</source>
        <translation>ناوچە مەترسیدارەکانی {first} و {second} هەمان فرەگۆشەیان هەیە ({area} m²).</translation>
    </message>
</context>
<context>
    <name>DuplicateId</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="82"/>
        <source>Duplicate hazard ID</source>
        <translation>ناسنامەی دووبارەی ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="85"/>
        <source>Several records share one hazard ID, so activities, tasks and reports cannot tell them apart. One finding per record, on the record; the value is how many records share the ID.</source>
        <translation>چەند تۆمارێک یەک ناسنامەی ناوچەی مەترسیداریان هەیە، بۆیە چالاکی، ئەرک و ڕاپۆرتەکان ناتوانن لێکیان جیا بکەنەوە. بۆ هەر تۆمارێک یەک دەرەنجامی پشکنین، لەسەر تۆمارەکە؛ بەهاکە ژمارەی ئەو تۆمارانەیە کە ئەو ناسنامەیەیان هەیە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="102"/>
        <source>Hazard ID {hazard} is used by {count} records (features {features}).</source>
        <translation>ناسنامەی ناوچەی مەترسیداری {hazard} لە {count} تۆماردا بەکارهاتووە (تەنەکانی {features}).</translation>
    </message>
</context>
<context>
    <name>DuplicateVertex</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="133"/>
        <source>Duplicate vertex</source>
        <translation>لووتکەی دووبارە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="136"/>
        <source>Consecutive vertices at the same place (within 0.000001 degrees or 0.1 m), including a closing point repeated. Harmless for the area but a sign of careless digitising or a bad export; mineaction:fixhazards removes them. The value is the number of repeated vertices.</source>
        <translation>لووتکەی یەک لەدوای یەک لە هەمان شوێن (لە مەودای 0.000001 پلە یان 0.1 m)، لەوانەش خاڵی داخستنی دووبارەکراوە. زیانی بۆ ڕووبەر نییە بەڵام نیشانەی دیجیتایزکردنی بێئاگایانە یان هەناردەکردنی خراپە؛ mineaction:fixhazards لایان دەبات. بەهاکە ژمارەی لووتکە دووبارەکانە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="157"/>
        <source>Hazard {hazard} repeats {count} vertices at the same place.</source>
        <translation>لە ناوچەی مەترسیداری {hazard}دا {count} لووتکە لە هەمان شوێن دووبارە بوونەتەوە.</translation>
    </message>
</context>
<context>
    <name>EmptyGeometry</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="72"/>
        <source>Empty geometry</source>
        <translation>جیۆمەتریی بەتاڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="75"/>
        <source>The record has no polygon at all (NULL or empty geometry), so it cannot be mapped, measured or checked for overlaps.</source>
        <translation>تۆمارەکە هیچ فرەگۆشەیەکی نییە (جیۆمەتریی NULL یان بەتاڵ)، بۆیە ناتوانرێت لەسەر نەخشە پیشان بدرێت، بپێورێت یان لەسەریەککەوتنی بۆ بپشکنرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="84"/>
        <source>Hazard {hazard} has no geometry.</source>
        <translation>ناوچەی مەترسیداری {hazard} جیۆمەتریی نییە.</translation>
    </message>
</context>
<context>
    <name>FixHazardsAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="57"/>
        <source>Fix hazard geometries</source>
        <translation>چاککردنی جیۆمەتریی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="60"/>
        <source>Makes the safe repairs of hazard polygons: removes repeated vertices (consecutive duplicates and a repeated closing point), repairs invalid polygons keeping every part (the log gives the area before and after), and drops parts of a multipart hazard smaller than MIN_PART_AREA. It never merges, deletes or moves a hazard: every input feature is in the output, with all its attributes. The log layer has one row per change: hazard_id, feature_id, change (duplicate_vertices_removed, repaired, not_repaired, sliver_dropped, sliver_kept), detail, area_before_m2, area_after_m2, area_change_m2.</source>
        <translation>ئەو چاککردنانەی فرەگۆشەکانی ناوچەی مەترسیدار دەکات کە هیچ زیانێک ناگەیەنن: لووتکە دووبارەکان لادەبات (دووبارەی یەک لەدوای یەک و خاڵی داخستنی دووبارە)، فرەگۆشە نادروستەکان چاک دەکات و هەموو بەشەکان دەهێڵێتەوە (تۆمارنامەکە ڕووبەری پێش و دوای چاککردن دەدات)، و ئەو بەشانەی ناوچەی مەترسیداری فرەبەش کە لە MIN_PART_AREA بچووکترن لادەبات. هەرگیز ناوچەیەکی مەترسیدار تێکەڵ ناکات، نایسڕێتەوە و جێگۆڕکێی پێ ناکات: هەموو تەنێکی داخڵکراو لە دەرئەنجامدا هەیە لەگەڵ هەموو تایبەتمەندییەکانی. چینی تۆمارنامە بۆ هەر گۆڕانکارییەک ڕیزێکی هەیە: hazard_id، feature_id، change (duplicate_vertices_removed، repaired، not_repaired، sliver_dropped، sliver_kept)، detail، area_before_m2، area_after_m2، area_change_m2.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="70"/>
        <source>Hazard polygons</source>
        <translation>فرەگۆشەکانی ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="75"/>
        <source>Hazard ID field</source>
        <translation>خانەی ناسنامەی ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="78"/>
        <source>Parts smaller than this are slivers (m²)</source>
        <translation>بەشی بچووکتر لەمە پارچەی باریکە (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="87"/>
        <source>Fixed hazards</source>
        <translation>ناوچە مەترسیدارە چاککراوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="92"/>
        <source>Changes made</source>
        <translation>گۆڕانکارییە کراوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="95"/>
        <source>Number of hazards changed</source>
        <translation>ژمارەی ناوچە مەترسیدارە گۆڕدراوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/fix_hazards.py" line="165"/>
        <source>{changed} of {total} hazards changed.</source>
        <translation>{changed} لە {total} ناوچەی مەترسیدار گۆڕدران.</translation>
    </message>
</context>
<context>
    <name>GapAnalysis</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="754"/>
        <source>Activity {activity_id} has no geometry.</source>
        <translation>چالاکیی {activity_id} جیۆمەتریی نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="773"/>
        <source>Activity {activity_id} has the release type &apos;{release_type}&apos;, which is not cancelled, reduced, cleared or none; it is not counted.</source>
        <translation>جۆری گەڕاندنەوەی چالاکیی {activity_id} '{release_type}'ـە، کە هیچ کام لە هەڵوەشێنراوە، کەمکراوە، پاککراوە یان none نییە؛ ناژمێردرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="838"/>
        <source>Hazard {hazard_id} has no geometry.</source>
        <translation>ناوچەی مەترسیداری {hazard_id} جیۆمەتریی نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="847"/>
        <source>The geometry of hazard {hazard_id} is invalid ({reason}); it was repaired for the computation.</source>
        <translation>جیۆمەتریی ناوچەی مەترسیداری {hazard_id} نادروستە ({reason})؛ بۆ ژماردنەکە چاککرا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="856"/>
        <source>The geometry of activity {activity_id} is invalid ({reason}); it was repaired for the computation.</source>
        <translation>جیۆمەتریی چالاکیی {activity_id} نادروستە ({reason})؛ بۆ ژماردنەکە چاککرا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="873"/>
        <source>GEOS failed on hazard {hazard_id} ({error}); the result was computed again on repaired geometry ({stage}).</source>
        <translation>GEOS لەسەر ناوچەی مەترسیداری {hazard_id} سەرنەکەوت ({error})؛ ئەنجامەکە دووبارە لەسەر جیۆمەتریی چاککراو ژمێردرایەوە ({stage}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="894"/>
        <source>The remaining land of hazard {hazard_id} could not be computed ({error}); the whole hazard is shown and counted as remaining. Check its geometry and its activities.</source>
        <translation>زەویی ماوەی ناوچەی مەترسیداری {hazard_id} نەژمێردرا ({error})؛ هەموو ناوچە مەترسیدارەکە وەک ماوە پیشان دەدرێت و دەژمێردرێت. جیۆمەتری و چالاکییەکانی بپشکنە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="1340"/>
        <source>{area} m² of activity {activity_id} lie outside its hazard {hazard_id}.</source>
        <translation>{area} m² لە چالاکیی {activity_id} دەکەوێتە دەرەوەی ناوچە مەترسیدارەکەی خۆی ({hazard_id}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="1344"/>
        <source>Activity {activity_id} names hazard {hazard_id}, which is not in the hazards layer; {area} m² lie outside every hazard it overlaps.</source>
        <translation>چالاکیی {activity_id} ئاماژە بە ناوچەی مەترسیداری {hazard_id} دەکات، کە لە چینی ناوچە مەترسیدارەکاندا نییە؛ {area} m² دەکەوێتە دەرەوەی هەموو ئەو ناوچە مەترسیدارانەی لەگەڵیان لەسەریەک دەکەوێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="1350"/>
        <source>Activity {activity_id} ({area} m²) overlaps no hazard.</source>
        <translation>چالاکیی {activity_id} ({area} m²) لەگەڵ هیچ ناوچەیەکی مەترسیدار لەسەریەک ناکەوێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="1353"/>
        <source>{area} m² of activity {activity_id} lie outside the hazards it overlaps ({hazard_id}).</source>
        <translation>{area} m² لە چالاکیی {activity_id} دەکەوێتە دەرەوەی ئەو ناوچە مەترسیدارانەی لەگەڵیان لەسەریەک دەکەوێت ({hazard_id}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="298"/>
        <source>{area} m² of activity {activity_id} ({date}, {organisation}) were already released by activity {holder_id} ({holder_date}, {holder_organisation}) in hazard {hazard_id}; they are credited once, to {holder_id}.</source>
        <translation>{area} m²ی چالاکیی {activity_id} ({date}، {organisation}) پێشتر لەلایەن چالاکیی {holder_id} ({holder_date}، {holder_organisation}) لە ناوچەی مەترسیداری {hazard_id} گەڕێنراونەتەوە؛ تەنها یەک جار بۆ {holder_id} دەژمێردرێن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="759"/>
        <source>Activity {activity_id} cannot be measured ({reason}); it is not counted.</source>
        <translation>چالاکیی {activity_id} ناپێورێت ({reason})؛ ناژمێردرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="789"/>
        <source>Activity {activity_id} has release type none ({reason}): nothing says whether its land was cancelled, reduced or cleared, so it is not credited.</source>
        <translation>جۆری گەڕاندنەوەی چالاکیی {activity_id} none ە ({reason}): هیچ شتێک نایڵێت زەوییەکەی هەڵوەشێنراوە، کەمکراوە یان پاککراوە، بۆیە ناژمێردرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="832"/>
        <source>Hazard {hazard_id} cannot be measured ({reason}); it is left out of the totals.</source>
        <translation>ناوچەی مەترسیداری {hazard_id} ناپێورێت ({reason})؛ لە کۆکان دەرهێنرا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="292"/>
        <source>{area} m² of activity {activity_id} ({date}, {organisation}) in hazard {hazard_id} were already released by activity {holder_id} ({holder_date}, {holder_organisation}) in the overlapping hazard {holder_hazard_id}; the national totals credit them once, to {holder_id}.</source>
        <translation>{area} m²ی چالاکیی {activity_id} ({date}، {organisation}) لە ناوچەی مەترسیداری {hazard_id} پێشتر لەلایەن چالاکیی {holder_id} ({holder_date}، {holder_organisation}) لە ناوچەی مەترسیداری یەکتربڕی {holder_hazard_id} گەڕێنراونەتەوە؛ کۆی نیشتمانی تەنها یەک جار بۆ {holder_id} دەیانژمێرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/analysis.py" line="1294"/>
        <source>Activity {activity_id} names hazard {named}, which is not in the hazards layer. It lies in hazard {hazard_id}: linked by overlap, it is credited there with {area} m² (the land no earlier release holds). Check the hazard ID it names.</source>
        <translation>چالاکیی {activity_id} ئاماژە بە ناوچەی مەترسیداری {named} دەکات، کە لە چینی ناوچە مەترسیدارەکاندا نییە. لە ناو ناوچەی مەترسیداری {hazard_id}دایە: بە یەکتربڕین پێیەوە بەستراوەتەوە و {area} m²ی لەوێ بۆ دەژمێردرێت (ئەو زەوییەی هیچ گەڕاندنەوەیەکی کۆنتر نییەتی). ئەو ناسنامەی ناوچە مەترسیدارەی ناوی دەبات بپشکنە.</translation>
    </message>
</context>
<context>
    <name>GapInput</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/inputs.py" line="187"/>
        <source>(no ID, feature {fid})</source>
        <translation>(بێ ناسنامە، تایبەتمەندیی {fid})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/inputs.py" line="248"/>
        <source>Activity {activity_id}: date &apos;{value}&apos; cannot be read; the release is treated as undated.</source>
        <translation>چالاکیی {activity_id}: بەرواری '{value}' ناخوێندرێتەوە؛ گەڕاندنەوەکە وەک بێ بەروار مامەڵەی لەگەڵ دەکرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/inputs.py" line="206"/>
        <source>Activity {activity_id} cannot be transformed into the hazards&apos; CRS ({reason}); it is not counted.</source>
        <translation>چالاکیی {activity_id} ناگوازرێتەوە بۆ سیستەمی هاوئاهەنگیی ناوچە مەترسیدارەکان ({reason})؛ ناژمێردرێت.</translation>
    </message>
</context>
<context>
    <name>GapReport</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="105"/>
        <source>Land release progress</source>
        <translation>پێشکەوتنی گەڕاندنەوەی زەوی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="311"/>
        <source>Released (km²)</source>
        <translation>گەڕێنراوە (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Cancelled (km²)</source>
        <translation>زەویی هەڵوەشێنراوە (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Reduced (km²)</source>
        <translation>زەویی کەمکراوە (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Cleared (km²)</source>
        <translation>زەویی پاککراوە (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="270"/>
        <source>Remaining (km²)</source>
        <translation>ماوە (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="270"/>
        <source>Hazards with land left</source>
        <translation>ئەو ناوچە مەترسیدارانەی زەوییان تێدا ماوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Closed hazards with land left</source>
        <translation>ئەو ناوچە مەترسیدارە داخراوانەی زەوییان تێدا ماوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Remaining area differs from IMSMA</source>
        <translation>ڕووبەری ماوە جیاوازە لە IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="237"/>
        <source>Release parts outside their hazard</source>
        <translation>بەشەکانی گەڕاندنەوە لە دەرەوەی ناوچە مەترسیدارەکەیان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="123"/>
        <source>{released} km² released: {cancelled} km² cancelled, {reduced} km² reduced and {cleared} km² cleared; {remaining} km² remain in {hazards} hazards.</source>
        <translation>{released} km² گەڕێنراوەتەوە: {cancelled} km² هەڵوەشێنراوەتەوە، {reduced} km² کەمکراوەتەوە و {cleared} km² پاککراوەتەوە؛ {remaining} km² لە {hazards} ناوچەی مەترسیداردا ماوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="149"/>
        <source>(no governorate)</source>
        <translation>(بێ پارێزگا)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="150"/>
        <source>(no organisation)</source>
        <translation>(بێ لایەنی جێبەجێکار)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="151"/>
        <source>(no date)</source>
        <translation>(بێ بەروار)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="152"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="159"/>
        <source>Charts</source>
        <translation>چارتەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="160"/>
        <source>Released land by type and governorate</source>
        <translation>زەویی گەڕێنراوە بەپێی جۆر و پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="163"/>
        <source>Released land by type and operator</source>
        <translation>زەویی گەڕێنراوە بەپێی جۆر و لایەنی جێبەجێکار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="166"/>
        <source>Remaining contaminated land by governorate</source>
        <translation>زەویی مەترسیداری ماوە بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="166"/>
        <source>Remaining</source>
        <translation>ماوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="173"/>
        <source>Land released per year</source>
        <translation>زەویی گەڕێنراوە لە هەر ساڵێکدا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="176"/>
        <source>By governorate</source>
        <translation>بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="311"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="199"/>
        <source>By operator</source>
        <translation>بەپێی لایەنی جێبەجێکار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Operator</source>
        <translation>لایەنی جێبەجێکار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="199"/>
        <source>By year</source>
        <translation>بەپێی ساڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="211"/>
        <source>Year</source>
        <translation>ساڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="210"/>
        <source>Detail: governorate, operator, type and year</source>
        <translation>وردەکاری: پارێزگا، لایەنی جێبەجێکار، جۆر و ساڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="239"/>
        <source>Release type</source>
        <translation>جۆری گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="211"/>
        <source>Released (m²)</source>
        <translation>گەڕێنراوە (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="211"/>
        <source>Activities</source>
        <translation>چالاکییەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Activity</source>
        <translation>چالاکی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Hazard</source>
        <translation>ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Area (m²)</source>
        <translation>ڕووبەر (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="239"/>
        <source>Finding</source>
        <translation>دەرەنجامی پشکنین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="261"/>
        <source>{shown} of {count} parts are listed, largest first; the OUTSIDE layer has them all.</source>
        <translation>{shown} لە {count} بەش لیست کراون، گەورەترینەکان لە پێشەوە؛ چینی OUTSIDE هەموویانی تێدایە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="74"/>
        <source>Anti-personnel mines</source>
        <translation>مینی دژەکەس</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="75"/>
        <source>Anti-vehicle mines</source>
        <translation>مینی دژەئۆتۆمبێل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="76"/>
        <source>Cluster munitions</source>
        <translation>بۆمبی هێشوویی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="77"/>
        <source>IED</source>
        <translation>بۆمبی دەستکرد (IED)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="78"/>
        <source>Other ERW</source>
        <translation>پاشماوەی تری تەقەمەنیی جەنگ (ERW)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="79"/>
        <source>(not mapped)</source>
        <translation>(نەخشەنەکراو)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="106"/>
        <source>Land released twice (km²)</source>
        <translation>زەویی دوو جار گەڕێنراوە (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="137"/>
        <source>Every total counts each square metre once. {overlapping} hazards overlap other hazards: summing the hazard rows would have counted {hazard} km² of hazard area, {released} km² of released and {remaining} km² of remaining land twice.</source>
        <translation>هەموو کۆیەک هەر مەترێکی دووجا تەنها یەک جار دەژمێرێت. {overlapping} ناوچەی مەترسیدار لەگەڵ ناوچەی تر یەک دەبڕن: کۆکردنەوەی ڕیزەکانیان {hazard} km² لە ڕووبەری ناوچە مەترسیدارەکان، {released} km² لە زەویی گەڕێنراوە و {remaining} km² لە زەویی ماوە دوو جار دەژمارد.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="269"/>
        <source>By classification and contamination</source>
        <translation>بەپێی پۆلێن و جۆری تەقەمەنی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="270"/>
        <source>Classification</source>
        <translation>پۆلێن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="270"/>
        <source>Contamination</source>
        <translation>جۆری تەقەمەنی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="296"/>
        <source>Article 7 (APMBC): areas containing anti-personnel mines</source>
        <translation>ماددەی 7 (APMBC): ئەو ناوچانەی مینی دژەکەسیان تێدایە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="296"/>
        <source>Article 7 (CCM): areas contaminated by cluster munition remnants</source>
        <translation>ماددەی 7 (CCM): ئەو ناوچانەی پاشماوەی بۆمبی هێشوویییان تێدایە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="309"/>
        <source>No hazard of this contamination type.</source>
        <translation>هیچ ناوچەیەکی مەترسیدار بەم جۆرە جۆری تەقەمەنیە نییە.</translation>
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
        <translation>زەویی دوو جار گەڕێنراوە (گەڕاندنەوەی دووبارە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="342"/>
        <source>A later release over land an earlier release holds is not credited again; a QA officer should look at each.</source>
        <translation>گەڕاندنەوەیەکی دواتر لەسەر زەوییەک کە گەڕاندنەوەیەکی کۆنتر هەیەتی دووبارە ناژمێردرێت؛ پێویستە کارمەندی دڵنیاکردنەوەی کوالیتی هەریەکەیان بپشکنێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="348"/>
        <source>Credited to</source>
        <translation>ژمێردراو بۆ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/report.py" line="301"/>
        <source>Counts the hazards whose contamination is: {types} (the profile&apos;s article7 list, to be confirmed by the national authority).</source>
        <translation>ئەو ناوچە مەترسیدارانە دەژمێرێت کە جۆری بوونی تەقەمەنییان ئەمەیە: {types} (لیستی article7ی پرۆفایلەکە، دەبێت دەسەڵاتی نیشتمانی پشتڕاستی بکاتەوە).</translation>
    </message>
</context>
<context>
    <name>GisExportReader</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="388"/>
        <source>No layer could be opened in &apos;{source}&apos;.</source>
        <translation>هیچ چینێک لە '{source}' نەکرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="395"/>
        <source>Layers skipped as listed in the profile&apos;s ignore_layers: {layers}.</source>
        <translation>ئەم چینانە پشتگوێ خران وەک لە ignore_layersی پرۆفایلەکەدا هاتووە: {layers}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="420"/>
        <source>Layer &apos;{layer}&apos; of &apos;{source}&apos; cannot be opened.</source>
        <translation>چینی '{layer}' لە '{source}' ناکرێتەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="438"/>
        <source>{ref}: layer &apos;{layer}&apos; is not mapped to hazards, activities or points in the profile&apos;s gis section.</source>
        <translation>{ref}: چینی '{layer}' لە بەشی gisی پرۆفایلەکەدا لەگەڵ hazards، activities یان points نەگونجێنراوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="495"/>
        <source>Layer &apos;{layer}&apos; has no coordinate reference system; the import&apos;s source CRS {crs} is assumed.</source>
        <translation>چینی '{layer}' سیستەمی کۆئۆردیناتی ئاماژەی نییە؛ CRSی سەرچاوەی هاوردەکردنەکە ({crs}) بۆی دادەنرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="652"/>
        <source>{ref}: the row has no object identifier (none of the profile&apos;s key fields is filled).</source>
        <translation>{ref}: ڕیزەکە ناسێنەری بابەتی نییە (هیچ کام لە خانە سەرەکییەکانی پرۆفایلەکە پڕ نەکراوەتەوە).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="676"/>
        <source>{ref}: the row of {object_id} has no polygon geometry.</source>
        <translation>{ref}: ڕیزی {object_id} جیۆمەتریی فرەگۆشەی نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="715"/>
        <source>{ref}: point type &apos;{value}&apos; is not in the profile&apos;s point_type code list.</source>
        <translation>{ref}: جۆری خاڵی '{value}' لە لیستی کۆدی point_typeی پرۆفایلەکەدا نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="738"/>
        <source>{ref}: the point row has no single point geometry.</source>
        <translation>{ref}: ڕیزی خاڵەکە جیۆمەتریی تاکە خاڵێکی نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="802"/>
        <source>Layer &apos;{layer}&apos;: fields not in the profile, not loaded: {fields}.</source>
        <translation>چینی '{layer}': ئەم خانانە لە پرۆفایلەکەدا نین و بار نەکران: {fields}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="812"/>
        <source>Value &apos;{value}&apos; ({count} time(s)) is not in the code list &apos;{code_list}&apos;; it was kept as it is.</source>
        <translation>بەهای '{value}' ({count} جار) لە لیستی کۆدی '{code_list}'دا نییە؛ وەک خۆی هێڵرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="820"/>
        <source>{count} row(s) of multipart {layer} objects disagree on field &apos;{field}&apos;; the first row&apos;s value was kept.</source>
        <translation>{count} ڕیزی بابەتە فرەبەشەکانی {layer} لە خانەی '{field}'دا وەک یەک نین؛ بەهای یەکەم ڕیز هێڵرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="829"/>
        <source>The stored area differs by more than 1 % from the area computed on the ellipsoid for: {objects}.</source>
        <translation>ڕووبەری پاشەکەوتکراو زیاتر لە 1 % جیاوازە لە ڕووبەری ژمێردراو لەسەر ئێلیپسۆید بۆ: {objects}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="69"/>
        <source>{ref}: the row has no identifier ({field}).</source>
        <translation>{ref}: ڕیزەکە ناسنامەی نییە ({field}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="77"/>
        <source>{ref}: the geometry of {object_id} is not of the kind layer &apos;{layer}&apos; holds.</source>
        <translation>{ref}: جیۆمەتریی {object_id} لەو جۆرە نییە کە چینی '{layer}' هەیەتی.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="85"/>
        <source>{ref}: {object_id} has several points where one is expected.</source>
        <translation>{ref}: {object_id} چەند خاڵێکی هەیە لە کاتێکدا یەک خاڵ چاوەڕوان دەکرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="101"/>
        <source>{ref}: explosive item row without an activity.</source>
        <translation>{ref}: ڕیزی تەقەمەنی بەبێ چالاکی.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="112"/>
        <source>{ref}: item category &apos;{value}&apos; is not in the profile&apos;s item_category code list.</source>
        <translation>{ref}: پۆلی تەقەمەنیی '{value}' لە لیستی کۆدی item_categoryی پرۆفایلەکەدا نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_rows.py" line="118"/>
        <source>{ref}: quantity &apos;{value}&apos; is not a whole number of 0 or more.</source>
        <translation>{ref}: بڕی '{value}' ژمارەیەکی تەواوی 0 یان زیاتر نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="412"/>
        <source>Shapefile &apos;{file}&apos; has no .dbf file beside it, so its attributes (IDs, types, status) are missing. Copy the .dbf (and the .shx and .prj) of the export into the same folder.</source>
        <translation>شەیپفایلی '{file}' فایلی .dbfی لە تەنیشت نییە، بۆیە تایبەتمەندییەکانی (ناسنامەکان، جۆرەکان، دۆخ) ونن. فایلی .dbf (و .shx و .prj)ی هەناردەکە کۆپی بکە بۆ هەمان بوخچە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="486"/>
        <source>Layer &apos;{layer}&apos; has no coordinate reference system (its .prj file is missing) and its coordinates, e.g. {x:.0f}, {y:.0f}, cannot be degrees. Give the CRS it was exported in as the source CRS (SOURCE_CRS), e.g. EPSG:32638 (WGS 84 / UTM 38N, most of Iraq), EPSG:32637 or EPSG:32639, or Karbala 1979 / UTM EPSG:3391-3393.</source>
        <translation>چینی '{layer}' سیستەمی کۆئۆردیناتی ئاماژەی نییە (فایلی .prjی ونە) و کۆئۆردیناتەکانی، بۆ نموونە {x:.0f}، {y:.0f}، ناتوانن پلە بن. ئەو CRSەی پێی هەناردە کراوە وەک CRSی سەرچاوە (SOURCE_CRS) بدە، بۆ نموونە EPSG:32638 (WGS 84 / UTM 38N، زۆربەی عێراق)، EPSG:32637 یان EPSG:32639، یان Karbala 1979 / UTM EPSG:3391-3393.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="552"/>
        <source>{ref}: the geometry has coordinates outside longitude -180..180 / latitude -90..90 (or infinite) after reprojection to WGS 84; check the layer&apos;s CRS.</source>
        <translation>{ref}: دوای گۆڕینی پرۆجێکشن بۆ WGS 84، شێوە هەندەسییەکە کۆئۆردیناتی لە دەرەوەی هێڵی درێژی -180..180 / هێڵی پانی -90..90 (یان بێکۆتا) هەیە؛ CRSی چینەکە بپشکنە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/gis_export.py" line="668"/>
        <source>{ref}: the polygon of {object_id} has fewer than 3 distinct vertices, or they all lie on one line.</source>
        <translation>{ref}: فرەگۆشەی {object_id} کەمتر لە 3 لووتکەی جیاوازی هەیە، یان هەموویان لەسەر یەک هێڵن.</translation>
    </message>
</context>
<context>
    <name>HazardFixer</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="57"/>
        <source>Removed {count} repeated vertices.</source>
        <translation>{count} لووتکەی دووبارە لابران.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="77"/>
        <source>no polygon left</source>
        <translation>هیچ فرەگۆشەیەک نەماوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="78"/>
        <source>Could not repair the polygon ({error}); kept as it was.</source>
        <translation>فرەگۆشەکە چاک نەکرا ({error})؛ وەک خۆی هێڵرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="90"/>
        <source>Repaired the invalid polygon: {before} parts became {after}.</source>
        <translation>فرەگۆشە نادروستەکە چاککرا: {before} بەش بوو بە {after}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="111"/>
        <source>Every part is a sliver ({area} m² in all); kept, as a hazard is never deleted.</source>
        <translation>هەموو بەشەکان پارچەی باریکن (سەرجەم {area} m²)؛ هێڵرانەوە، چونکە ناوچەی مەترسیدار هەرگیز ناسڕدرێتەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/fixing.py" line="124"/>
        <source>Dropped part {part}, a sliver of {area} m².</source>
        <translation>بەشی {part} لابرا، پارچەیەکی باریکی {area} m².</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../mineaction_qgis/core/common/html_report.py" line="97"/>
        <source>Generated on {date} by the Mine Action plugin for QGIS.</source>
        <translation>لە {date} لەلایەن پلاگینی کاروباری مین بۆ QGIS دروستکرا.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="130"/>
        <source>True north</source>
        <translation>باکووری ڕاستەقینە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="130"/>
        <source>Grid north</source>
        <translation>باکووری تۆڕ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="130"/>
        <source>Magnetic north</source>
        <translation>باکووری موگناتیسی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="133"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="135"/>
        <source>Reason</source>
        <translation>هۆکار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="135"/>
        <source>Records</source>
        <translation>تۆمارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="158"/>
        <source>IMSMA exports</source>
        <translation>هەناردەکراوەکانی IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="158"/>
        <source>IMSMA exports (*.csv *.txt *.xlsx *.xls *.xml *.gpkg *.geojson *.json *.shp *.gdb);;All files (*)</source>
        <translation>هەناردەکراوەکانی IMSMA (*.csv *.txt *.xlsx *.xls *.xml *.gpkg *.geojson *.json *.shp *.gdb);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="182"/>
        <source>{file} — {format}</source>
        <translation>{file} — {format}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="185"/>
        <source>{file} — not recognised</source>
        <translation>{file} — نەناسرایەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="69"/>
        <source>Mapping profile</source>
        <translation>پرۆفایلی گونجاندنی خانەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="219"/>
        <source>Profiles (*.json)</source>
        <translation>پرۆفایلەکان (*.json)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="256"/>
        <source>Format: {format}. Profile: {profile}.</source>
        <translation>فۆرمات: {format}. پرۆفایل: {profile}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="262"/>
        <source>Preview failed: {error}</source>
        <translation>پێشبینین سەرنەکەوت: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="341"/>
        <source>Choose the target GeoPackage first.</source>
        <translation>سەرەتا GeoPackageی مەبەست هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="344"/>
        <source>The Mine Action Processing provider is not loaded.</source>
        <translation>دابینکەری پرۆسێسینگی کاروباری مین بار نەکراوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="377"/>
        <source>Loading…</source>
        <translation>بارکردن…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="476"/>
        <source>The import failed: {error}</source>
        <translation>هاوردەکردنەکە سەرنەکەوت: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="497"/>
        <source>{hazards} hazards, {activities} activities, {points} points loaded; {rejected} records rejected.</source>
        <translation>{hazards} ناوچەی مەترسیدار، {activities} چالاکی و {points} خاڵ بارکران؛ {rejected} تۆمار ڕەتکرانەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="571"/>
        <source>IMSMA import: {file}</source>
        <translation>هاوردەکردنی IMSMA: {file}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="9"/>
        <source>Load IMSMA export</source>
        <translation>بارکردنی هەناردەکراوی IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="15"/>
        <source>Files</source>
        <translation>فایلەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="27"/>
        <source>Add files…</source>
        <translation>زیادکردنی فایل…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="50"/>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="97"/>
        <source>Other profile…</source>
        <translation>پرۆفایلی تر…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="106"/>
        <source>CRS of projected coordinates (point lists)</source>
        <translation>سیستەمی کۆئۆردیناتی X/Yی پرۆجێکتکراو (لیستی خاڵەکان)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="116"/>
        <source>Bearings are measured from</source>
        <translation>ئاراستەکان دەپێورێن لە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="131"/>
        <source>Magnetic declination (° east)</source>
        <translation>لادانی موگناتیسی (° بەرەو ڕۆژهەڵات)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="153"/>
        <source>Target GeoPackage</source>
        <translation>فایلی GeoPackageی مەبەست</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="172"/>
        <source>Append</source>
        <translation>پێوەزیادکردن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="251"/>
        <source>Preview of the selected file, as mapped</source>
        <translation>پێشبینینی فایلە هەڵبژێردراوەکە، وەک گونجێنراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="291"/>
        <source>Open rejected table</source>
        <translation>کردنەوەی خشتەی ڕەتکراوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="305"/>
        <source>Load</source>
        <translation>بارکردن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="315"/>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="322"/>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="123"/>
        <source>Automatic: the bundled profile that fits each export</source>
        <translation>خۆکار: ئەو پرۆفایلە هاوپێچکراوەی لەگەڵ هەر هەناردەکراوێک دەگونجێت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="170"/>
        <source>File geodatabase (.gdb) or folder of shapefiles</source>
        <translation>جیۆداتابەیسی فایل (file geodatabase، .gdb) یان فۆڵدەری shapefile</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="253"/>
        <source>{profile} (chosen for this export)</source>
        <translation>{profile} (بۆ ئەم هەناردەکراوە هەڵبژێردرا)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="37"/>
        <source>A file geodatabase (.gdb) or a folder of shapefiles</source>
        <translation>جیۆداتابەیسی فایل (file geodatabase، .gdb) یان فۆڵدەرێکی shapefile</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="40"/>
        <source>Add folder…</source>
        <translation>زیادکردنی فۆڵدەر…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="508"/>
        <source>Also: {items} explosive item rows, {spot_tasks} spot tasks, {locations} locations, {accidents} accidents, {victims} victim count rows, {tasks} task orders.</source>
        <translation>هەروەها: {items} ڕیزی تەقەمەنی، {spot_tasks} ئەرکی خاڵی، {locations} شوێن، {accidents} ڕووداو، {victims} ڕیزی ژمارەی قوربانییان، {tasks} فەرمانی ئەرک.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="181"/>
        <source>Off: victims are only counted (table victims). On: names, dates of birth, ID and phone numbers and notes about victims are written to the table victim_details.</source>
        <translation>ناچالاک: قوربانییەکان تەنها دەژمێردرێن (خشتەی victims). چالاک: ناو، بەرواری لەدایکبوون، ژمارەی ناسنامە و تەلەفۆن و تێبینیی قوربانییان لە خشتەی victim_details دەنووسرێن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="184"/>
        <source>Include personal data of victims</source>
        <translation>زانیاریی کەسیی قوربانییان دابنێ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="523"/>
        <source>Cancelled: the file being read was not written; files finished before it were.</source>
        <translation>هەڵوەشێندرایەوە: ئەو فایلەی دەخوێندرایەوە نەنووسرا؛ ئەو فایلانەی پێشتر تەواو بوون نووسران.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="135"/>
        <source>Code</source>
        <translation>کۆد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="362"/>
        <source>Not imported: nothing was changed.</source>
        <translation>هاوردە نەکرا: هیچ شتێک نەگۆڕدرا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="404"/>
        <source>Records already in the GeoPackage</source>
        <translation>تۆمارەکانی پێشتر لە GeoPackage دا هەن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="404"/>
        <source>{count} records of these exports are already in {file} (same GUID or ID). What should the import do with them?</source>
        <translation>{count} تۆمار لەم هەناردانە پێشتر لە {file} دا هەن (هەمان GUID یان ناسنامە). هاوردەکردن چییان لێ بکات؟</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="416"/>
        <source>Replace the stored records</source>
        <translation>تۆمارە هەڵگیراوەکان بگۆڕە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="417"/>
        <source>Keep both</source>
        <translation>هەردووکیان بهێڵەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="418"/>
        <source>Skip the new records</source>
        <translation>تۆمارە نوێیەکان بپەڕێنە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="348"/>
        <source>Choose the register&apos;s connection first (a QGIS PostgreSQL connection or service=NAME).</source>
        <translation>سەرەتا پەیوەندیی تۆمار هەڵبژێرە (پەیوەندییەکی PostgreSQLی QGIS یان service=NAME).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.py" line="353"/>
        <source>Import one export at a time into the shared register: it records each export&apos;s file and what changed since the one before. Remove the other files, or untick the register.</source>
        <translation>هەر جارەی یەک هەناردەکردن بۆ ناو تۆماری هاوبەش هاوردە بکە: تۆمارەکە فایلی هەر هەناردەکردنێک و ئەوەی لە هەناردەکردنی پێشووەوە گۆڕاوە دەپارێزێت. فایلەکانی تر لاببە، یان نیشانەی تۆمار لاببە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="193"/>
        <source>Also bring this export into the register your authority shares in PostGIS: records are matched by GUID (else local ID) and every new, changed and no longer exported record is kept in its history.</source>
        <translation>ئەم هەناردەکردنە بۆ ناو ئەو تۆمارەش بهێنە کە دەزگاکەت لە PostGIS هاوبەشی دەکات: تۆمارەکان بە GUID (ئەگەر نەبوو بە ناسنامەی ناوخۆیی) بەراورد دەکرێن و هەر تۆمارێکی نوێ، گۆڕاو یان چیتر لە هەناردەکردندا نەبوو لە مێژووەکەیدا دەپارێزرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="196"/>
        <source>Also import into the shared PostGIS register</source>
        <translation>هەروەها هاوردەکردن بۆ ناو تۆماری هاوبەش</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="208"/>
        <source>Connection</source>
        <translation>پەیوەندی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="218"/>
        <source>A PostgreSQL connection of QGIS (Browser, PostgreSQL, New Connection), or type service=NAME for a service of your pg_service.conf</source>
        <translation>پەیوەندییەکی PostgreSQLی QGIS (Browser، PostgreSQL، New Connection)، یان service=NAME بنووسە بۆ خزمەتگوزارییەکی فایلی pg_service.conf</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/import_dialog.ui" line="231"/>
        <source>Schema</source>
        <translation>schema</translation>
    </message>
</context>
<context>
    <name>ImportImsmaAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="75"/>
        <source>Import IMSMA export</source>
        <translation>هاوردەکردنی هەناردەکراوی IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="100"/>
        <source>IMSMA export file</source>
        <translation>فایلی هەناردەکراوی IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="114"/>
        <source>Mapping profile (name or JSON path)</source>
        <translation>پرۆفایلی گونجاندنی خانەکان (ناو یان ڕێڕەوی JSON)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="122"/>
        <source>Bearings are measured from</source>
        <translation>ئاراستەکان دەپێورێن لە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="122"/>
        <source>True north</source>
        <translation>باکووری ڕاستەقینە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="122"/>
        <source>Grid north</source>
        <translation>باکووری تۆڕ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="122"/>
        <source>Magnetic north</source>
        <translation>باکووری موگناتیسی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="130"/>
        <source>Magnetic declination (degrees, east positive)</source>
        <translation>لادانی موگناتیسی (پلە، ڕۆژهەڵات ئەرێنی)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="140"/>
        <source>Append to an existing GeoPackage</source>
        <translation>زیادکردن بۆ فایلەکە ئەگەر هەبێت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="161"/>
        <source>Canonical GeoPackage</source>
        <translation>فایلی GeoPackageی ستاندارد</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="185"/>
        <source>Hazards</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="186"/>
        <source>Activities</source>
        <translation>چالاکییەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="187"/>
        <source>Points</source>
        <translation>خاڵەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="188"/>
        <source>Rejected records</source>
        <translation>تۆمارە ڕەتکراوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="226"/>
        <source>Give exactly one IMSMA export: a file (INPUT), a folder (INPUT_FOLDER: a .gdb or a folder of shapefiles) or a data source (INPUT_URI: a PostGIS connection or file.gpkg|layername=NAME).</source>
        <translation>تەنها یەک هەناردەکراوی IMSMA بدە: فایلێک (INPUT)، فۆڵدەرێک (INPUT_FOLDER: .gdb یان فۆڵدەرێکی shapefile) یان سەرچاوەیەکی داتا (INPUT_URI: پەیوەندیی PostGIS یان file.gpkg|layername=NAME).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="274"/>
        <source>Format: {format}. Profile: {profile}.</source>
        <translation>فۆرمات: {format}. پرۆفایل: {profile}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="280"/>
        <source>{count} records rejected: {reason}</source>
        <translation>{count} تۆمار ڕەتکرانەوە: {reason}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="282"/>
        <source>See the &apos;rejected&apos; table of {file} for every rejected record and why.</source>
        <translation>بۆ هەموو تۆمارە ڕەتکراوەکان و هۆکارەکانیان سەیری خشتەی 'rejected'ی {file} بکە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="285"/>
        <source>{hazards} hazards, {activities} activities, {points} points, {rejected} rejected.</source>
        <translation>{hazards} ناوچەی مەترسیدار، {activities} چالاکی، {points} خاڵ، {rejected} ڕەتکراوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="101"/>
        <source>…or an IMSMA export folder (.gdb or shapefiles)</source>
        <translation>…یان فۆڵدەری هەناردەکراوی IMSMA (.gdb یان فایلەکانی shapefile)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="109"/>
        <source>…or a data source (PostGIS or GeoPackage layer)</source>
        <translation>…یان سەرچاوەیەکی داتا (PostGIS یان چینێکی GeoPackage)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="117"/>
        <source>Point list CRS (projected X/Y)</source>
        <translation>سیستەمی کۆئۆردیناتی لیستی خاڵەکان (X/Yی پرۆجێکتکراو)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="78"/>
        <source>Reads an IMSMA export into the canonical GeoPackage: layers hazards, activities, points and rejected, all in EPSG:4326, with the ellipsoidal area of every polygon.

The format is detected: IMSMA point list (.csv, .xlsx, .xls), IMSMA NG maXML, or an IMSMA GIS export. The profile maps the export&apos;s field names and codes (bundled: imsma_ng, imsma_core; or the path of your own copy); left empty, the bundled profile that fits the export is used (IMSMA Core for exports with imsma_id/imsma_links fields, IMSMA NG otherwise).

Give one source: a file; or a folder (a file geodatabase .gdb or a folder of shapefiles); or a data source text (a PostGIS connection such as dbname=&apos;imsma&apos; host=... table=&quot;staging&quot;.&quot;HAZARD_POLYGON_VIEW&quot; (shape), or one layer of a GeoPackage as file.gpkg|layername=HAZARD_POLYGON_VIEW). The file parameter also accepts a folder or data source typed in.

Source CRS: the CRS of projected X/Y in point lists (UTM, Karbala 1979, IGRS, Iraq National Grid). Degrees and MGRS are recognised whatever it is. Bearings are from true north unless you choose grid or magnetic north (then give the declination, degrees east positive).

Nothing is lost: every record that cannot be loaded is in the rejected table with a reason code and a message naming the row and the field.

Explosive items (Ordnance, Device), EOD spot tasks and other point-only activities, locations (communities), accidents and victims go to the layers items, spot_tasks, locations, accidents and victims. Victims are counted by accident, sex, age group, outcome and activity: names, dates of birth, ID and phone numbers and notes about persons are not written anywhere unless you tick &apos;Include personal data of victims&apos;, which adds the table victim_details.</source>
        <translation>هەناردەکراوێکی IMSMA دەخوێنێتەوە بۆ ناو GeoPackageی ستاندارد: چینەکانی hazards، activities، points و rejected، هەموویان بە EPSG:4326، لەگەڵ ڕووبەری ئێلیپسۆیدیی هەر فرەگۆشەیەک.

فۆرماتەکە خۆکارانە دەناسرێتەوە: لیستی خاڵەکانی IMSMA (.csv، .xlsx، .xls)، maXMLی IMSMA NG، یان هەناردەکراوی GISی IMSMA. پرۆفایلەکە ناوی خانەکان و کۆدەکانی هەناردەکراوەکە دەگونجێنێت (هاوپێچکراوەکان: imsma_ng، imsma_core؛ یان ڕێڕەوی کۆپییەکی خۆت)؛ ئەگەر بەتاڵ بهێڵدرێت، ئەو پرۆفایلە هاوپێچکراوەی لەگەڵ هەناردەکراوەکە دەگونجێت بەکاردێت (IMSMA Core بۆ هەناردەکراوی خاوەن خانەکانی imsma_id/imsma_links، ئەگەرنا IMSMA NG).

یەک سەرچاوە بدە: فایلێک؛ یان فۆڵدەرێک (جیۆداتابەیسی فایل (file geodatabase، .gdb) یان فۆڵدەرێکی shapefile)؛ یان دەقی سەرچاوەی داتا (پەیوەندییەکی PostGIS وەک dbname='imsma' host=... table=&quot;staging&quot;.&quot;HAZARD_POLYGON_VIEW&quot; (shape)، یان یەک چینی GeoPackage وەک file.gpkg|layername=HAZARD_POLYGON_VIEW). پارامەتری فایل فۆڵدەر یان سەرچاوەی داتای نووسراویش وەردەگرێت.

CRSی سەرچاوە: CRSی X/Yی پرۆجێکتکراو لە لیستی خاڵەکاندا (UTM، Karbala 1979، IGRS، Iraq National Grid). پلە و MGRS بێ گوێدانە ئەم CRSە دەناسرێنەوە. ئاراستەکان لە باکووری ڕاستەقینەوە دەپێورێن مەگەر باکووری تۆڕ یان باکووری موگناتیسی هەڵبژێریت (ئەو کاتە لادانەکە بدە، بە پلە، ڕۆژهەڵات ئەرێنی).

هیچ شتێک ون نابێت: هەر تۆمارێک کە بار نەکرێت لە خشتەی rejected دایە لەگەڵ کۆدی هۆکار و پەیامێک کە ڕیز و خانەکە دیاری دەکات.

تەقەمەنییەکان (Ordnance، Device)، ئەرکە خاڵییەکانی EOD و چالاکییەکانی تر کە تەنها وەک خاڵ تۆمارکراون، شوێنەکان (کۆمەڵگەکان)، ڕووداو و قوربانییەکان دەچنە چینەکانی items، spot_tasks، locations، accidents و victims. قوربانییەکان بەپێی ڕووداو، ڕەگەز، گرووپی تەمەن، ئەنجام و چالاکی دەژمێردرێن: ناو، بەرواری لەدایکبوون، ژمارەی ناسنامە و تەلەفۆن و تێبینی دەربارەی کەسەکان لە هیچ شوێنێک نانووسرێن مەگەر 'زانیاریی کەسیی قوربانییان دابنێ' دیاری بکەیت، کە خشتەی victim_details زیاد دەکات.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="143"/>
        <source>Include personal data of victims (names, dates of birth, ID and phone numbers, notes) in the GeoPackage</source>
        <translation>زانیاریی کەسیی قوربانییان (ناو، بەرواری لەدایکبوون، ژمارەی ناسنامە و تەلەفۆن، تێبینی) لە GeoPackage دابنێ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="191"/>
        <source>Task orders</source>
        <translation>فەرمانەکانی ئەرک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="192"/>
        <source>Explosive item rows</source>
        <translation>ڕیزەکانی تەقەمەنی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="193"/>
        <source>Spot tasks</source>
        <translation>ئەرکە خاڵییەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="194"/>
        <source>Locations</source>
        <translation>شوێنەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="195"/>
        <source>Accidents</source>
        <translation>ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="196"/>
        <source>Victim count rows</source>
        <translation>ڕیزەکانی ژمارەی قوربانییان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="292"/>
        <source>Layer {layer}: {count} features.</source>
        <translation>چینی {layer}: {count} تەن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="296"/>
        <source>{file} holds personal data of {count} victims (table victim_details): share it only as your data protection rules allow.</source>
        <translation>{file} زانیاریی کەسیی {count} قوربانی تێدایە (خشتەی victim_details): تەنها بەپێی ڕێساکانی پاراستنی داتاکەت هاوبەشی بکە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="166"/>
        <source>Shared PostGIS register (QGIS connection name, service=NAME or postgresql:// URI)</source>
        <translation>تۆماری هاوبەش لە PostGIS (ناوی پەیوەندیی QGIS، service=NAME یان ناونیشانی postgresql://)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="173"/>
        <source>Register schema</source>
        <translation>schemaی تۆمار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="178"/>
        <source>Wait for another import into the register (seconds)</source>
        <translation>چاوەڕوانی هاوردەکردنێکی تر بۆ ناو تۆمار (چرکە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="183"/>
        <source>Register import number</source>
        <translation>ژمارەی هاوردەکردن لە تۆمار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="270"/>
        <source>Cancelled: nothing was written; the GeoPackage is as it was before the import.</source>
        <translation>هەڵوەشێندرایەوە: هیچ شتێک نەنووسرا؛ GeoPackageەکە وەک پێش هاوردەکردن ماوەتەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="153"/>
        <source>Records already in the GeoPackage (same GUID or ID)</source>
        <translation>تۆمارەکانی پێشتر لە GeoPackage دا هەن (هەمان GUID یان ناسنامە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="153"/>
        <source>Keep both</source>
        <translation>هەردووکیان بهێڵەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="153"/>
        <source>Replace the stored record</source>
        <translation>تۆماری هەڵگیراو بگۆڕە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="153"/>
        <source>Skip the new record</source>
        <translation>تۆماری نوێ بپەڕێنە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="189"/>
        <source>Records already present</source>
        <translation>تۆمارەکانی پێشتر هەبوون</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="184"/>
        <source>What the import did in the register</source>
        <translation>ئەوەی هاوردەکردنەکە لە تۆمارەکەدا کردی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/import_imsma.py" line="307"/>
        <source>{count} forms unchanged since the register&apos;s last import were not read again.</source>
        <translation>{count} فۆرم کە لە دوایین هاوردەکردنی تۆمارەکەوە نەگۆڕاون دووبارە نەخوێنرانەوە.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/preview.py" line="27"/>
        <source>Layer</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/preview.py" line="28"/>
        <source>Object</source>
        <translation>بابەت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/preview.py" line="29"/>
        <source>Source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/preview.py" line="30"/>
        <source>Attributes</source>
        <translation>تایبەتمەندییەکان</translation>
    </message>
</context>
<context>
    <name>InvalidGeometry</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="41"/>
        <source>Invalid geometry</source>
        <translation>جیۆمەتریی نادروست</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="44"/>
        <source>The polygon is not valid for GEOS (self-intersection, ring crossing, bad hole...). The finding names GEOS&apos;s reason and sits at the place GEOS reports; areas and overlaps of this hazard are computed on a repaired copy. mineaction:fixhazards repairs it.</source>
        <translation>فرەگۆشەکە بەپێی GEOS دروست نییە (خۆبڕین، یەکبڕینی ئەڵقەکان، کونی هەڵە...). دەرەنجامی پشکنینەکە هۆکاری GEOS دەڵێت و لەو شوێنەدایە کە GEOS دیاری دەکات؛ ڕووبەر و لەسەریەککەوتنەکانی ئەم ناوچە مەترسیدارە لەسەر کۆپییەکی چاککراو دەژمێردرێن. mineaction:fixhazards چاکی دەکات.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="55"/>
        <source>unknown reason</source>
        <translation>هۆکاری نەزانراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="60"/>
        <source>Hazard {hazard} has an invalid geometry: {reason}.</source>
        <translation>جیۆمەتریی ناوچەی مەترسیداری {hazard} نادروستە: {reason}.</translation>
    </message>
</context>
<context>
    <name>IssueBrowser</name>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="347"/>
        <source>Validation issues</source>
        <translation>کێشەکانی پشکنینی دروستیی داتا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="70"/>
        <source>Hazard</source>
        <translation>ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="19"/>
        <source>Rule</source>
        <translation>ڕێسا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="29"/>
        <source>Severity</source>
        <translation>پلەی گرنگی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="39"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="74"/>
        <source>Value</source>
        <translation>بەها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="75"/>
        <source>Message</source>
        <translation>پەیام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="362"/>
        <source>Issue browser</source>
        <translation>گەڕۆکی کێشەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="102"/>
        <source>Not an issue layer: {uri}</source>
        <translation>چینی کێشەکان نییە: {uri}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="159"/>
        <source>All</source>
        <translation>هەموو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="161"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="219"/>
        <source>{shown} of {total} findings shown</source>
        <translation>{shown} لە {total} دەرەنجامی پشکنین پیشان دراون</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="49"/>
        <source>Only findings not yet reviewed</source>
        <translation>تەنها ئەو دەرەنجامانەی هێشتا پێداچوونەوەیان بۆ نەکراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="56"/>
        <source>Only new findings (not in the previous run)</source>
        <translation>تەنها دەرەنجامە نوێیەکان (لە کارپێکردنی پێشوودا نەبوون)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="87"/>
        <source>Zoom to finding</source>
        <translation>زووم بۆ دەرەنجام</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="94"/>
        <source>Mark reviewed</source>
        <translation>نیشانکردن وەک پێداچوونەوە بۆ کراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.ui" line="101"/>
        <source>Mark not reviewed</source>
        <translation>نیشانکردن وەک پێداچوونەوە بۆ نەکراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/issue_browser.py" line="362"/>
        <source>No validation findings yet: run Validate hazards first.</source>
        <translation>هێشتا هیچ دەرەنجامێکی پشکنین نییە: سەرەتا پشکنینی ناوچە مەترسیدارەکان ئەنجام بدە.</translation>
    </message>
</context>
<context>
    <name>KeptLayout</name>
    <message>
        <location filename="../mineaction_qgis/core/atlas/kept_layout.py" line="34"/>
        <source>The layout could not be saved to {path}: {error}</source>
        <translation>نەخشەبەندییەکە لە {path} پاشەکەوت نەکرا: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/kept_layout.py" line="76"/>
        <source>The layout file {path} could not be read.</source>
        <translation>فایلی نەخشەبەندی {path} نەخوێنرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/atlas/kept_layout.py" line="64"/>
        <source>The layers of the layout in {path} could not be read.</source>
        <translation>چینەکانی نەخشەبەندی لە {path} نەخوێنرانەوە.</translation>
    </message>
</context>
<context>
    <name>LoadError</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/loader.py" line="65"/>
        <source>Profile &apos;{profile}&apos; cannot be loaded: {error}. Give a bundled profile name (imsma_ng, imsma_core) or the path of a profile JSON file.</source>
        <translation>پرۆفایلی '{profile}' بار ناکرێت: {error}. ناوی پرۆفایلێکی هاوپێچکراو (imsma_ng، imsma_core) یان ڕێڕەوی فایلێکی JSONی پرۆفایل بدە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/loader.py" line="303"/>
        <source>&apos;{file}&apos; cannot be imported: {error}</source>
        <translation>'{file}' هاوردە ناکرێت: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/loader.py" line="241"/>
        <source>{count} point(s) lie at latitude 0, longitude 0, usually an empty coordinate saved as zero: {refs}.</source>
        <translation>{count} خاڵ لەسەر هێڵی پانی 0، هێڵی درێژی 0ن، کە زۆرجار کۆئۆردیناتێکی بەتاڵە وەک سفر پاشەکەوت کراوە: {refs}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/loader.py" line="250"/>
        <source>{count} record(s) lie outside {country} (longitude {west} to {east}, latitude {south} to {north}, from the profile): {refs}. Check their coordinates and the source CRS.</source>
        <translation>{count} تۆمار لە دەرەوەی {country}ن (هێڵی درێژی {west} بۆ {east}، هێڵی پانی {south} بۆ {north}، لە پرۆفایلەکەوە): {refs}. کۆئۆردیناتەکانیان و CRSی سەرچاوە بپشکنە.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../mineaction_qgis/ui/map_view.py" line="44"/>
        <source>Hazards far from the others</source>
        <translation>ناوچەی مەترسیدار دوور لەوانی تر</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/map_view.py" line="44"/>
        <source>{count} hazards lie far outside the area of the others and are not in this view: {ids}. Check their coordinates (Validate hazards reports them).</source>
        <translation>{count} ناوچەی مەترسیدار زۆر دوور لە ناوچەی ئەوانی تر دان و لەم پیشاندانەدا نین: {ids}. کۆئۆردیناتەکانیان بپشکنە (پشکنینی ناوچە مەترسیدارەکان ڕاپۆرتیان دەکات).</translation>
    </message>
</context>
<context>
    <name>MaxmlExtras</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="249"/>
        <source>{ref}: explosive item row in a form that is not an activity (object &apos;{object_id}&apos;); items count only when an activity found them.</source>
        <translation>{ref}: ڕیزی تەقەمەنی لە فۆرمێکدا کە چالاکی نییە (تەنی '{object_id}')؛ تەقەمەنییەکان تەنها کاتێک دەژمێردرێن کە چالاکییەک دۆزیبێتیانەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="257"/>
        <source>{ref}: item category &apos;{value}&apos; is not in the profile&apos;s item_category code list.</source>
        <translation>{ref}: پۆلی تەقەمەنیی '{value}' لە لیستی کۆدی item_categoryی پرۆفایلەکەدا نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="264"/>
        <source>{ref}: quantity &apos;{value}&apos; is not a whole number of 0 or more.</source>
        <translation>{ref}: بڕی '{value}' ژمارەیەکی تەواوی 0 یان زیاتر نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="321"/>
        <source>Form {ref}: the EOD spot task {object_id} has no located point.</source>
        <translation>فۆرمی {ref}: ئەرکی خاڵیی EOD {object_id} هیچ خاڵێکی شوێندیاریکراوی نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="372"/>
        <source>Form {ref}: victim {object_id} names accident &apos;{accident}&apos;, which is not in this export.</source>
        <translation>فۆرمی {ref}: قوربانیی {object_id} ئاماژە بە ڕووداوی '{accident}' دەکات، کە لەم هەناردەیەدا نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="439"/>
        <source>maXML: {count} record(s) of layer &apos;{layer}&apos; have no located point and were loaded without geometry.</source>
        <translation>maXML: {count} تۆماری چینی '{layer}' خاڵی شوێندیاریکراویان نییە و بەبێ جیۆمەتری بارکران.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/items.py" line="447"/>
        <source>maXML: activity {activity} records {recorded} items found, but its item rows add up to {total}.</source>
        <translation>maXML: چالاکیی {activity} دۆزینەوەی {recorded} تەقەمەنی تۆمار دەکات، بەڵام کۆی ڕیزەکانی تەقەمەنییەکەی {total}ە.</translation>
    </message>
</context>
<context>
    <name>MaxmlReader</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="210"/>
        <source>Point of form {ref} not loaded: {reason}</source>
        <translation>خاڵی فۆرمی {ref} بار نەکرا: {reason}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="116"/>
        <source>Form {ref} has no item element (Hazard, HazardReduction...).</source>
        <translation>فۆرمی {ref} توخمی بابەتی (Hazard، HazardReduction...) تێدا نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="124"/>
        <source>Form {ref}: item &apos;{item}&apos; has no layer in the canonical register; the form is kept here unchanged.</source>
        <translation>فۆرمی {ref}: بابەتی '{item}' لە تۆماری ستاندارددا چینی نییە؛ فۆرمەکە لێرە بێ گۆڕان هەڵگیراوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="135"/>
        <source>Form {ref}: the {item} has neither a GUID nor a local ID.</source>
        <translation>فۆرمی {ref}: {item}ەکە نە GUIDی هەیە و نە ناسنامەی ناوخۆیی.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="142"/>
        <source>Form {ref} for {object_id} is ignored: form FieldReport[{winner}] for the same item has a later Date of Information (IMSMA ignores a form whose DOI is not later).</source>
        <translation>فۆرمی {ref} بۆ {object_id} پشتگوێ خرا: فۆرمی FieldReport[{winner}] بۆ هەمان بابەت بەرواری زانیاریی (DOI) دواترە (IMSMA فۆرمێک پشتگوێ دەخات کە DOIەکەی دواتر نەبێت).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="120"/>
        <source>{ref}: point number {number} is used twice in this shape (first at {first}).</source>
        <translation>{ref}: ژمارەی خاڵی {number} دوو جار لەم شێوەیەدا بەکارهاتووە (یەکەم جار لە {first}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="178"/>
        <source>{ref}: point number &apos;{value}&apos; is not a whole number.</source>
        <translation>{ref}: ژمارەی خاڵی '{value}' ژمارەیەکی تەواو نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="188"/>
        <source>{ref}: point type &apos;{value}&apos; is not in the profile&apos;s point_type code list.</source>
        <translation>{ref}: جۆری خاڵی '{value}' لە لیستی کۆدی point_typeی پرۆفایلەکەدا نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="195"/>
        <source>{ref}: latitude &apos;{lat}&apos; / longitude &apos;{lon}&apos; is not a WGS 84 coordinate.</source>
        <translation>{ref}: هێڵی پانیی '{lat}' / هێڵی درێژیی '{lon}' کۆئۆردیناتێکی WGS 84 نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="258"/>
        <source>{ref}: no latitude/longitude, and the entered coordinate cannot be read: {error}</source>
        <translation>{ref}: هێڵی پانی/درێژی نییە، و کۆئۆردیناتی نووسراو ناخوێندرێتەوە: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="266"/>
        <source>{ref}: the point has no latitude/longitude and no bearing and distance.</source>
        <translation>{ref}: خاڵەکە نە هێڵی پانی/درێژیی هەیە و نە ئاراستە و دووری.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/points.py" line="272"/>
        <source>{ref}: bearing and distance given but the from-point &apos;{origin}&apos; is not a located point of this shape.</source>
        <translation>{ref}: ئاراستە و دووری دراون، بەڵام '{origin}'، ئەو خاڵەی پێوانەکە لێیەوە دەستپێدەکات، خاڵێکی شوێندیاریکراوی ئەم شێوەیە نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="32"/>
        <source>maXML: {count} &apos;{name}&apos; element(s) in {parent} are not in the profile and were not loaded (add them to the profile&apos;s maxml section to map them).</source>
        <translation>maXML: {count} توخمی '{name}' لە {parent}دا لە پرۆفایلەکەدا نین و بار نەکران (بۆ گونجاندنیان، زیادیان بکە بۆ بەشی maxmlی پرۆفایلەکە).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="46"/>
        <source>maXML: value &apos;{value}&apos; ({count} time(s)) is not in the code list &apos;{code_list}&apos;; it was kept as it is.</source>
        <translation>maXML: بەهای '{value}' ({count} جار) لە لیستی کۆدی '{code_list}'دا نییە؛ وەک خۆی هێڵرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="67"/>
        <source>maXML: {count} value(s) of field &apos;{field}&apos; could not be read and were left empty.</source>
        <translation>maXML: {count} بەهای خانەی '{field}' نەخوێندرانەوە و بە بەتاڵی هێڵرانەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="71"/>
        <source>maXML: {count} object(s) have no polygon and were loaded without geometry.</source>
        <translation>maXML: {count} بابەت فرەگۆشەیان نییە و بێ جیۆمەتری بارکران.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="75"/>
        <source>maXML: {count} form(s) have a Date of Information that is not a date; it was left empty.</source>
        <translation>maXML: بەرواری زانیاریی (DOI) {count} فۆرم بەروار نییە؛ بە بەتاڵی هێڵرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="79"/>
        <source>maXML: {count} form(s) have no FieldReportInfo (no Date of Information).</source>
        <translation>maXML: {count} فۆرم FieldReportInfoیان نییە (بەرواری زانیارییان نییە).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/stream.py" line="95"/>
        <source>{file} is not well-formed XML at line {line}, column {column}.</source>
        <translation>{file} لە دێڕی {line}، ستوونی {column} XMLێکی دروست نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="199"/>
        <source>{ref}: points of a Victim form are not loaded.</source>
        <translation>{ref}: خاڵەکانی فۆرمی قوربانی بار ناکرێن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/reader.py" line="101"/>
        <source>Form {ref} has elements nested more than {depth} levels deep (a damaged or hostile file); it was not read.</source>
        <translation>فۆرمی {ref} توخمی تێدایە کە زیاتر لە {depth} ئاست قووڵ لەناو یەکدان (فایلێکی تێکچوو یان دوژمنکارانە)؛ نەخوێندرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/objects.py" line="97"/>
        <source>Form {ref}: the polygon of {object_id} has fewer than 3 distinct vertices, or they all lie on one line ({parts}).</source>
        <translation>فۆرمی {ref}: فرەگۆشەی {object_id} کەمتر لە 3 لووتکەی جیاوازی هەیە، یان هەموویان لەسەر یەک هێڵن ({parts}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/report.py" line="61"/>
        <source>maXML: polygon part {ref} has fewer than 3 distinct vertices, or they all lie on one line, and was left out of its object (its points are loaded).</source>
        <translation>maXML: بەشی فرەگۆشەی {ref} کەمتر لە 3 لووتکەی جیاوازی هەیە، یان هەموویان لەسەر یەک هێڵن، و لە تەنەکەی دەرهێنرا (خاڵەکانی بارکراون).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/stream.py" line="88"/>
        <source>{file} ends before the XML document is complete (line {line}, column {column}): the file is cut off (truncated). Copy or export it again.</source>
        <translation>{file} پێش تەواوبوونی بەڵگەنامەی XML کۆتایی دێت (دێڕی {line}، ستوونی {column}): فایلەکە بڕاوە (ناتەواوە). دووبارە کۆپی یان هەناردەی بکەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/maxml/stream.py" line="115"/>
        <source>{file} declares the XML entity &apos;{name}&apos;. Entity declarations are refused and never resolved: they can read other files or expand without end, and no IMSMA export has them.</source>
        <translation>{file} یەکەی XMLی '{name}' ڕادەگەیەنێت. ڕاگەیاندنی یەکەکان ڕەت دەکرێنەوە و هەرگیز شی ناکرێنەوە: دەتوانن فایلی تر بخوێننەوە یان بێ کۆتا گەورە ببن، و هیچ هەناردەیەکی IMSMA ئەمانەی تێدا نییە.</translation>
    </message>
</context>
<context>
    <name>MineActionAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="165"/>
        <source>Layer &apos;{layer}&apos; has no field {missing}. Its fields are: {fields}.</source>
        <translation>چینی '{layer}' خانەی {missing}ی تێدا نییە. خانەکانی ئەمانەن: {fields}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="60"/>
        <source>Import</source>
        <translation>هاوردەکردن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="61"/>
        <source>Validation</source>
        <translation>پشکنینی دروستیی داتا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="62"/>
        <source>Land release</source>
        <translation>گەڕاندنەوەی زەوی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/base.py" line="63"/>
        <source>Atlas</source>
        <translation>ئەتڵەس</translation>
    </message>
</context>
<context>
    <name>MineActionPlugin</name>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="57"/>
        <source>Mine Action</source>
        <translation>کاروباری مین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="79"/>
        <source>Settings…</source>
        <translation>ڕێکخستنەکان…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="72"/>
        <source>Load IMSMA export…</source>
        <translation>بارکردنی هەناردەکراوی IMSMA…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="73"/>
        <source>Validate hazards…</source>
        <translation>پشکنینی دروستیی ناوچە مەترسیدارەکان…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="75"/>
        <source>Clearance gaps…</source>
        <translation>کەلێنەکانی پاککردنەوە…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="76"/>
        <source>Task overlaps…</source>
        <translation>لەسەریەککەوتنی ئەرکەکان…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="77"/>
        <source>Print atlas…</source>
        <translation>چاپکردنی ئەتڵەس…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="78"/>
        <source>Open training project…</source>
        <translation>کردنەوەی پرۆژەی ڕاهێنان…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/plugin.py" line="74"/>
        <source>Validation issues</source>
        <translation>دەرەنجامەکانی پشکنین</translation>
    </message>
</context>
<context>
    <name>MineActionProvider</name>
    <message>
        <location filename="../mineaction_qgis/processing/provider.py" line="48"/>
        <source>Mine action</source>
        <translation>کاروباری مین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/provider.py" line="51"/>
        <source>Mine action information management</source>
        <translation>بەڕێوەبردنی زانیاریی کاروباری مین</translation>
    </message>
</context>
<context>
    <name>MissingValue</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="16"/>
        <source>Mandatory value missing</source>
        <translation>بەهای پێویست بەتاڵە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="19"/>
        <source>The ID, status or classification field (ID_FIELD, STATUS_FIELD, CLASS_FIELD) is empty. One finding per empty field; the field column names it.</source>
        <translation>خانەی ناسنامە، دۆخ یان پۆلێنکردن (ID_FIELD، STATUS_FIELD، CLASS_FIELD) بەتاڵە. بۆ هەر خانەیەکی بەتاڵ یەک دەرەنجامی پشکنین؛ ستوونی field ناوی خانەکە دەڵێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="30"/>
        <source>Hazard {hazard} has no value in field {field}.</source>
        <translation>ناوچەی مەترسیداری {hazard} لە خانەی {field}دا بەهای نییە.</translation>
    </message>
</context>
<context>
    <name>MultipartSelfOverlap</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="223"/>
        <source>Parts of one hazard overlap</source>
        <translation>بەشەکانی یەک ناوچەی مەترسیدار لەسەریەک دەکەون</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="226"/>
        <source>Two parts of a multipart hazard overlap by more than MULTIPART_OVERLAP_PCT (0.9 %) of their union, so the same ground is counted twice (often the same polygon entered twice). The finding is the overlap; the value is the overlap in percent of the union.</source>
        <translation>دوو بەشی ناوچەیەکی مەترسیداری فرەبەش زیاتر لە MULTIPART_OVERLAP_PCT (0.9 %)ی یەکگرتنەکەیان لەسەریەک دەکەون، بۆیە هەمان زەوی دوو جار دەژمێردرێت (زۆرجار هەمان فرەگۆشە دوو جار تۆمارکراوە). دەرەنجامی پشکنینەکە بەشە لەسەریەککەوتووەکەیە؛ بەهاکە ڕێژەی لەسەریەککەوتنەکەیە بە لەسەدی یەکگرتنەکە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="256"/>
        <source>Hazard {hazard}: parts {first} and {second} overlap by {percent} % of their union.</source>
        <translation>ناوچەی مەترسیداری {hazard}: بەشەکانی {first} و {second} بە ڕێژەی {percent} %ی یەکگرتنەکەیان لەسەریەک دەکەون.</translation>
    </message>
</context>
<context>
    <name>OutputError</name>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="110"/>
        <source>&apos;{file}&apos; is not a regular file (a named pipe, socket or device); only files and folders can be read or written.</source>
        <translation>'{file}' فایلێکی ئاسایی نییە (بۆرییەکی ناودار، سۆکێت یان ئامێر)؛ تەنها فایل و بوخچە دەخوێندرێنەوە یان دەنووسرێن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="202"/>
        <source>Cannot write in the folder of &apos;{file}&apos;: {error}</source>
        <translation>ناتوانرێت لە بوخچەی '{file}' بنووسرێت: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="306"/>
        <source>Cannot replace &apos;{file}&apos;: {error}</source>
        <translation>ناتوانرێت '{file}' بگۆڕدرێت: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="91"/>
        <source>The output &apos;{output}&apos; is the input file itself; writing it would destroy the input. Choose another output file.</source>
        <translation>دەرچووی '{output}' خودی فایلی تێچووەکەیە؛ نووسینی تێچووەکە لەناو دەبات. فایلێکی دەرچووی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="364"/>
        <source>&apos;{file}&apos; is a file, not a folder.</source>
        <translation>'{file}' فایلە، نەک بوخچە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/common/safe_output.py" line="179"/>
        <source>Cannot read &apos;{file}&apos;: {error}</source>
        <translation>ناتوانرێت '{file}' بخوێنرێتەوە: {error}</translation>
    </message>
</context>
<context>
    <name>OutsideBoundary</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="125"/>
        <source>Outside the boundaries</source>
        <translation>لە دەرەوەی سنوورەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="128"/>
        <source>Part of the hazard lies outside every polygon of BOUNDARIES (e.g. the country's governorates) by more than MIN_OVERLAP_AREA: a wrong datum, swapped coordinates or a typing error. The finding is the part outside; the value is its area in m².</source>
        <translation>بەشێک لە ناوچە مەترسیدارەکە، زیاتر لە MIN_OVERLAP_AREA، دەکەوێتە دەرەوەی هەموو فرەگۆشەکانی BOUNDARIES (بۆ نموونە پارێزگاکانی وڵات): داتۆمی هەڵە، کۆئۆردیناتی ئاڵوگۆڕکراو یان هەڵەی نووسین. دەرەنجامی پشکنینەکە بەشە دەرەکییەکەیە؛ بەهاکە ڕووبەرەکەیەتی بە m².</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="146"/>
        <source>Hazard {hazard}: {area} m² ({percent} %) lie outside the boundaries.</source>
        <translation>ناوچەی مەترسیداری {hazard}: {area} m² ({percent} %) دەکەوێتە دەرەوەی سنوورەکان.</translation>
    </message>
</context>
<context>
    <name>Overlap</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="16"/>
        <source>Hazards overlap</source>
        <translation>ناوچە مەترسیدارەکان لەسەریەک دەکەون</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="19"/>
        <source>Two different hazards cover the same ground over more than MIN_OVERLAP_AREA (1 m²), so that ground is counted twice in the contaminated area. The finding is the overlap polygon itself; the value is its area in m² on the ellipsoid. Pairs that are the same polygon twice are reported as duplicate_geometry instead.</source>
        <translation>دوو ناوچەی مەترسیداری جیاواز لە ڕووبەرێکی زیاتر لە MIN_OVERLAP_AREA (1 m²) هەمان زەوی دادەپۆشن، بۆیە ئەو زەوییە دوو جار لە ڕووبەری مەترسیداردا دەژمێردرێت. دەرەنجامی پشکنینەکە خودی فرەگۆشەی لەسەریەککەوتنەکەیە؛ بەهاکە ڕووبەرەکەیەتی بە m² لەسەر ئێلیپسۆید. ئەو جووتانەی هەمان فرەگۆشەن بە دوو جار، لەبری ئەمە وەک duplicate_geometry ڕاپۆرت دەکرێن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/topology.py" line="32"/>
        <source>Hazards {first} and {second} overlap by {area} m².</source>
        <translation>ناوچە مەترسیدارەکانی {first} و {second} بە {area} m² لەسەریەک دەکەون.</translation>
    </message>
</context>
<context>
    <name>PointListReader</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="203"/>
        <source>&apos;{file}&apos; is empty.</source>
        <translation>'{file}' بەتاڵە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="208"/>
        <source>&apos;{file}&apos; has no column {missing}; its columns are: {columns}.</source>
        <translation>'{file}' ستوونی {missing}ی تێدا نییە؛ ستوونەکانی ئەمانەن: {columns}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="324"/>
        <source>Row {row}: {message}</source>
        <translation>ڕیزی {row}: {message}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="353"/>
        <source>PointNo {number} appears again in polygon &apos;{poly}&apos; (first on row {first}).</source>
        <translation>PointNo {number} دووبارە لە فرەگۆشەی '{poly}'دا هاتووەتەوە (یەکەم جار لە ڕیزی {first}).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="398"/>
        <source>PointType &apos;{value}&apos; is not a known point type.</source>
        <translation>PointType '{value}' جۆرێکی ناسراوی خاڵ نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="419"/>
        <source>PointNo &apos;{value}&apos; is not a whole number.</source>
        <translation>PointNo '{value}' ژمارەیەکی تەواو نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="429"/>
        <source>PointNo is empty for a vertex of polygon &apos;{poly}&apos;.</source>
        <translation>PointNo بۆ لووتکەیەکی فرەگۆشەی '{poly}' بەتاڵە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="447"/>
        <source>Xcoord/Ycoord: {error}</source>
        <translation>Xcoord/Ycoord: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="458"/>
        <source>Xcoord and Ycoord are empty and there is no Distance and Bearing either.</source>
        <translation>Xcoord و Ycoord بەتاڵن و Distance و Bearingیش نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="477"/>
        <source>FrPointID &apos;{value}&apos; leads back to this point.</source>
        <translation>FrPointID '{value}' دەگەڕێتەوە بۆ هەمان ئەم خاڵە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="492"/>
        <source>the point the bearing starts from (row {origin}) has no valid position.</source>
        <translation>ئەو خاڵەی ئاراستەکە لێیەوە دەستپێدەکات (ڕیزی {origin}) شوێنێکی دروستی نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="504"/>
        <source>Distance: {error}</source>
        <translation>Distance: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="520"/>
        <source>FrPointID &apos;{value}&apos; is not a PointID of object &apos;{object}&apos;.</source>
        <translation>FrPointID '{value}' یەکێک لە PointIDەکانی بابەتی '{object}' نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="532"/>
        <source>Distance and Bearing are given but there is no FrPointID and no previous point.</source>
        <translation>Distance و Bearing دراون، بەڵام نە FrPointID هەیە و نە خاڵی پێشوو.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="567"/>
        <source>polygon &apos;{poly}&apos; has {count} usable vertices; at least 3 are needed.</source>
        <translation>فرەگۆشەی '{poly}' {count} لووتکەی شیاوی بەکارهێنانی هەیە؛ لانیکەم 3 پێویستە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="584"/>
        <source>{distance} m at {bearing}° from {origin}</source>
        <translation>{distance} m بە ئاراستەی {bearing}° لە {origin}ەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="216"/>
        <source>&apos;{file}&apos;: the point-list header was found on sheet &apos;{sheet}&apos;, row {row}; the rows above it and the other sheets were not read.</source>
        <translation>'{file}': سەردێڕی لیستی خاڵەکان لە شیتی '{sheet}'، ڕیزی {row} دۆزرایەوە؛ ڕیزەکانی سەرەوەی و شیتەکانی تر نەخوێندرانەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="237"/>
        <source>an unbalanced quote (&quot;) in column {column} swallowed the lines up to row {last} into one value; those lines are in this record&apos;s raw text. Fix the quote and import them again.</source>
        <translation>نیشانەیەکی وەرگرتنی نەبەستراو (&quot;) لە ستوونی {column} دێڕەکانی تا ڕیزی {last} کردە یەک بەها؛ ئەو دێڕانە لە دەقی خاوی ئەم تۆمارەدان. نیشانەکە چاک بکە و دووبارە هاوردەیان بکە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="269"/>
        <source>&apos;{file}&apos; has two columns named &apos;{column}&apos; (columns {first} and {second}); remove or rename one and import again.</source>
        <translation>'{file}' دوو ستوونی بە ناوی '{column}' هەیە (ستوونەکانی {first} و {second})؛ یەکێکیان لاببە یان ناوی بگۆڕە و دووبارە هاوردە بکە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="294"/>
        <source>&apos;{file}&apos; row {row}, column {column}: the value has {length} characters; it was cut to the first {limit}.</source>
        <translation>'{file}' ڕیزی {row}، ستوونی {column}: بەهاکە {length} پیتە؛ بۆ یەکەم {limit} پیت کورت کرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="555"/>
        <source>polygon &apos;{poly}&apos;: its vertices are all identical or lie on one line; it encloses no land.</source>
        <translation>فرەگۆشەی '{poly}': لووتکەکانی هەموویان وەک یەکن یان لەسەر یەک هێڵن؛ هیچ زەوییەک ناگرێتە خۆ.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="286"/>
        <source>'{file}' row {row}, column {column}: a byte that is not valid UTF-8 was replaced by the sign �; check this value.</source>
        <translation>'{file}' ڕیزی {row}، ستوونی {column}: بایتێک کە UTF-8ی دروست نییە بە نیشانەی � گۆڕدرا؛ ئەم بەهایە بپشکنە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/pointlist.py" line="249"/>
        <source>&apos;{file}&apos;: {count} more values with bytes that are not valid UTF-8, or cut to {limit} characters, were not listed one by one.</source>
        <translation>'{file}': {count} بەهای تر کە بایتی UTF-8ی نادروستیان تێدایە، یان بۆ {limit} پیت کورت کراونەتەوە، یەک بە یەک ناو نەبران.</translation>
    </message>
</context>
<context>
    <name>ProgressRecords</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="163"/>
        <source>Killed</source>
        <translation>کوژراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="163"/>
        <source>Injured</source>
        <translation>بریندار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="152"/>
        <source>Outcome unknown</source>
        <translation>ئەنجام نەزانراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="162"/>
        <source>Explosive items, spot tasks and accidents</source>
        <translation>تەقەمەنی، ئەرکە خاڵییەکان و ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="163"/>
        <source>Items found</source>
        <translation>تەقەمەنیی دۆزراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="163"/>
        <source>Items destroyed</source>
        <translation>تەقەمەنیی لەناوبراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="233"/>
        <source>Spot tasks</source>
        <translation>ئەرکە خاڵییەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="272"/>
        <source>Accidents</source>
        <translation>ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="177"/>
        <source>(no governorate)</source>
        <translation>(بێ پارێزگا)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="178"/>
        <source>(no organisation)</source>
        <translation>(بێ لایەنی جێبەجێکار)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="179"/>
        <source>(no category)</source>
        <translation>(بێ پۆل)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="180"/>
        <source>(no date)</source>
        <translation>(بێ بەروار)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="272"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="184"/>
        <source>Operator</source>
        <translation>لایەنی جێبەجێکار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="185"/>
        <source>Category</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="272"/>
        <source>Year</source>
        <translation>ساڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="189"/>
        <source>Items found and destroyed by category</source>
        <translation>تەقەمەنیی دۆزراوە و لەناوبراو بەپێی پۆل</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="190"/>
        <source>Items found and destroyed by governorate</source>
        <translation>تەقەمەنیی دۆزراوە و لەناوبراو بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="191"/>
        <source>Items found and destroyed by operator</source>
        <translation>تەقەمەنیی دۆزراوە و لەناوبراو بەپێی لایەنی جێبەجێکار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="192"/>
        <source>Items found and destroyed by year</source>
        <translation>تەقەمەنیی دۆزراوە و لەناوبراو بەپێی ساڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="211"/>
        <source>Destroyed</source>
        <translation>لەناوبراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="200"/>
        <source>Found, not destroyed</source>
        <translation>دۆزراوە، لەناونەبراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="211"/>
        <source>Found</source>
        <translation>دۆزراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="220"/>
        <source>Spot tasks by governorate and year</source>
        <translation>ئەرکە خاڵییەکان بەپێی پارێزگا و ساڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="227"/>
        <source>Spot tasks by governorate</source>
        <translation>ئەرکە خاڵییەکان بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="242"/>
        <source>Accidents and casualties by governorate and year</source>
        <translation>ڕووداو و قوربانییەکان بەپێی پارێزگا و ساڵ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/progress_records.py" line="255"/>
        <source>Casualties by governorate</source>
        <translation>قوربانییەکان بەپێی پارێزگا</translation>
    </message>
</context>
<context>
    <name>RegisterChangesAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="93"/>
        <source>Register changes</source>
        <translation>گۆڕانکارییەکانی تۆمار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="96"/>
        <source>What changed in the register: between two canonical GeoPackages (BEFORE and AFTER, e.g. last month's and this month's import), or at one import into the shared PostGIS register (REGISTER: a QGIS connection name, service=NAME or a postgresql:// URI; SCHEMA; IMPORT: the import number, empty for the latest).

Records are matched by IMSMA GUID, else local ID. Outputs: the changed geometries (the parts gained and lost by each hazard or activity, with their area in m²), a table of attribute changes (one row per field, before and after) and an HTML report in English, Arabic or Sorani: status changes, hazards closed, new hazards by governorate, area added and released.</source>
        <translation>چی لە تۆماردا گۆڕاوە: لە نێوان دوو GeoPackageی ستاندارد (BEFORE و AFTER، بۆ نموونە هاوردەکردنی مانگی ڕابردوو و ئەم مانگە)، یان لە یەک هاوردەکردن بۆ ناو تۆماری هاوبەشی PostGIS (REGISTER: ناوی پەیوەندیی QGIS، service=NAME یان ناونیشانی postgresql://؛ SCHEMA؛ IMPORT: ژمارەی هاوردەکردن، بەتاڵ بۆ نوێترین).

تۆمارەکان بە GUIDی IMSMA بەراورد دەکرێن، ئەگەر نەبوو بە ناسنامەی ناوخۆیی. دەرچوونەکان: شێوە گۆڕاوەکان (ئەو بەشانەی هەر ناوچەیەکی مەترسیدار یان چالاکییەک بەدەستی هێناون یان لەدەستی داون، لەگەڵ ڕووبەرەکەیان بە m²)، خشتەی گۆڕانی تایبەتمەندییەکان (ڕیزێک بۆ هەر خانەیەک، پێش و دوای) و ڕاپۆرتێکی HTML بە ئینگلیزی، عەرەبی یان سۆرانی: گۆڕانی دۆخ، ناوچە مەترسیدارە داخراوەکان، ناوچە مەترسیدارە نوێیەکان بەپێی پارێزگا، ڕووبەری زیادکراو و گەڕێنراوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="108"/>
        <source>Register before (GeoPackage)</source>
        <translation>تۆمار پێش (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="113"/>
        <source>Register after (GeoPackage)</source>
        <translation>تۆمار دوای (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="118"/>
        <source>…or the shared PostGIS register (QGIS connection name, service=NAME or postgresql:// URI)</source>
        <translation>…یان تۆماری هاوبەشی PostGIS (ناوی پەیوەندیی QGIS، service=NAME یان ناونیشانی postgresql://)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="125"/>
        <source>Register schema</source>
        <translation>schemaی تۆمار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="130"/>
        <source>Import number (empty: the latest)</source>
        <translation>ژمارەی هاوردەکردن (بەتاڵ: نوێترین)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="139"/>
        <source>Report language</source>
        <translation>زمانی ڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="147"/>
        <source>Changed geometries (gained and lost parts)</source>
        <translation>شێوە گۆڕاوەکان (بەشە زیادبووەکان و لەدەستچووەکان)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="154"/>
        <source>Attribute changes</source>
        <translation>گۆڕانی تایبەتمەندییەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="159"/>
        <source>Changes report</source>
        <translation>ڕاپۆرتی گۆڕانکارییەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="159"/>
        <source>HTML files (*.html)</source>
        <translation>پەڕگەکانی HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="164"/>
        <source>New hazards</source>
        <translation>ناوچە مەترسیدارە نوێیەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="165"/>
        <source>Changed hazards</source>
        <translation>ناوچە مەترسیدارە گۆڕاوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="166"/>
        <source>Hazards no longer in the export</source>
        <translation>ناوچە مەترسیدارەکانی کە چیتر لە هەناردەکردندا نین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="186"/>
        <source> since import {number} ({file}, {date})</source>
        <translation> لە هاوردەکردنی {number}ەوە ({file}، {date})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="193"/>
        <source>Register {register}, schema &apos;{schema}&apos;: import {number} ({file}, {date}, by {user}){since}.</source>
        <translation>تۆماری {register}، schemaی '{schema}': هاوردەکردنی {number} ({file}، {date}، لەلایەن {user}){since}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="207"/>
        <source>Give either two GeoPackages (BEFORE and AFTER) or a PostGIS register (REGISTER), not both.</source>
        <translation>یان دوو GeoPackage (BEFORE و AFTER) بدە یان تۆمارێکی PostGIS (REGISTER)، نەک هەردووکیان.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="212"/>
        <source>The GeoPackage &apos;{file}&apos; does not exist.</source>
        <translation>GeoPackageی '{file}' بوونی نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="216"/>
        <source>From {before} to {after}.</source>
        <translation>لە {before}ەوە بۆ {after}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_changes.py" line="241"/>
        <source>Hazards: {new} new, {changed} changed, {missing} no longer in the export.</source>
        <translation>ناوچە مەترسیدارەکان: {new} نوێ، {changed} گۆڕاو، {missing} چیتر لە هەناردەکردندا نین.</translation>
    </message>
</context>
<context>
    <name>RegisterChangesReport</name>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="54"/>
        <source>(no governorate)</source>
        <translation>(بێ پارێزگا)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="67"/>
        <source>Register changes</source>
        <translation>گۆڕانکارییەکانی تۆمار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="192"/>
        <source>New hazards</source>
        <translation>ناوچە مەترسیدارە نوێیەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="72"/>
        <source>Changed hazards</source>
        <translation>ناوچە مەترسیدارە گۆڕاوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="150"/>
        <source>Hazards closed</source>
        <translation>ناوچە مەترسیدارە داخراوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="110"/>
        <source>No longer in the export</source>
        <translation>چیتر لە هەناردەکردندا نییە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="72"/>
        <source>Unchanged hazards</source>
        <translation>ناوچە مەترسیدارە نەگۆڕاوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="72"/>
        <source>Area added (km²)</source>
        <translation>ڕووبەری زیادکراو (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="72"/>
        <source>Area released (km²)</source>
        <translation>ڕووبەری گەڕێنراوە (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="98"/>
        <source>Area added: new hazards and polygons that grew. Area released: polygons that shrank and hazards closed. Hazards no longer in the export are kept in the register and not counted as released.</source>
        <translation>ڕووبەری زیادکراو: ناوچە مەترسیدارە نوێیەکان و ئەو فرەگۆشانەی گەورە بوون. ڕووبەری گەڕێنراوە: ئەو فرەگۆشانەی بچووک بوونەتەوە و ناوچە مەترسیدارە داخراوەکان. ئەو ناوچە مەترسیدارانەی چیتر لە هەناردەکردندا نین لە تۆماردا دەمێننەوە و بە گەڕێنراوە ناژمێردرێن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="106"/>
        <source>Records by layer</source>
        <translation>تۆمارەکان بەپێی چین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="227"/>
        <source>Layer</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="110"/>
        <source>New</source>
        <translation>نوێ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="110"/>
        <source>Changed</source>
        <translation>گۆڕاو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="110"/>
        <source>Back in the export</source>
        <translation>گەڕاوەتەوە ناو هەناردەکردن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="110"/>
        <source>Unchanged</source>
        <translation>نەگۆڕاو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="129"/>
        <source>Status changes</source>
        <translation>گۆڕانی دۆخ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="136"/>
        <source>From</source>
        <translation>لە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="136"/>
        <source>To</source>
        <translation>بۆ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="136"/>
        <source>Hazards</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="148"/>
        <source>No hazard changed status.</source>
        <translation>دۆخی هیچ ناوچەیەکی مەترسیدار نەگۆڕاوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="152"/>
        <source>Hazard</source>
        <translation>ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="152"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="213"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="152"/>
        <source>Previous status</source>
        <translation>دۆخی پێشوو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="192"/>
        <source>Area (m²)</source>
        <translation>ڕووبەر (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="172"/>
        <source>No hazard was closed.</source>
        <translation>هیچ ناوچەیەکی مەترسیدار دانەخراوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="182"/>
        <source>New hazards by governorate</source>
        <translation>ناوچە مەترسیدارە نوێیەکان بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="182"/>
        <source>Area (km²)</source>
        <translation>ڕووبەر (km²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="201"/>
        <source>No new hazard.</source>
        <translation>هیچ ناوچەیەکی مەترسیداری نوێ نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="203"/>
        <source>Area added and released by governorate</source>
        <translation>ڕووبەری زیادکراو و گەڕێنراوە بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="213"/>
        <source>Area added (m²)</source>
        <translation>ڕووبەری زیادکراو (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="213"/>
        <source>Area released (m²)</source>
        <translation>ڕووبەری گەڕێنراوە (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="222"/>
        <source>No area was added or released.</source>
        <translation>هیچ ڕووبەرێک زیاد نەکراوە و نەگەڕێنراوەتەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="224"/>
        <source>Attribute changes</source>
        <translation>گۆڕانی تایبەتمەندییەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="227"/>
        <source>Record</source>
        <translation>تۆمار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="227"/>
        <source>Field</source>
        <translation>خانە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="227"/>
        <source>Before</source>
        <translation>پێش</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="227"/>
        <source>After</source>
        <translation>دوای</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/changes_report.py" line="249"/>
        <source>No attribute changed.</source>
        <translation>هیچ تایبەتمەندییەک نەگۆڕاوە.</translation>
    </message>
</context>
<context>
    <name>RegisterConnection</name>
    <message>
        <location filename="../mineaction_qgis/core/register/connection.py" line="73"/>
        <source>No register given: give a QGIS PostgreSQL connection name, service=NAME or a postgresql:// URI.</source>
        <translation>هیچ تۆمارێک نەدراوە: ناوی پەیوەندیی PostgreSQLی QGIS، service=NAME یان ناونیشانی postgresql:// بدە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/connection.py" line="83"/>
        <source>&apos;{register}&apos; is not a PostgreSQL connection string: {error}</source>
        <translation>'{register}' ڕستەی پەیوەندیی PostgreSQL نییە: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/connection.py" line="95"/>
        <source>There is no QGIS PostgreSQL connection named &apos;{register}&apos;. Create it in the Browser (PostgreSQL &gt; New Connection), or give service=NAME or a postgresql:// URI.</source>
        <translation>هیچ پەیوەندییەکی PostgreSQLی QGIS بە ناوی '{register}' نییە. لە Browser دروستی بکە (PostgreSQL &gt; New Connection)، یان service=NAME یان ناونیشانی postgresql:// بدە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/connection.py" line="113"/>
        <source>Cannot connect to the register {register}: {error}</source>
        <translation>ناتوانرێت پەیوەندی بە تۆماری {register}ەوە بکرێت: {error}</translation>
    </message>
</context>
<context>
    <name>RegisterPostProcessor</name>
    <message>
        <location filename="../mineaction_qgis/processing/register_output.py" line="97"/>
        <source>{count} records were already in the GeoPackage (same GUID or ID): both copies kept.</source>
        <translation>{count} تۆمار پێشتر لە GeoPackage دا هەبوون (هەمان GUID یان ناسنامە): هەردوو وێنەکە هێڵرانەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_output.py" line="101"/>
        <source>{count} records were already in the GeoPackage (same GUID or ID): the stored ones were replaced.</source>
        <translation>{count} تۆمار پێشتر لە GeoPackage دا هەبوون (هەمان GUID یان ناسنامە): تۆمارە هەڵگیراوەکان گۆڕدران.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/register_output.py" line="105"/>
        <source>{count} records were already in the GeoPackage (same GUID or ID): the new ones were skipped.</source>
        <translation>{count} تۆمار پێشتر لە GeoPackage دا هەبوون (هەمان GUID یان ناسنامە): تۆمارە نوێیەکان پەڕێنران.</translation>
    </message>
</context>
<context>
    <name>RegisterWriter</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/writer.py" line="127"/>
        <source>Cannot replace &apos;{file}&apos;: {error}</source>
        <translation>ناتوانرێت '{file}' لەسەری بنووسرێتەوە: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/writer.py" line="155"/>
        <source>Cannot create layer &apos;{layer}&apos; in &apos;{file}&apos;: {error}</source>
        <translation>ناتوانرێت چینی '{layer}' لە '{file}'دا دروست بکرێت: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/writer.py" line="214"/>
        <source>Cannot open layer &apos;{layer}&apos; of &apos;{file}&apos;.</source>
        <translation>ناتوانرێت چینی '{layer}'ی '{file}' بکرێتەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/writer.py" line="242"/>
        <source>Writing to layer &apos;{layer}&apos; failed: {error}</source>
        <translation>نووسین لە چینی '{layer}' سەرنەکەوت: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/writer.py" line="300"/>
        <source>Layer &apos;{layer}&apos; holds personal data and is written only when the import includes personal data.</source>
        <translation>چینی '{layer}' زانیاریی کەسیی تێدایە و تەنها کاتێک دەنووسرێت کە هاوردەکردنەکە زانیاریی کەسی لەخۆ بگرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="259"/>
        <source>Another import into register '{schema}' is running: waiting for it to finish…</source>
        <translation>هاوردەکردنێکی تر بۆ ناو تۆماری '{schema}' لە کاردایە: چاوەڕوانی تەواوبوونی دەکەین…</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="274"/>
        <source>Another import into register &apos;{schema}&apos; is still running (by {user}, since {since}). Nothing was written: run the import again when it has finished.</source>
        <translation>هاوردەکردنێکی تر بۆ ناو تۆماری '{schema}' هێشتا لە کاردایە (لەلایەن {user}، لە {since}ەوە). هیچ نەنووسرا: کاتێک تەواو بوو هاوردەکردنەکە دووبارە بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="514"/>
        <source>Import cancelled: the register was left as it was.</source>
        <translation>هاوردەکردن ڕاگیرا: تۆمارەکە وەک خۆی مایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="547"/>
        <source>The role you connect as may read register &apos;{schema}&apos; but not write to it ({error}). Imports need a role of the register&apos;s writers (mineaction_write): ask the register&apos;s administrator.</source>
        <translation>ئەو ڕۆڵەی پێی پەیوەندیت کردووە دەتوانێت تۆماری '{schema}' بخوێنێتەوە بەڵام ناتوانێت تێیدا بنووسێت ({error}). هاوردەکردن پێویستی بە ڕۆڵێکی نووسەرانی تۆمار هەیە (mineaction_write): داوا لە بەڕێوەبەری تۆمار بکە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="555"/>
        <source>Writing to register &apos;{schema}&apos; failed, nothing was changed: {error}</source>
        <translation>نووسین لە تۆماری '{schema}' سەرکەوتوو نەبوو، هیچ نەگۆڕا: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="618"/>
        <source>{layer}: {new} new, {changed} changed, {unchanged} unchanged, {missing} no longer in the export, {returned} back in the export.</source>
        <translation>{layer}: {new} نوێ، {changed} گۆڕاو، {unchanged} نەگۆڕاو، {missing} چیتر لە هەناردەکردندا نین، {returned} گەڕاونەتەوە ناو هەناردەکردن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="625"/>
        <source>Import {number} written to register {register}, schema &apos;{schema}&apos;.</source>
        <translation>هاوردەکردنی {number} لە تۆماری {register}، schemaی '{schema}' نووسرا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="707"/>
        <source>Register &apos;{schema}&apos; has no import number {number}.</source>
        <translation>تۆماری '{schema}' هاوردەکردنی ژمارە {number}ی نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/register/postgis.py" line="446"/>
        <source>Reading register &apos;{schema}&apos; failed: {error}</source>
        <translation>خوێندنەوەی تۆماری '{schema}' سەرکەوتوو نەبوو: {error}</translation>
    </message>
</context>
<context>
    <name>RejectionReasons</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="12"/>
        <source>Coordinate cannot be read</source>
        <translation>کۆئۆردینات ناخوێندرێتەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="13"/>
        <source>Unknown point type</source>
        <translation>جۆری خاڵی نەناسراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="14"/>
        <source>Fewer than three vertices</source>
        <translation>کەمتر لە سێ لووتکە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="15"/>
        <source>Bearing and distance without a starting point</source>
        <translation>ئاراستە و دووری بێ خاڵی دەستپێک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="18"/>
        <source>Point number repeated</source>
        <translation>ژمارەی خاڵ دووبارە بووەتەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="19"/>
        <source>No local ID</source>
        <translation>ناسنامەی ناوخۆیی نییە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="20"/>
        <source>Invalid geometry</source>
        <translation>جیۆمەتریی نادروست</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="21"/>
        <source>Element not understood</source>
        <translation>توخمێکی تێنەگەیشتوو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="22"/>
        <source>Value cannot be read</source>
        <translation>بەها ناخوێندرێتەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/reasons.py" line="23"/>
        <source>Older form of an item (a later one was loaded)</source>
        <translation>فۆرمێکی کۆنتری بڕگەیەک (فۆرمێکی نوێتر بارکرا)</translation>
    </message>
</context>
<context>
    <name>ReleaseParts</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/release_parts.py" line="100"/>
        <source>{count} activity part(s): release type &apos;{value}&apos; is not in the profile&apos;s release_type code list; loaded as &apos;none&apos; ({reason}), not credited as released land.</source>
        <translation>{count} بەشی چالاکی: جۆری گەڕاندنەوەی '{value}' لە لیستی کۆدی release_typeی پرۆفایلەکەدا نییە؛ وەک 'none' بارکران ({reason})، وەک زەویی گەڕێنراوە ناژمێردرێن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/release_parts.py" line="106"/>
        <source>{count} activity part(s) record several kinds of released area but their polygons say nothing of their type; loaded as &apos;none&apos; ({reason}), not credited as released land.</source>
        <translation>{count} بەشی چالاکی چەند جۆرێک ڕووبەری گەڕێنراوە تۆمار دەکەن بەڵام فرەگۆشەکانیان هیچ لە جۆرەکەیان ناڵێن؛ وەک 'none' بارکران ({reason})، وەک زەویی گەڕێنراوە ناژمێردرێن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/release_parts.py" line="112"/>
        <source>{count} activity part(s) have no land-release type and no recorded released area; loaded as &apos;none&apos; ({reason}), not credited as released land.</source>
        <translation>{count} بەشی چالاکی جۆری گەڕاندنەوەی زەوی و ڕووبەری گەڕێنراوەی تۆمارکراویان نییە؛ وەک 'none' بارکران ({reason})، وەک زەویی گەڕێنراوە ناژمێردرێن.</translation>
    </message>
</context>
<context>
    <name>RuleContext</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/engine.py" line="166"/>
        <source>Hazard {hazard}: GEOS failed on its geometry ({error}); it was checked without it.</source>
        <translation>ناوچەی مەترسیداری {hazard}: GEOS لەسەر جیۆمەترییەکەی سەرنەکەوت ({error})؛ بەبێ جیۆمەتری پشکنرا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/engine.py" line="246"/>
        <source>Rule {rule} failed on hazard {hazard}: {error}</source>
        <translation>ڕێسای {rule} لەسەر ناوچەی مەترسیداری {hazard} سەرنەکەوت: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/engine.py" line="293"/>
        <source>GEOS failed on hazards {first} and {second}: {error}</source>
        <translation>GEOS لەسەر ناوچە مەترسیدارەکانی {first} و {second} سەرنەکەوت: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.py" line="23"/>
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
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.py" line="27"/>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/settings_dialog.py" line="28"/>
        <source>Cancel</source>
        <translation>پاشگەزبوونەوە</translation>
    </message>
</context>
<context>
    <name>TableError</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/tables.py" line="193"/>
        <source>Cannot read &apos;{file}&apos; as a table: {error}</source>
        <translation>ناتوانرێت '{file}' وەک خشتە بخوێندرێتەوە: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/tables.py" line="160"/>
        <source>&apos;{file}&apos; cannot be opened as a workbook: the file is damaged or cut off (truncated) ({error}). Save it again from Excel.</source>
        <translation>'{file}' ناتوانرێت وەک پەڕاوی Excel بکرێتەوە: فایلەکە تێکچووە یان بڕاوە (ناتەواوە) ({error}). دووبارە لە Excelەوە پاشەکەوتی بکەوە.</translation>
    </message>
</context>
<context>
    <name>TaskLandFinder</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_land.py" line="109"/>
        <source>Task {task_id} ({organisation}) covers {area} m² of land already released by {activities}.</source>
        <translation>ئەرکی {task_id} ({organisation}) {area} m² لە زەوییەک دادەپۆشێت کە پێشتر لەلایەن {activities} گەڕێنراوەتەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_land.py" line="127"/>
        <source>Task {task_id} ({organisation}) is on hazard {hazard_id}, whose status is {status}: {area} m² of the task.</source>
        <translation>ئەرکی {task_id} ({organisation}) لەسەر ناوچەی مەترسیداری {hazard_id}ە کە دۆخەکەی {status}ە: {area} m² لە ئەرکەکە.</translation>
    </message>
</context>
<context>
    <name>TaskOrderReader</name>
    <message>
        <location filename="../mineaction_qgis/core/imsma/task_orders.py" line="96"/>
        <source>&apos;{file}&apos; cannot be opened as GeoJSON.</source>
        <translation>'{file}' ناتوانرێت وەک GeoJSON بکرێتەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/task_orders.py" line="141"/>
        <source>{file} {ref}: no task ID.</source>
        <translation>{file} {ref}: ناسنامەی ئەرک نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/task_orders.py" line="149"/>
        <source>{file} {ref}: the polygon of task {task_id} is not readable WKT.</source>
        <translation>{file} {ref}: فرەگۆشەی ئەرکی {task_id} WKTی خوێندراوە نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/task_orders.py" line="159"/>
        <source>{file} {ref}: the geometry of task {task_id} is not a polygon.</source>
        <translation>{file} {ref}: جیۆمەتریی ئەرکی {task_id} فرەگۆشە نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/imsma/task_orders.py" line="182"/>
        <source>Task status &apos;{value}&apos; ({count} time(s)) is not in the code list &apos;task_status&apos;; it was kept as it is.</source>
        <translation>دۆخی ئەرکی '{value}' ({count} جار) لە لیستی کۆدی 'task_status'دا نییە؛ وەک خۆی هێڵرایەوە.</translation>
    </message>
</context>
<context>
    <name>TaskOverlapFinder</name>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_overlaps.py" line="114"/>
        <source>Task {task_id} has no geometry.</source>
        <translation>ئەرکی {task_id} جیۆمەتریی نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_overlaps.py" line="129"/>
        <source>The geometry of task {task_id} is invalid ({reason}); it was repaired for the computation.</source>
        <translation>جیۆمەتریی ئەرکی {task_id} نادروستە ({reason})؛ بۆ ژماردنەکە چاککرا.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_overlaps.py" line="162"/>
        <source>Tasks {task_id} ({organisation}) and {other_id} ({other_organisation}) overlap on {area} m².</source>
        <translation>ئەرکەکانی {task_id} ({organisation}) و {other_id} ({other_organisation}) لە {area} m²دا لەسەریەک دەکەون.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/gaps/task_overlaps.py" line="215"/>
        <source>Task {task_id} ({organisation}) touches no hazard.</source>
        <translation>ئەرکی {task_id} ({organisation}) بەر هیچ ناوچەیەکی مەترسیدار ناکەوێت.</translation>
    </message>
</context>
<context>
    <name>TaskOverlapsAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="148"/>
        <source>Task overlaps</source>
        <translation>لەسەریەککەوتنی ئەرکەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="100"/>
        <source>Task orders</source>
        <translation>فەرمانەکانی ئەرک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="102"/>
        <source>Task ID field</source>
        <translation>خانەی ناسنامەی ئەرک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="102"/>
        <source>Organisation field</source>
        <translation>خانەی لایەنی جێبەجێکار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="102"/>
        <source>Status field</source>
        <translation>خانەی دۆخ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="102"/>
        <source>Start date field</source>
        <translation>خانەی بەرواری دەستپێک</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="102"/>
        <source>End date field</source>
        <translation>خانەی بەرواری کۆتایی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="139"/>
        <source>Ignore overlaps smaller than (m²)</source>
        <translation>پشتگوێخستنی لەسەریەککەوتنی بچووکتر لە (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="153"/>
        <source>Number of overlaps</source>
        <translation>ژمارەی لەسەریەککەوتنەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="154"/>
        <source>Number of tasks on no hazard</source>
        <translation>ژمارەی ئەو ئەرکانەی لەسەر هیچ ناوچەیەکی مەترسیدار نین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="298"/>
        <source>Field &apos;{field}&apos; is not in the layer; it is ignored.</source>
        <translation>خانەی '{field}' لە چینەکەدا نییە؛ پشتگوێ دەخرێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="180"/>
        <source>The task layer needs a task ID field. Its fields are: {fields}.</source>
        <translation>چینی ئەرکەکان پێویستی بە خانەی ناسنامەی ئەرک هەیە. خانەکانی ئەمانەن: {fields}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="195"/>
        <source>(no ID, feature {fid})</source>
        <translation>(بێ ناسنامە، تەنی {fid})</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="271"/>
        <source>{overlaps} overlaps between task orders; {no_hazard} tasks on no hazard.</source>
        <translation>{overlaps} لەسەریەککەوتن لە نێوان فەرمانەکانی ئەرک؛ {no_hazard} ئەرک لەسەر هیچ ناوچەیەکی مەترسیدار نین.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="86"/>
        <source>Finds task orders that cover the same land: every pair of task polygons that overlap, whether given to different operators or to the same operator twice, as the shared polygon with both task IDs, both operators, statuses and dates, whether the periods overlap, and the shared area in square metres on the WGS 84 ellipsoid. With a hazards layer, tasks that touch no hazard are reported too, and tasks on a hazard whose status is closed (Closed, Expired, Handed Over, Completed). With a releases layer (the activities), tasks on land already cancelled, reduced or cleared by an activity that ended no later than the task&apos;s start are reported with the released part. The finding field says which: overlap, no_hazard, on_closed_hazard, on_released_land, invalid_geometry or no_geometry.</source>
        <translation>ئەو فەرمانانەی ئەرک دەدۆزێتەوە کە هەمان زەوی دادەپۆشن: هەر جووتێک لە فرەگۆشەکانی ئەرک کە لەسەریەک دەکەون، جا درابن بە دوو لایەنی جێبەجێکاری جیاواز یان دوو جار بە هەمان لایەن، وەک فرەگۆشەی هاوبەش لەگەڵ ناسنامەی هەردوو ئەرکەکە، هەردوو لایەنی جێبەجێکار، دۆخ و بەروارەکان، ئایا ماوەکانیان لەسەریەک دەکەون، و ڕووبەری هاوبەش بە مەتری دووجا لەسەر ئێلیپسۆیدی WGS 84. ئەگەر چینی ناوچە مەترسیدارەکان درابێت، ئەو ئەرکانەش ڕاپۆرت دەکرێن کە بەر هیچ ناوچەیەکی مەترسیدار ناکەون، و ئەو ئەرکانەی لەسەر ناوچەیەکی مەترسیدارن کە دۆخەکەی داخراوە (Closed، Expired، Handed Over، Completed). ئەگەر چینی فرەگۆشەکانی گەڕاندنەوە (چالاکییەکان) درابێت، ئەو ئەرکانەی لەسەر زەوییەکن کە چالاکییەک هەڵیوەشاندووەتەوە، کەمی کردووەتەوە یان پاکی کردووەتەوە و لە دەستپێکی ئەرکەکە درەنگتر تەواو نەبووە، لەگەڵ بەشە گەڕێنراوەکە ڕاپۆرت دەکرێن. خانەی finding دەڵێت کامیانە: overlap، no_hazard، on_closed_hazard، on_released_land، invalid_geometry یان no_geometry.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="110"/>
        <source>Hazards (to find tasks on no hazard or on a closed hazard)</source>
        <translation>ناوچە مەترسیدارەکان (بۆ دۆزینەوەی ئەو ئەرکانەی لەسەر هیچ ناوچەیەکی مەترسیدار نین یان لەسەر ناوچەیەکی داخراون)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="118"/>
        <source>Releases (to find tasks on land already released)</source>
        <translation>فرەگۆشەکانی گەڕاندنەوە (بۆ دۆزینەوەی ئەرک لەسەر زەوییەک کە پێشتر گەڕێنراوەتەوە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>Hazard ID field</source>
        <translation>خانەی ناسنامەی ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>Hazard status field</source>
        <translation>خانەی دۆخی ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>Activity ID field of releases</source>
        <translation>خانەی ناسنامەی چالاکی لە فرەگۆشەکانی گەڕاندنەوەدا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>Release type field</source>
        <translation>خانەی جۆری گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>End date field of releases</source>
        <translation>خانەی بەرواری کۆتاییی فرەگۆشەکانی گەڕاندنەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="123"/>
        <source>Start date field of releases (used when the end date is empty)</source>
        <translation>خانەی بەرواری دەستپێکی فرەگۆشەکانی گەڕاندنەوە (کاتێک بەرواری کۆتایی بەتاڵ بێت بەکاردێت)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="155"/>
        <source>Number of tasks on a closed hazard</source>
        <translation>ژمارەی ئەرکەکان لەسەر ناوچەی مەترسیداری داخراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="156"/>
        <source>Number of tasks on land already released</source>
        <translation>ژمارەی ئەرکەکان لەسەر زەویی پێشتر گەڕێنراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/task_overlaps.py" line="277"/>
        <source>{closed} tasks on a closed hazard; {released} tasks on land already released.</source>
        <translation>{closed} ئەرک لەسەر ناوچەی مەترسیداری داخراو؛ {released} ئەرک لەسەر زەویی پێشتر گەڕێنراوە.</translation>
    </message>
</context>
<context>
    <name>TooFewVertices</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="93"/>
        <source>Too few vertices</source>
        <translation>لووتکەی زۆر کەم</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="96"/>
        <source>A ring of the polygon has fewer than 3 distinct vertices, so it encloses no area. The value is the number of distinct vertices; the finding sits on the ring&apos;s points.</source>
        <translation>ئەڵقەیەکی فرەگۆشەکە کەمتر لە 3 لووتکەی جیاوازی هەیە، بۆیە هیچ ڕووبەرێک دەورە نادات. بەهاکە ژمارەی لووتکە جیاوازەکانە؛ دەرەنجامی پشکنینەکە لەسەر خاڵەکانی ئەڵقەکەیە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="120"/>
        <source>Hazard {hazard}, part {part}: a ring has only {count} distinct vertices.</source>
        <translation>ناوچەی مەترسیداری {hazard}، بەشی {part}: ئەڵقەیەک تەنها {count} لووتکەی جیاوازی هەیە.</translation>
    </message>
</context>
<context>
    <name>TrainingProject</name>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="107"/>
        <source>Find your way in the register</source>
        <translation>شارەزابوون لە تۆمارەکەدا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="108"/>
        <source>Load an IMSMA export</source>
        <translation>بارکردنی هەناردەکراوێکی IMSMA</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="109"/>
        <source>Hazard boundaries that are wrong</source>
        <translation>سنووری هەڵەی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="110"/>
        <source>Hazards on the same ground</source>
        <translation>ناوچە مەترسیدارەکان لەسەر هەمان زەوی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="111"/>
        <source>Records that are incomplete</source>
        <translation>تۆمارە ناتەواوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="112"/>
        <source>Hazards in the wrong place</source>
        <translation>ناوچە مەترسیدارەکان لە شوێنی هەڵەدا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="113"/>
        <source>Dates out of order</source>
        <translation>ڕیزبەندیی هەڵەی بەروارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="114"/>
        <source>What no rule finds</source>
        <translation>ئەوەی هیچ ڕێسایەک نایدۆزێتەوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="115"/>
        <source>Land still to release</source>
        <translation>زەویی هێشتا نەگەڕێنراوە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="116"/>
        <source>Task orders on the same ground</source>
        <translation>فەرمانەکانی ئەرک لەسەر هەمان زەوی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="117"/>
        <source>Print a map atlas</source>
        <translation>چاپکردنی ئەتڵەسی نەخشە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="124"/>
        <source>Register</source>
        <translation>تۆمار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="125"/>
        <source>Land release</source>
        <translation>گەڕاندنەوەی زەوی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="126"/>
        <source>Reference</source>
        <translation>داتای ئاماژە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="253"/>
        <source>Sample export {file} is missing: the import exercise cannot use it.</source>
        <translation>هەناردەکراوی نموونەی {file} نییە: مەشقی هاوردەکردن ناتوانێت بەکاری بهێنێت.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="321"/>
        <source>The sample register has no valid layer {layer}: rebuild the sample.</source>
        <translation>تۆماری نموونە چینێکی دروستی {layer}ی تێدا نییە: نموونەکە دووبارە دروست بکەرەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="345"/>
        <source>Exercises</source>
        <translation>مەشقەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="351"/>
        <source>Exercise {number}: {title}</source>
        <translation>مەشقی {number}: {title}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="376"/>
        <source>Could not write the atlas pages to {file}: {error}</source>
        <translation>نەتوانرا لاپەڕەکانی ئەتڵەس لە {file} بنووسرێن: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="382"/>
        <source>Could not read back the atlas pages from {file}.</source>
        <translation>نەتوانرا لاپەڕەکانی ئەتڵەس لە {file}ەوە دووبارە بخوێندرێنەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="415"/>
        <source>Atlas of the hazards</source>
        <translation>ئەتڵەسی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="439"/>
        <source>The sample register {file} is missing: reinstall the plugin.</source>
        <translation>تۆماری نموونەی {file} نییە: پلاگینەکە دووبارە دابمەزرێنەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="446"/>
        <source>{file} already exists: choose another folder.</source>
        <translation>{file} پێشتر هەیە: فۆڵدەرێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="455"/>
        <source>Could not write to {folder}: {error}</source>
        <translation>نەتوانرا لە {folder} بنووسرێت: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="464"/>
        <source>Mine action training project (fictional data)</source>
        <translation>پرۆژەی ڕاهێنانی کاروباری مین (داتای خەیاڵی)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="475"/>
        <source>The atlas layout could not be set up: {error}</source>
        <translation>نەخشەبەندیی ئەتڵەس ڕێک نەخرا: {error}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/training.py" line="481"/>
        <source>Could not write the project {file}: {error}</source>
        <translation>نەتوانرا پرۆژەی {file} بنووسرێت: {error}</translation>
    </message>
</context>
<context>
    <name>TrainingProjectOpener</name>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="37"/>
        <source>Folder for the training project</source>
        <translation>فۆڵدەر بۆ پرۆژەی ڕاهێنان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="53"/>
        <source>Open training project</source>
        <translation>کردنەوەی پرۆژەی ڕاهێنان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="69"/>
        <source>{file} already exists. Build it again? Changes made in its register will be lost.</source>
        <translation>{file} پێشتر هەیە. دووبارە دروست بکرێتەوە؟ ئەو گۆڕانکارییانەی لە تۆمارەکەیدا کراون لەدەست دەچن.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="72"/>
        <source>The open project has unsaved changes. Close it without saving and open the training project?</source>
        <translation>پرۆژە کراوەکە گۆڕانکاریی پاشەکەوتنەکراوی هەیە. بەبێ پاشەکەوتکردن دابخرێت و پرۆژەی ڕاهێنان بکرێتەوە؟</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="89"/>
        <source>Training project</source>
        <translation>پرۆژەی ڕاهێنان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/ui/training.py" line="95"/>
        <source>The training project {file} could not be opened.</source>
        <translation>پرۆژەی ڕاهێنانی {file} نەکرایەوە.</translation>
    </message>
</context>
<context>
    <name>UnknownCode</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="42"/>
        <source>Value not in the code list</source>
        <translation>بەها لە لیستی کۆددا نییە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="45"/>
        <source>The status or classification is not one of the code list (STATUS_VALUES, CLASS_VALUES; by default the canonical lists: Open, Worked On, Closed, Handed Over; SHA, CHA, Indication, Stockpile, EOD Spot Task). Values are compared exactly; the message suggests the canonical spelling when only the case or spaces differ.</source>
        <translation>دۆخ یان پۆلێنکردن یەکێک نییە لە بەهاکانی لیستی کۆد (STATUS_VALUES، CLASS_VALUES؛ بە شێوەی بنەڕەتی لیستە ستانداردەکان: Open، Worked On، Closed، Handed Over؛ SHA، CHA، Indication، Stockpile، EOD Spot Task). بەهاکان وەک خۆیان بەراورد دەکرێن؛ ئەگەر تەنها پیتی گەورە/بچووک یان بۆشایی جیاواز بێت، پەیامەکە ڕێنووسی ستاندارد پێشنیار دەکات.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="65"/>
        <source>Hazard {hazard}: {field} &apos;{value}&apos; is not in the code list; did you mean &apos;{code}&apos;?</source>
        <translation>ناوچەی مەترسیداری {hazard}: {field} '{value}' لە لیستی کۆددا نییە؛ مەبەستت '{code}' بوو؟</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/attributes.py" line="69"/>
        <source>Hazard {hazard}: {field} &apos;{value}&apos; is not in the code list ({codes}).</source>
        <translation>ناوچەی مەترسیداری {hazard}: {field} '{value}' لە لیستی کۆددا نییە ({codes}).</translation>
    </message>
</context>
<context>
    <name>ValidateHazardsAlgorithm</name>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="55"/>
        <source>Validate hazard areas</source>
        <translation>پشکنینی دروستیی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="75"/>
        <source>Hazard polygons</source>
        <translation>فرەگۆشەکانی ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="77"/>
        <source>Hazard ID field</source>
        <translation>خانەی ناسنامەی ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="78"/>
        <source>Status field</source>
        <translation>خانەی دۆخ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="79"/>
        <source>Classification field</source>
        <translation>خانەی پۆلێنکردن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="80"/>
        <source>Reported area field (m²)</source>
        <translation>خانەی ڕووبەری ڕاپۆرتکراو (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="81"/>
        <source>Recorded governorate field</source>
        <translation>خانەی پارێزگای تۆمارکراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="85"/>
        <source>Area tolerance (%)</source>
        <translation>ڕێژەی ڕێپێدراوی ڕووبەر (%)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="94"/>
        <source>Date fields that must be in order (earlier&lt;later, comma-separated)</source>
        <translation>ئەو خانانەی بەروار کە دەبێت بە ڕیز بن (earlier&lt;later، جیاکراوە بە کۆما)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="102"/>
        <source>Boundaries (e.g. governorates)</source>
        <translation>سنوورەکان (بۆ نموونە پارێزگاکان)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="107"/>
        <source>Boundary name field</source>
        <translation>خانەی ناوی سنوور</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="128"/>
        <source>Smallest overlap reported (m²)</source>
        <translation>بچووکترین لەسەریەککەوتنی ڕاپۆرتکراو (m²)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="137"/>
        <source>Largest distance between consecutive vertices (m)</source>
        <translation>زۆرترین دووری لە نێوان دوو لووتکەی یەک لەدوای یەک (m)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="146"/>
        <source>Largest overlap between parts of one hazard (% of their union)</source>
        <translation>زۆرترین لەسەریەککەوتن لە نێوان بەشەکانی یەک ناوچەی مەترسیدار (%ی یەکگرتنەکەیان)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="155"/>
        <source>Valid status values (comma-separated)</source>
        <translation>بەها دروستەکانی دۆخ (جیاکراوە بە کۆما)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="163"/>
        <source>Valid classification values (comma-separated)</source>
        <translation>بەها دروستەکانی پۆلێنکردن (جیاکراوە بە کۆما)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="171"/>
        <source>Rules to run (none selected: all)</source>
        <translation>ڕێساکان بۆ کارپێکردن (ئەگەر هیچ هەڵنەبژێردرێت: هەموویان)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="176"/>
        <source>Previous issue layer (keeps &apos;reviewed&apos; marks)</source>
        <translation>چینی کێشەکانی پێشوو (نیشانەکانی 'پێداچوونەوەی بۆ کراوە' دەهێڵێتەوە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="324"/>
        <source>Validation issues</source>
        <translation>کێشەکانی پشکنینی دروستیی داتا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="189"/>
        <source>HTML report</source>
        <translation>ڕاپۆرتی HTML</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="189"/>
        <source>HTML files (*.html)</source>
        <translation>فایلەکانی HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="194"/>
        <source>Number of findings</source>
        <translation>ژمارەی دەرەنجامەکانی پشکنین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="195"/>
        <source>Number of hazards checked</source>
        <translation>ژمارەی ناوچە مەترسیدارە پشکنراوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="205"/>
        <source>DATE_FIELDS: &apos;{item}&apos; is not a pair; write earlier&lt;later, e.g. start_date&lt;end_date.</source>
        <translation>DATE_FIELDS: '{item}' جووت نییە؛ بنووسە earlier&lt;later، بۆ نموونە start_date&lt;end_date.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="284"/>
        <source>{checked} hazards checked, {count} findings ({new} new).</source>
        <translation>{checked} ناوچەی مەترسیدار پشکنران، {count} دەرەنجامی پشکنین ({new} نوێ).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="58"/>
        <source>Checks every hazard polygon and its attributes against the known data-quality rules: invalid, empty or degenerate polygons, repeated or too distant vertices, overlapping parts, overlaps and duplicates between hazards, duplicate IDs, missing or unknown status and classification, reported area against the polygon&apos;s area, dates out of order, hazards outside the boundaries or outside their recorded governorate, and, with a communities layer (the register&apos;s locations), a recorded district or sub-district that is not the hazard&apos;s community&apos;s.

The issue layer has one feature per finding (hazard_id, rule, severity, message, value) placed where the problem is: the overlap polygon, the self-intersection point, the too-long segment, or the hazard. Areas and distances are in metres on the WGS 84 ellipsoid, whatever the layer&apos;s CRS. Give an earlier issue layer as PREVIOUS to keep the findings already marked reviewed and to see which are new. Works on any polygon layer; field names are parameters (empty: the rules on that field are skipped).</source>
        <translation>هەموو فرەگۆشەیەکی ناوچەی مەترسیدار و تایبەتمەندییەکانی بەپێی ڕێسا ناسراوەکانی کوالیتیی داتا دەپشکنێت: فرەگۆشەی نادروست، بەتاڵ یان تێکچوو، لووتکەی دووبارە یان زۆر لێک دوور، بەشی لەسەریەککەوتوو، لەسەریەککەوتن و دووبارەبوونەوە لە نێوان ناوچە مەترسیدارەکاندا، ناسنامەی دووبارە، دۆخ و پۆلێنکردنی بەتاڵ یان نەناسراو، ڕووبەری ڕاپۆرتکراو بەراورد بە ڕووبەری فرەگۆشەکە، ڕیزبەندیی هەڵەی بەروارەکان، ناوچەی مەترسیداری دەرەوەی سنوورەکان یان دەرەوەی پارێزگا تۆمارکراوەکەی، و لەگەڵ چینی کۆمەڵگەکان (شوێنەکانی تۆمار)، قەزا یان ناحیەی تۆمارکراو کە هی کۆمەڵگەی ناوچە مەترسیدارەکە نییە.

چینی کێشەکان بۆ هەر دەرەنجامێکی پشکنین تەنێکی هەیە (hazard_id، rule، severity، message، value) کە لە شوێنی کێشەکە دانراوە: فرەگۆشەی لەسەریەککەوتن، خاڵی خۆبڕین، پارچە هێڵە زۆر درێژەکە، یان ناوچە مەترسیدارەکە. ڕووبەر و دوورییەکان بە مەترن لەسەر ئێلیپسۆیدی WGS 84، CRSی چینەکە هەرچییەک بێت. چینێکی کێشەکانی پێشوو وەک PREVIOUS بدە بۆ ئەوەی ئەو دەرەنجامانەی پێشتر وەک پێداچوونەوە بۆ کراو نیشانکراون بمێننەوە و ببینیت کامیان نوێن. لەسەر هەر چینێکی فرەگۆشە کار دەکات؛ ناوی خانەکان پارامەترن (بەتاڵ: ڕێساکانی ئەو خانەیە تێدەپەڕێنرێن).</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="112"/>
        <source>Communities (locations layer, to check recorded districts and sub-districts)</source>
        <translation>کۆمەڵگەکان (چینی locations، بۆ پشکنینی قەزا و ناحیە تۆمارکراوەکان)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="120"/>
        <source>Community (location ID) field of hazards</source>
        <translation>خانەی کۆمەڵگە (ناسنامەی شوێن) لە ناوچە مەترسیدارەکاندا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="120"/>
        <source>Recorded district field</source>
        <translation>خانەی قەزای تۆمارکراو</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/processing/validate_hazards.py" line="120"/>
        <source>Recorded sub-district field</source>
        <translation>خانەی ناحیەی تۆمارکراو</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="24"/>
        <source>Error</source>
        <translation>هەڵە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="25"/>
        <source>Warning</source>
        <translation>ئاگاداری</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="26"/>
        <source>Information</source>
        <translation>زانیاری</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="39"/>
        <source>Hazard validation: {layer}</source>
        <translation>پشکنینی دروستیی ناوچە مەترسیدارەکان: {layer}</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="48"/>
        <source>Hazards checked</source>
        <translation>ناوچە مەترسیدارە پشکنراوەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="68"/>
        <source>Findings</source>
        <translation>دەرەنجامەکانی پشکنین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="48"/>
        <source>Records concerned</source>
        <translation>تۆمارە پەیوەندیدارەکان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="57"/>
        <source>No problem found.</source>
        <translation>هیچ کێشەیەک نەدۆزرایەوە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="63"/>
        <source>Findings by rule</source>
        <translation>دەرەنجامەکانی پشکنین بەپێی ڕێسا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Rule</source>
        <translation>ڕێسا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="68"/>
        <source>Title</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Severity</source>
        <translation>پلەی گرنگی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="86"/>
        <source>Findings by governorate and severity</source>
        <translation>دەرەنجامەکانی پشکنین بەپێی پارێزگا و پلەی گرنگی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="88"/>
        <source>(none recorded)</source>
        <translation>(هیچ تۆمار نەکراوە)</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="95"/>
        <source>Findings by governorate</source>
        <translation>دەرەنجامەکانی پشکنین بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Governorate</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="100"/>
        <source>Total</source>
        <translation>کۆ</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="107"/>
        <source>All findings</source>
        <translation>هەموو دەرەنجامەکانی پشکنین</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="110"/>
        <source>The first {shown} of {total} findings, worst first; the issue layer has them all.</source>
        <translation>یەکەم {shown} لە {total} دەرەنجامی پشکنین، گرنگترینەکان لە پێشەوە؛ چینی کێشەکان هەموویانی تێدایە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Hazard</source>
        <translation>ناوچەی مەترسیدار</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Value</source>
        <translation>بەها</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/report.py" line="117"/>
        <source>Message</source>
        <translation>پەیام</translation>
    </message>
</context>
<context>
    <name>VertexSpacing</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="173"/>
        <source>Vertices too far apart</source>
        <translation>لووتکەکان زۆر لێک دوورن</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="176"/>
        <source>Two consecutive vertices are farther apart than MAX_VERTEX_SPACING (5000 m by default) on the ellipsoid, which usually means a mistyped coordinate. The finding is the segment; the value is its length in metres.</source>
        <translation>دوو لووتکەی یەک لەدوای یەک لەسەر ئێلیپسۆید زیاتر لە MAX_VERTEX_SPACING (بە شێوەی بنەڕەتی 5000 m) لێک دوورن، کە زۆرجار واتای ئەوەیە کۆئۆردیناتێک بە هەڵە نووسراوە. دەرەنجامی پشکنینەکە پارچە هێڵەکەیە؛ بەهاکە درێژییەکەیەتی بە مەتر.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="201"/>
        <source>Hazard {hazard}: the distance between vertices {first} and {second} cannot be measured; a coordinate is out of range.</source>
        <translation>ناوچەی مەترسیداری {hazard}: دووریی نێوان لووتکەکانی {first} و {second} ناپێورێت؛ کۆئۆردیناتێک لە مەودا بەدەرە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/geometry.py" line="210"/>
        <source>Hazard {hazard}: vertices {first} and {second} are {length} m apart.</source>
        <translation>ناوچەی مەترسیداری {hazard}: لووتکەکانی {first} و {second} {length} m لێک دوورن.</translation>
    </message>
</context>
<context>
    <name>WrongDistrict</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/communities.py" line="52"/>
        <source>District or sub-district differs from its community</source>
        <translation>قەزا یان ناحیە جیاوازە لە کۆمەڵگەکەی</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/communities.py" line="70"/>
        <source>Hazard {hazard} names community {location}, which is not in the locations layer.</source>
        <translation>ناوچەی مەترسیداری {hazard} ئاماژە بە کۆمەڵگەی {location} دەکات، کە لە چینی شوێنەکاندا نییە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/communities.py" line="83"/>
        <source>{field} is {recorded}, the community&apos;s is {expected}</source>
        <translation>{field} بریتییە لە {recorded}، هی کۆمەڵگەکە {expected}ە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/communities.py" line="89"/>
        <source>Hazard {hazard} is in community {place} ({location}): {details}.</source>
        <translation>ناوچەی مەترسیداری {hazard} لە کۆمەڵگەی {place}دایە ({location}): {details}.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/communities.py" line="55"/>
        <source>The hazard names a community (LOCATION_ID_FIELD) from the LOCATIONS layer, and its recorded district (DISTRICT_FIELD) or sub-district (SUB_DISTRICT_FIELD) is not that community&apos;s, ignoring case and spaces; or the community is not in the LOCATIONS layer. Hazards without a community, and levels left empty on either side, are not checked.</source>
        <translation>ناوچە مەترسیدارەکە ئاماژە بە کۆمەڵگەیەک (LOCATION_ID_FIELD) لە چینی LOCATIONS دەکات، و قەزای تۆمارکراوی (DISTRICT_FIELD) یان ناحیەی تۆمارکراوی (SUB_DISTRICT_FIELD) هی ئەو کۆمەڵگەیە نییە، بەبێ گوێدانە پیتی گەورە و بۆشایی؛ یان کۆمەڵگەکە لە چینی LOCATIONSدا نییە. ناوچەی مەترسیداری بێ کۆمەڵگە و ئاستی بەتاڵ لە هەر لایەک ناپشکنرێن.</translation>
    </message>
</context>
<context>
    <name>WrongGovernorate</name>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="158"/>
        <source>Not in its recorded governorate</source>
        <translation>لە پارێزگا تۆمارکراوەکەیدا نییە</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="185"/>
        <source>Hazard {hazard} is recorded in {recorded} but lies in {located}.</source>
        <translation>ناوچەی مەترسیداری {hazard} لە {recorded} تۆمارکراوە، بەڵام لە {located}دایە.</translation>
    </message>
    <message>
        <location filename="../mineaction_qgis/core/validation/rules/location.py" line="161"/>
        <source>The governorate recorded in GOVERNORATE_FIELD is not the boundary polygon that holds (most of) the hazard. A recorded name matches a boundary when it equals any of its text attributes (English, Arabic or Sorani name, code), as people write it: case, Arabic letter forms and the governorate alias list are taken into account. The value is the percentage of the hazard inside the recorded governorate. Hazards entirely outside all boundaries and hazards without a recorded governorate are not checked here.</source>
        <translation>ئەو پارێزگایەی لە GOVERNORATE_FIELD تۆمارکراوە ئەو فرەگۆشەی سنوورە نییە کە (زۆربەی) ناوچە مەترسیدارەکەی تێدایە. ناوێکی تۆمارکراو لەگەڵ سنوورێک دەگونجێت ئەگەر یەکسان بێت بە هەر یەکێک لە تایبەتمەندییە دەقییەکانی (ناوی ئینگلیزی، عەرەبی یان کوردی، کۆد)، وەک خەڵک دەینووسێت: گەورە و بچووکیی پیت، شێوەکانی پیتی عەرەبی و لیستی ناوە جێگرەوەکانی پارێزگاکان لەبەرچاو دەگیرێن. بەهاکە ڕێژەی ئەو بەشەی ناوچە مەترسیدارەکەیە کە لەناو پارێزگا تۆمارکراوەکەدایە. ناوچە مەترسیدارەکانی بە تەواوی لە دەرەوەی هەموو سنوورەکان و ئەوانەی پارێزگایان تۆمار نەکراوە لێرەدا ناپشکنرێن.</translation>
    </message>
</context>
</TS>
