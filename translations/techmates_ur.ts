<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AddAvailabilityCommand</name>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>یہ رضاکار ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>ہفتے کا دن منتخب کریں۔</translation>
    </message>
    <message>
        <source>Times must be within the day (00:00 to 24:00).</source>
        <translation>اوقات دن کے اندر ہونے چاہییں (00:00 سے 24:00 تک)۔</translation>
    </message>
    <message>
        <source>The end time (%1) must come after the start time (%2).</source>
        <translation>اختتامی وقت (⁨%1⁩) آغاز کے وقت (⁨%2⁩) کے بعد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Choose how the volunteer helps in this time: %1.</source>
        <translation>منتخب کریں کہ رضاکار اس وقت میں کس طرح مدد کرتا ہے: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>%1 does not offer “%2” in their profile; add it to their profile first.</source>
        <translation>⁨%1⁩ اپنی پروفائل میں “⁨%2⁩” پیش نہیں کرتا؛ پہلے اسے پروفائل میں شامل کریں۔</translation>
    </message>
    <message>
        <source>A session length must be between 15 and 240 minutes.</source>
        <translation>سیشن کا دورانیہ 15 سے 240 منٹ کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Time kept free before or after a session must be between 0 and 120 minutes.</source>
        <translation>سیشن سے پہلے یا بعد خالی رکھا گیا وقت 0 سے 120 منٹ کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>A %1-minute session is shorter than the %2 minutes kept free around it; make the session longer or the buffers shorter.</source>
        <translation>⁨%1⁩ منٹ کا سیشن اپنے اردگرد خالی رکھے گئے ⁨%2⁩ منٹ سے چھوٹا ہے؛ سیشن لمبا کریں یا وقفے کم کریں۔</translation>
    </message>
    <message>
        <source>%1–%2 is too short for one %3-minute session with its buffers (%4 minutes in all).</source>
        <translation>⁨%1⁩–⁨%2⁩ وقفوں سمیت ⁨%3⁩ منٹ کے ایک سیشن کے لیے بہت کم ہے (کل ⁨%4⁩ منٹ)۔</translation>
    </message>
    <message>
        <source>Minimum notice must be between 0 hours and 4 weeks.</source>
        <translation>کم از کم پیشگی اطلاع 0 گھنٹے سے 4 ہفتوں کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The last date (%1) comes before the first (%2).</source>
        <translation>آخری تاریخ (⁨%1⁩) پہلی تاریخ (⁨%2⁩) سے پہلے ہے۔</translation>
    </message>
    <message>
        <source>Say at which branch the volunteer helps.</source>
        <translation>بتائیں کہ رضاکار کس برانچ میں مدد کرتا ہے۔</translation>
    </message>
    <message>
        <source>That branch is not in the store.</source>
        <translation>یہ برانچ ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>This overlaps %1&apos;s existing %2 time %3. Change or remove that one first.</source>
        <translation>یہ ⁨%1⁩ کے موجودہ ⁨%2⁩ وقت ⁨%3⁩ سے ٹکراتا ہے۔ پہلے اسے تبدیل کریں یا ہٹائیں۔</translation>
    </message>
    <message>
        <source>Added %1 %2 time.</source>
        <translation>⁨%1⁩ ⁨%2⁩ وقت شامل کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>AddAvailabilityExceptionCommand</name>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>یہ رضاکار ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>Give the first and last day away.</source>
        <translation>غیر حاضری کا پہلا اور آخری دن بتائیں۔</translation>
    </message>
    <message>
        <source>The last day away (%1) comes before the first (%2).</source>
        <translation>غیر حاضری کا آخری دن (⁨%1⁩) پہلے دن (⁨%2⁩) سے پہلے ہے۔</translation>
    </message>
    <message>
        <source>A time away can be at most a year; for longer, pause the volunteer instead.</source>
        <translation>غیر حاضری زیادہ سے زیادہ ایک سال کی ہو سکتی ہے؛ اس سے زیادہ کے لیے رضاکار کو معطل کریں۔</translation>
    </message>
    <message>
        <source>The reason is too long (at most 200 characters).</source>
        <translation>وجہ بہت لمبی ہے (زیادہ سے زیادہ 200 حروف)۔</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are booked on those days: cancel or rebook them and tell the residents.</source>
        <translation>
            <numerusform>ان دنوں میں %n سیشن بک ہے: اسے منسوخ کریں یا دوبارہ بک کریں اور رہائشیوں کو بتائیں۔</numerusform>
            <numerusform>ان دنوں میں %n سیشن بک ہیں: انہیں منسوخ کریں یا دوبارہ بک کریں اور رہائشیوں کو بتائیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded time away from %1 to %2.</source>
        <translation>⁨%1⁩ سے ⁨%2⁩ تک کی غیر حاضری درج کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>AddDeviceCommand</name>
    <message>
        <source>Give the device&apos;s asset tag.</source>
        <translation>ڈیوائس کا اثاثہ ٹیگ درج کریں۔</translation>
    </message>
    <message>
        <source>“%1” is not an asset tag: use 2 to 32 letters, digits, -, _, . or /.</source>
        <translation>“⁨%1⁩” اثاثہ ٹیگ نہیں ہے: 2 سے 32 حروف، ہندسے، -، _، . یا / استعمال کریں۔</translation>
    </message>
    <message>
        <source>The tag %1 is already in the register.</source>
        <translation>ٹیگ ⁨%1⁩ پہلے سے رجسٹر میں موجود ہے۔</translation>
    </message>
    <message>
        <source>%1 is a library card number, not a device tag. Scan the label on the device.</source>
        <translation>⁨%1⁩ لائبریری کارڈ نمبر ہے، ڈیوائس ٹیگ نہیں۔ ڈیوائس پر لگا لیبل اسکین کریں۔</translation>
    </message>
    <message>
        <source>Give the device type (one of: %1).</source>
        <translation>ڈیوائس کی قسم بتائیں (ان میں سے ایک: ⁨%1⁩)۔</translation>
    </message>
    <message>
        <source>Unknown device type “%1” (known types: %2).</source>
        <translation>نامعلوم ڈیوائس کی قسم “⁨%1⁩” (معلوم اقسام: ⁨%2⁩)۔</translation>
    </message>
    <message>
        <source>Give the branch the device belongs to (one of: %1).</source>
        <translation>وہ برانچ بتائیں جس کی یہ ڈیوائس ہے (ان میں سے ایک: ⁨%1⁩)۔</translation>
    </message>
    <message>
        <source>Unknown branch “%1” (branches: %2).</source>
        <translation>نامعلوم برانچ “⁨%1⁩” (برانچیں: ⁨%2⁩)۔</translation>
    </message>
    <message>
        <source>Serial (at most 64 characters), make and model (at most 80 each) must be single lines of text.</source>
        <translation>سیریل نمبر (زیادہ سے زیادہ 64 حروف)، میک اور ماڈل (ہر ایک زیادہ سے زیادہ 80) متن کی ایک ہی سطر ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>The notes are too long (at most 2,000 characters).</source>
        <translation>نوٹس بہت لمبے ہیں (زیادہ سے زیادہ 2,000 حروف)۔</translation>
    </message>
    <message>
        <source>The date acquired (%1) is in the future.</source>
        <translation>حصول کی تاریخ (⁨%1⁩) مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>A new device is either available or awaiting wipe.</source>
        <translation>نئی ڈیوائس یا تو دستیاب ہوتی ہے یا ڈیٹا مٹانے کی منتظر۔</translation>
    </message>
    <message>
        <source>No SIM with ICCID %1 is recorded. Add the SIM first.</source>
        <translation>ICCID ⁨%1⁩ والی کوئی سم درج نہیں ہے۔ پہلے سم شامل کریں۔</translation>
    </message>
    <message>
        <source>SIM %1 is not in stock (it is %2).</source>
        <translation>سم ⁨%1⁩ اسٹاک میں نہیں ہے (یہ ⁨%2⁩ ہے)۔</translation>
    </message>
    <message>
        <source>Added %1 (%2) at %3, %4.</source>
        <translation>⁨%1⁩ (⁨%2⁩) کو ⁨%3⁩، ⁨%4⁩ میں شامل کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>AddDeviceTypeCommand</name>
    <message>
        <source>A device type code is 2 to 16 letters, digits, - or _ (for example IPAD10).</source>
        <translation>ڈیوائس کی قسم کا کوڈ 2 سے 16 حروف، ہندسے، - یا _ ہوتا ہے (مثلاً IPAD10)۔</translation>
    </message>
    <message>
        <source>Give the device type a name of at most 120 characters.</source>
        <translation>ڈیوائس کی قسم کو زیادہ سے زیادہ 120 حروف کا نام دیں۔</translation>
    </message>
    <message>
        <source>The category must be one of: %1.</source>
        <translation>زمرہ ان میں سے ایک ہونا چاہیے: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>The replacement cost must be between £0 and £100,000.</source>
        <translation>متبادل کی لاگت £0 سے £100,000 کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>“%1” is not a kit item name (no commas, at most 60 characters).</source>
        <translation>“⁨%1⁩” کٹ آئٹم کا نام نہیں ہے (کوئی کوما نہیں، زیادہ سے زیادہ 60 حروف)۔</translation>
    </message>
    <message>
        <source>There is already a device type with the code %1.</source>
        <translation>کوڈ ⁨%1⁩ والی ڈیوائس کی قسم پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>Added device type %1 (%2).</source>
        <translation>ڈیوائس کی قسم ⁨%1⁩ (⁨%2⁩) شامل کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>AddEvidenceCommand</name>
    <message>
        <source>Evidence is an observation, a file, a photo or a note.</source>
        <translation>ثبوت ایک مشاہدہ، فائل، تصویر یا نوٹ ہوتا ہے۔</translation>
    </message>
    <message>
        <source>You can add evidence only to your own portfolio.</source>
        <translation>آپ صرف اپنے پورٹ فولیو میں ثبوت شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>That volunteer is not on record.</source>
        <translation>اس رضاکار کا ریکارڈ موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That outcome is not on record.</source>
        <translation>اس نتیجے کا ریکارڈ موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>The volunteer is not enrolled on a pathway with the unit %1.</source>
        <translation>رضاکار ایسے تربیتی راستے میں داخل نہیں ہے جس میں یونٹ ⁨%1⁩ ہو۔</translation>
    </message>
    <message>
        <source>That outcome is already signed off; it needs no more evidence.</source>
        <translation>اس نتیجے کی منظوری پہلے ہی ہو چکی ہے؛ اسے مزید ثبوت کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>The note is too long (at most 4,000 characters).</source>
        <translation>نوٹ بہت لمبا ہے (زیادہ سے زیادہ 4,000 حروف)۔</translation>
    </message>
    <message>
        <source>Describe what was observed.</source>
        <translation>بیان کریں کہ کیا مشاہدہ کیا گیا۔</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>نوٹ لکھیں۔</translation>
    </message>
    <message>
        <source>The evidence file&apos;s details are not valid.</source>
        <translation>ثبوت کی فائل کی تفصیلات درست نہیں ہیں۔</translation>
    </message>
    <message>
        <source>%1 is not a photo (JPEG, PNG, GIF, WebP or HEIC); add it as a file instead.</source>
        <translation>⁨%1⁩ تصویر نہیں ہے (JPEG، PNG، GIF، WebP یا HEIC)؛ اسے فائل کے طور پر شامل کریں۔</translation>
    </message>
    <message>
        <source>Added a %1 as evidence.</source>
        <translation>ثبوت کے طور پر ⁨%1⁩ شامل کیا گیا۔</translation>
    </message>
    <message>
        <source>Added a %1 as evidence (%2 KB, checksum kept).</source>
        <translation>ثبوت کے طور پر ⁨%1⁩ شامل کیا گیا (⁨%2⁩ KB، چیک سم محفوظ)۔</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>فرد شامل کریں</translation>
    </message>
    <message>
        <source>Add a person who can sign in</source>
        <translation>ایسا فرد شامل کریں جو سائن ان کر سکے</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Lower case, for example sjones</source>
        <translation>چھوٹے حروف میں، مثلاً sjones</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>No branch</source>
        <translation>کوئی برانچ نہیں</translation>
    </message>
    <message>
        <source>Volunteer record</source>
        <translation>رضاکار کا ریکارڈ</translation>
    </message>
    <message>
        <source>%1 (has an account)</source>
        <translation>⁨%1⁩ (اکاؤنٹ موجود ہے)</translation>
    </message>
    <message>
        <source>The lists of branches and volunteers could not be read: %1</source>
        <translation>برانچوں اور رضاکاروں کی فہرستیں پڑھی نہیں جا سکیں: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>کم از کم ⁨%1⁩ حروف</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>صارف نام (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>کردار (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>برانچ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Volunteer record</source>
        <translation>رضاکار کا ریکارڈ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>پاس ورڈ دوبارہ (&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>فرد شامل کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>The two passwords are different. Type the password twice, the same both times.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔ پاس ورڈ دو بار لکھیں، دونوں بار ایک جیسا۔</translation>
    </message>
</context>
<context>
    <name>AddResidentCommand</name>
    <message>
        <source>Library card %1 already belongs to another resident. Search for it instead of adding again.</source>
        <translation>لائبریری کارڈ ⁨%1⁩ پہلے سے کسی اور رہائشی کا ہے۔ دوبارہ شامل کرنے کے بجائے اسے تلاش کریں۔</translation>
    </message>
    <message>
        <source>Added resident with card %1</source>
        <translation>کارڈ ⁨%1⁩ والا رہائشی شامل کر دیا گیا</translation>
    </message>
</context>
<context>
    <name>AddSimCommand</name>
    <message>
        <source>A data offer is a sim or a voucher.</source>
        <translation>ڈیٹا پیشکش سم یا واؤچر ہوتی ہے۔</translation>
    </message>
    <message>
        <source>“%1” is not an ICCID: it should be the 19 or 20 digits printed on the SIM (starting 89).</source>
        <translation>“⁨%1⁩” ICCID نہیں ہے: یہ سم پر چھپے ہوئے 19 یا 20 ہندسے ہونے چاہییں (89 سے شروع)۔</translation>
    </message>
    <message>
        <source>“%1” is not a voucher code (4 to 40 letters, digits or -).</source>
        <translation>“⁨%1⁩” واؤچر کوڈ نہیں ہے (4 سے 40 حروف، ہندسے یا -)۔</translation>
    </message>
    <message>
        <source>Name the network (at most 60 characters).</source>
        <translation>نیٹ ورک کا نام لکھیں (زیادہ سے زیادہ 60 حروف)۔</translation>
    </message>
    <message>
        <source>GB per month must be between 1 and 1,000.</source>
        <translation>ماہانہ GB کی تعداد 1 سے 1,000 کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The number of months must be between 1 and 36.</source>
        <translation>مہینوں کی تعداد 1 سے 36 کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Unknown branch “%1”.</source>
        <translation>نامعلوم برانچ “⁨%1⁩”۔</translation>
    </message>
    <message>
        <source>%1 is already recorded.</source>
        <translation>⁨%1⁩ پہلے سے درج ہے۔</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3, %4 GB a month for %5 months).</source>
        <translation>⁨%1⁩ ⁨%2⁩ شامل کر دیا گیا (⁨%3⁩، ⁨%4⁩ GB ماہانہ، ⁨%5⁩ مہینوں کے لیے)۔</translation>
    </message>
</context>
<context>
    <name>AddSimDialog</name>
    <message>
        <source>Add a SIM or voucher</source>
        <translation>سم یا واؤچر شامل کریں</translation>
    </message>
    <message>
        <source>Add a SIM card or data voucher to the stock</source>
        <translation>اسٹاک میں سم کارڈ یا ڈیٹا واؤچر شامل کریں</translation>
    </message>
    <message>
        <source>SIM card or voucher</source>
        <translation>سم کارڈ یا واؤچر</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>سم کارڈ</translation>
    </message>
    <message>
        <source>Data voucher</source>
        <translation>ڈیٹا واؤچر</translation>
    </message>
    <message>
        <source>ICCID or voucher code</source>
        <translation>ICCID یا واؤچر کوڈ</translation>
    </message>
    <message>
        <source>Scan or type the ICCID (19–20 digits starting 89)</source>
        <translation>ICCID اسکین کریں یا لکھیں (89 سے شروع ہونے والے 19–20 ہندسے)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <source>e.g. Vodafone</source>
        <translation>مثلاً Vodafone</translation>
    </message>
    <message>
        <source>Gigabytes a month</source>
        <translation>ماہانہ گیگا بائٹس</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation>مہینوں کی تعداد</translation>
    </message>
    <message>
        <source>Branch holding it</source>
        <translation>جس برانچ کے پاس ہے</translation>
    </message>
    <message>
        <source>No particular branch</source>
        <translation>کوئی خاص برانچ نہیں</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>قسم (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Code *</source>
        <translation>کوڈ * (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Network *</source>
        <translation>نیٹ ورک * (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Data a month</source>
        <translation>ماہانہ ڈیٹا (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>مہینے (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>برانچ (&amp;B)</translation>
    </message>
    <message>
        <source>The voucher code, 4 to 40 letters, digits or -</source>
        <translation>واؤچر کوڈ، 4 سے 40 حروف، ہندسے یا -</translation>
    </message>
    <message>
        <source>&amp;Add to stock</source>
        <translation>اسٹاک میں شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>اسٹاک میں شامل کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>انتظامیہ</translation>
    </message>
    <message>
        <source>People who can sign in</source>
        <translation>وہ افراد جو سائن ان کر سکتے ہیں</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>فرد شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a person who can sign in</source>
        <translation>ایسا فرد شامل کریں جو سائن ان کر سکے</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>برانچیں</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>No branches are set up yet.</source>
        <translation>ابھی کوئی برانچ ترتیب نہیں دی گئی۔</translation>
    </message>
    <message>
        <source>People and &amp;branches</source>
        <translation>افراد اور برانچیں (&amp;B)</translation>
    </message>
    <message>
        <source>Loan &amp;rules</source>
        <translation>ادھار کے قواعد (&amp;R)</translation>
    </message>
    <message>
        <source>Loan &amp;terms</source>
        <translation>ادھار کی شرائط (&amp;T)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>انتظامیہ</translation>
    </message>
    <message>
        <source>Who can sign in, in which role, the branches, the loan rules and the loan terms.</source>
        <translation>کون سائن ان کر سکتا ہے، کس کردار میں، برانچیں، ادھار کے قواعد اور ادھار کی شرائط۔</translation>
    </message>
    <message>
        <source>Who can sign in, in which role, and the branches of the service.</source>
        <translation>کون سائن ان کر سکتا ہے، کس کردار میں، اور سروس کی برانچیں۔</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>بند کر دیا گیا</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <translation>محفوظ کر دیا گیا۔ ⁨%1⁩۔</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Device loans, TechMates sessions, skills and training for council libraries.</source>
        <translation>کونسل لائبریریوں کے لیے ڈیوائسز کا ادھار، TechMates سیشن، مہارتیں اور تربیت۔</translation>
    </message>
    <message>
        <source>The store file to open (default: %1).</source>
        <translation>کھولنے کے لیے ڈیٹا بیس فائل (طے شدہ: ⁨%1⁩)۔</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>راستہ</translation>
    </message>
    <message>
        <source>Print the start-up time once the window is ready, then quit.</source>
        <translation>ونڈو تیار ہونے پر آغاز کا وقت دکھائیں، پھر بند کریں۔</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>غیر متوقع دلیل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>TechMates Desk</source>
        <translation>TechMates Desk</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>ڈیٹا بیس کھولا نہیں جا سکا۔

⁨%1⁩</translation>
    </message>
    <message>
        <source>The store could not be read.

%1</source>
        <translation>ڈیٹا بیس پڑھا نہیں جا سکا۔

⁨%1⁩</translation>
    </message>
    <message>
        <source>Sign in as --user, open every section and tab, print the memory in use, then quit.</source>
        <translation>‎--user کے طور پر سائن ان کریں، ہر حصہ اور ٹیب کھولیں، استعمال میں میموری دکھائیں، پھر بند کریں۔</translation>
    </message>
    <message>
        <source>The person to sign in as, with --measure-every-view.</source>
        <translation>‎--measure-every-view کے ساتھ، جس فرد کے طور پر سائن ان کرنا ہے۔</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>AssetLabelsDialog</name>
    <message>
        <source>Print asset labels</source>
        <translation>اثاثہ لیبل پرنٹ کریں</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>اثاثہ لیبل</translation>
    </message>
    <message>
        <source>Tick the devices to label (Space ticks the highlighted one). Labels are 70 × 37 mm, 24 to an A4 sheet.</source>
        <translation>لیبل لگانے کے لیے ڈیوائسز پر نشان لگائیں (اسپیس نمایاں کردہ پر نشان لگاتا ہے)۔ لیبل 70 × 37 ملی میٹر کے ہیں، A4 شیٹ پر 24۔</translation>
    </message>
    <message>
        <source>Devices to label</source>
        <translation>لیبل کے لیے ڈیوائسز</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>⁨%1⁩ — ⁨%2⁩ — ⁨%3⁩</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>ڈیوائسز (&amp;V)</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>سب پر نشان لگائیں (&amp;A)</translation>
    </message>
    <message>
        <source>Tick every device</source>
        <translation>ہر ڈیوائس پر نشان لگائیں</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>سب سے نشان ہٹائیں (&amp;U)</translation>
    </message>
    <message>
        <source>Untick every device</source>
        <translation>ہر ڈیوائس سے نشان ہٹائیں</translation>
    </message>
    <message>
        <source>Council name for the labels</source>
        <translation>لیبلوں کے لیے کونسل کا نام</translation>
    </message>
    <message>
        <source>e.g. Kirkbeck</source>
        <translation>مثلاً Kirkbeck</translation>
    </message>
    <message>
        <source>First free label on the sheet</source>
        <translation>شیٹ پر پہلا خالی لیبل</translation>
    </message>
    <message>
        <source>To use up a part-used sheet: labels are counted along each row, top row first</source>
        <translation>جزوی استعمال شدہ شیٹ ختم کرنے کے لیے: لیبل ہر قطار میں گنے جاتے ہیں، اوپر والی قطار سے شروع</translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation>کونسل (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start at label</source>
        <translation>لیبل سے شروع کریں (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the labels</source>
        <translation>لیبل پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save the labels as a PDF file</source>
        <translation>لیبلوں کو PDF فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Property of %1 Libraries</source>
        <translation>⁨%1⁩ لائبریریز کی ملکیت</translation>
    </message>
    <message>
        <source>Tick at least one device to label.</source>
        <translation>لیبل کے لیے کم از کم ایک ڈیوائس پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Type the council&apos;s name: the labels say “Property of … Libraries”.</source>
        <translation>کونسل کا نام لکھیں: لیبلوں پر “… لائبریریز کی ملکیت” لکھا ہوتا ہے۔</translation>
    </message>
    <message>
        <source>No devices ticked.</source>
        <translation>کسی ڈیوائس پر نشان نہیں لگایا گیا۔</translation>
    </message>
    <message>
        <source>%1 label(s) on %2 sheet(s).</source>
        <translation>⁨%1⁩ لیبل، ⁨%2⁩ شیٹوں پر۔</translation>
    </message>
    <message>
        <source>Preview of the first sheet: %1 label(s)</source>
        <translation>پہلی شیٹ کا پیش منظر: ⁨%1⁩ لیبل</translation>
    </message>
    <message>
        <source>Saved %1 label(s) to %2.</source>
        <translation>⁨%1⁩ لیبل ⁨%2⁩ میں محفوظ کر دیے گئے۔</translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation>لیبلوں کو PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>asset-labels.pdf</source>
        <translation>asset-labels.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is switched on, or save a PDF.</source>
        <translation>پرنٹر شروع نہیں ہو سکا۔ دیکھیں کہ یہ آن ہے، یا PDF محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Sent %1 label(s) to the printer.</source>
        <translation>⁨%1⁩ لیبل پرنٹر کو بھیج دیے گئے۔</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <source>Times for %1</source>
        <translation>⁨%1⁩ کے اوقات</translation>
    </message>
    <message>
        <source>Day and hours</source>
        <translation>دن اور اوقات</translation>
    </message>
    <message>
        <source>How</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>سیشن</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>وقفے</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>پیشگی اطلاع</translation>
    </message>
    <message>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>Weekly times</source>
        <translation>ہفتہ وار اوقات</translation>
    </message>
    <message>
        <source>No weekly times yet: add the first below.</source>
        <translation>ابھی کوئی ہفتہ وار وقت نہیں: نیچے پہلا شامل کریں۔</translation>
    </message>
    <message>
        <source>Add a weekly time</source>
        <translation>ہفتہ وار وقت شامل کریں</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>ہفتے کا دن</translation>
    </message>
    <message>
        <source>From (time)</source>
        <translation>سے (وقت)</translation>
    </message>
    <message>
        <source>To (time)</source>
        <translation>تک (وقت)</translation>
    </message>
    <message>
        <source>Home branch / any</source>
        <translation>اپنی برانچ / کوئی بھی</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>سیشن کا دورانیہ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>Kept free before</source>
        <translation>پہلے خالی وقت</translation>
    </message>
    <message>
        <source>Kept free after</source>
        <translation>بعد میں خالی وقت</translation>
    </message>
    <message>
        <source>Minimum notice</source>
        <translation>کم از کم پیشگی اطلاع</translation>
    </message>
    <message>
        <source> h</source>
        <translation> گھنٹے</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>پہلا دن</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ابھی سے</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>آخری دن</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>کوئی اختتام نہیں</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>Free before</source>
        <translation>پہلے خالی</translation>
    </message>
    <message>
        <source>Free after</source>
        <translation>بعد میں خالی</translation>
    </message>
    <message>
        <source>&amp;Add time</source>
        <translation>وقت شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected time</source>
        <translation>منتخب وقت ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>غیر حاضری</translation>
    </message>
    <message>
        <source>No time away planned.</source>
        <translation>کوئی غیر حاضری طے نہیں۔</translation>
    </message>
    <message>
        <source>First day away</source>
        <translation>غیر حاضری کا پہلا دن</translation>
    </message>
    <message>
        <source>Last day away</source>
        <translation>غیر حاضری کا آخری دن</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>وجہ (اختیاری)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>چھٹی</translation>
    </message>
    <message>
        <source>Add time a&amp;way</source>
        <translation>غیر حاضری شامل کریں (&amp;W)</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected time away</source>
        <translation>منتخب غیر حاضری ہٹائیں (&amp;V)</translation>
    </message>
    <message>
        <source>Time away (no sessions are proposed or booked on these days)</source>
        <translation>غیر حاضری (ان دنوں میں نہ سیشن تجویز کیے جاتے ہیں نہ بک ہوتے ہیں)</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>⁨%1⁩ / ⁨%2⁩ منٹ</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>⁨%1⁩ گھنٹے</translation>
    </message>
    <message>
        <source>Choose a time in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی وقت منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose a time away in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی غیر حاضری منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>BadgeCatalogue</name>
    <message>
        <source>the code %1 appears more than once.</source>
        <translation>کوڈ ⁨%1⁩ ایک سے زیادہ بار آیا ہے۔</translation>
    </message>
    <message>
        <source>the award %1 appears more than once.</source>
        <translation>ایوارڈ ⁨%1⁩ ایک سے زیادہ بار آیا ہے۔</translation>
    </message>
</context>
<context>
    <name>BadgeCatalogueCommands</name>
    <message>
        <source>%1 and %2 would both be reached at %3 points; give each award its own threshold.</source>
        <translation>⁨%1⁩ اور ⁨%2⁩ دونوں ⁨%3⁩ پوائنٹس پر حاصل ہوں گے؛ ہر ایوارڈ کو اس کی اپنی حد دیں۔</translation>
    </message>
</context>
<context>
    <name>BadgeCatalogueFile</name>
    <message>
        <source>a badge code is 2 to 16 letters, digits, - or _ (for example CIT-01), not “%1”</source>
        <translation>بیج کوڈ 2 سے 16 حروف، ہندسے، - یا _ ہوتا ہے (مثلاً CIT-01)، “⁨%1⁩” نہیں</translation>
    </message>
    <message>
        <source>badge %1 needs a name of at most 120 characters</source>
        <translation>بیج ⁨%1⁩ کا نام زیادہ سے زیادہ 120 حروف کا ہونا چاہیے</translation>
    </message>
    <message>
        <source>badge %1 needs a category of at most 40 characters (for example Citizen)</source>
        <translation>بیج ⁨%1⁩ کا زمرہ زیادہ سے زیادہ 40 حروف کا ہونا چاہیے (مثلاً Citizen)</translation>
    </message>
    <message>
        <source>badge %1: points must be between 0 and 1,000</source>
        <translation>بیج ⁨%1⁩: پوائنٹس 0 سے 1,000 کے درمیان ہونے چاہییں</translation>
    </message>
    <message>
        <source>an award needs a name of at most 40 characters (for example Silver)</source>
        <translation>ایوارڈ کا نام زیادہ سے زیادہ 40 حروف کا ہونا چاہیے (مثلاً Silver)</translation>
    </message>
    <message>
        <source>the %1 award needs a threshold between 1 and 100,000 points</source>
        <translation>⁨%1⁩ ایوارڈ کی حد 1 سے 100,000 پوائنٹس کے درمیان ہونی چاہیے</translation>
    </message>
    <message>
        <source>the file is too large for a badge catalogue (at most 5 MB).</source>
        <translation>فائل بیج کیٹلاگ کے لیے بہت بڑی ہے (زیادہ سے زیادہ 5 MB)۔</translation>
    </message>
    <message>
        <source>the file is not a JSON badge catalogue (%1 at character %2).</source>
        <translation>فائل JSON بیج کیٹلاگ نہیں ہے (⁨%1⁩، حرف ⁨%2⁩ پر)۔</translation>
    </message>
    <message>
        <source>no object</source>
        <translation>کوئی آبجیکٹ نہیں</translation>
    </message>
    <message>
        <source>the file has no “badges” list.</source>
        <translation>فائل میں “badges” فہرست نہیں ہے۔</translation>
    </message>
    <message>
        <source>badge %1: needs code, name, category (text) and points (a number).</source>
        <translation>بیج ⁨%1⁩: code، name، category (متن) اور points (عدد) درکار ہیں۔</translation>
    </message>
    <message>
        <source>badge %1: “active” must be true or false.</source>
        <translation>بیج ⁨%1⁩: “active” کو true یا false ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>badge %1: points must be a whole number.</source>
        <translation>بیج ⁨%1⁩: پوائنٹس مکمل عدد ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>badge %1: %2.</source>
        <translation>بیج ⁨%1⁩: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>“award_levels” must be a list.</source>
        <translation>“award_levels” ایک فہرست ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>award %1: needs a name and a threshold (a number).</source>
        <translation>ایوارڈ ⁨%1⁩: نام اور حد (عدد) درکار ہیں۔</translation>
    </message>
    <message>
        <source>award %1: %2.</source>
        <translation>ایوارڈ ⁨%1⁩: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>the file lists no badges.</source>
        <translation>فائل میں کوئی بیج درج نہیں۔</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>فائل خالی ہے۔</translation>
    </message>
    <message>
        <source>line 1: the header needs the columns code, name, category and points (active is optional).</source>
        <translation>سطر 1: ہیڈر میں code، name، category اور points کالم ہونے چاہییں (active اختیاری ہے)۔</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>سطر ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>line %1: points must be a whole number, not “%2”.</source>
        <translation>سطر ⁨%1⁩: پوائنٹس مکمل عدد ہونے چاہییں، “⁨%2⁩” نہیں۔</translation>
    </message>
    <message>
        <source>line %1: active must be yes or no.</source>
        <translation>سطر ⁨%1⁩: active کو yes یا no ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>line %1: %2.</source>
        <translation>سطر ⁨%1⁩: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>a badge catalogue is a .json or .csv file.</source>
        <translation>بیج کیٹلاگ ‎.json یا ‎.csv فائل ہوتی ہے۔</translation>
    </message>
    <message>
        <source>the default catalogue is missing from this build.</source>
        <translation>اس بلڈ میں طے شدہ کیٹلاگ موجود نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>BadgeCommands</name>
    <message>
        <source>resident</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>member of staff</source>
        <translation>عملے کا رکن</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Edit the badge %1</source>
        <translation>بیج ⁨%1⁩ میں ترمیم کریں</translation>
    </message>
    <message>
        <source>Add a badge</source>
        <translation>بیج شامل کریں</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>بیج کوڈ</translation>
    </message>
    <message>
        <source>for example CIT-13</source>
        <translation>مثلاً CIT-13</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>بیج کا نام</translation>
    </message>
    <message>
        <source>Badge category</source>
        <translation>بیج کا زمرہ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>پوائنٹس</translation>
    </message>
    <message>
        <source>&amp;Offered (learners can earn it)</source>
        <translation>پیش کیا جاتا ہے (سیکھنے والے اسے حاصل کر سکتے ہیں) (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>کوڈ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>زمرہ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>پوائنٹس (&amp;P)</translation>
    </message>
</context>
<context>
    <name>BadgeImport</name>
    <message>
        <source>line 1: the file is too large to import (at most 20 MB).</source>
        <translation>سطر 1: فائل درآمد کرنے کے لیے بہت بڑی ہے (زیادہ سے زیادہ 20 MB)۔</translation>
    </message>
    <message>
        <source>line 1: %1</source>
        <translation>سطر 1: ⁨%1⁩</translation>
    </message>
    <message>
        <source>line 1: the file is empty.</source>
        <translation>سطر 1: فائل خالی ہے۔</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>سطر ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>the learner (card or id)</source>
        <translation>سیکھنے والا (کارڈ یا شناخت)</translation>
    </message>
    <message>
        <source>the badge (code or name)</source>
        <translation>بیج (کوڈ یا نام)</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>line 1: no column is matched to %1; map the columns and try again.</source>
        <translation>سطر 1: کوئی کالم ⁨%1⁩ سے نہیں ملایا گیا؛ کالم ملائیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>line %1: no badge is given.</source>
        <translation>سطر ⁨%1⁩: کوئی بیج نہیں دیا گیا۔</translation>
    </message>
    <message>
        <source>line %1: the badge “%2” is not in the catalogue.</source>
        <translation>سطر ⁨%1⁩: بیج “⁨%2⁩” کیٹلاگ میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>line %1: the badge %2 is no longer offered.</source>
        <translation>سطر ⁨%1⁩: بیج ⁨%2⁩ اب پیش نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a date (use 2026-03-02 or 2/3/2026).</source>
        <translation>سطر ⁨%1⁩: “⁨%2⁩” تاریخ نہیں ہے (2026-03-02 یا 2/3/2026 استعمال کریں)۔</translation>
    </message>
    <message>
        <source>line %1: the date %2 is in the future.</source>
        <translation>سطر ⁨%1⁩: تاریخ ⁨%2⁩ مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>line %1: the date %2 is too early for an iDEA badge.</source>
        <translation>سطر ⁨%1⁩: تاریخ ⁨%2⁩ iDEA بیج کے لیے بہت پہلے کی ہے۔</translation>
    </message>
    <message>
        <source>line %1: no TechMate called “%2”.</source>
        <translation>سطر ⁨%1⁩: “⁨%2⁩” نام کا کوئی TechMate نہیں۔</translation>
    </message>
    <message>
        <source>line %1: more than one TechMate is called “%2”; use their id.</source>
        <translation>سطر ⁨%1⁩: “⁨%2⁩” نام کے ایک سے زیادہ TechMate ہیں؛ ان کی شناخت استعمال کریں۔</translation>
    </message>
    <message>
        <source>line %1: the same learner and badge appear earlier in the file.</source>
        <translation>سطر ⁨%1⁩: یہی سیکھنے والا اور بیج فائل میں پہلے آ چکے ہیں۔</translation>
    </message>
    <message>
        <source>line %1: the learner already holds the badge %2.</source>
        <translation>سطر ⁨%1⁩: سیکھنے والے کے پاس بیج ⁨%2⁩ پہلے سے ہے۔</translation>
    </message>
    <message>
        <source>line 1: the file has a header but no rows.</source>
        <translation>سطر 1: فائل میں ہیڈر ہے لیکن کوئی قطار نہیں۔</translation>
    </message>
</context>
<context>
    <name>BadgeImport::Plan</name>
    <message>
        <source>… and %1 more.</source>
        <translation>… اور ⁨%1⁩ مزید۔</translation>
    </message>
</context>
<context>
    <name>BadgeImportPanel</name>
    <message>
        <source>A CSV file of badge completions, one row per badge: the learner (library card, id or user name), the badge (code or name) and the date, and optionally the TechMate who supported it. Check the file, then import: every row goes in, or none.</source>
        <translation>بیج مکمل کرنے کی CSV فائل، ہر بیج کے لیے ایک قطار: سیکھنے والا (لائبریری کارڈ، شناخت یا صارف نام)، بیج (کوڈ یا نام) اور تاریخ، اور اختیاری طور پر مدد کرنے والا TechMate۔ فائل جانچیں، پھر درآمد کریں: یا تو تمام قطاریں شامل ہوں گی یا کوئی نہیں۔</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>فائل (&amp;F):</translation>
    </message>
    <message>
        <source>CSV file of badge completions</source>
        <translation>بیج مکمل کرنے کی CSV فائل</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>منتخب کریں (&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV فائل منتخب کریں</translation>
    </message>
    <message>
        <source>Chec&amp;k the file</source>
        <translation>فائل جانچیں (&amp;K)</translation>
    </message>
    <message>
        <source>Check the file without importing</source>
        <translation>درآمد کیے بغیر فائل جانچیں</translation>
    </message>
    <message>
        <source>&amp;Import all rows</source>
        <translation>تمام قطاریں درآمد کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Import every row of the checked file</source>
        <translation>جانچی گئی فائل کی ہر قطار درآمد کریں</translation>
    </message>
    <message>
        <source>Rows that cannot be matched</source>
        <translation>وہ قطاریں جو ملائی نہیں جا سکتیں</translation>
    </message>
    <message>
        <source>Choose a CSV of badge completions</source>
        <translation>بیج مکمل کرنے کی CSV فائل منتخب کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV فائلیں (*.csv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>فائل پڑھی نہیں جا سکتی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>کوئی فائل منتخب نہیں کی گئی</translation>
    </message>
    <message>
        <source>The file is too large to import (at most 20 MB).</source>
        <translation>فائل درآمد کرنے کے لیے بہت بڑی ہے (زیادہ سے زیادہ 20 MB)۔</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>استعمال نہیں ہوتا</translation>
    </message>
    <message>
        <source>Learner (card or id)</source>
        <translation>سیکھنے والا (کارڈ یا شناخت)</translation>
    </message>
    <message>
        <source>Badge (code or name)</source>
        <translation>بیج (کوڈ یا نام)</translation>
    </message>
    <message>
        <source>Date achieved</source>
        <translation>حصول کی تاریخ</translation>
    </message>
    <message>
        <source>Supported by (TechMate)</source>
        <translation>مدد کرنے والا (TechMate)</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>کالم “⁨%1⁩” میں کیا ہے</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(کالم ⁨%1⁩)</translation>
    </message>
    <message>
        <source>Match the columns if needed, then check the file.</source>
        <translation>ضرورت ہو تو کالم ملائیں، پھر فائل جانچیں۔</translation>
    </message>
    <message>
        <source>%1 row(s) cannot be matched; nothing will be imported until they are put right.</source>
        <translation>⁨%1⁩ قطاریں ملائی نہیں جا سکتیں؛ جب تک یہ درست نہ ہوں کچھ درآمد نہیں ہوگا۔</translation>
    </message>
    <message>
        <source>All %1 row(s) can be imported.</source>
        <translation>تمام ⁨%1⁩ قطاریں درآمد کی جا سکتی ہیں۔</translation>
    </message>
</context>
<context>
    <name>BookSessionPanel</name>
    <message>
        <source>Resident&apos;s library card</source>
        <translation>رہائشی کا لائبریری کارڈ</translation>
    </message>
    <message>
        <source>Scan or type the card</source>
        <translation>کارڈ اسکین کریں یا لکھیں</translation>
    </message>
    <message>
        <source>What the resident needs help with</source>
        <translation>رہائشی کو کس چیز میں مدد چاہیے</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>نہیں بتایا گیا</translation>
    </message>
    <message>
        <source>The need in the resident&apos;s words</source>
        <translation>رہائشی کے اپنے الفاظ میں ضرورت</translation>
    </message>
    <message>
        <source>How the session happens</source>
        <translation>سیشن کیسے ہوگا</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Date and time the session starts</source>
        <translation>سیشن شروع ہونے کی تاریخ اور وقت</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>دورانیہ منٹوں میں</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>کارڈ (&amp;C)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>ضرورت</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>ان کے الفاظ میں</translation>
    </message>
    <message>
        <source>How</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>دورانیہ</translation>
    </message>
    <message>
        <source>F&amp;ind volunteers</source>
        <translation>رضاکار تلاش کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Find volunteers who fit</source>
        <translation>موزوں رضاکار تلاش کریں</translation>
    </message>
    <message>
        <source>Boo&amp;k with selected</source>
        <translation>منتخب کے ساتھ بک کریں (&amp;K)</translation>
    </message>
    <message>
        <source>Book with the selected volunteer</source>
        <translation>منتخب رضاکار کے ساتھ بک کریں</translation>
    </message>
    <message>
        <source>&amp;Add to waiting list</source>
        <translation>انتظار کی فہرست میں شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Add the resident to the waiting list</source>
        <translation>رہائشی کو انتظار کی فہرست میں شامل کریں</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Helps with the need</source>
        <translation>اس ضرورت میں مدد کرتا ہے</translation>
    </message>
    <message>
        <source>Speaks their language</source>
        <translation>ان کی زبان بولتا ہے</translation>
    </message>
    <message>
        <source>Booked recently</source>
        <translation>حال ہی میں بک ہوا</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Volunteers who fit</source>
        <translation>موزوں رضاکار</translation>
    </message>
    <message>
        <source>Fill in the session and choose Find volunteers.</source>
        <translation>سیشن کی تفصیلات بھریں اور رضاکار تلاش کریں کا انتخاب کریں۔</translation>
    </message>
    <message>
        <source>Any / not needed</source>
        <translation>کوئی بھی / ضرورت نہیں</translation>
    </message>
    <message>
        <source>Type the start as a date and time, such as 2026-03-09 10:00.</source>
        <translation>آغاز کو تاریخ اور وقت کے طور پر لکھیں، جیسے 2026-03-09 10:00۔</translation>
    </message>
    <message>
        <source>No resident has the card %1.</source>
        <translation>کسی رہائشی کے پاس کارڈ ⁨%1⁩ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>⁨%1⁩ منٹ</translation>
    </message>
    <message>
        <source>You are not free for this session then (times, notice or another session).</source>
        <translation>آپ اس وقت اس سیشن کے لیے فارغ نہیں ہیں (اوقات، پیشگی اطلاع یا کوئی اور سیشن)۔</translation>
    </message>
    <message>
        <source>Nobody is free for this session then. Try another time, or add the resident to the waiting list.</source>
        <translation>اس وقت اس سیشن کے لیے کوئی فارغ نہیں۔ کوئی اور وقت آزمائیں، یا رہائشی کو انتظار کی فہرست میں شامل کریں۔</translation>
    </message>
    <message>
        <source>You cannot take this session then.</source>
        <translation>آپ اس وقت یہ سیشن نہیں لے سکتے۔</translation>
    </message>
    <message>
        <source>Nobody fits. Add to the waiting list (Alt+A) or try another time.</source>
        <translation>کوئی موزوں نہیں۔ انتظار کی فہرست میں شامل کریں (Alt+A) یا کوئی اور وقت آزمائیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) fit, best first. Choose one and press Alt+K to book.</source>
        <translation>
            <numerusform>%n رضاکار موزوں ہے۔ اسے منتخب کریں اور بک کرنے کے لیے Alt+K دبائیں۔</numerusform>
            <numerusform>%n رضاکار موزوں ہیں، بہترین پہلے۔ ایک منتخب کریں اور بک کرنے کے لیے Alt+K دبائیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Find volunteers first, then choose one.</source>
        <translation>پہلے رضاکار تلاش کریں، پھر ایک منتخب کریں۔</translation>
    </message>
    <message>
        <source>Booked. Scan the next card to book another session.</source>
        <translation>بک ہو گیا۔ ایک اور سیشن بک کرنے کے لیے اگلا کارڈ اسکین کریں۔</translation>
    </message>
</context>
<context>
    <name>BookingCommands</name>
    <message>
        <source>attended</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>a resident no-show</source>
        <translation>رہائشی کی غیر حاضری</translation>
    </message>
    <message>
        <source>a volunteer no-show</source>
        <translation>رضاکار کی غیر حاضری</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>منسوخ</translation>
    </message>
</context>
<context>
    <name>BookingKeys</name>
    <message>
        <source>Communicating</source>
        <translation>رابطہ کاری</translation>
    </message>
    <message>
        <source>Handling information and content</source>
        <translation>معلومات اور مواد کا استعمال</translation>
    </message>
    <message>
        <source>Transacting</source>
        <translation>لین دین</translation>
    </message>
    <message>
        <source>Problem solving</source>
        <translation>مسائل حل کرنا</translation>
    </message>
    <message>
        <source>Being safe and legal online</source>
        <translation>آن لائن محفوظ اور قانونی رہنا</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>A home visit</source>
        <translation>گھر کا دورہ</translation>
    </message>
    <message>
        <source>A one-to-one session</source>
        <translation>انفرادی سیشن</translation>
    </message>
    <message>
        <source>%1 needs a DBS check, and %2 has none on record. Record their DBS certificate first.</source>
        <translation>⁨%1⁩ کے لیے DBS جانچ ضروری ہے، اور ⁨%2⁩ کا کوئی ریکارڈ نہیں۔ پہلے ان کا DBS سرٹیفکیٹ درج کریں۔</translation>
    </message>
    <message>
        <source>%1 needs a current DBS check: %2&apos;s DBS re-check was due on %3. Record the new check first.</source>
        <translation>⁨%1⁩ کے لیے موجودہ DBS جانچ ضروری ہے: ⁨%2⁩ کی DBS دوبارہ جانچ ⁨%3⁩ کو واجب تھی۔ پہلے نئی جانچ درج کریں۔</translation>
    </message>
    <message>
        <source>%1 cannot take %2 yet: that needs the training unit %3, not yet achieved.</source>
        <translation>⁨%1⁩ ابھی ⁨%2⁩ نہیں لے سکتا: اس کے لیے تربیتی یونٹ ⁨%3⁩ ضروری ہے، جو ابھی حاصل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>⁨%1⁩ سے ⁨%2⁩ تک</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>⁨%1⁩ سے ⁨%2⁩ تک (⁨%3⁩)</translation>
    </message>
    <message>
        <source>%1 already has a session at %2 (%3 minutes).</source>
        <translation>⁨%1⁩ کا ⁨%2⁩ پر پہلے سے ایک سیشن ہے (⁨%3⁩ منٹ)۔</translation>
    </message>
    <message>
        <source>%1 has a session at %2 (%3 minutes); with the time kept free before and after sessions (travel), this one would overlap it.</source>
        <translation>⁨%1⁩ کا ⁨%2⁩ پر ایک سیشن ہے (⁨%3⁩ منٹ)؛ سیشنوں سے پہلے اور بعد خالی رکھے گئے وقت (سفر) کے ساتھ یہ سیشن اس سے ٹکرائے گا۔</translation>
    </message>
    <message>
        <source>%1 is helping at the event “%2” at %3.</source>
        <translation>⁨%1⁩ تقریب “⁨%2⁩” میں ⁨%3⁩ پر مدد کر رہا ہے۔</translation>
    </message>
    <message>
        <source>%1 is not taking sessions (their status is %2).</source>
        <translation>⁨%1⁩ سیشن نہیں لے رہا (ان کی حیثیت ⁨%2⁩ ہے)۔</translation>
    </message>
    <message>
        <source>%1 does not offer %2.</source>
        <translation>⁨%1⁩ ⁨%2⁩ پیش نہیں کرتا۔</translation>
    </message>
    <message>
        <source>%1 is away %2.</source>
        <translation>⁨%1⁩ ⁨%2⁩ غیر حاضر ہے۔</translation>
    </message>
    <message>
        <source>%1 has no times set for %2. Add their availability first.</source>
        <translation>⁨%1⁩ کے ⁨%2⁩ کے لیے کوئی اوقات مقرر نہیں۔ پہلے ان کی دستیابی شامل کریں۔</translation>
    </message>
    <message>
        <source>%1 is not available for %2 then. Their times: %3.</source>
        <translation>⁨%1⁩ اس وقت ⁨%2⁩ کے لیے دستیاب نہیں۔ ان کے اوقات: ⁨%3⁩۔</translation>
    </message>
    <message>
        <source>%1 asks for %2 hours&apos; notice for %3; the earliest they can be booked is %4.</source>
        <translation>⁨%1⁩ کو ⁨%3⁩ کے لیے ⁨%2⁩ گھنٹے کی پیشگی اطلاع درکار ہے؛ سب سے پہلے ⁨%4⁩ کو بک کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>%1 gives at most %2 minutes a week and already has %3 booked that week.</source>
        <translation>⁨%1⁩ ہفتے میں زیادہ سے زیادہ ⁨%2⁩ منٹ دیتا ہے اور اس ہفتے پہلے ہی ⁨%3⁩ بک ہیں۔</translation>
    </message>
    <message>
        <source>The resident already has a session at %1 (%2 minutes).</source>
        <translation>رہائشی کا ⁨%1⁩ پر پہلے سے ایک سیشن ہے (⁨%2⁩ منٹ)۔</translation>
    </message>
    <message>
        <source>phone sessions</source>
        <translation>فون سیشن</translation>
    </message>
    <message>
        <source>video sessions</source>
        <translation>ویڈیو سیشن</translation>
    </message>
    <message>
        <source>library sessions</source>
        <translation>لائبریری سیشن</translation>
    </message>
    <message>
        <source>home visits</source>
        <translation>گھر کے دورے</translation>
    </message>
    <message>
        <source>events</source>
        <translation>تقریبات</translation>
    </message>
</context>
<context>
    <name>BookingSupport</name>
    <message>
        <source>A volunteer can only change their own sessions, times and hours.</source>
        <translation>رضاکار صرف اپنے سیشن، اوقات اور گھنٹے تبدیل کر سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>BookingText</name>
    <message>
        <source>Events</source>
        <translation>تقریبات</translation>
    </message>
    <message>
        <source>No DBS on record</source>
        <translation>DBS کا کوئی ریکارڈ نہیں</translation>
    </message>
    <message>
        <source>Expired: re-check was due %1</source>
        <translation>میعاد ختم: دوبارہ جانچ ⁨%1⁩ کو واجب تھی</translation>
    </message>
    <message>
        <source>Re-check due %1 (%2-day alert)</source>
        <translation>دوبارہ جانچ ⁨%1⁩ کو واجب (⁨%2⁩ دن پہلے انتباہ)</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>⁨%1⁩ تک درست</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Bookings tasks</source>
        <translation>بکنگ کے کام</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>بک کریں (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>سیشن (&amp;S)</translation>
    </message>
    <message>
        <source>Cal&amp;endar</source>
        <translation>کیلنڈر (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>یاد دہانیاں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>انتظار کی فہرست (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation>رضاکار (&amp;V)</translation>
    </message>
    <message>
        <source>My w&amp;eek</source>
        <translation>میرا ہفتہ (&amp;E)</translation>
    </message>
    <message>
        <source>My &amp;sessions</source>
        <translation>میرے سیشن (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation>میں (&amp;M)</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>گھنٹے (&amp;U)</translation>
    </message>
    <message>
        <source>Eve&amp;nts</source>
        <translation>تقریبات (&amp;N)</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>بکنگز</translation>
    </message>
    <message>
        <source>Book residents into TechMates sessions, record outcomes, and keep volunteers&apos; times, DBS and hours.</source>
        <translation>رہائشیوں کو TechMates سیشنوں میں بک کریں، نتائج درج کریں، اور رضاکاروں کے اوقات، DBS اور گھنٹوں کا ریکارڈ رکھیں۔</translation>
    </message>
    <message>
        <source>Your week of TechMates sessions, their outcomes, your times and your hours.</source>
        <translation>آپ کے TechMates سیشنوں کا ہفتہ، ان کے نتائج، آپ کے اوقات اور آپ کے گھنٹے۔</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <source>The store could not be read, so what is shown may be out of date. %1</source>
        <translation>ڈیٹا بیس پڑھا نہیں جا سکا، اس لیے دکھائی گئی معلومات پرانی ہو سکتی ہیں۔ ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Which view</source>
        <translation>کون سا منظر</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>میرا ہفتہ</translation>
    </message>
    <message>
        <source>Everyone&apos;s week</source>
        <translation>سب کا ہفتہ</translation>
    </message>
    <message>
        <source>A volunteer&apos;s week</source>
        <translation>کسی رضاکار کا ہفتہ</translation>
    </message>
    <message>
        <source>A branch&apos;s day</source>
        <translation>کسی برانچ کا دن</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Day or week shown</source>
        <translation>دکھایا گیا دن یا ہفتہ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>Print this view</source>
        <translation>یہ منظر پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save PD&amp;F…</source>
        <translation>PD&amp;F محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save this view as a PDF</source>
        <translation>یہ منظر PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>دورانیہ</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>How</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <source>Sessions in this view</source>
        <translation>اس منظر میں سیشن</translation>
    </message>
    <message>
        <source>Drop-in event</source>
        <translation>کھلی تقریب</translation>
    </message>
    <message numerus="yes">
        <source>%n came</source>
        <translation>
            <numerusform>%n آیا</numerusform>
            <numerusform>%n آئے</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>طے شدہ</translation>
    </message>
    <message>
        <source>Nothing is booked in this view.</source>
        <translation>اس منظر میں کچھ بک نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>⁨%1⁩ سے ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: sessions on %2</source>
        <translation>⁨%1⁩: ⁨%2⁩ کے سیشن</translation>
    </message>
    <message>
        <source>My week: %1</source>
        <translation>میرا ہفتہ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1&apos;s week: %2</source>
        <translation>⁨%1⁩ کا ہفتہ: ⁨%2⁩</translation>
    </message>
    <message>
        <source>All sessions: %1</source>
        <translation>تمام سیشن: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Where / contact</source>
        <translation>جگہ / رابطہ</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>sessions-%1.pdf</source>
        <translation>sessions-%1.pdf</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>⁨%1⁩ محفوظ کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>CancelReservationCommand</name>
    <message>
        <source>That reservation is not in the store.</source>
        <translation>یہ ریزرویشن ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That reservation is already %1.</source>
        <translation>یہ ریزرویشن پہلے ہی ⁨%1⁩ ہے۔</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>وجہ بہت لمبی ہے (زیادہ سے زیادہ 500 حروف)۔</translation>
    </message>
    <message>
        <source>Cancelled the reservation.</source>
        <translation>ریزرویشن منسوخ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>CancelWaitlistCommand</name>
    <message>
        <source>That waiting-list entry is not in the store.</source>
        <translation>انتظار کی فہرست کا یہ اندراج ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That waiting-list entry is already %1.</source>
        <translation>انتظار کی فہرست کا یہ اندراج پہلے ہی ⁨%1⁩ ہے۔</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>وجہ بہت لمبی ہے (زیادہ سے زیادہ 500 حروف)۔</translation>
    </message>
    <message>
        <source>Took the resident off the waiting list.</source>
        <translation>رہائشی کو انتظار کی فہرست سے ہٹا دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>بیج</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>پوائنٹس</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>پیش کیا جاتا ہے</translation>
    </message>
    <message>
        <source>Badge catalogue</source>
        <translation>بیج کیٹلاگ</translation>
    </message>
    <message>
        <source>The badge catalogue is empty. An administrator can load the iDEA catalogue.</source>
        <translation>بیج کیٹلاگ خالی ہے۔ ایڈمنسٹریٹر iDEA کیٹلاگ لوڈ کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Add badge…</source>
        <translation>بیج شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a badge to the catalogue</source>
        <translation>کیٹلاگ میں بیج شامل کریں</translation>
    </message>
    <message>
        <source>Edit &amp;badge…</source>
        <translation>بیج میں ترمیم کریں (&amp;B)…</translation>
    </message>
    <message>
        <source>Edit the selected badge</source>
        <translation>منتخب بیج میں ترمیم کریں</translation>
    </message>
    <message>
        <source>Set a&amp;ward…</source>
        <translation>ایوارڈ مقرر کریں (&amp;W)…</translation>
    </message>
    <message>
        <source>Set an award level&apos;s threshold</source>
        <translation>ایوارڈ کی سطح کی حد مقرر کریں</translation>
    </message>
    <message>
        <source>Load the &amp;shipped iDEA catalogue</source>
        <translation>ساتھ آنے والا iDEA کیٹلاگ لوڈ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Load the iDEA catalogue shipped with TechMates Desk</source>
        <translation>TechMates Desk کے ساتھ آنے والا iDEA کیٹلاگ لوڈ کریں</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>درآمد کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>Import a catalogue file (JSON or CSV)</source>
        <translation>کیٹلاگ فائل درآمد کریں (JSON یا CSV)</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON برآمد کریں…</translation>
    </message>
    <message>
        <source>Export the catalogue and award levels as JSON</source>
        <translation>کیٹلاگ اور ایوارڈ کی سطحیں JSON کے طور پر برآمد کریں</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>CS&amp;V برآمد کریں…</translation>
    </message>
    <message>
        <source>Export the catalogue as CSV</source>
        <translation>کیٹلاگ کو CSV کے طور پر برآمد کریں</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>%1 from %2 points</source>
        <translation>⁨%1⁩، ⁨%2⁩ پوائنٹس سے</translation>
    </message>
    <message>
        <source>No award levels are set.</source>
        <translation>ایوارڈ کی کوئی سطح مقرر نہیں۔</translation>
    </message>
    <message>
        <source>Awards: %1.</source>
        <translation>ایوارڈز: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>There is already a badge %1; edit it instead.</source>
        <translation>بیج ⁨%1⁩ پہلے سے موجود ہے؛ اس کے بجائے اس میں ترمیم کریں۔</translation>
    </message>
    <message>
        <source>Choose the badge to edit first.</source>
        <translation>پہلے ترمیم کے لیے بیج منتخب کریں۔</translation>
    </message>
    <message>
        <source>Set an award level</source>
        <translation>ایوارڈ کی سطح مقرر کریں</translation>
    </message>
    <message>
        <source>Award name (for example Silver or Gold):</source>
        <translation>ایوارڈ کا نام (مثلاً Silver یا Gold):</translation>
    </message>
    <message>
        <source>Points needed for %1:</source>
        <translation>⁨%1⁩ کے لیے درکار پوائنٹس:</translation>
    </message>
    <message>
        <source>Import a badge catalogue</source>
        <translation>بیج کیٹلاگ درآمد کریں</translation>
    </message>
    <message>
        <source>Badge catalogues (*.json *.csv)</source>
        <translation>بیج کیٹلاگ (*.json *.csv)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>فائل پڑھی نہیں جا سکتی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>کچھ درآمد نہیں ہوا:
⁨%1⁩</translation>
    </message>
    <message>
        <source>badge-catalogue.csv</source>
        <translation>badge-catalogue.csv</translation>
    </message>
    <message>
        <source>badge-catalogue.json</source>
        <translation>badge-catalogue.json</translation>
    </message>
    <message>
        <source>Export the badge catalogue</source>
        <translation>بیج کیٹلاگ برآمد کریں</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON فائلیں (*.json)</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>فائل لکھی نہیں جا سکتی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>⁨%1⁩ میں برآمد کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>CertificateClaimCommand</name>
    <message>
        <source>That claim does not exist.</source>
        <translation>یہ دعویٰ موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>The claim %1 has not been submitted yet.</source>
        <translation>دعویٰ ⁨%1⁩ ابھی جمع نہیں کرایا گیا۔</translation>
    </message>
    <message>
        <source>The claim %1 is already certificated.</source>
        <translation>دعویٰ ⁨%1⁩ کے سرٹیفکیٹ پہلے ہی جاری ہو چکے ہیں۔</translation>
    </message>
    <message>
        <source>A certificate number is given for a line that is not in the claim %1.</source>
        <translation>ایسی سطر کے لیے سرٹیفکیٹ نمبر دیا گیا ہے جو دعویٰ ⁨%1⁩ میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>“%1” is not a certificate number (letters, digits, -, _ or /, at most 40).</source>
        <translation>“⁨%1⁩” سرٹیفکیٹ نمبر نہیں ہے (حروف، ہندسے، -، _ یا /، زیادہ سے زیادہ 40)۔</translation>
    </message>
    <message>
        <source>The certificate number %1 is given twice.</source>
        <translation>سرٹیفکیٹ نمبر ⁨%1⁩ دو بار دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>The certificate number %1 is already recorded on another claim.</source>
        <translation>سرٹیفکیٹ نمبر ⁨%1⁩ پہلے ہی کسی اور دعوے پر درج ہے۔</translation>
    </message>
    <message>
        <source>Every line of the claim needs its certificate number (%1 of %2 given).</source>
        <translation>دعوے کی ہر سطر کے لیے سرٹیفکیٹ نمبر درکار ہے (⁨%2⁩ میں سے ⁨%1⁩ دیے گئے)۔</translation>
    </message>
    <message>
        <source>The claim %1 is certificated (%2 certificate(s)).</source>
        <translation>دعویٰ ⁨%1⁩ کے سرٹیفکیٹ جاری ہو گئے (⁨%2⁩ سرٹیفکیٹ)۔</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>the server sent an older page than this desk has</source>
        <translation>سرور نے اس ڈیسک کے صفحے سے پرانا صفحہ بھیجا</translation>
    </message>
    <message>
        <source>the server sent rows of an unknown table “%1”</source>
        <translation>سرور نے نامعلوم ٹیبل “⁨%1⁩” کی قطاریں بھیجیں</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>%1 is not on loan: it was already checked in on %2 and is now %3. Was it scanned twice?</source>
        <translation>⁨%1⁩ ادھار پر نہیں ہے: اس کی واپسی ⁨%2⁩ کو ہو چکی ہے اور اب یہ ⁨%3⁩ ہے۔ کیا اسے دو بار اسکین کیا گیا؟</translation>
    </message>
    <message>
        <source>%1 is not on loan (it is %2), so it cannot be checked in.</source>
        <translation>⁨%1⁩ ادھار پر نہیں ہے (یہ ⁨%2⁩ ہے)، اس لیے اس کی واپسی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>%1 is marked as on loan but no loan is open for it. Ask a coordinator to check the register.</source>
        <translation>⁨%1⁩ ادھار پر درج ہے لیکن اس کا کوئی کھلا ادھار نہیں۔ کسی کوآرڈینیٹر سے رجسٹر چیک کروائیں۔</translation>
    </message>
    <message>
        <source>%1 is on a different loan now: the loan this check-in was for has already ended.</source>
        <translation>⁨%1⁩ اب کسی اور ادھار پر ہے: جس ادھار کے لیے یہ واپسی تھی وہ ختم ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>“%1” was not lent with %2 (it went out with: %3).</source>
        <translation>“⁨%1⁩” کو ⁨%2⁩ کے ساتھ ادھار نہیں دیا گیا تھا (یہ ان کے ساتھ گیا تھا: ⁨%3⁩)۔</translation>
    </message>
    <message>
        <source>no kit</source>
        <translation>کوئی کٹ نہیں</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>نوٹ بہت لمبا ہے (زیادہ سے زیادہ ⁨%1⁩ حروف)۔</translation>
    </message>
    <message>
        <source>The loan changed while saving; nothing was saved.</source>
        <translation>محفوظ کرتے وقت ادھار تبدیل ہو گیا؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>returned damaged</source>
        <translation>خراب حالت میں واپس آیا</translation>
    </message>
    <message>
        <source>returned damaged: %1</source>
        <translation>خراب حالت میں واپس آیا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>returned without %1</source>
        <translation>⁨%1⁩ کے بغیر واپس آیا</translation>
    </message>
    <message>
        <source>Missing: %1. Noted on the loan and the device.</source>
        <translation>غائب: ⁨%1⁩۔ ادھار اور ڈیوائس پر درج کر دیا گیا۔</translation>
    </message>
    <message>
        <source>%1 goes to repair; after the repair it needs a wipe before it can be lent.</source>
        <translation>⁨%1⁩ مرمت کے لیے جاتا ہے؛ مرمت کے بعد ادھار دینے سے پہلے اس کا ڈیٹا مٹانا ضروری ہے۔</translation>
    </message>
    <message>
        <source>%1 is awaiting wipe: record the wipe before lending it again.</source>
        <translation>⁨%1⁩ ڈیٹا مٹانے کا منتظر ہے: دوبارہ ادھار دینے سے پہلے ڈیٹا مٹانا درج کریں۔</translation>
    </message>
    <message>
        <source>The resident did not confirm removing their personal data; the wipe will remove it.</source>
        <translation>رہائشی نے اپنا ذاتی ڈیٹا ہٹانے کی تصدیق نہیں کی؛ ڈیٹا مٹانے سے یہ ہٹ جائے گا۔</translation>
    </message>
    <message>
        <source>Checked in %1 from card %2 (%3).</source>
        <translation>⁨%1⁩ کی واپسی کارڈ ⁨%2⁩ (⁨%3⁩) سے وصول کی گئی۔</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>خراب</translation>
    </message>
    <message>
        <source>good condition</source>
        <translation>اچھی حالت</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Device asset tag to check in</source>
        <translation>واپسی کے لیے ڈیوائس کا اثاثہ ٹیگ</translation>
    </message>
    <message>
        <source>Scan or type the asset tag, then Enter</source>
        <translation>اثاثہ ٹیگ اسکین کریں یا لکھیں، پھر Enter</translation>
    </message>
    <message>
        <source>Device &amp;tag</source>
        <translation>ڈیوائس ٹیگ (&amp;T)</translation>
    </message>
    <message>
        <source>Condition (arrow keys choose):</source>
        <translation>حالت (تیر والی کلیدوں سے منتخب کریں):</translation>
    </message>
    <message>
        <source>Good: it goes to be wiped</source>
        <translation>اچھی: ڈیٹا مٹانے کے لیے جاتی ہے</translation>
    </message>
    <message>
        <source>Condition good</source>
        <translation>حالت اچھی</translation>
    </message>
    <message>
        <source>Damaged: it goes to repair</source>
        <translation>خراب: مرمت کے لیے جاتی ہے</translation>
    </message>
    <message>
        <source>Condition damaged</source>
        <translation>حالت خراب</translation>
    </message>
    <message>
        <source>Kit returned (untick anything missing):</source>
        <translation>واپس آئی کٹ (جو غائب ہو اس سے نشان ہٹائیں):</translation>
    </message>
    <message>
        <source>Kit returned: %1</source>
        <translation>واپس آئی کٹ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The resident declares they removed their personal dat&amp;a</source>
        <translation>رہائشی اقرار کرتا ہے کہ اس نے اپنا ذاتی ڈیٹا ہٹا دیا ہے (&amp;A)</translation>
    </message>
    <message>
        <source>The resident declares their personal data was removed</source>
        <translation>رہائشی اقرار کرتا ہے کہ اس کا ذاتی ڈیٹا ہٹا دیا گیا تھا</translation>
    </message>
    <message>
        <source>Note about the device&apos;s state</source>
        <translation>ڈیوائس کی حالت کے بارے میں نوٹ</translation>
    </message>
    <message>
        <source>About the device only, e.g. “cracked corner” (no personal details)</source>
        <translation>صرف ڈیوائس کے بارے میں، مثلاً “ٹوٹا ہوا کونا” (کوئی ذاتی تفصیل نہیں)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>نوٹ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>واپسی وصول کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Check the device in</source>
        <translation>ڈیوائس کی واپسی وصول کریں</translation>
    </message>
    <message>
        <source>Check the device in (Enter or Ctrl+Enter)</source>
        <translation>ڈیوائس کی واپسی وصول کریں (Enter یا Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Renew instead…</source>
        <translation>اس کے بجائے تجدید کریں…</translation>
    </message>
    <message>
        <source>Renew the loan instead of checking in</source>
        <translation>واپسی کے بجائے ادھار کی تجدید کریں</translation>
    </message>
    <message>
        <source>Renew the loan instead (Ctrl+R)</source>
        <translation>اس کے بجائے ادھار کی تجدید کریں (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Clear the form and start again</source>
        <translation>فارم صاف کریں اور دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Clear the form (Esc)</source>
        <translation>فارم صاف کریں (Esc)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>واپسی</translation>
    </message>
    <message>
        <source>%1 is not on loan.</source>
        <translation>⁨%1⁩ ادھار پر نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 · %2, lent to %3 (card %4)</source>
        <translation>⁨%1⁩ · ⁨%2⁩، ⁨%3⁩ کو ادھار دیا گیا (کارڈ ⁨%4⁩)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>⁨%1⁩ · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Lent on %1 at %2</source>
        <translation>⁨%1⁩ کو ⁨%2⁩ میں ادھار دیا گیا</translation>
    </message>
    <message>
        <source>Due %1 · days overdue: %2</source>
        <translation>واپسی ⁨%1⁩ · تاخیر کے دن: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>واپسی آج (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>واپسی ⁨%1⁩</translation>
    </message>
    <message>
        <source>Renewals so far: %1</source>
        <translation>اب تک تجدیدیں: ⁨%1⁩</translation>
    </message>
    <message>
        <source>No kit went out with it.</source>
        <translation>اس کے ساتھ کوئی کٹ نہیں گئی۔</translation>
    </message>
    <message>
        <source>Scan the device&apos;s asset tag first.</source>
        <translation>پہلے ڈیوائس کا اثاثہ ٹیگ اسکین کریں۔</translation>
    </message>
    <message>
        <source>Residents waiting for a %1 at %2: %3. Once it is wiped and ready to lend, it will be offered to the first in line.</source>
        <translation>⁨%2⁩ میں ⁨%1⁩ کے منتظر رہائشی: ⁨%3⁩۔ ڈیٹا مٹانے اور ادھار کے لیے تیار ہونے پر یہ قطار میں پہلے فرد کو پیش کی جائے گی۔</translation>
    </message>
    <message>
        <source>Scan the device&apos;s asset tag first, then press Ctrl+R to renew.</source>
        <translation>پہلے ڈیوائس کا اثاثہ ٹیگ اسکین کریں، پھر تجدید کے لیے Ctrl+R دبائیں۔</translation>
    </message>
</context>
<context>
    <name>CheckOutAssessment</name>
    <message>
        <source>%1 is already on loan to this resident (due %2) — was it scanned twice?</source>
        <translation>⁨%1⁩ پہلے ہی اس رہائشی کو ادھار پر ہے (واپسی ⁨%2⁩) — کیا اسے دو بار اسکین کیا گیا؟</translation>
    </message>
    <message>
        <source>%1 is on loan to someone else (due %2). If it is here at the desk, check it in first.</source>
        <translation>⁨%1⁩ کسی اور کو ادھار پر ہے (واپسی ⁨%2⁩)۔ اگر یہ یہاں ڈیسک پر ہے تو پہلے اس کی واپسی وصول کریں۔</translation>
    </message>
    <message>
        <source>%1 is recorded as on loan.</source>
        <translation>⁨%1⁩ ادھار پر درج ہے۔</translation>
    </message>
    <message>
        <source>%1 is awaiting wipe: it cannot be lent until its wipe is recorded.</source>
        <translation>⁨%1⁩ ڈیٹا مٹانے کا منتظر ہے: جب تک ڈیٹا مٹانا درج نہ ہو اسے ادھار نہیں دیا جا سکتا۔</translation>
    </message>
    <message>
        <source>%1 is in repair. When it is back, record that (it will then need a wipe).</source>
        <translation>⁨%1⁩ مرمت میں ہے۔ واپس آنے پر اسے درج کریں (پھر اس کا ڈیٹا مٹانا ضروری ہوگا)۔</translation>
    </message>
    <message>
        <source>%1 is in transit between branches. Receive it at this branch first.</source>
        <translation>⁨%1⁩ برانچوں کے درمیان راستے میں ہے۔ پہلے اسے اس برانچ میں وصول کریں۔</translation>
    </message>
    <message>
        <source>%1 is recorded as lost. If it has turned up, record it as found (it will then need a wipe).</source>
        <translation>⁨%1⁩ گم شدہ درج ہے۔ اگر یہ مل گیا ہے تو اسے ملا ہوا درج کریں (پھر اس کا ڈیٹا مٹانا ضروری ہوگا)۔</translation>
    </message>
    <message>
        <source>%1 is retired and cannot be lent.</source>
        <translation>⁨%1⁩ ریٹائر ہو چکا ہے اور ادھار نہیں دیا جا سکتا۔</translation>
    </message>
    <message>
        <source>%1 is kept for the resident with card %2, first on the waiting list. Lend another device, or cancel their reservation first.</source>
        <translation>⁨%1⁩ کارڈ ⁨%2⁩ والے رہائشی کے لیے رکھا گیا ہے، جو انتظار کی فہرست میں پہلے ہیں۔ کوئی اور ڈیوائس ادھار دیں، یا پہلے ان کی ریزرویشن منسوخ کریں۔</translation>
    </message>
    <message>
        <source>There are no loan terms in force, so nothing can be lent. An administrator must publish them.</source>
        <translation>ادھار کی کوئی شرائط نافذ نہیں، اس لیے کچھ ادھار نہیں دیا جا سکتا۔ ایڈمنسٹریٹر کو انہیں شائع کرنا ہوگا۔</translation>
    </message>
    <message>
        <source>The resident has an overdue loan (due %1).</source>
        <translation>رہائشی کا ایک ادھار واپسی کی تاریخ سے گزر چکا ہے (واپسی ⁨%1⁩)۔</translation>
    </message>
    <message>
        <source>The resident has %1 overdue loans (the oldest was due %2).</source>
        <translation>رہائشی کے ⁨%1⁩ ادھار واپسی کی تاریخ سے گزر چکے ہیں (سب سے پرانے کی واپسی ⁨%2⁩ تھی)۔</translation>
    </message>
    <message>
        <source>The resident&apos;s eligibility is not recorded. Record the criterion they meet (and who referred them) on their record.</source>
        <translation>رہائشی کی اہلیت درج نہیں ہے۔ ان کے ریکارڈ پر وہ معیار درج کریں جس پر وہ پورے اترتے ہیں (اور انہیں کس نے بھیجا)۔</translation>
    </message>
    <message>
        <source>Repeat borrower: this is their loan number %1 in %2 months. They may have a lasting need: suggest a gifted device or a social tariff.</source>
        <translation>بار بار ادھار لینے والا: یہ ⁨%2⁩ مہینوں میں ان کا ⁨%1⁩ واں ادھار ہے۔ انہیں مستقل ضرورت ہو سکتی ہے: تحفے میں ڈیوائس یا سماجی ٹیرف تجویز کریں۔</translation>
    </message>
    <message>
        <source>No loan rule covers a %1 for a “%2” borrower at %3. An administrator must add one.</source>
        <translation>⁨%3⁩ میں “⁨%2⁩” قرض خواہ کے لیے ⁨%1⁩ کا کوئی ادھار قاعدہ نہیں۔ ایڈمنسٹریٹر کو ایک شامل کرنا ہوگا۔</translation>
    </message>
    <message>
        <source>Lending of %1 ended on %2 (the loan rule&apos;s last date).</source>
        <translation>⁨%1⁩ کا ادھار ⁨%2⁩ کو ختم ہو گیا (ادھار قاعدے کی آخری تاریخ)۔</translation>
    </message>
    <message>
        <source>The resident already has %1 device(s) on loan; the limit is %2.</source>
        <translation>رہائشی کے پاس پہلے سے ⁨%1⁩ ڈیوائسز ادھار پر ہیں؛ حد ⁨%2⁩ ہے۔</translation>
    </message>
    <message>
        <source>%1 is registered at %2, not your branch; it is lent under %2&apos;s rules. If it now lives here, transfer it.</source>
        <translation>⁨%1⁩ ⁨%2⁩ میں رجسٹرڈ ہے، آپ کی برانچ میں نہیں؛ یہ ⁨%2⁩ کے قواعد کے تحت ادھار دی جاتی ہے۔ اگر اب یہ یہیں رہتی ہے تو اسے منتقل کریں۔</translation>
    </message>
    <message>
        <source>%1 is a MiFi hotspot with no SIM recorded in it, so it will not connect.</source>
        <translation>⁨%1⁩ ایک MiFi ہاٹ اسپاٹ ہے جس میں کوئی سم درج نہیں، اس لیے یہ کنیکٹ نہیں ہوگا۔</translation>
    </message>
    <message>
        <source>This loan fulfils the resident&apos;s reservation for a %1.</source>
        <translation>یہ ادھار رہائشی کی ⁨%1⁩ کی ریزرویشن پوری کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>CheckOutCommand</name>
    <message>
        <source>The override reason is too long (at most %1 characters).</source>
        <translation>نظرانداز کرنے کی وجہ بہت لمبی ہے (زیادہ سے زیادہ ⁨%1⁩ حروف)۔</translation>
    </message>
    <message>
        <source>Overridden (%1): %2</source>
        <translation>نظرانداز کیا گیا (⁨%1⁩): ⁨%2⁩</translation>
    </message>
    <message>
        <source>SIM %1 goes with it.</source>
        <translation>سم ⁨%1⁩ اس کے ساتھ جاتی ہے۔</translation>
    </message>
    <message>
        <source>Lent %1 to card %2, due %3.</source>
        <translation>⁨%1⁩ کارڈ ⁨%2⁩ کو ادھار دیا گیا، واپسی ⁨%3⁩۔</translation>
    </message>
</context>
<context>
    <name>CheckOutPanel</name>
    <message>
        <source>Check out</source>
        <translation>ادھار دیں</translation>
    </message>
    <message>
        <source>Give a reason for the override, then press Enter.</source>
        <translation>نظرانداز کرنے کی وجہ بتائیں، پھر Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Resident&apos;s library card</source>
        <translation>رہائشی کا لائبریری کارڈ</translation>
    </message>
    <message>
        <source>Scan or type the library card, then Enter</source>
        <translation>لائبریری کارڈ اسکین کریں یا لکھیں، پھر Enter</translation>
    </message>
    <message>
        <source>Library &amp;card</source>
        <translation>لائبریری کارڈ (&amp;C)</translation>
    </message>
    <message>
        <source>Device asset tag</source>
        <translation>ڈیوائس کا اثاثہ ٹیگ</translation>
    </message>
    <message>
        <source>Then the device&apos;s asset tag, then Enter</source>
        <translation>پھر ڈیوائس کا اثاثہ ٹیگ، پھر Enter</translation>
    </message>
    <message>
        <source>Device &amp;tag</source>
        <translation>ڈیوائس ٹیگ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>رسید پرنٹ کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Print the loan agreement and receipt</source>
        <translation>ادھار کا معاہدہ اور رسید پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print the loan agreement and receipt (Ctrl+P)</source>
        <translation>ادھار کا معاہدہ اور رسید پرنٹ کریں (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save receipt as PD&amp;F…</source>
        <translation>رسید PD&amp;F کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save the loan agreement and receipt as a PDF file</source>
        <translation>ادھار کا معاہدہ اور رسید PDF فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Save the loan agreement and receipt as PDF (Ctrl+Shift+S)</source>
        <translation>ادھار کا معاہدہ اور رسید PDF کے طور پر محفوظ کریں (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Cannot lend:</source>
        <translation>ادھار نہیں دیا جا سکتا:</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>نظرانداز کرنے کی وجہ</translation>
    </message>
    <message>
        <source>Why the warning is set aside (kept in the audit: no health or personal details)</source>
        <translation>انتباہ کیوں نظرانداز کیا جا رہا ہے (آڈٹ میں محفوظ: صحت یا ذاتی تفصیلات نہیں)</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>نظرانداز کرنے کی وجہ (&amp;R)</translation>
    </message>
    <message>
        <source>Kit going out: %1</source>
        <translation>جانے والی کٹ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Kit going out with it (untick what stays behind):</source>
        <translation>اس کے ساتھ جانے والی کٹ (جو پیچھے رہے اس سے نشان ہٹائیں):</translation>
    </message>
    <message>
        <source>Loan agreement terms</source>
        <translation>ادھار کے معاہدے کی شرائط</translation>
    </message>
    <message>
        <source>The resident has read this agreement and &amp;accepts it</source>
        <translation>رہائشی نے یہ معاہدہ پڑھ لیا ہے اور اسے قبول کرتا ہے (&amp;A)</translation>
    </message>
    <message>
        <source>Declaration: the resident has read the agreement and accepts it</source>
        <translation>اقرار: رہائشی نے معاہدہ پڑھ لیا ہے اور اسے قبول کرتا ہے</translation>
    </message>
    <message>
        <source>Resident types their name</source>
        <translation>رہائشی اپنا نام لکھتا ہے</translation>
    </message>
    <message>
        <source>The resident types their own name here</source>
        <translation>رہائشی یہاں خود اپنا نام لکھتا ہے</translation>
    </message>
    <message>
        <source>Resident types their &amp;name</source>
        <translation>رہائشی اپنا نام لکھتا ہے (&amp;N)</translation>
    </message>
    <message>
        <source>Agreement signed on paper inst&amp;ead</source>
        <translation>اس کے بجائے معاہدے پر کاغذ پر دستخط ہوئے (&amp;E)</translation>
    </message>
    <message>
        <source>Agreement signed on paper instead</source>
        <translation>اس کے بجائے معاہدے پر کاغذ پر دستخط ہوئے</translation>
    </message>
    <message>
        <source>After lending, print the receipt (Ctrl+P): it has a signature line. Keep the signed copy at the branch.</source>
        <translation>ادھار دینے کے بعد رسید پرنٹ کریں (Ctrl+P): اس میں دستخط کی لائن ہے۔ دستخط شدہ نقل برانچ میں رکھیں۔</translation>
    </message>
    <message>
        <source>&amp;Lend</source>
        <translation>ادھار دیں (&amp;L)</translation>
    </message>
    <message>
        <source>Lend the device</source>
        <translation>ڈیوائس ادھار دیں</translation>
    </message>
    <message>
        <source>Lend the device (Enter or Ctrl+Enter)</source>
        <translation>ڈیوائس ادھار دیں (Enter یا Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Clear the form and start again</source>
        <translation>فارم صاف کریں اور دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Clear the form (Esc)</source>
        <translation>فارم صاف کریں (Esc)</translation>
    </message>
    <message>
        <source>%1 (%2), due %3 — days overdue: %4</source>
        <translation>⁨%1⁩ (⁨%2⁩)، واپسی ⁨%3⁩ — تاخیر کے دن: ⁨%4⁩</translation>
    </message>
    <message>
        <source>%1 (%2), due %3</source>
        <translation>⁨%1⁩ (⁨%2⁩)، واپسی ⁨%3⁩</translation>
    </message>
    <message>
        <source>Library card %1 · Borrower category: %2</source>
        <translation>لائبریری کارڈ ⁨%1⁩ · ادھار لینے والے کا زمرہ: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Eligibility: not recorded</source>
        <translation>اہلیت: درج نہیں</translation>
    </message>
    <message>
        <source>Eligibility: %1</source>
        <translation>اہلیت: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Eligibility: %1 (referred by %2)</source>
        <translation>اہلیت: ⁨%1⁩ (بھیجنے والا: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>No devices on loan now.</source>
        <translation>اس وقت کوئی ڈیوائس ادھار پر نہیں۔</translation>
    </message>
    <message>
        <source>On loan now: %1</source>
        <translation>اس وقت ادھار پر: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Scan the resident&apos;s library card first.</source>
        <translation>پہلے رہائشی کا لائبریری کارڈ اسکین کریں۔</translation>
    </message>
    <message>
        <source>serial number %1</source>
        <translation>سیریل نمبر ⁨%1⁩</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>Replacement cost %1</source>
        <translation>متبادل کی لاگت ⁨%1⁩</translation>
    </message>
    <message>
        <source>no SIM recorded in this MiFi</source>
        <translation>اس MiFi میں کوئی سم درج نہیں</translation>
    </message>
    <message>
        <source>SIM going with it: %1</source>
        <translation>ساتھ جانے والی سم: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>⁨%1⁩ · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Due back: %1</source>
        <translation>واپسی کی تاریخ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Only someone with the override permission (a coordinator) can lend with these warnings, giving a reason. Ask one to sign in at this desk (Ctrl+L), or press Esc to start again.</source>
        <translation>صرف نظرانداز کرنے کی اجازت رکھنے والا فرد (کوآرڈینیٹر) وجہ بتا کر ان انتباہات کے ساتھ ادھار دے سکتا ہے۔ ان سے اس ڈیسک پر سائن ان کرنے کو کہیں (Ctrl+L)، یا دوبارہ شروع کرنے کے لیے Esc دبائیں۔</translation>
    </message>
    <message>
        <source>Loan agreement, version %1</source>
        <translation>ادھار کا معاہدہ، ورژن ⁨%1⁩</translation>
    </message>
    <message>
        <source>Scan the device&apos;s asset tag.</source>
        <translation>ڈیوائس کا اثاثہ ٹیگ اسکین کریں۔</translation>
    </message>
    <message>
        <source>Lent %1 (%2) to %3, card %4. Due back %5.</source>
        <translation>⁨%1⁩ (⁨%2⁩) ⁨%3⁩ کو ادھار دیا گیا، کارڈ ⁨%4⁩۔ واپسی ⁨%5⁩۔</translation>
    </message>
    <message>
        <source>Print the receipt for the resident to sign, and keep the signed copy.</source>
        <translation>رہائشی کے دستخط کے لیے رسید پرنٹ کریں، اور دستخط شدہ نقل رکھ لیں۔</translation>
    </message>
    <message>
        <source>There is no loan receipt to save yet.</source>
        <translation>محفوظ کرنے کے لیے ابھی کوئی ادھار رسید نہیں۔</translation>
    </message>
    <message>
        <source>Save loan receipt as PDF</source>
        <translation>ادھار رسید PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Saved the receipt as %1.</source>
        <translation>رسید ⁨%1⁩ کے طور پر محفوظ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>جمع کرایا گیا</translation>
    </message>
    <message>
        <source>Certificated</source>
        <translation>سرٹیفکیٹ جاری</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>یونٹ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>حاصل کیا</translation>
    </message>
    <message>
        <source>Verified units not yet claimed</source>
        <translation>تصدیق شدہ یونٹ جن کا ابھی دعویٰ نہیں ہوا</translation>
    </message>
    <message>
        <source>No verified units are waiting to be claimed.</source>
        <translation>کوئی تصدیق شدہ یونٹ دعوے کا منتظر نہیں۔</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>یونٹ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>شروع کیا</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>دعوے</translation>
    </message>
    <message>
        <source>No claims yet.</source>
        <translation>ابھی کوئی دعویٰ نہیں۔</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>سرٹیفکیٹ</translation>
    </message>
    <message>
        <source>Units in the chosen claim</source>
        <translation>منتخب دعوے میں یونٹ</translation>
    </message>
    <message>
        <source>Choose a claim to see its units.</source>
        <translation>یونٹ دیکھنے کے لیے کوئی دعویٰ منتخب کریں۔</translation>
    </message>
    <message>
        <source>&amp;New claim from these units</source>
        <translation>ان یونٹوں سے نیا دعویٰ (&amp;N)</translation>
    </message>
    <message>
        <source>Start a claim with every verified unit not yet claimed</source>
        <translation>ان تمام تصدیق شدہ یونٹوں کے ساتھ دعویٰ شروع کریں جن کا ابھی دعویٰ نہیں ہوا</translation>
    </message>
    <message>
        <source>S&amp;ubmit claim</source>
        <translation>دعویٰ جمع کرائیں (&amp;U)</translation>
    </message>
    <message>
        <source>Submit the chosen draft claim</source>
        <translation>منتخب مسودہ دعویٰ جمع کرائیں</translation>
    </message>
    <message>
        <source>&amp;Record certificates…</source>
        <translation>سرٹیفکیٹ درج کریں (&amp;R)…</translation>
    </message>
    <message>
        <source>Record the certificate numbers of the chosen claim</source>
        <translation>منتخب دعوے کے سرٹیفکیٹ نمبر درج کریں</translation>
    </message>
    <message>
        <source>Ready to claim:</source>
        <translation>دعوے کے لیے تیار:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>دعوے:</translation>
    </message>
    <message>
        <source>Choose the claim to submit.</source>
        <translation>جمع کرانے کے لیے دعویٰ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose the claim whose certificates came back.</source>
        <translation>وہ دعویٰ منتخب کریں جس کے سرٹیفکیٹ واپس آ گئے۔</translation>
    </message>
    <message>
        <source>Record certificate numbers</source>
        <translation>سرٹیفکیٹ نمبر درج کریں</translation>
    </message>
    <message>
        <source>Certificate number for each unit (type in the last column)</source>
        <translation>ہر یونٹ کا سرٹیفکیٹ نمبر (آخری کالم میں لکھیں)</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>سرٹیفکیٹ نمبر</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>‎--%1 کو ایک قدر درکار ہے۔</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>نامعلوم آپشن ‎--%1۔</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-03-02.</source>
        <translation>‎--%1 کو 2026-03-02 جیسی تاریخ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Name the person doing this with --user NAME.</source>
        <translation>یہ کام کرنے والے فرد کا نام ‎--user NAME سے بتائیں۔</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 کا پاس ورڈ: </translation>
    </message>
    <message>
        <source>No password: set TECHMATES_PASSWORD or run in a terminal.</source>
        <translation>کوئی پاس ورڈ نہیں: TECHMATES_PASSWORD مقرر کریں یا ٹرمینل میں چلائیں۔</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>انتباہ: %1</translation>
    </message>
    <message>
        <source>Usage: techmates [--store STORE] [--user NAME] COMMAND …
       techmates --version
The password comes from TECHMATES_PASSWORD, else it is asked for.
Commands:
</source>
        <translation>استعمال: techmates [--store STORE] [--user NAME] COMMAND …
       techmates --version
پاس ورڈ TECHMATES_PASSWORD سے آتا ہے، ورنہ پوچھا جاتا ہے۔
کمانڈز:
</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>نامعلوم آپشن %1۔</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 کو ایک قدر درکار ہے۔</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>نامعلوم کمانڈ: %1</translation>
    </message>
    <message>
        <source>--scale must be small or borough.</source>
        <translation>‎--scale کو small یا borough ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Building the %1 benchmark store at %2 …</source>
        <translation>%2 پر %1 بینچ مارک ڈیٹا بیس بنایا جا رہا ہے …</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 لکھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>نوٹ: %1</translation>
    </message>
    <message>
        <source>Usage: techmates volunteer list [--all] [--json]</source>
        <translation>استعمال: techmates volunteer list [--all] [--json]</translation>
    </message>
    <message>
        <source>%1 may not see volunteers.</source>
        <translation>%1 رضاکاروں کو نہیں دیکھ سکتا۔</translation>
    </message>
    <message>
        <source>DBS until %1 (%2)</source>
        <translation>DBS %1 تک (%2)</translation>
    </message>
    <message>
        <source>no DBS on record</source>
        <translation>DBS کا کوئی ریکارڈ نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s).</source>
        <translation>
            <numerusform>%n رضاکار۔</numerusform>
            <numerusform>%n رضاکار۔</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is needed.
</source>
        <translation>‎--%1 درکار ہے۔
</translation>
    </message>
    <message>
        <source>--start must be a date and time like 2026-03-09T10:00.</source>
        <translation>‎--start کو 2026-03-09T10:00 جیسی تاریخ اور وقت ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>--minutes must be a whole number of minutes.</source>
        <translation>‎--minutes کو منٹوں کا مکمل عدد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>--channel must be phone, video, library or home.</source>
        <translation>‎--channel کو phone، video، library یا home ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Booking: %1</source>
        <translation>بکنگ: %1</translation>
    </message>
    <message>
        <source>Usage: techmates booking confirm --booking ID</source>
        <translation>استعمال: techmates booking confirm --booking ID</translation>
    </message>
    <message>
        <source>Usage: techmates booking list [--volunteer ID] [--from DATE] [--to DATE] [--branch ID] [--open] [--json]</source>
        <translation>استعمال: techmates booking list [--volunteer ID] [--from DATE] [--to DATE] [--branch ID] [--open] [--json]</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>‎--to، ‎--from سے پہلے آتا ہے۔</translation>
    </message>
    <message>
        <source>%1 may not see bookings.</source>
        <translation>%1 بکنگز نہیں دیکھ سکتا۔</translation>
    </message>
    <message>
        <source>No branch “%1”.</source>
        <translation>کوئی برانچ “%1” نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n سیشن۔</numerusform>
            <numerusform>%n سیشن۔</numerusform>
        </translation>
    </message>
    <message>
        <source>--status must be attended, resident_no_show, volunteer_no_show or cancelled.</source>
        <translation>‎--status کو attended، resident_no_show، volunteer_no_show یا cancelled ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to 5.</source>
        <translation>‎--%1 کو 1 سے 5 تک کا عدد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Usage: techmates booking propose --start DATETIME --minutes N --channel CHANNEL [--branch ID] [--need AREA] [--resident CARD] [--json]</source>
        <translation>استعمال: techmates booking propose --start DATETIME --minutes N --channel CHANNEL [--branch ID] [--need AREA] [--resident CARD] [--json]</translation>
    </message>
    <message>
        <source>Give --start like 2026-03-09T10:00, --minutes as a number and --channel as phone, video, library or home.</source>
        <translation>‎--start کو 2026-03-09T10:00 کی طرح، ‎--minutes کو عدد کے طور پر اور ‎--channel کو phone، video، library یا home کے طور پر دیں۔</translation>
    </message>
    <message>
        <source>No resident has the card %1.</source>
        <translation>کسی رہائشی کے پاس کارڈ %1 نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 minutes booked recently</source>
        <translation>حال ہی میں %1 منٹ بک ہوئے</translation>
    </message>
    <message>
        <source>Nobody is free then: put the resident on the waiting list.</source>
        <translation>اس وقت کوئی فارغ نہیں: رہائشی کو انتظار کی فہرست میں رکھیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) can take it.</source>
        <translation>
            <numerusform>%n رضاکار اسے لے سکتا ہے۔</numerusform>
            <numerusform>%n رضاکار اسے لے سکتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: techmates booking reminders [--date DATE] [--out FILE.csv]</source>
        <translation>استعمال: techmates booking reminders [--date DATE] [--out FILE.csv]</translation>
    </message>
    <message>
        <source>%1 may not print reminder lists.</source>
        <translation>%1 یاد دہانی کی فہرستیں پرنٹ نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>منٹ</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Remind by</source>
        <translation>یاد دہانی کا ذریعہ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>سیشن</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>%1 reminder(s) for %2.</source>
        <translation>%2 کے لیے %1 یاد دہانیاں۔</translation>
    </message>
    <message>
        <source>%1 resident(s) without consent to phone or post are not listed.</source>
        <translation>فون یا ڈاک کی رضامندی کے بغیر %1 رہائشی درج نہیں ہیں۔</translation>
    </message>
    <message>
        <source>Usage: techmates demo --scale small|borough --out STORE [--seed N]</source>
        <translation>استعمال: techmates demo --scale small|borough --out STORE [--seed N]</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>‎--seed کو مکمل عدد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Demo store written to %1 in %2 s. People: admin, coordinator, librarian, volunteer; password: demo.</source>
        <translation>ڈیمو ڈیٹا بیس %1 میں %2 سیکنڈ میں لکھا گیا۔ افراد: admin، coordinator، librarian، volunteer؛ پاس ورڈ: demo۔</translation>
    </message>
    <message>
        <source>Usage: techmates device list [--status %1] [--branch CODE] [--json]</source>
        <translation>استعمال: techmates device list [--status %1] [--branch CODE] [--json]</translation>
    </message>
    <message>
        <source>--status must be one of %1.</source>
        <translation>‎--status کو ان میں سے ایک ہونا چاہیے: %1۔</translation>
    </message>
    <message>
        <source>No branch with code %1.</source>
        <translation>کوڈ %1 والی کوئی برانچ نہیں۔</translation>
    </message>
    <message>
        <source>%1 may not see the device register.</source>
        <translation>%1 ڈیوائس رجسٹر نہیں دیکھ سکتا۔</translation>
    </message>
    <message>
        <source>Usage: techmates device show TAG [--json]</source>
        <translation>استعمال: techmates device show TAG [--json]</translation>
    </message>
    <message>
        <source>--status for a new device is available or awaiting_wipe.</source>
        <translation>نئی ڈیوائس کے لیے ‎--status، available یا awaiting_wipe ہے۔</translation>
    </message>
    <message>
        <source>Usage: techmates device add --tag T --type CODE --branch CODE [--serial S] [--make M] [--model M] [--acquired DATE] [--sim ICCID] [--notes TEXT] [--status available|awaiting_wipe]</source>
        <translation>استعمال: techmates device add --tag T --type CODE --branch CODE [--serial S] [--make M] [--model M] [--acquired DATE] [--sim ICCID] [--notes TEXT] [--status available|awaiting_wipe]</translation>
    </message>
    <message>
        <source>Usage: techmates device edit TAG [--tag NEW] [--type CODE] [--serial S] [--make M] [--model M] [--acquired DATE] [--sim ICCID] [--notes TEXT]</source>
        <translation>استعمال: techmates device edit TAG [--tag NEW] [--type CODE] [--serial S] [--make M] [--model M] [--acquired DATE] [--sim ICCID] [--notes TEXT]</translation>
    </message>
    <message>
        <source>--%1 takes NAME=VALUE pairs separated by “;”, e.g. &quot;Tablets=TAB;Laptops=HP250&quot;.</source>
        <translation>‎--%1 “;” سے الگ NAME=VALUE جوڑے لیتا ہے، مثلاً &quot;Tablets=TAB;Laptops=HP250&quot;۔</translation>
    </message>
    <message>
        <source>Usage: techmates device import FILE [--valid-only] [--dry-run] [--map &quot;Header=field;…&quot;] [--type-map &quot;Value=CODE;…&quot;] [--branch-map &quot;Value=CODE;…&quot;] [--type CODE] [--branch CODE] [--status available|awaiting_wipe]</source>
        <translation>استعمال: techmates device import FILE [--valid-only] [--dry-run] [--map &quot;Header=field;…&quot;] [--type-map &quot;Value=CODE;…&quot;] [--branch-map &quot;Value=CODE;…&quot;] [--type CODE] [--branch CODE] [--status available|awaiting_wipe]</translation>
    </message>
    <message>
        <source>Unknown field “%1” in --map (fields: tag, type, branch, serial, make, model, status, acquired_on, notes, sim, ignore).</source>
        <translation>‎--map میں نامعلوم خانہ “%1” (خانے: tag، type، branch، serial، make، model، status، acquired_on، notes، sim، ignore)۔</translation>
    </message>
    <message>
        <source>--status (for rows without one) is available or awaiting_wipe.</source>
        <translation>‎--status (بغیر حیثیت والی قطاروں کے لیے) available یا awaiting_wipe ہے۔</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>“%1” پڑھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to import (at most 20 MB).</source>
        <translation>“%1” درآمد کرنے کے لیے بہت بڑی ہے (زیادہ سے زیادہ 20 MB)۔</translation>
    </message>
    <message>
        <source>%1 row(s) can be imported; %2 have problems.</source>
        <translation>%1 قطاریں درآمد ہو سکتی ہیں؛ %2 میں مسائل ہیں۔</translation>
    </message>
    <message>
        <source>Usage: techmates device found TAG [--branch CODE] [--note TEXT]</source>
        <translation>استعمال: techmates device found TAG [--branch CODE] [--note TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device transfer TAG --to BRANCH [--note TEXT]</source>
        <translation>استعمال: techmates device transfer TAG --to BRANCH [--note TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device type-add --code CODE --name NAME --category tablet|laptop|chromebook|mifi|phone|other [--kit &quot;charger,case&quot;] [--cost POUNDS]</source>
        <translation>استعمال: techmates device type-add --code CODE --name NAME --category tablet|laptop|chromebook|mifi|phone|other [--kit &quot;charger,case&quot;] [--cost POUNDS]</translation>
    </message>
    <message>
        <source>--cost is an amount in pounds, e.g. 349.00.</source>
        <translation>‎--cost پاؤنڈ میں رقم ہے، مثلاً 349.00۔</translation>
    </message>
    <message>
        <source>Usage: techmates sim add (--iccid ICCID | --voucher CODE) --network NAME --gb N --months N [--branch CODE]</source>
        <translation>استعمال: techmates sim add (--iccid ICCID | --voucher CODE) --network NAME --gb N --months N [--branch CODE]</translation>
    </message>
    <message>
        <source>--gb and --months are whole numbers.</source>
        <translation>‎--gb اور ‎--months مکمل اعداد ہیں۔</translation>
    </message>
    <message>
        <source>BLOCK</source>
        <translation>رکاوٹ</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>انتباہ</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>--override needs a reason in words.</source>
        <translation>‎--override کو الفاظ میں وجہ درکار ہے۔</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>واپسی: %1</translation>
    </message>
    <message>
        <source>Kit: %1</source>
        <translation>کٹ: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Replacement cost: %1</source>
        <translation>متبادل کی لاگت: %1</translation>
    </message>
    <message>
        <source>Agreement: terms version %1, signed on paper — keep the signed copy.</source>
        <translation>معاہدہ: شرائط کا ورژن %1، کاغذ پر دستخط — دستخط شدہ نقل رکھیں۔</translation>
    </message>
    <message>
        <source>Agreement: terms version %1, accepted by typed name.</source>
        <translation>معاہدہ: شرائط کا ورژن %1، نام لکھ کر قبول کیا گیا۔</translation>
    </message>
    <message>
        <source>Usage: techmates loan assess --resident CARD --device TAG [--json]</source>
        <translation>استعمال: techmates loan assess --resident CARD --device TAG [--json]</translation>
    </message>
    <message>
        <source>%1 may not lend devices.</source>
        <translation>%1 ڈیوائسز ادھار نہیں دے سکتا۔</translation>
    </message>
    <message>
        <source>Usage: techmates loan checkin --device TAG [--condition good|damaged] [--data-removed] [--missing ITEMS] [--note TEXT]</source>
        <translation>استعمال: techmates loan checkin --device TAG [--condition good|damaged] [--data-removed] [--missing ITEMS] [--note TEXT]</translation>
    </message>
    <message>
        <source>--condition must be good or damaged.</source>
        <translation>‎--condition کو good یا damaged ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Usage: techmates loan renew --device TAG [--override REASON]</source>
        <translation>استعمال: techmates loan renew --device TAG [--override REASON]</translation>
    </message>
    <message>
        <source>Usage: techmates loan list [--status active|overdue|due_today] [--branch CODE] [--json|--csv]</source>
        <translation>استعمال: techmates loan list [--status active|overdue|due_today] [--branch CODE] [--json|--csv]</translation>
    </message>
    <message>
        <source>--status must be active, overdue or due_today.</source>
        <translation>‎--status کو active، overdue یا due_today ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>%1 may not see loans.</source>
        <translation>%1 ادھار نہیں دیکھ سکتا۔</translation>
    </message>
    <message>
        <source>%1 day(s) overdue</source>
        <translation>%1 دن کی تاخیر</translation>
    </message>
    <message>
        <source>Usage: techmates loan reserve --resident CARD --type CODE [--branch CODE]</source>
        <translation>استعمال: techmates loan reserve --resident CARD --type CODE [--branch CODE]</translation>
    </message>
    <message>
        <source>Usage: techmates loan cancel-reservation ID [--reason TEXT]</source>
        <translation>استعمال: techmates loan cancel-reservation ID [--reason TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates loan waiting [--branch CODE] [--json]</source>
        <translation>استعمال: techmates loan waiting [--branch CODE] [--json]</translation>
    </message>
    <message>
        <source>%1 may not see the waiting list.</source>
        <translation>%1 انتظار کی فہرست نہیں دیکھ سکتا۔</translation>
    </message>
    <message>
        <source>offered %1</source>
        <translation>%1 پیش کی گئی</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Usage: techmates loan rule-set [--category C] [--type CODE] [--branch CODE] --days N [--renewals N] [--max-loans N] [--hard-end DATE]</source>
        <translation>استعمال: techmates loan rule-set [--category C] [--type CODE] [--branch CODE] --days N [--renewals N] [--max-loans N] [--hard-end DATE]</translation>
    </message>
    <message>
        <source>--days, --renewals and --max-loans are whole numbers.</source>
        <translation>‎--days، ‎--renewals اور ‎--max-loans مکمل اعداد ہیں۔</translation>
    </message>
    <message>
        <source>Usage: techmates loan rules [--json]</source>
        <translation>استعمال: techmates loan rules [--json]</translation>
    </message>
    <message>
        <source>%1 days, %2 renewal(s), %3 at once</source>
        <translation>%1 دن، %2 تجدیدیں، ایک وقت میں %3</translation>
    </message>
    <message>
        <source>, ends %1</source>
        <translation>، %1 کو ختم</translation>
    </message>
    <message>
        <source>Usage: techmates loan terms-publish --file TEXTFILE [--from DATE]</source>
        <translation>استعمال: techmates loan terms-publish --file TEXTFILE [--from DATE]</translation>
    </message>
    <message>
        <source>Usage: techmates data issue --resident CARD --code ICCID_OR_VOUCHER [--activated DATE]</source>
        <translation>استعمال: techmates data issue --resident CARD --code ICCID_OR_VOUCHER [--activated DATE]</translation>
    </message>
    <message>
        <source>Usage: techmates data expiring [--days N] [--json]</source>
        <translation>استعمال: techmates data expiring [--days N] [--json]</translation>
    </message>
    <message>
        <source>--days must be a number from 0 to 366.</source>
        <translation>‎--days کو 0 سے 366 تک کا عدد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>%1 may not see data offers.</source>
        <translation>%1 ڈیٹا پیشکشیں نہیں دیکھ سکتا۔</translation>
    </message>
    <message>
        <source>Say what to look for: techmates resident find TEXT</source>
        <translation>بتائیں کہ کیا تلاش کرنا ہے: techmates resident find TEXT</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation>‎--limit کو 1 سے 1000 تک کا عدد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>No resident matches “%1”.</source>
        <translation>کوئی رہائشی “%1” سے مطابقت نہیں رکھتا۔</translation>
    </message>
    <message>
        <source>Usage: techmates resident show CARD [--json]</source>
        <translation>استعمال: techmates resident show CARD [--json]</translation>
    </message>
    <message>
        <source>No resident with card %1.</source>
        <translation>کارڈ %1 والا کوئی رہائشی نہیں۔</translation>
    </message>
    <message>
        <source>Usage: techmates resident add --given NAME --family NAME [--card N] [--postcode P] [--phone P] [--email E] [--dob DATE] …</source>
        <translation>استعمال: techmates resident add --given NAME --family NAME [--card N] [--postcode P] [--phone P] [--email E] [--dob DATE] …</translation>
    </message>
    <message>
        <source>Usage: techmates resident edit CARD [--phone P] …</source>
        <translation>استعمال: techmates resident edit CARD [--phone P] …</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 پڑھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2 MB).</source>
        <translation>%1 بہت بڑی ہے (زیادہ سے زیادہ %2 MB)۔</translation>
    </message>
    <message>
        <source>Usage: techmates badge record --learner CARD_OR_ID --badge CODE [--date DATE] [--supported-by VOLUNTEER_ID]</source>
        <translation>استعمال: techmates badge record --learner CARD_OR_ID --badge CODE [--date DATE] [--supported-by VOLUNTEER_ID]</translation>
    </message>
    <message>
        <source>Usage: techmates badge progress --learner CARD_OR_ID [--json]</source>
        <translation>استعمال: techmates badge progress --learner CARD_OR_ID [--json]</translation>
    </message>
    <message>
        <source>%1: %2 points from %3 badge(s).</source>
        <translation>%1: %3 بیجوں سے %2 پوائنٹس۔</translation>
    </message>
    <message>
        <source>No award reached yet.</source>
        <translation>ابھی کوئی ایوارڈ حاصل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Award: %1.</source>
        <translation>ایوارڈ: %1۔</translation>
    </message>
    <message>
        <source>Every award reached.</source>
        <translation>ہر ایوارڈ حاصل ہو گیا۔</translation>
    </message>
    <message>
        <source>%1 more points for %2.</source>
        <translation>%2 کے لیے مزید %1 پوائنٹس۔</translation>
    </message>
    <message>
        <source>Usage: techmates badge revoke --record ID --reason TEXT</source>
        <translation>استعمال: techmates badge revoke --record ID --reason TEXT</translation>
    </message>
    <message>
        <source>Usage: techmates badge import --file CSV [--map &quot;HEADER=learner|badge|date|supported_by,…&quot;] [--dry-run]</source>
        <translation>استعمال: techmates badge import --file CSV [--map &quot;HEADER=learner|badge|date|supported_by,…&quot;] [--dry-run]</translation>
    </message>
    <message>
        <source>--map takes HEADER=FIELD pairs; the fields are learner, badge, date, supported_by and ignore (not “%1”).</source>
        <translation>‎--map، HEADER=FIELD جوڑے لیتا ہے؛ خانے learner، badge، date، supported_by اور ignore ہیں (“%1” نہیں)۔</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) cannot be matched.</source>
        <translation>کچھ درآمد نہیں ہوا: %1 قطاریں ملائی نہیں جا سکتیں۔</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>استعمال نہ ہونے والے کالم: %1۔</translation>
    </message>
    <message>
        <source>%1 badge(s) can be imported; nothing was written (--dry-run).</source>
        <translation>%1 بیج درآمد ہو سکتے ہیں؛ کچھ نہیں لکھا گیا (‎--dry-run)۔</translation>
    </message>
    <message>
        <source>Usage: techmates badge catalogue-export [--format json|csv] [--out FILE]</source>
        <translation>استعمال: techmates badge catalogue-export [--format json|csv] [--out FILE]</translation>
    </message>
    <message>
        <source>You may not see the badge catalogue.</source>
        <translation>آپ بیج کیٹلاگ نہیں دیکھ سکتے۔</translation>
    </message>
    <message>
        <source>Usage: techmates badge catalogue-import (--file FILE.json|FILE.csv | --default)</source>
        <translation>استعمال: techmates badge catalogue-import (--file FILE.json|FILE.csv | --default)</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>کچھ درآمد نہیں ہوا:</translation>
    </message>
    <message>
        <source>Usage: techmates badge award --name NAME (--threshold POINTS | --remove)</source>
        <translation>استعمال: techmates badge award --name NAME (--threshold POINTS | --remove)</translation>
    </message>
    <message>
        <source>Usage: techmates badge totals [--from DATE] [--to DATE] [--json]</source>
        <translation>استعمال: techmates badge totals [--from DATE] [--to DATE] [--json]</translation>
    </message>
    <message>
        <source>Organisation totals are for staff who may see every learner.</source>
        <translation>تنظیم کے مجموعی اعداد و شمار اس عملے کے لیے ہیں جو ہر سیکھنے والے کو دیکھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>%1 badges of the target %2 (%3 learners).</source>
        <translation>ہدف %2 میں سے %1 بیج (%3 سیکھنے والے)۔</translation>
    </message>
    <message>
        <source>Usage: techmates [--store STORE] --user NAME sync --server URL</source>
        <translation>استعمال: techmates [--store STORE] --user NAME sync --server URL</translation>
    </message>
    <message>
        <source>--server must be a web address such as https://techmates.example.gov.uk</source>
        <translation>‎--server کو ویب پتہ ہونا چاہیے، جیسے https://techmates.example.gov.uk</translation>
    </message>
    <message>
        <source>Say who is syncing with --user NAME.</source>
        <translation>‎--user NAME سے بتائیں کہ کون ہم وقت سازی کر رہا ہے۔</translation>
    </message>
    <message>
        <source>Password for %1 on the server: </source>
        <translation>سرور پر %1 کا پاس ورڈ: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>کوئی پاس ورڈ نہیں دیا گیا۔</translation>
    </message>
    <message>
        <source>Sending this store&apos;s records: %1</source>
        <translation>اس ڈیٹا بیس کے ریکارڈ بھیجے جا رہے ہیں: %1</translation>
    </message>
    <message>
        <source>Seeded %1 records, sent %2 changes (%3 applied, %4 turned down, %5 conflicts), received %6.</source>
        <translation>%1 ریکارڈ ڈالے، %2 تبدیلیاں بھیجیں (%3 لاگو، %4 مسترد، %5 تنازعات)، %6 وصول کیں۔</translation>
    </message>
    <message>
        <source>%1 changes by other people wait until they sync.</source>
        <translation>دوسرے افراد کی %1 تبدیلیاں ان کی اپنی ہم وقت سازی کی منتظر ہیں۔</translation>
    </message>
    <message>
        <source>--outcome takes a unit code and outcome number, like TM02.3.</source>
        <translation>‎--outcome یونٹ کوڈ اور نتیجے کا نمبر لیتا ہے، جیسے TM02.3۔</translation>
    </message>
    <message>
        <source>There is no unit with the code %1.</source>
        <translation>کوڈ %1 والا کوئی یونٹ نہیں۔</translation>
    </message>
    <message>
        <source>The unit %1 has no outcome %2 (it has %3).</source>
        <translation>یونٹ %1 میں نتیجہ %2 نہیں ہے (اس میں %3 ہیں)۔</translation>
    </message>
    <message>
        <source>Usage: techmates training pathway-import (--file FILE.json | --default)</source>
        <translation>استعمال: techmates training pathway-import (--file FILE.json | --default)</translation>
    </message>
    <message>
        <source>Usage: techmates training enrol --volunteer ID [--pathway CODE] [--date DATE]</source>
        <translation>استعمال: techmates training enrol --volunteer ID [--pathway CODE] [--date DATE]</translation>
    </message>
    <message>
        <source>Usage: techmates training evidence --outcome UNIT.N --kind observation|file|photo|note [--note TEXT] [--file PATH] [--volunteer ID]</source>
        <translation>استعمال: techmates training evidence --outcome UNIT.N --kind observation|file|photo|note [--note TEXT] [--file PATH] [--volunteer ID]</translation>
    </message>
    <message>
        <source>Usage: techmates training signoff --volunteer ID --outcome UNIT.N</source>
        <translation>استعمال: techmates training signoff --volunteer ID --outcome UNIT.N</translation>
    </message>
    <message>
        <source>Usage: techmates training verify --volunteer ID --unit CODE</source>
        <translation>استعمال: techmates training verify --volunteer ID --unit CODE</translation>
    </message>
    <message>
        <source>Usage: techmates training progress [--volunteer ID] [--json]</source>
        <translation>استعمال: techmates training progress [--volunteer ID] [--json]</translation>
    </message>
    <message>
        <source>No training record you may see for that volunteer.</source>
        <translation>اس رضاکار کا کوئی ایسا تربیتی ریکارڈ نہیں جو آپ دیکھ سکیں۔</translation>
    </message>
    <message>
        <source>%1: %2 of %3 units achieved.</source>
        <translation>%1: %3 میں سے %2 یونٹ حاصل۔</translation>
    </message>
    <message>
        <source>achieved %1%2</source>
        <translation>%1%2 کو حاصل کیا</translation>
    </message>
    <message>
        <source>, verified</source>
        <translation>، تصدیق شدہ</translation>
    </message>
    <message>
        <source>%1 of %2 signed off</source>
        <translation>%2 میں سے %1 کی منظوری</translation>
    </message>
    <message>
        <source>Usage: techmates training claim-create --all-verified [--reference REF]</source>
        <translation>استعمال: techmates training claim-create --all-verified [--reference REF]</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation>کوئی دعویٰ %1 نہیں۔</translation>
    </message>
    <message>
        <source>Usage: techmates training claim-submit --claim REF</source>
        <translation>استعمال: techmates training claim-submit --claim REF</translation>
    </message>
    <message>
        <source>Usage: techmates training claim-certificate --claim REF --file CSV (columns volunteer,unit,certificate)</source>
        <translation>استعمال: techmates training claim-certificate --claim REF --file CSV (کالم volunteer,unit,certificate)</translation>
    </message>
    <message>
        <source>line %1: no line of the claim is for that volunteer and unit.</source>
        <translation>سطر %1: دعوے کی کوئی سطر اس رضاکار اور یونٹ کی نہیں۔</translation>
    </message>
    <message>
        <source>Nothing was recorded:</source>
        <translation>کچھ درج نہیں ہوا:</translation>
    </message>
    <message>
        <source>Usage: techmates training graduates [--json]</source>
        <translation>استعمال: techmates training graduates [--json]</translation>
    </message>
    <message>
        <source>Graduate figures are for assessors and coordinators.</source>
        <translation>فارغ التحصیل کے اعداد و شمار جائزہ کاروں اور کوآرڈینیٹرز کے لیے ہیں۔</translation>
    </message>
    <message>
        <source>%1 graduates of the target %2 (%3 enrolled).</source>
        <translation>ہدف %2 میں سے %1 فارغ التحصیل (%3 داخل)۔</translation>
    </message>
    <message>
        <source>Usage: techmates user add --username NAME --name &quot;FULL NAME&quot; --role admin|coordinator|librarian|volunteer [--branch CODE] [--volunteer ID]</source>
        <translation>استعمال: techmates user add --username NAME --name &quot;FULL NAME&quot; --role admin|coordinator|librarian|volunteer [--branch CODE] [--volunteer ID]</translation>
    </message>
    <message>
        <source>This store has nobody in it yet: add an administrator first (--role admin).</source>
        <translation>اس ڈیٹا بیس میں ابھی کوئی نہیں: پہلے ایک ایڈمنسٹریٹر شامل کریں (‎--role admin)۔</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>نیا پاس ورڈ: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>نیا پاس ورڈ دوبارہ: </translation>
    </message>
    <message>
        <source>No password: set TECHMATES_NEW_PASSWORD or run in a terminal.</source>
        <translation>کوئی پاس ورڈ نہیں: TECHMATES_NEW_PASSWORD مقرر کریں یا ٹرمینل میں چلائیں۔</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was saved.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Only an administrator can list the people who can sign in.</source>
        <translation>صرف ایڈمنسٹریٹر سائن ان کر سکنے والے افراد کی فہرست دیکھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Usage: techmates wipe record --device TAG --method METHOD [--tool TOOL] [--report-id ID] [--at DATETIME]</source>
        <translation>استعمال: techmates wipe record --device TAG --method METHOD [--tool TOOL] [--report-id ID] [--at DATETIME]</translation>
    </message>
    <message>
        <source>--at must be a date and time like 2026-03-02T14:30.</source>
        <translation>‎--at کو 2026-03-02T14:30 جیسی تاریخ اور وقت ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Usage: techmates booking create --volunteer ID --resident CARD --start DATETIME --minutes N --channel phone|video|library|home [--branch ID] [--need AREA] [--need-text TEXT]
  DATETIME: local time such as 2026-03-09T10:00 (or an instant with Z or an offset).
  AREA: communicating, handling_information, transacting, problem_solving or being_safe.</source>
        <translation>استعمال: techmates booking create --volunteer ID --resident CARD --start DATETIME --minutes N --channel phone|video|library|home [--branch ID] [--need AREA] [--need-text TEXT]
  DATETIME: مقامی وقت جیسے 2026-03-09T10:00 (یا Z یا آفسیٹ کے ساتھ لمحہ)۔
  AREA: communicating، handling_information، transacting، problem_solving یا being_safe۔</translation>
    </message>
    <message>
        <source>Usage: techmates booking outcome --booking ID --status attended|resident_no_show|volunteer_no_show|cancelled [--skills LIST] [--confidence-before N] [--confidence-after N] [--tasks TEXT] [--referrals TEXT] [--notes TEXT] [--reason TEXT]
  LIST: comma-separated areas (communicating, handling_information, transacting, problem_solving, being_safe).
  --reason is needed to cancel.</source>
        <translation>استعمال: techmates booking outcome --booking ID --status attended|resident_no_show|volunteer_no_show|cancelled [--skills LIST] [--confidence-before N] [--confidence-after N] [--tasks TEXT] [--referrals TEXT] [--notes TEXT] [--reason TEXT]
  LIST: کوما سے الگ شعبے (communicating، handling_information، transacting، problem_solving، being_safe)۔
  منسوخی کے لیے ‎--reason درکار ہے۔</translation>
    </message>
    <message>
        <source>Usage: techmates device retire TAG [--reason TEXT]</source>
        <translation>استعمال: techmates device retire TAG [--reason TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device lost TAG [--reason TEXT]</source>
        <translation>استعمال: techmates device lost TAG [--reason TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device repair TAG [--fault TEXT]</source>
        <translation>استعمال: techmates device repair TAG [--fault TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device repaired TAG [--note TEXT]</source>
        <translation>استعمال: techmates device repaired TAG [--note TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device receive TAG [--note TEXT]</source>
        <translation>استعمال: techmates device receive TAG [--note TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates loan checkout --resident CARD --device TAG [--override REASON] [--signed-name NAME] [--kit ITEMS]
  --signed-name NAME: the name the resident typed to accept the agreement (checked against their record).
  Without it the agreement is recorded as signed on paper: print the terms, have them signed, keep the copy.</source>
        <translation>استعمال: techmates loan checkout --resident CARD --device TAG [--override REASON] [--signed-name NAME] [--kit ITEMS]
  ‎--signed-name NAME: وہ نام جو رہائشی نے معاہدہ قبول کرنے کے لیے لکھا (ان کے ریکارڈ سے ملایا جاتا ہے)۔
  اس کے بغیر معاہدہ کاغذ پر دستخط شدہ درج ہوتا ہے: شرائط پرنٹ کریں، دستخط کروائیں، نقل رکھیں۔</translation>
    </message>
    <message>
        <source>Usage: techmates bench [--scale small|borough] [--store STORE] [--json FILE] [--skip-sync]</source>
        <translation>استعمال: techmates bench [--scale small|borough] [--store STORE] [--json FILE] [--skip-sync]</translation>
    </message>
    <message>
        <source>Measuring sync against techmates-server …</source>
        <translation>techmates-server کے ساتھ سنک کی پیمائش ہو رہی ہے …</translation>
    </message>
</context>
<context>
    <name>CommandBus</name>
    <message>
        <source>%1 is not allowed to do this (%2 needs the “%3” permission).</source>
        <translation>⁨%1⁩ کو یہ کرنے کی اجازت نہیں (⁨%2⁩ کے لیے “⁨%3⁩” اجازت درکار ہے)۔</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>کوئی سائن ان نہیں</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>کچھ محفوظ نہیں ہوا: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>“%1” is not a command this version knows.</source>
        <translation>“⁨%1⁩” ایسی کمانڈ نہیں جو یہ ورژن جانتا ہو۔</translation>
    </message>
    <message>
        <source>“%1” could not be rebuilt.</source>
        <translation>“⁨%1⁩” دوبارہ نہیں بنائی جا سکی۔</translation>
    </message>
    <message>
        <source>The %1 command cannot be read: %2.</source>
        <translation>⁨%1⁩ کمانڈ پڑھی نہیں جا سکتی: ⁨%2⁩۔</translation>
    </message>
</context>
<context>
    <name>ConfirmBookingCommand</name>
    <message>
        <source>That session is not in the store.</source>
        <translation>یہ سیشن ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That session is already confirmed.</source>
        <translation>اس سیشن کی پہلے ہی تصدیق ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>That session is already %1.</source>
        <translation>یہ سیشن پہلے ہی ⁨%1⁩ ہے۔</translation>
    </message>
    <message>
        <source>Confirmed the session.</source>
        <translation>سیشن کی تصدیق کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>ConflictReviewPanel</name>
    <message>
        <source>an unknown card</source>
        <translation>نامعلوم کارڈ</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>ادھار پر</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>returned since</source>
        <translation>اس کے بعد سے واپس</translation>
    </message>
    <message>
        <source>marked lost since</source>
        <translation>اس کے بعد سے گم شدہ درج</translation>
    </message>
    <message>
        <source>not held at this desk</source>
        <translation>اس ڈیسک پر موجود نہیں</translation>
    </message>
    <message>
        <source>lent to %1</source>
        <translation>⁨%1⁩ کو ادھار دیا گیا</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> ⁨%1⁩ میں</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> ⁨%1⁩ کی طرف سے</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> ⁨%1⁩ کو</translation>
    </message>
    <message>
        <source> — now %1.</source>
        <translation> — اب ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>These devices were lent at two desks while they were offline. The council&apos;s record kept one loan and closed the other. Check who has the device, then settle it with a reason for the record.</source>
        <translation>یہ ڈیوائسز دو ڈیسکوں پر اس وقت ادھار دی گئیں جب وہ آف لائن تھیں۔ کونسل کے ریکارڈ نے ایک ادھار رکھا اور دوسرا بند کر دیا۔ دیکھیں کہ ڈیوائس کس کے پاس ہے، پھر ریکارڈ کے لیے وجہ کے ساتھ معاملہ طے کریں۔</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>ڈیوائس</translation>
    </message>
    <message>
        <source>Council&apos;s loan (kept)</source>
        <translation>کونسل کا ادھار (رکھا گیا)</translation>
    </message>
    <message>
        <source>Other desk&apos;s loan</source>
        <translation>دوسرے ڈیسک کا ادھار</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>معلوم ہوا</translation>
    </message>
    <message>
        <source>Loan conflicts waiting for a coordinator</source>
        <translation>کوآرڈینیٹر کے منتظر ادھار کے تنازعات</translation>
    </message>
    <message>
        <source>No loan conflicts wait for a coordinator.</source>
        <translation>کوئی ادھار تنازع کوآرڈینیٹر کا منتظر نہیں۔</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>تنازعات (&amp;C)</translation>
    </message>
    <message>
        <source>Reason, for the record</source>
        <translation>وجہ، ریکارڈ کے لیے</translation>
    </message>
    <message>
        <source>For example: resident came in with the device</source>
        <translation>مثلاً: رہائشی ڈیوائس لے کر آیا</translation>
    </message>
    <message>
        <source>&amp;Keep the council&apos;s loan</source>
        <translation>کونسل کا ادھار رکھیں (&amp;K)</translation>
    </message>
    <message>
        <source>Keep the council&apos;s loan: its resident has the device</source>
        <translation>کونسل کا ادھار رکھیں: ڈیوائس اس کے رہائشی کے پاس ہے</translation>
    </message>
    <message>
        <source>The &amp;other resident has it</source>
        <translation>ڈیوائس دوسرے رہائشی کے پاس ہے (&amp;O)</translation>
    </message>
    <message>
        <source>The other desk&apos;s resident has the device: make that loan the active one</source>
        <translation>ڈیوائس دوسرے ڈیسک کے رہائشی کے پاس ہے: اس ادھار کو فعال بنائیں</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>وجہ (&amp;R):</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>تنازعات پڑھے نہیں جا سکے: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was lent twice.</source>
        <translation>&lt;b&gt;⁨%1⁩&lt;/b&gt; دو بار ادھار دی گئی۔</translation>
    </message>
    <message>
        <source>Council&apos;s record (kept): %1</source>
        <translation>کونسل کا ریکارڈ (رکھا گیا): ⁨%1⁩</translation>
    </message>
    <message>
        <source>Other desk: %1</source>
        <translation>دوسرا ڈیسک: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Why the other loan was not taken: %1</source>
        <translation>دوسرا ادھار کیوں نہیں لیا گیا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The council&apos;s loan is no longer on loan, so the other loan cannot take its place: check the device in and lend it again if needed.</source>
        <translation>کونسل کا ادھار اب ادھار پر نہیں، اس لیے دوسرا ادھار اس کی جگہ نہیں لے سکتا: ڈیوائس کی واپسی وصول کریں اور ضرورت ہو تو دوبارہ ادھار دیں۔</translation>
    </message>
    <message>
        <source>Choose a conflict in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی تنازع منتخب کریں۔</translation>
    </message>
    <message>
        <source>%1: %2 now has the device on loan.</source>
        <translation>⁨%1⁩: اب ڈیوائس ⁨%2⁩ کے پاس ادھار پر ہے۔</translation>
    </message>
    <message>
        <source>%1: %2 keeps the device; the other loan stays closed.</source>
        <translation>⁨%1⁩: ڈیوائس ⁨%2⁩ کے پاس رہتی ہے؛ دوسرا ادھار بند رہتا ہے۔</translation>
    </message>
</context>
<context>
    <name>CreateBookingCommand</name>
    <message>
        <source>Choose how the session happens: phone, video, library or home.</source>
        <translation>منتخب کریں کہ سیشن کیسے ہوگا: فون، ویڈیو، لائبریری یا گھر۔</translation>
    </message>
    <message>
        <source>Give the date and time the session starts.</source>
        <translation>سیشن شروع ہونے کی تاریخ اور وقت بتائیں۔</translation>
    </message>
    <message>
        <source>A session lasts between 15 and 240 minutes.</source>
        <translation>سیشن 15 سے 240 منٹ تک کا ہوتا ہے۔</translation>
    </message>
    <message>
        <source>%1 has already passed: a session can only be booked for a time still to come.</source>
        <translation>⁨%1⁩ گزر چکا ہے: سیشن صرف آنے والے وقت کے لیے بک ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>Unknown skills area “%1”; the areas are %2.</source>
        <translation>نامعلوم مہارت کا شعبہ “⁨%1⁩”؛ شعبے یہ ہیں: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>The description of the need is too long (at most 1000 characters).</source>
        <translation>ضرورت کی تفصیل بہت لمبی ہے (زیادہ سے زیادہ 1000 حروف)۔</translation>
    </message>
    <message>
        <source>Scan or type the resident&apos;s library card.</source>
        <translation>رہائشی کا لائبریری کارڈ اسکین کریں یا لکھیں۔</translation>
    </message>
    <message>
        <source>No resident has the card %1.</source>
        <translation>کسی رہائشی کے پاس کارڈ ⁨%1⁩ نہیں ہے۔</translation>
    </message>
    <message>
        <source>No branch “%1”.</source>
        <translation>کوئی برانچ “⁨%1⁩” نہیں۔</translation>
    </message>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>یہ رضاکار ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That waiting-list entry is not in the store.</source>
        <translation>انتظار کی فہرست کا یہ اندراج ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That waiting-list entry is for another resident.</source>
        <translation>انتظار کی فہرست کا یہ اندراج کسی اور رہائشی کا ہے۔</translation>
    </message>
    <message>
        <source>That waiting-list entry is already %1.</source>
        <translation>انتظار کی فہرست کا یہ اندراج پہلے ہی ⁨%1⁩ ہے۔</translation>
    </message>
    <message>
        <source>%1 does not list “%2” among the areas they help with.</source>
        <translation>⁨%1⁩ نے “⁨%2⁩” کو ان شعبوں میں درج نہیں کیا جن میں وہ مدد کرتا ہے۔</translation>
    </message>
    <message>
        <source>%1 does not speak the resident&apos;s preferred language (%2).</source>
        <translation>⁨%1⁩ رہائشی کی پسندیدہ زبان (⁨%2⁩) نہیں بولتا۔</translation>
    </message>
    <message>
        <source>Booked a %1-minute session for card %2 at %3.</source>
        <translation>کارڈ ⁨%2⁩ کے لیے ⁨%3⁩ پر ⁨%1⁩ منٹ کا سیشن بک کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>CreateClaimCommand</name>
    <message>
        <source>Choose at least one verified unit to claim.</source>
        <translation>دعوے کے لیے کم از کم ایک تصدیق شدہ یونٹ منتخب کریں۔</translation>
    </message>
    <message>
        <source>A claim holds at most %1 lines.</source>
        <translation>ایک دعوے میں زیادہ سے زیادہ ⁨%1⁩ سطریں ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>The same volunteer and unit appear twice in the claim.</source>
        <translation>ایک ہی رضاکار اور یونٹ دعوے میں دو بار آئے ہیں۔</translation>
    </message>
    <message>
        <source>A line of the claim is for a unit the volunteer has not achieved.</source>
        <translation>دعوے کی ایک سطر ایسے یونٹ کی ہے جو رضاکار نے حاصل نہیں کیا۔</translation>
    </message>
    <message>
        <source>The unit %1 of one volunteer is not verified yet; verify it before claiming.</source>
        <translation>ایک رضاکار کا یونٹ ⁨%1⁩ ابھی تصدیق شدہ نہیں؛ دعوے سے پہلے اس کی تصدیق کریں۔</translation>
    </message>
    <message>
        <source>The unit %1 of one volunteer is already in a claim.</source>
        <translation>ایک رضاکار کا یونٹ ⁨%1⁩ پہلے ہی کسی دعوے میں ہے۔</translation>
    </message>
    <message>
        <source>A claim reference is 3 to 40 letters, digits, -, _ or /.</source>
        <translation>دعوے کا حوالہ 3 سے 40 حروف، ہندسے، -، _ یا / ہوتا ہے۔</translation>
    </message>
    <message>
        <source>There is already a claim %1.</source>
        <translation>دعویٰ ⁨%1⁩ پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>Started the claim %1 with %2 unit(s).</source>
        <translation>دعویٰ ⁨%1⁩ ⁨%2⁩ یونٹوں کے ساتھ شروع کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>CreateUserCommand</name>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>صارف نام 2 سے 32 چھوٹے حروف، ہندسے، نقطے، ڈیش یا انڈر اسکور ہوتا ہے، اور کسی حرف سے شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (at most 80 characters).</source>
        <translation>فرد کا نام درج کریں (زیادہ سے زیادہ 80 حروف)۔</translation>
    </message>
    <message>
        <source>The password hash is not an Argon2id hash.</source>
        <translation>پاس ورڈ ہیش Argon2id ہیش نہیں ہے۔</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>پاس ورڈ کم از کم ⁨%1⁩ حروف کا ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The user name “%1” is taken. Choose another.</source>
        <translation>صارف نام “⁨%1⁩” پہلے سے لیا جا چکا ہے۔ کوئی اور منتخب کریں۔</translation>
    </message>
    <message>
        <source>A volunteer&apos;s account must be linked to their volunteer record.</source>
        <translation>رضاکار کا اکاؤنٹ اس کے رضاکار ریکارڈ سے منسلک ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Added %1 as %2</source>
        <translation>⁨%1⁩ کو ⁨%2⁩ کے طور پر شامل کر دیا گیا</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it again as “CSV UTF-8” (in Excel: Save As, CSV UTF-8).</source>
        <translation>فائل UTF-8 متن نہیں ہے۔ اسے دوبارہ “CSV UTF-8” کے طور پر محفوظ کریں (Excel میں: Save As، CSV UTF-8)۔</translation>
    </message>
    <message>
        <source>A quote mark is inside a field that does not start with one; put the whole field in quotes and double the quote mark (&quot;&quot;).</source>
        <translation>ایک اقتباس کا نشان ایسے خانے کے اندر ہے جو اس سے شروع نہیں ہوتا؛ پورے خانے کو اقتباس کے نشانوں میں رکھیں اور اقتباس کا نشان دوہرا کریں (&quot;&quot;)۔</translation>
    </message>
    <message>
        <source>There is text after a closing quote mark; a quoted field must end at the comma or the end of the line.</source>
        <translation>بند ہونے والے اقتباس کے نشان کے بعد متن ہے؛ اقتباس والا خانہ کوما یا سطر کے آخر پر ختم ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>A quoted field is never closed: the quote mark opened here has no partner, so the rest of the file was read as part of it.</source>
        <translation>اقتباس والا خانہ کبھی بند نہیں ہوتا: یہاں کھلنے والے اقتباس کے نشان کا کوئی جوڑا نہیں، اس لیے باقی فائل اسی کا حصہ پڑھی گئی۔</translation>
    </message>
</context>
<context>
    <name>DataOffersPanel</name>
    <message>
        <source>Voucher</source>
        <translation>واؤچر</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>سم</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>اسٹاک میں</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>جاری کیا گیا</translation>
    </message>
    <message>
        <source>In a MiFi</source>
        <translation>MiFi میں</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>ختم</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>کالعدم</translation>
    </message>
    <message>
        <source>Add SIM or &amp;voucher…</source>
        <translation>سم یا واؤچر شامل کریں (&amp;V)…</translation>
    </message>
    <message>
        <source>Add a SIM or data voucher to the stock</source>
        <translation>اسٹاک میں سم یا ڈیٹا واؤچر شامل کریں</translation>
    </message>
    <message>
        <source>Issue to a reside&amp;nt…</source>
        <translation>رہائشی کو جاری کریں (&amp;N)…</translation>
    </message>
    <message>
        <source>Issue a SIM or voucher to a resident</source>
        <translation>رہائشی کو سم یا واؤچر جاری کریں</translation>
    </message>
    <message>
        <source>Issue the selected SIM or voucher (Enter on the list)</source>
        <translation>منتخب سم یا واؤچر جاری کریں (فہرست پر Enter)</translation>
    </message>
    <message>
        <source>In stock &amp;only</source>
        <translation>صرف اسٹاک میں (&amp;O)</translation>
    </message>
    <message>
        <source>Show only SIMs and vouchers in stock</source>
        <translation>صرف اسٹاک میں موجود سم اور واؤچر دکھائیں</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>ICCID or code</source>
        <translation>ICCID یا کوڈ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>ماہانہ</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>مہینے</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>جاری کیا گیا</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <source>SIMs and vouchers</source>
        <translation>سم اور واؤچر</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>⁨%1⁩ میں</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>⁨%1⁩ GB</translation>
    </message>
    <message>
        <source>No SIMs or vouchers are in stock. Add some with Alt+V.</source>
        <translation>اسٹاک میں کوئی سم یا واؤچر نہیں۔ Alt+V سے کچھ شامل کریں۔</translation>
    </message>
    <message>
        <source>No SIMs or vouchers are recorded yet.</source>
        <translation>ابھی کوئی سم یا واؤچر درج نہیں۔</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>⁨%2⁩ میں سے ⁨%1⁩ دکھائے جا رہے ہیں۔</translation>
    </message>
    <message>
        <source>%1 in the list.</source>
        <translation>فہرست میں ⁨%1⁩۔</translation>
    </message>
</context>
<context>
    <name>DecideHoursCommand</name>
    <message>
        <source>Those hours are not in the store.</source>
        <translation>یہ گھنٹے ڈیٹا بیس میں موجود نہیں ہیں۔</translation>
    </message>
    <message>
        <source>Those hours are already %1.</source>
        <translation>یہ گھنٹے پہلے ہی ⁨%1⁩ ہیں۔</translation>
    </message>
    <message>
        <source>Approved the hours.</source>
        <translation>گھنٹے منظور کر دیے گئے۔</translation>
    </message>
    <message>
        <source>Rejected the hours.</source>
        <translation>گھنٹے مسترد کر دیے گئے۔</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Badges</source>
        <translation>بیج</translation>
    </message>
    <message>
        <source>People who sign in</source>
        <translation>سائن ان کرنے والے افراد</translation>
    </message>
    <message>
        <source>Indexes and search</source>
        <translation>انڈیکس اور تلاش</translation>
    </message>
    <message>
        <source>No file was named for the demo store.</source>
        <translation>ڈیمو ڈیٹا بیس کے لیے کسی فائل کا نام نہیں دیا گیا۔</translation>
    </message>
    <message>
        <source>The demo store needs a date to build its history around.</source>
        <translation>ڈیمو ڈیٹا بیس کو ایک تاریخ درکار ہے جس کے گرد وہ اپنی تاریخچہ بنائے۔</translation>
    </message>
    <message>
        <source>“%1” already exists. A demo store is always written to a new file: choose another name, or move the existing file away first.</source>
        <translation>“⁨%1⁩” پہلے سے موجود ہے۔ ڈیمو ڈیٹا بیس ہمیشہ نئی فائل میں لکھا جاتا ہے: کوئی اور نام منتخب کریں، یا پہلے موجودہ فائل کو ہٹا دیں۔</translation>
    </message>
    <message>
        <source>The demo store was not closed cleanly.</source>
        <translation>ڈیمو ڈیٹا بیس صحیح طریقے سے بند نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The demo store could not be saved as “%1”: the name is taken or the folder cannot be written.</source>
        <translation>ڈیمو ڈیٹا بیس “⁨%1⁩” کے طور پر محفوظ نہیں ہو سکا: نام پہلے سے لیا جا چکا ہے یا فولڈر میں لکھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>The demo store could not be written: %1</source>
        <translation>ڈیمو ڈیٹا بیس لکھا نہیں جا سکا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Devices and loans</source>
        <translation>ڈیوائسز اور ادھار</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Branches and catalogues</source>
        <translation>برانچیں اور کیٹلاگ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>سیشن</translation>
    </message>
    <message>
        <source>SIMs and data</source>
        <translation>سم اور ڈیٹا</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تربیت</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>available</source>
        <translation>دستیاب</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>ادھار پر</translation>
    </message>
    <message>
        <source>awaiting wipe</source>
        <translation>ڈیٹا مٹانے کا منتظر</translation>
    </message>
    <message>
        <source>in repair</source>
        <translation>مرمت میں</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>راستے میں</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>گم شدہ</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ریٹائرڈ</translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>none yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
</context>
<context>
    <name>DeviceEditorDialog</name>
    <message>
        <source>Add device</source>
        <translation>ڈیوائس شامل کریں</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>ڈیوائس ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add a device to the register</source>
        <translation>رجسٹر میں ڈیوائس شامل کریں</translation>
    </message>
    <message>
        <source>Scan the asset label into the tag field. Fields marked * are needed.</source>
        <translation>اثاثہ لیبل کو ٹیگ کے خانے میں اسکین کریں۔ * والے خانے ضروری ہیں۔</translation>
    </message>
    <message>
        <source>%1 at %2. Its status and branch change through the status steps and transfers, not here.</source>
        <translation>⁨%1⁩، ⁨%2⁩ میں۔ اس کی حیثیت اور برانچ حیثیت کے مراحل اور منتقلیوں سے بدلتی ہیں، یہاں سے نہیں۔</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>اثاثہ ٹیگ</translation>
    </message>
    <message>
        <source>Scan the label, e.g. LIB-00042</source>
        <translation>لیبل اسکین کریں، مثلاً LIB-00042</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>ڈیوائس کی قسم</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>سیریل نمبر</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>میک</translation>
    </message>
    <message>
        <source>e.g. Lenovo</source>
        <translation>مثلاً Lenovo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>ماڈل</translation>
    </message>
    <message>
        <source>e.g. Tab M10</source>
        <translation>مثلاً Tab M10</translation>
    </message>
    <message>
        <source>Date acquired, day month year</source>
        <translation>حصول کی تاریخ، دن مہینہ سال</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>SIM ICCID</source>
        <translation>سم ICCID</translation>
    </message>
    <message>
        <source>For a MiFi: scan the SIM (it must be in stock)</source>
        <translation>MiFi کے لیے: سم اسکین کریں (یہ اسٹاک میں ہونی چاہیے)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Condition, accessories, anything the next person should know. No personal details.</source>
        <translation>حالت، لوازمات، ہر وہ بات جو اگلے فرد کو معلوم ہونی چاہیے۔ کوئی ذاتی تفصیل نہیں۔</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>There are no device types yet. An administrator adds them with “Add device type” before devices can be registered.</source>
        <translation>ابھی ڈیوائس کی کوئی قسم موجود نہیں۔ ڈیوائسز رجسٹر کرنے سے پہلے ایڈمنسٹریٹر انہیں “ڈیوائس کی قسم شامل کریں” سے شامل کرتا ہے۔</translation>
    </message>
    <message>
        <source>Asset &amp;tag *</source>
        <translation>اثاثہ ٹیگ * (&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ype *</source>
        <translation>قسم * (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Branch *</source>
        <translation>برانچ * (&amp;B)</translation>
    </message>
    <message>
        <source>Status when added</source>
        <translation>شامل کرتے وقت حیثیت</translation>
    </message>
    <message>
        <source>Available: new or already wiped</source>
        <translation>دستیاب: نئی یا ڈیٹا پہلے سے مٹا ہوا</translation>
    </message>
    <message>
        <source>Awaiting wipe: history unknown</source>
        <translation>ڈیٹا مٹانے کی منتظر: تاریخچہ نامعلوم</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>حیثیت (&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;rial number</source>
        <translation>سیریل نمبر (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>میک (&amp;M)</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>ماڈل (&amp;O)</translation>
    </message>
    <message>
        <source>Date &amp;acquired</source>
        <translation>حصول کی تاریخ (&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;IM (MiFi)</source>
        <translation>سم (M&amp;iFi)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>نوٹس (&amp;N)</translation>
    </message>
    <message>
        <source>Add &amp;device</source>
        <translation>ڈیوائس شامل کریں (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Save device</source>
        <translation>ڈیوائس محفوظ کریں</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Nothing was saved. Write the date acquired as day/month/year, for example 30/09/2024.</source>
        <translation>کچھ محفوظ نہیں ہوا۔ حصول کی تاریخ دن/مہینہ/سال کے طور پر لکھیں، مثلاً 30/09/2024۔</translation>
    </message>
</context>
<context>
    <name>DeviceImport</name>
    <message>
        <source>the device is on loan in the other system, and loans are not imported: check it in there first, or set its status to Pending</source>
        <translation>ڈیوائس دوسرے نظام میں ادھار پر ہے، اور ادھار درآمد نہیں ہوتے: پہلے وہاں اس کی واپسی وصول کریں، یا اس کی حیثیت Pending کریں</translation>
    </message>
    <message>
        <source>a device in transit cannot be imported: import it where it arrives</source>
        <translation>راستے میں موجود ڈیوائس درآمد نہیں کی جا سکتی: جہاں یہ پہنچے وہاں درآمد کریں</translation>
    </message>
    <message>
        <source>unknown status “%1” (use Ready to Deploy, Pending, Out for Repair, Lost/Stolen or Archived)</source>
        <translation>نامعلوم حیثیت “⁨%1⁩” (Ready to Deploy، Pending، Out for Repair، Lost/Stolen یا Archived استعمال کریں)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فائل خالی ہے۔</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both hold the %3; map one of them to another field or to ignore.</source>
        <translation>کالم “⁨%1⁩” اور “⁨%2⁩” دونوں میں ⁨%3⁩ ہے؛ ان میں سے ایک کو کسی اور خانے سے ملائیں یا نظرانداز کریں۔</translation>
    </message>
    <message>
        <source>No column holds the asset tag (expected one called “Asset Tag” or “Tag”).</source>
        <translation>کسی کالم میں اثاثہ ٹیگ نہیں (“Asset Tag” یا “Tag” نام کا کالم متوقع تھا)۔</translation>
    </message>
    <message>
        <source>No column says the device type (“Category”, “Type” or “Model”) and no default type was given.</source>
        <translation>کوئی کالم ڈیوائس کی قسم نہیں بتاتا (“Category”، “Type” یا “Model”) اور کوئی طے شدہ قسم نہیں دی گئی۔</translation>
    </message>
    <message>
        <source>No column says the branch (“Location” or “Branch”) and no default branch was given.</source>
        <translation>کوئی کالم برانچ نہیں بتاتا (“Location” یا “Branch”) اور کوئی طے شدہ برانچ نہیں دی گئی۔</translation>
    </message>
    <message>
        <source>the row has %1 field(s) but the header has %2; check for a missing or extra comma.</source>
        <translation>قطار میں ⁨%1⁩ خانے ہیں لیکن ہیڈر میں ⁨%2⁩؛ دیکھیں کہیں کوما کم یا زیادہ تو نہیں۔</translation>
    </message>
    <message>
        <source>the device type is missing.</source>
        <translation>ڈیوائس کی قسم موجود نہیں۔</translation>
    </message>
    <message>
        <source>unknown device type “%1”; map it to a type code.</source>
        <translation>نامعلوم ڈیوائس کی قسم “⁨%1⁩”؛ اسے کسی قسم کے کوڈ سے ملائیں۔</translation>
    </message>
    <message>
        <source>unknown branch “%1”; map it to a branch code.</source>
        <translation>نامعلوم برانچ “⁨%1⁩”؛ اسے کسی برانچ کوڈ سے ملائیں۔</translation>
    </message>
    <message>
        <source>“%1” is not a date (use 2024-09-30 or 30/09/2024).</source>
        <translation>“⁨%1⁩” تاریخ نہیں ہے (2024-09-30 یا 30/09/2024 استعمال کریں)۔</translation>
    </message>
    <message>
        <source>the tag %1 is already on line %2 of this file.</source>
        <translation>ٹیگ ⁨%1⁩ اس فائل کی سطر ⁨%2⁩ پر پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>SIM %1 is already in the device on line %2.</source>
        <translation>سم ⁨%1⁩ سطر ⁨%2⁩ والی ڈیوائس میں پہلے سے ہے۔</translation>
    </message>
    <message>
        <source>The file has a header but no devices.</source>
        <translation>فائل میں ہیڈر ہے لیکن کوئی ڈیوائس نہیں۔</translation>
    </message>
</context>
<context>
    <name>DeviceImport::Plan</name>
    <message>
        <source>… and %1 more.</source>
        <translation>… اور ⁨%1⁩ مزید۔</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>سطر ⁨%1⁩: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>DeviceImportDialog</name>
    <message>
        <source>Import devices from a CSV file</source>
        <translation>CSV فائل سے ڈیوائسز درآمد کریں</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; پیچھے (&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>آگے &gt; (&amp;N)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Choose a CSV file saved as UTF-8, for example a Snipe-IT asset export. Its first line must name the columns.</source>
        <translation>UTF-8 میں محفوظ کی گئی CSV فائل منتخب کریں، مثلاً Snipe-IT سے برآمد کردہ اثاثے۔ اس کی پہلی سطر میں کالموں کے نام ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>درآمد کے لیے CSV فائل</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>CSV فائل کا راستہ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>براؤز کریں (&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV فائل منتخب کریں</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>فائل کی پہلی قطاریں</translation>
    </message>
    <message>
        <source>The first rows of the file appear here.</source>
        <translation>فائل کی پہلی قطاریں یہاں نظر آتی ہیں۔</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>کالم ملائیں</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <source>Problems found, by line</source>
        <translation>ملنے والے مسائل، سطر کے لحاظ سے</translation>
    </message>
    <message>
        <source>No problems: every row can be imported.</source>
        <translation>کوئی مسئلہ نہیں: ہر قطار درآمد کی جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>Import &amp;only the valid rows and skip the ones listed</source>
        <translation>صرف درست قطاریں درآمد کریں اور فہرست والی چھوڑ دیں (&amp;O)</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>صرف درست قطاریں درآمد کریں</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>درآمد کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Import the devices</source>
        <translation>ڈیوائسز درآمد کریں</translation>
    </message>
    <message>
        <source>What the import noted</source>
        <translation>درآمد نے کیا نوٹ کیا</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose the file</source>
        <translation>مرحلہ 1 از 4: فائل منتخب کریں</translation>
    </message>
    <message>
        <source>Step 2 of 4: match the columns</source>
        <translation>مرحلہ 2 از 4: کالم ملائیں</translation>
    </message>
    <message>
        <source>Step 3 of 4: check the rows</source>
        <translation>مرحلہ 3 از 4: قطاریں جانچیں</translation>
    </message>
    <message>
        <source>Step 4 of 4: done</source>
        <translation>مرحلہ 4 از 4: مکمل</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV فائلیں (*.csv *.txt);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Type the path of the CSV file, or choose it with Browse.</source>
        <translation>CSV فائل کا راستہ لکھیں، یا براؤز سے منتخب کریں۔</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>فائل ⁨%1⁩ کھولی نہیں جا سکتی: ⁨%2⁩</translation>
    </message>
    <message>
        <source>The file is too large to import (at most 20 MB). Split it into smaller files.</source>
        <translation>فائل درآمد کرنے کے لیے بہت بڑی ہے (زیادہ سے زیادہ 20 MB)۔ اسے چھوٹی فائلوں میں تقسیم کریں۔</translation>
    </message>
    <message>
        <source>The file has no lines to read.</source>
        <translation>فائل میں پڑھنے کے لیے کوئی سطر نہیں۔</translation>
    </message>
    <message>
        <source>%1: %2 column(s), %3 row(s) of devices.</source>
        <translation>⁨%1⁩: ⁨%2⁩ کالم، ڈیوائسز کی ⁨%3⁩ قطاریں۔</translation>
    </message>
    <message>
        <source>%1 row(s) cannot be read; the check lists them.</source>
        <translation>⁨%1⁩ قطاریں پڑھی نہیں جا سکتیں؛ جانچ میں ان کی فہرست ہے۔</translation>
    </message>
    <message>
        <source>All %1 row(s) can be imported.</source>
        <translation>تمام ⁨%1⁩ قطاریں درآمد کی جا سکتی ہیں۔</translation>
    </message>
    <message>
        <source>No row can be imported yet: %1 problem(s), listed by line. Correct the file or the matching, then check again.</source>
        <translation>ابھی کوئی قطار درآمد نہیں ہو سکتی: ⁨%1⁩ مسائل، سطر کے لحاظ سے درج۔ فائل یا ملاپ درست کریں، پھر دوبارہ جانچیں۔</translation>
    </message>
    <message>
        <source>%1 row(s) can be imported; %2 problem(s), listed by line. A file with problems imports nothing unless you choose to import only the valid rows.</source>
        <translation>⁨%1⁩ قطاریں درآمد ہو سکتی ہیں؛ ⁨%2⁩ مسائل، سطر کے لحاظ سے درج۔ مسائل والی فائل سے کچھ درآمد نہیں ہوتا جب تک آپ صرف درست قطاریں درآمد کرنے کا انتخاب نہ کریں۔</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>درآمد نہیں ہوا: ⁨%1⁩۔</translation>
    </message>
</context>
<context>
    <name>DeviceMovementCommands</name>
    <message>
        <source>Device %1 changed while saving; nothing was saved.</source>
        <translation>محفوظ کرتے وقت ڈیوائس ⁨%1⁩ تبدیل ہو گئی؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>DeviceRegisterPanel</name>
    <message>
        <source>Find a device</source>
        <translation>ڈیوائس تلاش کریں</translation>
    </message>
    <message>
        <source>Tag, serial, make or model, or scan a tag and press Enter</source>
        <translation>ٹیگ، سیریل، میک یا ماڈل، یا ٹیگ اسکین کریں اور Enter دبائیں</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>تلاش کریں (&amp;F)</translation>
    </message>
    <message>
        <source>Show devices with status</source>
        <translation>اس حیثیت والی ڈیوائسز دکھائیں</translation>
    </message>
    <message>
        <source>In service (all but retired)</source>
        <translation>زیر استعمال (ریٹائرڈ کے سوا سب)</translation>
    </message>
    <message>
        <source>All, with retired</source>
        <translation>سب، ریٹائرڈ سمیت</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>حیثیت (&amp;U)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>ٹیگ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>میک اور ماڈل</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سیریل</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>سم</translation>
    </message>
    <message>
        <source>Device register</source>
        <translation>ڈیوائس رجسٹر</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>ڈیوائس شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>ڈیوائس شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ترمیم کریں (&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected device</source>
        <translation>منتخب ڈیوائس میں ترمیم کریں</translation>
    </message>
    <message>
        <source>Open the selected device (Enter)</source>
        <translation>منتخب ڈیوائس کھولیں (Enter)</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>حیثیت بدلیں (&amp;S)</translation>
    </message>
    <message>
        <source>Change the selected device&apos;s status</source>
        <translation>منتخب ڈیوائس کی حیثیت بدلیں</translation>
    </message>
    <message>
        <source>Repair, lost and found, transfers, retire (also on the Menu key in the list)</source>
        <translation>مرمت، گم شدہ اور ملی ہوئی، منتقلیاں، ریٹائر (فہرست میں Menu کلید پر بھی)</translation>
    </message>
    <message>
        <source>Print la&amp;bels…</source>
        <translation>لیبل پرنٹ کریں (&amp;B)…</translation>
    </message>
    <message>
        <source>Print asset labels for the selected devices</source>
        <translation>منتخب ڈیوائسز کے اثاثہ لیبل پرنٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV درآمد کریں (&amp;I)…</translation>
    </message>
    <message>
        <source>Import devices from a CSV file</source>
        <translation>CSV فائل سے ڈیوائسز درآمد کریں</translation>
    </message>
    <message>
        <source>Add device &amp;type…</source>
        <translation>ڈیوائس کی قسم شامل کریں (&amp;T)…</translation>
    </message>
    <message>
        <source>Add a device type</source>
        <translation>ڈیوائس کی قسم شامل کریں</translation>
    </message>
    <message>
        <source>No devices in the register yet. Add one (Alt+A) or import a CSV file (Alt+I).</source>
        <translation>رجسٹر میں ابھی کوئی ڈیوائس نہیں۔ ایک شامل کریں (Alt+A) یا CSV فائل درآمد کریں (Alt+I)۔</translation>
    </message>
    <message>
        <source>No device matches.</source>
        <translation>کوئی ڈیوائس مطابقت نہیں رکھتی۔</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>ڈیوائسز: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Devices: %1 of %2</source>
        <translation>ڈیوائسز: ⁨%2⁩ میں سے ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4, %5</source>
        <translation>⁨%1⁩: ⁨%2⁩ (⁨%3⁩)، ⁨%4⁩ میں، ⁨%5⁩</translation>
    </message>
    <message>
        <source>acquired %1</source>
        <translation>حاصل کی گئی ⁨%1⁩</translation>
    </message>
    <message>
        <source>SIM %1</source>
        <translation>سم ⁨%1⁩</translation>
    </message>
    <message>
        <source>kit: %1</source>
        <translation>کٹ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>نوٹس: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 Press Alt+A to add it.</source>
        <translation>⁨%1⁩ اسے شامل کرنے کے لیے Alt+A دبائیں۔</translation>
    </message>
    <message>
        <source>%1 is no longer in the register.</source>
        <translation>⁨%1⁩ اب رجسٹر میں نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>DeviceRepository</name>
    <message>
        <source>No device has the tag %1. Check the label, or add the device to the register.</source>
        <translation>کسی ڈیوائس کا ٹیگ ⁨%1⁩ نہیں۔ لیبل دیکھیں، یا ڈیوائس کو رجسٹر میں شامل کریں۔</translation>
    </message>
    <message>
        <source>That is a library card, not a device tag — scan the device.</source>
        <translation>یہ لائبریری کارڈ ہے، ڈیوائس ٹیگ نہیں — ڈیوائس اسکین کریں۔</translation>
    </message>
    <message>
        <source>Scan or type the device&apos;s asset tag.</source>
        <translation>ڈیوائس کا اثاثہ ٹیگ اسکین کریں یا لکھیں۔</translation>
    </message>
    <message>
        <source>Device %1 changed while saving; nothing was saved.</source>
        <translation>محفوظ کرتے وقت ڈیوائس ⁨%1⁩ تبدیل ہو گئی؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>DeviceStepCommand</name>
    <message>
        <source>The note or reason is too long (at most %1 characters).</source>
        <translation>نوٹ یا وجہ بہت لمبی ہے (زیادہ سے زیادہ ⁨%1⁩ حروف)۔</translation>
    </message>
    <message>
        <source>%1 is on loan, so it cannot be %2. Check it in first.</source>
        <translation>⁨%1⁩ ادھار پر ہے، اس لیے یہ ⁨%2⁩ نہیں ہو سکتی۔ پہلے اس کی واپسی وصول کریں۔</translation>
    </message>
    <message>
        <source>%1 is %2, so it cannot be %3.</source>
        <translation>⁨%1⁩ ⁨%2⁩ ہے، اس لیے یہ ⁨%3⁩ نہیں ہو سکتی۔</translation>
    </message>
</context>
<context>
    <name>DeviceStepDialog</name>
    <message>
        <source>Send to &amp;repair…</source>
        <translation>مرمت کے لیے بھیجیں (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Back from repair…</source>
        <translation>مرمت سے واپس (&amp;B)…</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>گم شدہ درج کریں (&amp;L)…</translation>
    </message>
    <message>
        <source>Mark &amp;found…</source>
        <translation>ملی ہوئی درج کریں (&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>ریٹائر کریں (&amp;T)…</translation>
    </message>
    <message>
        <source>Send to another &amp;branch…</source>
        <translation>کسی اور برانچ کو بھیجیں (&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;ceive from another branch…</source>
        <translation>کسی اور برانچ سے وصول کریں (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>نوٹ (&amp;N)</translation>
    </message>
    <message>
        <source>Optional. No personal details: the note shows on the register.</source>
        <translation>اختیاری۔ کوئی ذاتی تفصیل نہیں: نوٹ رجسٹر پر نظر آتا ہے۔</translation>
    </message>
    <message>
        <source>Send %1 to repair</source>
        <translation>⁨%1⁩ مرمت کے لیے بھیجیں</translation>
    </message>
    <message>
        <source>%1 goes to repair. When it comes back it waits for a wipe before its next loan.</source>
        <translation>⁨%1⁩ مرمت کے لیے جاتی ہے۔ واپس آنے پر اگلے ادھار سے پہلے ڈیٹا مٹانے کی منتظر رہتی ہے۔</translation>
    </message>
    <message>
        <source>&amp;Fault</source>
        <translation>خرابی (&amp;F)</translation>
    </message>
    <message>
        <source>What is wrong with it, for the repairer and the next person at the desk</source>
        <translation>اس میں کیا خرابی ہے، مرمت کرنے والے اور ڈیسک پر اگلے فرد کے لیے</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>مرمت کے لیے بھیجیں</translation>
    </message>
    <message>
        <source>%1 is back from repair</source>
        <translation>⁨%1⁩ مرمت سے واپس آ گئی</translation>
    </message>
    <message>
        <source>%1 comes back from repair and waits for a wipe: a repairer&apos;s own reset is not a recorded wipe.</source>
        <translation>⁨%1⁩ مرمت سے واپس آتی ہے اور ڈیٹا مٹانے کی منتظر رہتی ہے: مرمت کرنے والے کا اپنا ری سیٹ درج شدہ ڈیٹا مٹانا نہیں ہے۔</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>کیا کیا گیا (اختیاری)</translation>
    </message>
    <message>
        <source>Back from repair</source>
        <translation>مرمت سے واپس</translation>
    </message>
    <message>
        <source>Mark %1 as lost</source>
        <translation>⁨%1⁩ کو گم شدہ درج کریں</translation>
    </message>
    <message>
        <source>%1 is recorded as lost, and its loan is closed as lost.</source>
        <translation>⁨%1⁩ گم شدہ درج ہوتی ہے، اور اس کا ادھار گم شدہ کے طور پر بند ہوتا ہے۔</translation>
    </message>
    <message>
        <source>%1 is recorded as lost. If it turns up, use “Mark found”.</source>
        <translation>⁨%1⁩ گم شدہ درج ہوتی ہے۔ اگر یہ مل جائے تو “ملی ہوئی درج کریں” استعمال کریں۔</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>وجہ (&amp;R)</translation>
    </message>
    <message>
        <source>For example: not returned after three reminders</source>
        <translation>مثلاً: تین یاد دہانیوں کے بعد بھی واپس نہیں ہوئی</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>گم شدہ درج کریں</translation>
    </message>
    <message>
        <source>%1 has been found</source>
        <translation>⁨%1⁩ مل گئی ہے</translation>
    </message>
    <message>
        <source>%1 comes back into the register and waits for a wipe before its next loan.</source>
        <translation>⁨%1⁩ رجسٹر میں واپس آتی ہے اور اگلے ادھار سے پہلے ڈیٹا مٹانے کی منتظر رہتی ہے۔</translation>
    </message>
    <message>
        <source>Mark found</source>
        <translation>ملی ہوئی درج کریں</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>⁨%1⁩ ریٹائر کریں</translation>
    </message>
    <message>
        <source>%1 leaves circulation for good: a retired device is never lent again.</source>
        <translation>⁨%1⁩ ہمیشہ کے لیے گردش سے نکل جاتی ہے: ریٹائرڈ ڈیوائس دوبارہ کبھی ادھار نہیں دی جاتی۔</translation>
    </message>
    <message>
        <source>Its SIM %1 goes back into stock.</source>
        <translation>اس کی سم ⁨%1⁩ اسٹاک میں واپس چلی جاتی ہے۔</translation>
    </message>
    <message>
        <source>For example: battery swollen, beyond economic repair</source>
        <translation>مثلاً: بیٹری پھول گئی، مرمت معاشی طور پر ممکن نہیں</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>ریٹائر کریں</translation>
    </message>
    <message>
        <source>Send %1 to another branch</source>
        <translation>⁨%1⁩ کسی اور برانچ کو بھیجیں</translation>
    </message>
    <message>
        <source>%1 leaves %2 and stays “in transit” until the other branch receives it. It arrives in the status it leaves in.</source>
        <translation>⁨%1⁩ ⁨%2⁩ سے روانہ ہوتی ہے اور دوسری برانچ کے وصول کرنے تک “راستے میں” رہتی ہے۔ یہ اسی حیثیت میں پہنچتی ہے جس میں روانہ ہوئی۔</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <source>Receive %1</source>
        <translation>⁨%1⁩ وصول کریں</translation>
    </message>
    <message>
        <source>%1 has arrived at the branch it was sent to, and goes back on the shelf in the status it was sent in.</source>
        <translation>⁨%1⁩ اس برانچ میں پہنچ گئی ہے جہاں اسے بھیجا گیا تھا، اور اسی حیثیت میں شیلف پر واپس جاتی ہے جس میں بھیجی گئی تھی۔</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>وصول کریں</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>⁨%1⁩ · ⁨%2⁩ · ⁨%3⁩ · ⁨%4⁩</translation>
    </message>
    <message>
        <source>Branch to send it to</source>
        <translation>جس برانچ کو بھیجنا ہے</translation>
    </message>
    <message>
        <source>Branch where it was found</source>
        <translation>جس برانچ میں ملی</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>&amp;To branch</source>
        <translation>برانچ کو (&amp;T)</translation>
    </message>
    <message>
        <source>Found &amp;at</source>
        <translation>جہاں ملی (&amp;A)</translation>
    </message>
    <message>
        <source>I understand %1 can never be lent again</source>
        <translation>میں سمجھتا ہوں کہ ⁨%1⁩ دوبارہ کبھی ادھار نہیں دی جا سکتی</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Tick the box to confirm that %1 is to be retired for good.</source>
        <translation>تصدیق کے لیے خانے پر نشان لگائیں کہ ⁨%1⁩ کو ہمیشہ کے لیے ریٹائر کرنا ہے۔</translation>
    </message>
    <message>
        <source>Choose a branch.</source>
        <translation>برانچ منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>DeviceTypeDialog</name>
    <message>
        <source>Tablet</source>
        <translation>ٹیبلیٹ</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>لیپ ٹاپ</translation>
    </message>
    <message>
        <source>Chromebook</source>
        <translation>Chromebook</translation>
    </message>
    <message>
        <source>MiFi hotspot</source>
        <translation>MiFi ہاٹ اسپاٹ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Add device type</source>
        <translation>ڈیوائس کی قسم شامل کریں</translation>
    </message>
    <message>
        <source>Add a device type</source>
        <translation>ڈیوائس کی قسم شامل کریں</translation>
    </message>
    <message>
        <source>The kit and the replacement cost are printed on every loan agreement for this type.</source>
        <translation>کٹ اور متبادل کی لاگت اس قسم کے ہر ادھار معاہدے پر چھپتی ہے۔</translation>
    </message>
    <message>
        <source>Type code</source>
        <translation>قسم کا کوڈ</translation>
    </message>
    <message>
        <source>e.g. IPAD10</source>
        <translation>مثلاً IPAD10</translation>
    </message>
    <message>
        <source>Type name</source>
        <translation>قسم کا نام</translation>
    </message>
    <message>
        <source>e.g. Apple iPad (10th generation)</source>
        <translation>مثلاً Apple iPad (10th generation)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Kit contents, separated by commas</source>
        <translation>کٹ کا سامان، کوما سے الگ</translation>
    </message>
    <message>
        <source>e.g. charger, cable, case</source>
        <translation>مثلاً چارجر، کیبل، کور</translation>
    </message>
    <message>
        <source>Replacement cost in pounds</source>
        <translation>پاؤنڈ میں متبادل کی لاگت</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>&amp;Code *</source>
        <translation>کوڈ * (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>نام * (&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>زمرہ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kit</source>
        <translation>کٹ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Replacement cost</source>
        <translation>متبادل کی لاگت (&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;type</source>
        <translation>قسم شامل کریں (&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices, SIMs and data</source>
        <translation>ڈیوائسز، سم اور ڈیٹا</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>رجسٹر (&amp;R)</translation>
    </message>
    <message>
        <source>SI&amp;Ms and vouchers</source>
        <translation>سم اور واؤچر (&amp;M)</translation>
    </message>
    <message>
        <source>Ending &amp;within 14 days</source>
        <translation>14 دن میں ختم ہونے والے (&amp;W)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>ڈیوائسز</translation>
    </message>
    <message>
        <source>The device register, asset labels and CSV import; SIMs, vouchers and data offers ending soon.</source>
        <translation>ڈیوائس رجسٹر، اثاثہ لیبل اور CSV درآمد؛ سم، واؤچر اور جلد ختم ہونے والی ڈیٹا پیشکشیں۔</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 min</source>
        <translation>⁨%1⁩ منٹ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>ویڈیو کال</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>لائبریری میں</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>گھر کا دورہ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>تقریبات</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>درخواست کی گئی</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حاضر ہوا</translation>
    </message>
    <message>
        <source>Resident did not come</source>
        <translation>رہائشی نہیں آیا</translation>
    </message>
    <message>
        <source>Volunteer did not come</source>
        <translation>رضاکار نہیں آیا</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>دستیاب</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>ادھار پر</translation>
    </message>
    <message>
        <source>Awaiting wipe</source>
        <translation>ڈیٹا مٹانے کی منتظر</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>مرمت میں</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>راستے میں</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>گم شدہ</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>ریٹائرڈ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>معیاری</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ترجیحی</translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation>نگہداشت چھوڑنے والا نوجوان</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>بزرگ فرد</translation>
    </message>
    <message>
        <source>Jobseeker</source>
        <translation>ملازمت کا متلاشی</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>لائبریری</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>شراکت دار</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>⁨%1⁩ لکھا نہیں جا سکتا: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>⁨%1⁩ پرنٹ کریں</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV اسپریڈشیٹس (*.csv)</translation>
    </message>
</context>
<context>
    <name>EditDeviceCommand</name>
    <message>
        <source>That device is no longer in the register.</source>
        <translation>یہ ڈیوائس اب رجسٹر میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. Open it again to see their changes, then make yours.</source>
        <translation>آپ کی ترمیم کے دوران کسی اور نے ⁨%1⁩ تبدیل کر دیا۔ ان کی تبدیلیاں دیکھنے کے لیے اسے دوبارہ کھولیں، پھر اپنی تبدیلیاں کریں۔</translation>
    </message>
    <message>
        <source>%1 is on loan; change its SIM when it is back.</source>
        <translation>⁨%1⁩ ادھار پر ہے؛ اس کی سم واپسی کے بعد بدلیں۔</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The device changed while saving; nothing was saved.</source>
        <translation>محفوظ کرتے وقت ڈیوائس تبدیل ہو گئی؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Changed %1 of %2.</source>
        <translation>⁨%2⁩ کا ⁨%1⁩ تبدیل کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>EditResidentCommand</name>
    <message>
        <source>That resident is no longer in the store.</source>
        <translation>یہ رہائشی اب ڈیٹا بیس میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>Someone else changed this resident&apos;s details while you were editing. Open the resident again to see their changes, then make yours.</source>
        <translation>آپ کی ترمیم کے دوران کسی اور نے اس رہائشی کی تفصیلات تبدیل کر دیں۔ ان کی تبدیلیاں دیکھنے کے لیے رہائشی کو دوبارہ کھولیں، پھر اپنی تبدیلیاں کریں۔</translation>
    </message>
    <message>
        <source>The library card number cannot be removed.</source>
        <translation>لائبریری کارڈ نمبر ہٹایا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>Library card %1 already belongs to another resident.</source>
        <translation>لائبریری کارڈ ⁨%1⁩ پہلے سے کسی اور رہائشی کا ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The resident changed while saving; nothing was saved.</source>
        <translation>محفوظ کرتے وقت رہائشی کی معلومات تبدیل ہو گئیں؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Changed %1 of resident with card %2</source>
        <translation>کارڈ ⁨%2⁩ والے رہائشی کا ⁨%1⁩ تبدیل کر دیا گیا</translation>
    </message>
</context>
<context>
    <name>EnrolCommand</name>
    <message>
        <source>That volunteer is not on record.</source>
        <translation>اس رضاکار کا ریکارڈ موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That volunteer has left the programme.</source>
        <translation>یہ رضاکار پروگرام چھوڑ چکا ہے۔</translation>
    </message>
    <message>
        <source>There is no training pathway with the code %1.</source>
        <translation>کوڈ ⁨%1⁩ والا کوئی تربیتی راستہ نہیں۔</translation>
    </message>
    <message>
        <source>The volunteer is already enrolled on %1.</source>
        <translation>رضاکار پہلے ہی ⁨%1⁩ میں داخل ہے۔</translation>
    </message>
    <message>
        <source>The enrolment date %1 is in the future.</source>
        <translation>داخلے کی تاریخ ⁨%1⁩ مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>Enrolled on the pathway %1.</source>
        <translation>تربیتی راستے ⁨%1⁩ میں داخل کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Starts</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>تقریب</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>مددگار</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <source>Drop-in events</source>
        <translation>کھلی تقریبات</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>تقریب شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <source>Plan a drop-in event</source>
        <translation>کھلی تقریب کی منصوبہ بندی کریں</translation>
    </message>
    <message>
        <source>Re&amp;cord headcount…</source>
        <translation>حاضری درج کریں (&amp;C)…</translation>
    </message>
    <message>
        <source>Record who came and the topics</source>
        <translation>درج کریں کہ کون آیا اور موضوعات کیا تھے</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>ابھی درج نہیں</translation>
    </message>
    <message>
        <source>No drop-in events in the last two months or the next three.</source>
        <translation>پچھلے دو مہینوں یا اگلے تین مہینوں میں کوئی کھلی تقریب نہیں۔</translation>
    </message>
    <message>
        <source>Digital tea party</source>
        <translation>ڈیجیٹل چائے پارٹی</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Volunteers helping (Space ticks)</source>
        <translation>مدد کرنے والے رضاکار (اسپیس نشان لگاتا ہے)</translation>
    </message>
    <message>
        <source>Starts (YYYY-MM-DD HH:MM)</source>
        <translation>آغاز (YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>دورانیہ منٹوں میں</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>دورانیہ</translation>
    </message>
    <message>
        <source>Choose an event in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی تقریب منتخب کریں۔</translation>
    </message>
    <message>
        <source>Headcount for %1</source>
        <translation>⁨%1⁩ کی حاضری</translation>
    </message>
    <message>
        <source>How many people came</source>
        <translation>کتنے لوگ آئے</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>موضوعات، کوما سے الگ</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>آنے والے افراد</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>ثبوت شامل کریں</translation>
    </message>
    <message>
        <source>Evidence needed: %1</source>
        <translation>درکار ثبوت: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>ثبوت کی قسم</translation>
    </message>
    <message>
        <source>Note in your own words</source>
        <translation>اپنے الفاظ میں نوٹ</translation>
    </message>
    <message>
        <source>Observation of a session</source>
        <translation>سیشن کا مشاہدہ</translation>
    </message>
    <message>
        <source>File (document, certificate)</source>
        <translation>فائل (دستاویز، سرٹیفکیٹ)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Note or description</source>
        <translation>نوٹ یا تفصیل</translation>
    </message>
    <message>
        <source>File to add as evidence</source>
        <translation>ثبوت کے طور پر شامل کرنے کی فائل</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>منتخب کریں (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>فائل منتخب کریں</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>قسم (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>نوٹ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <source>Files are copied into the desk&apos;s evidence folder (at most 20 MB each).</source>
        <translation>فائلیں ڈیسک کے ثبوت فولڈر میں نقل کی جاتی ہیں (ہر ایک زیادہ سے زیادہ 20 MB)۔</translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation>ثبوت کی فائل منتخب کریں</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic)</source>
        <translation>تصاویر (*.jpg *.jpeg *.png *.gif *.webp *.heic)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>Choose the file to add as evidence.</source>
        <translation>ثبوت کے طور پر شامل کرنے کے لیے فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>فائل ⁨%1⁩ موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>⁨%1⁩ فائل نہیں ہے۔</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB); evidence files are at most 20 MB.</source>
        <translation>فائل ⁨%1⁩ بہت بڑی ہے (⁨%2⁩ MB)؛ ثبوت کی فائلیں زیادہ سے زیادہ 20 MB کی ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>فائل ⁨%1⁩ پڑھی نہیں جا سکتی: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>The file %1 is too large; evidence files are at most 20 MB.</source>
        <translation>فائل ⁨%1⁩ بہت بڑی ہے؛ ثبوت کی فائلیں زیادہ سے زیادہ 20 MB کی ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>فائل ⁨%1⁩ خالی ہے۔</translation>
    </message>
    <message>
        <source>The evidence folder %1 cannot be created.</source>
        <translation>ثبوت کا فولڈر ⁨%1⁩ بنایا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>The evidence file cannot be written: %1.</source>
        <translation>ثبوت کی فائل لکھی نہیں جا سکتی: ⁨%1⁩۔</translation>
    </message>
</context>
<context>
    <name>ExpiringOffersPanel</name>
    <message>
        <source>Data offers that end within %1 days, soonest first. A good moment to talk to the resident about what comes next, such as a social tariff.</source>
        <translation>⁨%1⁩ دن میں ختم ہونے والی ڈیٹا پیشکشیں، جلد ختم ہونے والی پہلے۔ رہائشی سے اگلے قدم کے بارے میں بات کرنے کا اچھا موقع، جیسے سماجی ٹیرف۔</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>باقی دن</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>ICCID or code</source>
        <translation>ICCID یا کوڈ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>ماہانہ</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Data offers ending within 14 days</source>
        <translation>14 دن میں ختم ہونے والی ڈیٹا پیشکشیں</translation>
    </message>
    <message>
        <source>No data offers end in the next %1 days.</source>
        <translation>اگلے ⁨%1⁩ دن میں کوئی ڈیٹا پیشکش ختم نہیں ہو رہی۔</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>واؤچر</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>سم</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>⁨%1⁩ GB</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <source>%1 % of target</source>
        <translation>ہدف کا ⁨%1⁩ %</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Set up TechMates Desk</source>
        <translation>TechMates Desk ترتیب دیں</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>پہلا ایڈمنسٹریٹر بنائیں</translation>
    </message>
    <message>
        <source>This store has nobody who can sign in yet. The first administrator can then add the librarians, coordinators and volunteers who use the desk.</source>
        <translation>اس ڈیٹا بیس میں ابھی کوئی سائن ان نہیں کر سکتا۔ پہلا ایڈمنسٹریٹر پھر وہ لائبریرین، کوآرڈینیٹر اور رضاکار شامل کر سکتا ہے جو ڈیسک استعمال کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>For example Sam Jones</source>
        <translation>مثلاً Sam Jones</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Lower case, for example sjones</source>
        <translation>چھوٹے حروف میں، مثلاً sjones</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>کم از کم ⁨%1⁩ حروف</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>صارف نام (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>پاس ورڈ دوبارہ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>ایڈمنسٹریٹر بنائیں (&amp;C)</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>ایڈمنسٹریٹر بنائیں</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <source>Quit without setting up</source>
        <translation>ترتیب دیے بغیر بند کریں</translation>
    </message>
    <message>
        <source>The two passwords are different. Type the password twice, the same both times.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔ پاس ورڈ دو بار لکھیں، دونوں بار ایک جیسا۔</translation>
    </message>
    <message>
        <source>This store already has an administrator. Close this window and sign in instead.</source>
        <translation>اس ڈیٹا بیس میں پہلے سے ایڈمنسٹریٹر موجود ہے۔ یہ ونڈو بند کریں اور سائن ان کریں۔</translation>
    </message>
</context>
<context>
    <name>GraduatesPanel</name>
    <message>
        <source>Graduates by month</source>
        <translation>ماہانہ فارغ التحصیل</translation>
    </message>
    <message>
        <source>Chart of graduates by month</source>
        <translation>ماہانہ فارغ التحصیل کا چارٹ</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>فارغ التحصیل</translation>
    </message>
    <message>
        <source>Graduates by branch</source>
        <translation>برانچ کے لحاظ سے فارغ التحصیل</translation>
    </message>
    <message>
        <source>No graduates yet.</source>
        <translation>ابھی کوئی فارغ التحصیل نہیں۔</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>⁨%2⁩ میں سے ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 graduates of the target %2; %3 volunteers enrolled.</source>
        <translation>ہدف ⁨%2⁩ میں سے ⁨%1⁩ فارغ التحصیل؛ ⁨%3⁩ رضاکار داخل ہیں۔</translation>
    </message>
</context>
<context>
    <name>GroupSessionPanel</name>
    <message>
        <source>Tick the badge(s) earned at the session, set the date, then scan or type each learner and press Enter. Delete takes the chosen learner off the list.</source>
        <translation>سیشن میں حاصل کیے گئے بیجوں پر نشان لگائیں، تاریخ مقرر کریں، پھر ہر سیکھنے والے کو اسکین کریں یا لکھیں اور Enter دبائیں۔ Delete منتخب سیکھنے والے کو فہرست سے ہٹاتا ہے۔</translation>
    </message>
    <message>
        <source>Badges earned at the session (space ticks)</source>
        <translation>سیشن میں حاصل کیے گئے بیج (اسپیس نشان لگاتا ہے)</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>سیشن کی تاریخ</translation>
    </message>
    <message>
        <source>Add a learner: card, id or user name</source>
        <translation>سیکھنے والا شامل کریں: کارڈ، شناخت یا صارف نام</translation>
    </message>
    <message>
        <source>Scan a card, or type an id or user name, then Enter</source>
        <translation>کارڈ اسکین کریں، یا شناخت یا صارف نام لکھیں، پھر Enter</translation>
    </message>
    <message>
        <source>Learners at the session (Delete removes one)</source>
        <translation>سیشن میں سیکھنے والے (Delete ایک کو ہٹاتا ہے)</translation>
    </message>
    <message>
        <source>Record for e&amp;veryone</source>
        <translation>سب کے لیے درج کریں (&amp;V)</translation>
    </message>
    <message>
        <source>Record the ticked badges for every learner on the list</source>
        <translation>فہرست کے ہر سیکھنے والے کے لیے نشان زدہ بیج درج کریں</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>بیج (&amp;B)</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>تاریخ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add learner</source>
        <translation>سیکھنے والا شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>سیکھنے والے</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 points)</source>
        <translation>⁨%1⁩ — ⁨%2⁩ (⁨%3⁩ پوائنٹس)</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>⁨%1⁩ پہلے سے فہرست میں ہے۔</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 added (%2 on the list).</source>
        <translation>⁨%1⁩ شامل کر دیا گیا (فہرست میں ⁨%2⁩)۔</translation>
    </message>
    <message>
        <source>Tick at least one badge.</source>
        <translation>کم از کم ایک بیج پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Add the learners who were there.</source>
        <translation>وہاں موجود سیکھنے والوں کو شامل کریں۔</translation>
    </message>
    <message>
        <source>entry %1:</source>
        <translation>اندراج ⁨%1⁩:</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>⁨%1⁩، ⁨%2⁩:</translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>کس لیے</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>گھنٹے</translation>
    </message>
    <message>
        <source>Log &amp;time…</source>
        <translation>وقت درج کریں (&amp;T)…</translation>
    </message>
    <message>
        <source>Log hours given outside sessions</source>
        <translation>سیشنوں کے علاوہ دیے گئے گھنٹے درج کریں</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>منظور کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Approve the selected hours</source>
        <translation>منتخب گھنٹے منظور کریں</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>مسترد کریں (&amp;J)</translation>
    </message>
    <message>
        <source>Reject the selected hours</source>
        <translation>منتخب گھنٹے مسترد کریں</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>سیشن</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>تقریب</translation>
    </message>
    <message>
        <source>Logged by hand</source>
        <translation>ہاتھ سے درج کیا گیا</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>منظوری کا منتظر</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>No hours are waiting for approval.</source>
        <translation>کوئی گھنٹے منظوری کے منتظر نہیں۔</translation>
    </message>
    <message>
        <source>No hours logged yet.</source>
        <translation>ابھی کوئی گھنٹے درج نہیں۔</translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation>گھنٹے درج کریں</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>منٹ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>What the hours were for</source>
        <translation>یہ گھنٹے کس لیے تھے</translation>
    </message>
    <message>
        <source>Time given</source>
        <translation>دیا گیا وقت</translation>
    </message>
    <message>
        <source>Choose hours in the list first.</source>
        <translation>پہلے فہرست میں سے گھنٹے منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>ImportBadgeCatalogueCommand</name>
    <message>
        <source>The catalogue file lists no badges.</source>
        <translation>کیٹلاگ فائل میں کوئی بیج درج نہیں۔</translation>
    </message>
    <message>
        <source>The code %1 appears more than once.</source>
        <translation>کوڈ ⁨%1⁩ ایک سے زیادہ بار آیا ہے۔</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>کچھ درآمد نہیں ہوا:
⁨%1⁩</translation>
    </message>
    <message>
        <source>Catalogue loaded: %1 badge(s) added, %2 changed, %3 unchanged; %4 award level(s) set.</source>
        <translation>کیٹلاگ لوڈ ہو گیا: ⁨%1⁩ بیج شامل، ⁨%2⁩ تبدیل، ⁨%3⁩ بغیر تبدیلی؛ ایوارڈ کی ⁨%4⁩ سطحیں مقرر۔</translation>
    </message>
</context>
<context>
    <name>ImportDevicesCommand</name>
    <message>
        <source>Nothing was imported: the import lists no devices.</source>
        <translation>کچھ درآمد نہیں ہوا: درآمد میں کوئی ڈیوائس نہیں۔</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1: a device cannot be imported %2.</source>
        <translation>کچھ درآمد نہیں ہوا: سطر ⁨%1⁩: ڈیوائس درآمد نہیں کی جا سکتی ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1: %2</source>
        <translation>کچھ درآمد نہیں ہوا: سطر ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1 repeats the tag or SIM of another row.</source>
        <translation>کچھ درآمد نہیں ہوا: سطر ⁨%1⁩ کسی اور قطار کا ٹیگ یا سم دہراتی ہے۔</translation>
    </message>
    <message>
        <source>The file is too large to import (at most 20 MB).</source>
        <translation>فائل درآمد کرنے کے لیے بہت بڑی ہے (زیادہ سے زیادہ 20 MB)۔</translation>
    </message>
    <message>
        <source>Nothing was imported: no row can be added.
%1</source>
        <translation>کچھ درآمد نہیں ہوا: کوئی قطار شامل نہیں کی جا سکتی۔
⁨%1⁩</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) have problems. Correct them, or import only the valid rows.
%2</source>
        <translation>کچھ درآمد نہیں ہوا: ⁨%1⁩ قطاروں میں مسائل ہیں۔ انہیں درست کریں، یا صرف درست قطاریں درآمد کریں۔
⁨%2⁩</translation>
    </message>
    <message>
        <source>Skipped %1 row(s):
%2</source>
        <translation>⁨%1⁩ قطاریں چھوڑ دی گئیں:
⁨%2⁩</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>استعمال نہ ہونے والے کالم: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>Imported %1 device(s).</source>
        <translation>⁨%1⁩ ڈیوائسز درآمد کر دی گئیں۔</translation>
    </message>
</context>
<context>
    <name>ImportMappingForm</name>
    <message>
        <source>What each column holds</source>
        <translation>ہر کالم میں کیا ہے</translation>
    </message>
    <message>
        <source>For rows that leave it blank</source>
        <translation>ان قطاروں کے لیے جن میں یہ خالی ہے</translation>
    </message>
    <message>
        <source>Device type for rows without one</source>
        <translation>بغیر قسم والی قطاروں کے لیے ڈیوائس کی قسم</translation>
    </message>
    <message>
        <source>None: such a row is a problem</source>
        <translation>کوئی نہیں: ایسی قطار ایک مسئلہ ہے</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>Branch for rows without one</source>
        <translation>بغیر برانچ والی قطاروں کے لیے برانچ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>Status for rows without one</source>
        <translation>بغیر حیثیت والی قطاروں کے لیے حیثیت</translation>
    </message>
    <message>
        <source>Awaiting wipe (history unknown)</source>
        <translation>ڈیٹا مٹانے کی منتظر (تاریخچہ نامعلوم)</translation>
    </message>
    <message>
        <source>Available (new stock, already wiped)</source>
        <translation>دستیاب (نیا اسٹاک، ڈیٹا پہلے سے مٹا ہوا)</translation>
    </message>
    <message>
        <source>Device t&amp;ype</source>
        <translation>ڈیوائس کی قسم (&amp;Y)</translation>
    </message>
    <message>
        <source>Branc&amp;h</source>
        <translation>برانچ (&amp;H)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>حیثیت (&amp;U)</translation>
    </message>
    <message>
        <source>Device types in the file</source>
        <translation>فائل میں ڈیوائس کی اقسام</translation>
    </message>
    <message>
        <source>Branches in the file</source>
        <translation>فائل میں برانچیں</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>درآمد نہیں</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>اثاثہ ٹیگ</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>ڈیوائس کی قسم</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>سیریل نمبر</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>میک</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>ماڈل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Date acquired</source>
        <translation>حصول کی تاریخ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>SIM ICCID</source>
        <translation>سم ICCID</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>کالم “⁨%1⁩” میں کیا ہے</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>مثلاً ⁨%1⁩</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(کالم ⁨%1⁩، بغیر نام)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>پہلے فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>No column holds the device type or the model.</source>
        <translation>کسی کالم میں ڈیوائس کی قسم یا ماڈل نہیں۔</translation>
    </message>
    <message>
        <source>No column holds the branch.</source>
        <translation>کسی کالم میں برانچ نہیں۔</translation>
    </message>
    <message>
        <source>Device types, by the model in the file</source>
        <translation>فائل کے ماڈل کے لحاظ سے ڈیوائس کی اقسام</translation>
    </message>
    <message>
        <source>The column is empty in every row.</source>
        <translation>یہ کالم ہر قطار میں خالی ہے۔</translation>
    </message>
    <message>
        <source>Device type for “%1”</source>
        <translation>“⁨%1⁩” کے لیے ڈیوائس کی قسم</translation>
    </message>
    <message>
        <source>Branch for “%1”</source>
        <translation>“⁨%1⁩” کے لیے برانچ</translation>
    </message>
    <message>
        <source>Match by code or name</source>
        <translation>کوڈ یا نام سے ملائیں</translation>
    </message>
    <message>
        <source>%1 more values are matched by code and name only.</source>
        <translation>مزید ⁨%1⁩ قدریں صرف کوڈ اور نام سے ملائی جاتی ہیں۔</translation>
    </message>
</context>
<context>
    <name>ImportPathwayCommand</name>
    <message>
        <source>A pathway needs a code (2 to 16 letters and digits) and a name of at most 160 characters.</source>
        <translation>تربیتی راستے کے لیے کوڈ (2 سے 16 حروف اور ہندسے) اور زیادہ سے زیادہ 160 حروف کا نام درکار ہے۔</translation>
    </message>
    <message>
        <source>A pathway needs at least one unit.</source>
        <translation>تربیتی راستے میں کم از کم ایک یونٹ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>There is already a pathway with the code %1.</source>
        <translation>کوڈ ⁨%1⁩ والا تربیتی راستہ پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>The unit %1 appears twice in the pathway.</source>
        <translation>یونٹ ⁨%1⁩ تربیتی راستے میں دو بار آیا ہے۔</translation>
    </message>
    <message>
        <source>The unit %1 is already on record with different outcomes; give the new unit its own code.</source>
        <translation>یونٹ ⁨%1⁩ پہلے سے مختلف نتائج کے ساتھ درج ہے؛ نئے یونٹ کو اس کا اپنا کوڈ دیں۔</translation>
    </message>
    <message>
        <source>Loaded the pathway %1 with %2 unit(s) (%3 new).</source>
        <translation>تربیتی راستہ ⁨%1⁩، ⁨%2⁩ یونٹوں کے ساتھ لوڈ ہو گیا (⁨%3⁩ نئے)۔</translation>
    </message>
</context>
<context>
    <name>IssueDataOfferCommand</name>
    <message>
        <source>Scan or type the SIM&apos;s ICCID or the voucher code.</source>
        <translation>سم کا ICCID یا واؤچر کوڈ اسکین کریں یا لکھیں۔</translation>
    </message>
    <message>
        <source>No SIM or voucher %1 is recorded. Add it to the stock first.</source>
        <translation>کوئی سم یا واؤچر ⁨%1⁩ درج نہیں۔ پہلے اسے اسٹاک میں شامل کریں۔</translation>
    </message>
    <message>
        <source>%1 is not in stock (it is %2).</source>
        <translation>⁨%1⁩ اسٹاک میں نہیں ہے (یہ ⁨%2⁩ ہے)۔</translation>
    </message>
    <message>
        <source>The activation date is in the future.</source>
        <translation>فعال کرنے کی تاریخ مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>Issued %1 (%2 GB a month) to card %3; it ends on %4.</source>
        <translation>⁨%1⁩ (⁨%2⁩ GB ماہانہ) کارڈ ⁨%3⁩ کو جاری کیا گیا؛ یہ ⁨%4⁩ کو ختم ہوگا۔</translation>
    </message>
</context>
<context>
    <name>IssueDataOfferDialog</name>
    <message>
        <source>Issue data to a resident</source>
        <translation>رہائشی کو ڈیٹا جاری کریں</translation>
    </message>
    <message>
        <source>Issue a SIM or data voucher</source>
        <translation>سم یا ڈیٹا واؤچر جاری کریں</translation>
    </message>
    <message>
        <source>The offer ends the number of months after it was activated (or after today, while the activation date is not known).</source>
        <translation>پیشکش فعال ہونے کے بعد (یا، جب تک فعال ہونے کی تاریخ معلوم نہ ہو، آج کے بعد) مقررہ مہینوں پر ختم ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Resident&apos;s library card</source>
        <translation>رہائشی کا لائبریری کارڈ</translation>
    </message>
    <message>
        <source>Scan the library card</source>
        <translation>لائبریری کارڈ اسکین کریں</translation>
    </message>
    <message>
        <source>SIM ICCID or voucher code</source>
        <translation>سم ICCID یا واؤچر کوڈ</translation>
    </message>
    <message>
        <source>Scan the SIM or type the voucher code</source>
        <translation>سم اسکین کریں یا واؤچر کوڈ لکھیں</translation>
    </message>
    <message>
        <source>Activated on, day month year</source>
        <translation>فعال ہونے کی تاریخ، دن مہینہ سال</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, if known</source>
        <translation>DD/MM/YYYY، اگر معلوم ہو</translation>
    </message>
    <message>
        <source>Library &amp;card *</source>
        <translation>لائبریری کارڈ * (&amp;C)</translation>
    </message>
    <message>
        <source>SIM or &amp;voucher *</source>
        <translation>سم یا واؤچر * (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Activated on</source>
        <translation>فعال ہونے کی تاریخ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>جاری کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Issue to the resident</source>
        <translation>رہائشی کو جاری کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation>رہائشی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Card %1 is known.</source>
        <translation>کارڈ ⁨%1⁩ معلوم ہے۔</translation>
    </message>
    <message>
        <source>Nothing was issued. Write the activation date as day/month/year, for example 02/03/2026, or leave it blank.</source>
        <translation>کچھ جاری نہیں ہوا۔ فعال ہونے کی تاریخ دن/مہینہ/سال کے طور پر لکھیں، مثلاً 02/03/2026، یا خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>IssueList</name>
    <message>
        <source>Warning:</source>
        <translation>انتباہ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>نوٹ:</translation>
    </message>
</context>
<context>
    <name>JoinWaitlistCommand</name>
    <message>
        <source>Scan or type the resident&apos;s library card.</source>
        <translation>رہائشی کا لائبریری کارڈ اسکین کریں یا لکھیں۔</translation>
    </message>
    <message>
        <source>No resident has the card %1.</source>
        <translation>کسی رہائشی کے پاس کارڈ ⁨%1⁩ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Choose how the session would happen: phone, video, library or home.</source>
        <translation>منتخب کریں کہ سیشن کیسے ہوگا: فون، ویڈیو، لائبریری یا گھر۔</translation>
    </message>
    <message>
        <source>Unknown skills area “%1”.</source>
        <translation>نامعلوم مہارت کا شعبہ “⁨%1⁩”۔</translation>
    </message>
    <message>
        <source>The description of the need is too long (at most 1000 characters).</source>
        <translation>ضرورت کی تفصیل بہت لمبی ہے (زیادہ سے زیادہ 1000 حروف)۔</translation>
    </message>
    <message>
        <source>No branch “%1”.</source>
        <translation>کوئی برانچ “⁨%1⁩” نہیں۔</translation>
    </message>
    <message>
        <source>Card %1 is already on the waiting list for this kind of session.</source>
        <translation>کارڈ ⁨%1⁩ اس قسم کے سیشن کے لیے پہلے سے انتظار کی فہرست میں ہے۔</translation>
    </message>
    <message>
        <source>Put card %1 on the waiting list (place %2).</source>
        <translation>کارڈ ⁨%1⁩ کو انتظار کی فہرست میں رکھ دیا گیا (نمبر ⁨%2⁩)۔</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>The keychain was not unlocked, so your sign-in to the council server could not be used or kept.</source>
        <translation>کی چین کھولی نہیں گئی، اس لیے کونسل سرور پر آپ کا سائن ان استعمال یا محفوظ نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>The keychain did not answer as expected (%1).</source>
        <translation>کی چین نے توقع کے مطابق جواب نہیں دیا (⁨%1⁩)۔</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>کی چین نے وقت پر جواب نہیں دیا۔</translation>
    </message>
    <message>
        <source>You are not signed in to the council server on this computer.</source>
        <translation>آپ اس کمپیوٹر پر کونسل سرور میں سائن ان نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <source>There are no labels to save.</source>
        <translation>محفوظ کرنے کے لیے کوئی لیبل نہیں۔</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF ⁨%1⁩ میں لکھی نہیں جا سکی۔</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The language of the desk on this computer. Each language is shown in its own words, so anyone can find theirs.</source>
        <translation>اس کمپیوٹر پر ڈیسک کی زبان۔ ہر زبان اس کے اپنے الفاظ میں دکھائی گئی ہے، تاکہ ہر کوئی اپنی زبان ڈھونڈ سکے۔</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>سسٹم کی زبان (⁨%1⁩)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <source>In use now: %1. A new choice takes effect the next time TechMates Desk starts.</source>
        <translation>اس وقت: ⁨%1⁩۔ نیا انتخاب TechMates Desk کے اگلی بار شروع ہونے پر لاگو ہوگا۔</translation>
    </message>
</context>
<context>
    <name>LearnerDirectory</name>
    <message>
        <source>Give the learner&apos;s library card, id or user name.</source>
        <translation>سیکھنے والے کا لائبریری کارڈ، شناخت یا صارف نام بتائیں۔</translation>
    </message>
    <message>
        <source>You can record badges only for residents you have a booking with.</source>
        <translation>آپ صرف ان رہائشیوں کے بیج درج کر سکتے ہیں جن کے ساتھ آپ کی بکنگ ہے۔</translation>
    </message>
    <message>
        <source>No learner has the card, id or user name “%1”.</source>
        <translation>کسی سیکھنے والے کا کارڈ، شناخت یا صارف نام “⁨%1⁩” نہیں۔</translation>
    </message>
</context>
<context>
    <name>LearnerPanel</name>
    <message>
        <source>&amp;Find a learner (scan a card, or type an id or part of a name, then Enter):</source>
        <translation>سیکھنے والا تلاش کریں (کارڈ اسکین کریں، یا شناخت یا نام کا حصہ لکھیں، پھر Enter) (&amp;F):</translation>
    </message>
    <message>
        <source>Learner&apos;s card, id or name</source>
        <translation>سیکھنے والے کا کارڈ، شناخت یا نام</translation>
    </message>
    <message>
        <source>Library card, id or name</source>
        <translation>لائبریری کارڈ، شناخت یا نام</translation>
    </message>
    <message>
        <source>Learners matching the search</source>
        <translation>تلاش سے مطابقت رکھنے والے سیکھنے والے</translation>
    </message>
    <message>
        <source>Record a badge</source>
        <translation>بیج درج کریں</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>بیج</translation>
    </message>
    <message>
        <source>Date achieved</source>
        <translation>حصول کی تاریخ</translation>
    </message>
    <message>
        <source>TechMate who supported the badge</source>
        <translation>بیج میں مدد کرنے والا TechMate</translation>
    </message>
    <message>
        <source>&amp;Record badge</source>
        <translation>بیج درج کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Record the badge for this learner</source>
        <translation>اس سیکھنے والے کے لیے بیج درج کریں</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>بیج (&amp;B)</translation>
    </message>
    <message>
        <source>Da&amp;te achieved</source>
        <translation>حصول کی تاریخ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Supported by</source>
        <translation>مدد کرنے والا (&amp;S)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>پیش رفت کا خلاصہ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>حاصل کیا</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>پوائنٹس</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>مدد کرنے والا</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>درج کرنے والا</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>The learner&apos;s badges</source>
        <translation>سیکھنے والے کے بیج</translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation>ابھی کوئی بیج نہیں۔</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>منسوخ کریں (&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the selected badge</source>
        <translation>منتخب بیج منسوخ کریں</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>خلاصہ پرنٹ کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the learner&apos;s progress summary</source>
        <translation>سیکھنے والے کی پیش رفت کا خلاصہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Summar&amp;y as PDF…</source>
        <translation>خلاصہ PDF کے طور پر (&amp;Y)…</translation>
    </message>
    <message>
        <source>Save the learner&apos;s progress summary as PDF</source>
        <translation>سیکھنے والے کی پیش رفت کا خلاصہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Nobody (recorded at the desk)</source>
        <translation>کوئی نہیں (ڈیسک پر درج کیا گیا)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4 points)</source>
        <translation>⁨%1⁩ — ⁨%2⁩ (⁨%3⁩، ⁨%4⁩ پوائنٹس)</translation>
    </message>
    <message>
        <source>Scan the learner&apos;s card or type their name.</source>
        <translation>سیکھنے والے کا کارڈ اسکین کریں یا ان کا نام لکھیں۔</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>⁨%1⁩ — ⁨%2⁩⁨%3⁩</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>، ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 learners match; choose one with the arrow keys and Enter.</source>
        <translation>⁨%1⁩ سیکھنے والے مطابقت رکھتے ہیں؛ تیر والی کلیدوں سے ایک منتخب کریں اور Enter دبائیں۔</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>⁨%1⁩ (⁨%2⁩⁨%3⁩)</translation>
    </message>
    <message>
        <source>%1 points from %2 badge(s).</source>
        <translation>⁨%2⁩ بیجوں سے ⁨%1⁩ پوائنٹس۔</translation>
    </message>
    <message>
        <source>No award yet.</source>
        <translation>ابھی کوئی ایوارڈ نہیں۔</translation>
    </message>
    <message>
        <source>%1 reached.</source>
        <translation>⁨%1⁩ حاصل ہو گیا۔</translation>
    </message>
    <message>
        <source>Every award reached.</source>
        <translation>ہر ایوارڈ حاصل ہو گیا۔</translation>
    </message>
    <message>
        <source>%1 more points for %2.</source>
        <translation>⁨%2⁩ کے لیے مزید ⁨%1⁩ پوائنٹس۔</translation>
    </message>
    <message>
        <source>%1: reached %2</source>
        <translation>⁨%1⁩: ⁨%2⁩ حاصل</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points</source>
        <translation>⁨%1⁩: ⁨%3⁩ میں سے ⁨%2⁩ پوائنٹس</translation>
    </message>
    <message>
        <source>Points by category</source>
        <translation>زمرے کے لحاظ سے پوائنٹس</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>⁨%1⁩: ⁨%2⁩ پوائنٹس</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>ابھی کوئی پوائنٹس نہیں۔</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>⁨%1⁩ (منسوخ)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>ڈیسک</translation>
    </message>
    <message>
        <source>Find the learner first.</source>
        <translation>پہلے سیکھنے والے کو تلاش کریں۔</translation>
    </message>
    <message>
        <source>%1 for %2.</source>
        <translation>⁨%2⁩ کے لیے ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>Choose the badge to revoke in the list first.</source>
        <translation>پہلے فہرست میں سے منسوخ کرنے والا بیج منتخب کریں۔</translation>
    </message>
    <message>
        <source>Revoke a badge</source>
        <translation>بیج منسوخ کریں</translation>
    </message>
    <message>
        <source>Why is this badge revoked? (kept with the record)</source>
        <translation>یہ بیج کیوں منسوخ کیا جا رہا ہے؟ (ریکارڈ کے ساتھ محفوظ)</translation>
    </message>
    <message>
        <source>iDEA progress — %1</source>
        <translation>iDEA پیش رفت — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Save the progress summary</source>
        <translation>پیش رفت کا خلاصہ محفوظ کریں</translation>
    </message>
    <message>
        <source>iDEA progress %1.pdf</source>
        <translation>iDEA progress %1.pdf</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>⁨%1⁩ محفوظ کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>LoanAgreement</name>
    <message>
        <source>The resident has not ticked the declaration that they accept the loan agreement.</source>
        <translation>رہائشی نے اس اقرار پر نشان نہیں لگایا کہ وہ ادھار کا معاہدہ قبول کرتا ہے۔</translation>
    </message>
    <message>
        <source>The resident must type their name to accept the loan agreement.</source>
        <translation>ادھار کا معاہدہ قبول کرنے کے لیے رہائشی کو اپنا نام لکھنا ہوگا۔</translation>
    </message>
    <message>
        <source>The typed name is too long.</source>
        <translation>لکھا گیا نام بہت لمبا ہے۔</translation>
    </message>
    <message>
        <source>The typed name “%1” does not match the resident on card %2. Check that the right card was scanned and that the resident typed their own name.</source>
        <translation>لکھا گیا نام “⁨%1⁩” کارڈ ⁨%2⁩ والے رہائشی سے نہیں ملتا۔ دیکھیں کہ صحیح کارڈ اسکین ہوا ہے اور رہائشی نے اپنا نام لکھا ہے۔</translation>
    </message>
</context>
<context>
    <name>LoanCommands</name>
    <message>
        <source>“%1” is not a kit item name (no commas, at most 60 characters).</source>
        <translation>“⁨%1⁩” کٹ آئٹم کا نام نہیں ہے (کوئی کوما نہیں، زیادہ سے زیادہ 60 حروف)۔</translation>
    </message>
</context>
<context>
    <name>LoanIssues</name>
    <message>
        <source>%1 Only someone with the loan.override permission (a coordinator) can go ahead anyway, with a reason.</source>
        <translation>⁨%1⁩ صرف loan.override اجازت رکھنے والا فرد (کوآرڈینیٹر) وجہ بتا کر پھر بھی آگے بڑھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>%1 To go ahead anyway, give a reason for the override.</source>
        <translation>⁨%1⁩ پھر بھی آگے بڑھنے کے لیے نظرانداز کرنے کی وجہ بتائیں۔</translation>
    </message>
</context>
<context>
    <name>LoanListsPanel</name>
    <message>
        <source>Which list</source>
        <translation>کون سی فہرست</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>ڈیوائس</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>ادھار کی تاریخ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>واپسی</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>تاخیر کے دن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>ٹیگ</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>میک اور ماڈل</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سیریل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Devices on loan</source>
        <translation>ادھار پر ڈیوائسز</translation>
    </message>
    <message>
        <source>Loans due today</source>
        <translation>آج واپس ہونے والے ادھار</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>تاخیر والے ادھار</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>یاد دہانی</translation>
    </message>
    <message>
        <source>Devices awaiting wipe</source>
        <translation>ڈیٹا مٹانے کی منتظر ڈیوائسز</translation>
    </message>
    <message>
        <source>Devices in repair</source>
        <translation>مرمت میں ڈیوائسز</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>انتظار کی فہرست</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>درخواست کی تاریخ</translation>
    </message>
    <message>
        <source>Kept device</source>
        <translation>رکھی گئی ڈیوائس</translation>
    </message>
    <message>
        <source>Data offers ending within 14 days</source>
        <translation>14 دن میں ختم ہونے والی ڈیٹا پیشکشیں</translation>
    </message>
    <message>
        <source>SIM or voucher</source>
        <translation>سم یا واؤچر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <source>GB a month</source>
        <translation>ماہانہ GB</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>اختتام کی تاریخ</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>باقی دن</translation>
    </message>
    <message>
        <source>No devices are out on loan.</source>
        <translation>کوئی ڈیوائس ادھار پر نہیں۔</translation>
    </message>
    <message>
        <source>No loans are due back today.</source>
        <translation>آج کوئی ادھار واپس ہونا نہیں۔</translation>
    </message>
    <message>
        <source>No loans are overdue.</source>
        <translation>کوئی ادھار تاخیر کا شکار نہیں۔</translation>
    </message>
    <message>
        <source>No devices are waiting to be wiped.</source>
        <translation>کوئی ڈیوائس ڈیٹا مٹانے کی منتظر نہیں۔</translation>
    </message>
    <message>
        <source>No devices are in repair.</source>
        <translation>کوئی ڈیوائس مرمت میں نہیں۔</translation>
    </message>
    <message>
        <source>Nobody is waiting for a device.</source>
        <translation>کوئی ڈیوائس کا منتظر نہیں۔</translation>
    </message>
    <message>
        <source>No SIMs or data vouchers end in the next 14 days.</source>
        <translation>اگلے 14 دن میں کوئی سم یا ڈیٹا واؤچر ختم نہیں ہو رہا۔</translation>
    </message>
    <message>
        <source>Branch shown in the lists</source>
        <translation>فہرستوں میں دکھائی گئی برانچ</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>برانچ (&amp;B)</translation>
    </message>
    <message>
        <source>Sort the list by</source>
        <translation>فہرست کو اس کے مطابق ترتیب دیں</translation>
    </message>
    <message>
        <source>Sort b&amp;y</source>
        <translation>ترتیب (&amp;Y)</translation>
    </message>
    <message>
        <source>Re&amp;verse order</source>
        <translation>الٹی ترتیب (&amp;V)</translation>
    </message>
    <message>
        <source>Sort in reverse order</source>
        <translation>الٹی ترتیب میں ترتیب دیں</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>تجدید کریں (&amp;R)…</translation>
    </message>
    <message>
        <source>Renew the selected loan</source>
        <translation>منتخب ادھار کی تجدید کریں</translation>
    </message>
    <message>
        <source>Renew the selected loan (Ctrl+R, or Enter on the row)</source>
        <translation>منتخب ادھار کی تجدید کریں (Ctrl+R، یا قطار پر Enter)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV برآمد کریں…</translation>
    </message>
    <message>
        <source>Export the overdue loans as a CSV file</source>
        <translation>تاخیر والے ادھار CSV فائل کے طور پر برآمد کریں</translation>
    </message>
    <message>
        <source>&amp;Print reminder letters…</source>
        <translation>یاد دہانی کے خطوط پرنٹ کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>Print reminder letters for overdue loans</source>
        <translation>تاخیر والے ادھار کے لیے یاد دہانی کے خطوط پرنٹ کریں</translation>
    </message>
    <message>
        <source>Print reminder letters (Ctrl+P)</source>
        <translation>یاد دہانی کے خطوط پرنٹ کریں (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save letters as PD&amp;F…</source>
        <translation>خطوط PD&amp;F کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save the reminder letters as a PDF file</source>
        <translation>یاد دہانی کے خطوط PDF فائل کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>ادھار پر</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>آج واپسی</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <source>Awaiting wipe</source>
        <translation>ڈیٹا مٹانے کی منتظر</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>مرمت میں</translation>
    </message>
    <message>
        <source>Data ending soon</source>
        <translation>ڈیٹا جلد ختم ہونے والا</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>فہرست کے مطابق</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>%1, may be phoned on %2</source>
        <translation>⁨%1⁩، ⁨%2⁩ پر فون کیا جا سکتا ہے</translation>
    </message>
    <message>
        <source>No letter — no postal consent: %1.</source>
        <translation>کوئی خط نہیں — ڈاک کی رضامندی نہیں: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>No letter — no address on record: %1.</source>
        <translation>کوئی خط نہیں — ریکارڈ میں پتہ نہیں: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>تمام برانچیں</translation>
    </message>
    <message>
        <source>Device kept for them</source>
        <translation>ان کے لیے رکھی گئی ڈیوائس</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>سم</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>واؤچر</translation>
    </message>
    <message>
        <source>Active loans: %1 · Overdue: %2</source>
        <translation>فعال ادھار: ⁨%1⁩ · تاخیر: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>اس ہفتے واپسی</translation>
    </message>
    <message>
        <source>No postal consent</source>
        <translation>ڈاک کی رضامندی نہیں</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>پتہ نہیں</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Choose a loan in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی ادھار منتخب کریں۔</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>⁨%1⁩ لکھا نہیں جا سکتا: ⁨%2⁩</translation>
    </message>
    <message>
        <source>There are no reminder letters to make: nobody with an overdue loan agreed to post.</source>
        <translation>بنانے کے لیے کوئی یاد دہانی کا خط نہیں: تاخیر والے ادھار میں سے کسی نے ڈاک کی رضامندی نہیں دی۔</translation>
    </message>
    <message>
        <source>Overdue loan reminders</source>
        <translation>تاخیر والے ادھار کی یاد دہانیاں</translation>
    </message>
    <message>
        <source>Export overdue loans</source>
        <translation>تاخیر والے ادھار برآمد کریں</translation>
    </message>
    <message>
        <source>Saved the overdue loans (%1) to %2.</source>
        <translation>تاخیر والے ادھار (⁨%1⁩) ⁨%2⁩ میں محفوظ کر دیے گئے۔</translation>
    </message>
    <message>
        <source>There are no reminder letters to print: nobody with an overdue loan agreed to post.</source>
        <translation>پرنٹ کرنے کے لیے کوئی یاد دہانی کا خط نہیں: تاخیر والے ادھار میں سے کسی نے ڈاک کی رضامندی نہیں دی۔</translation>
    </message>
    <message>
        <source>Reminder letters sent to the printer: %1.</source>
        <translation>پرنٹر کو بھیجے گئے یاد دہانی کے خطوط: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>Save reminder letters as PDF</source>
        <translation>یاد دہانی کے خطوط PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Saved the reminder letters as %1.</source>
        <translation>یاد دہانی کے خطوط ⁨%1⁩ کے طور پر محفوظ کر دیے گئے۔</translation>
    </message>
</context>
<context>
    <name>LoanReceipt</name>
    <message>
        <source>Loan agreement and receipt: %1</source>
        <translation>ادھار کا معاہدہ اور رسید: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>%1 (library card %2)</source>
        <translation>⁨%1⁩ (لائبریری کارڈ ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>ڈیوائس</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>اثاثہ ٹیگ</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>سیریل نمبر</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>SIM (ICCID)</source>
        <translation>سم (ICCID)</translation>
    </message>
    <message>
        <source>Kit lent with it</source>
        <translation>ساتھ ادھار دی گئی کٹ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>واپسی کی تاریخ</translation>
    </message>
    <message>
        <source>Replacement cost</source>
        <translation>متبادل کی لاگت</translation>
    </message>
    <message>
        <source>Lent by</source>
        <translation>ادھار دینے والا</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>⁨%1⁩، ⁨%2⁩ کو</translation>
    </message>
    <message>
        <source>Loan reference</source>
        <translation>ادھار کا حوالہ</translation>
    </message>
    <message>
        <source>&lt;p&gt;The resident accepts these terms by signing this copy, which the library keeps.&lt;/p&gt;&lt;p style=&quot;margin-top:28px&quot;&gt;Signature: ____________________________________ &amp;nbsp;&amp;nbsp; Date: ________________&lt;/p&gt;&lt;p&gt;Name: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;رہائشی اس نقل پر دستخط کر کے یہ شرائط قبول کرتا ہے، جو لائبریری کے پاس رہتی ہے۔&lt;/p&gt;&lt;p style=&quot;margin-top:28px&quot;&gt;دستخط: ____________________________________ &amp;nbsp;&amp;nbsp; تاریخ: ________________&lt;/p&gt;&lt;p&gt;نام: ⁨%1⁩&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Accepted at the library desk on %1: the resident ticked the declaration that they accept these terms and typed their name as &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;⁨%1⁩ کو لائبریری ڈیسک پر قبول کیا گیا: رہائشی نے ان شرائط کو قبول کرنے کے اقرار پر نشان لگایا اور اپنا نام &lt;b&gt;⁨%2⁩&lt;/b&gt; لکھا۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Please bring the device and its kit back to %1 by %2. To renew the loan, ask at the desk.</source>
        <translation>براہ کرم ڈیوائس اور اس کی کٹ ⁨%2⁩ تک ⁨%1⁩ کو واپس کریں۔ ادھار کی تجدید کے لیے ڈیسک پر پوچھیں۔</translation>
    </message>
    <message>
        <source>Please bring the device and its kit back to %1 by %2. To renew the loan, call %3 or ask at the desk.</source>
        <translation>براہ کرم ڈیوائس اور اس کی کٹ ⁨%2⁩ تک ⁨%1⁩ کو واپس کریں۔ ادھار کی تجدید کے لیے ⁨%3⁩ پر فون کریں یا ڈیسک پر پوچھیں۔</translation>
    </message>
    <message>
        <source>Device loan agreement and receipt</source>
        <translation>ڈیوائس کے ادھار کا معاہدہ اور رسید</translation>
    </message>
    <message>
        <source>Loan terms (version %1)</source>
        <translation>ادھار کی شرائط (ورژن ⁨%1⁩)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>معاہدہ</translation>
    </message>
</context>
<context>
    <name>LoanRepository</name>
    <message>
        <source>Scan or type the resident&apos;s library card.</source>
        <translation>رہائشی کا لائبریری کارڈ اسکین کریں یا لکھیں۔</translation>
    </message>
    <message>
        <source>The record for card %1 has been anonymised, so nothing can be lent on it. If the person is back, register them again.</source>
        <translation>کارڈ ⁨%1⁩ کا ریکارڈ گمنام کر دیا گیا ہے، اس لیے اس پر کچھ ادھار نہیں دیا جا سکتا۔ اگر وہ فرد واپس آیا ہے تو اسے دوبارہ رجسٹر کریں۔</translation>
    </message>
    <message>
        <source>That is a device tag, not a library card — scan the resident&apos;s card.</source>
        <translation>یہ ڈیوائس ٹیگ ہے، لائبریری کارڈ نہیں — رہائشی کا کارڈ اسکین کریں۔</translation>
    </message>
    <message>
        <source>No resident has the card %1. Check the card, or register the resident first.</source>
        <translation>کسی رہائشی کے پاس کارڈ ⁨%1⁩ نہیں۔ کارڈ دیکھیں، یا پہلے رہائشی کو رجسٹر کریں۔</translation>
    </message>
</context>
<context>
    <name>LoanRuleDelegate</name>
    <message>
        <source>Hard end date, day month year, blank for none</source>
        <translation>حتمی اختتامی تاریخ، دن مہینہ سال، نہ ہو تو خالی</translation>
    </message>
    <message>
        <source>DD/MM/YYYY or blank</source>
        <translation>DD/MM/YYYY یا خالی</translation>
    </message>
</context>
<context>
    <name>LoanRuleDialog</name>
    <message>
        <source>Change loan rule</source>
        <translation>ادھار کا قاعدہ تبدیل کریں</translation>
    </message>
    <message>
        <source>New loan rule</source>
        <translation>ادھار کا نیا قاعدہ</translation>
    </message>
    <message>
        <source>Change a loan rule</source>
        <translation>ادھار کا قاعدہ تبدیل کریں</translation>
    </message>
    <message>
        <source>The borrower category, device type and branch are what the rule is for; to cover another combination, add a new rule.</source>
        <translation>ادھار لینے والے کا زمرہ، ڈیوائس کی قسم اور برانچ بتاتے ہیں کہ قاعدہ کس کے لیے ہے؛ کسی اور امتزاج کے لیے نیا قاعدہ شامل کریں۔</translation>
    </message>
    <message>
        <source>Leave the type or branch as “any” to cover them all. If a rule for the same combination exists, it is changed.</source>
        <translation>سب کا احاطہ کرنے کے لیے قسم یا برانچ کو “کوئی بھی” رہنے دیں۔ اگر اسی امتزاج کا قاعدہ موجود ہو تو وہ تبدیل ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>Borrower category</source>
        <translation>ادھار لینے والے کا زمرہ</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>ڈیوائس کی قسم</translation>
    </message>
    <message>
        <source>Any device type</source>
        <translation>کوئی بھی ڈیوائس کی قسم</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Any branch</source>
        <translation>کوئی بھی برانچ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>Loan length in days</source>
        <translation>ادھار کی مدت دنوں میں</translation>
    </message>
    <message>
        <source> days</source>
        <translation> دن</translation>
    </message>
    <message>
        <source>Renewals allowed</source>
        <translation>اجازت شدہ تجدیدیں</translation>
    </message>
    <message>
        <source>Devices a resident may have at once</source>
        <translation>ایک وقت میں رہائشی کے پاس کتنی ڈیوائسز ہو سکتی ہیں</translation>
    </message>
    <message>
        <source>Hard end date, day month year</source>
        <translation>حتمی اختتامی تاریخ، دن مہینہ سال</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, or blank for none</source>
        <translation>DD/MM/YYYY، یا نہ ہو تو خالی</translation>
    </message>
    <message>
        <source>No loan under this rule runs past this date (for example when funding ends)</source>
        <translation>اس قاعدے کے تحت کوئی ادھار اس تاریخ سے آگے نہیں جاتا (مثلاً جب فنڈنگ ختم ہو)</translation>
    </message>
    <message>
        <source>Borrower &amp;category</source>
        <translation>ادھار لینے والے کا زمرہ (&amp;C)</translation>
    </message>
    <message>
        <source>Device &amp;type</source>
        <translation>ڈیوائس کی قسم (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>برانچ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Loan length</source>
        <translation>ادھار کی مدت (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Renewals</source>
        <translation>تجدیدیں (&amp;R)</translation>
    </message>
    <message>
        <source>Devices at &amp;once</source>
        <translation>ایک وقت میں ڈیوائسز (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Hard end date</source>
        <translation>حتمی اختتامی تاریخ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>قاعدہ محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Save the loan rule</source>
        <translation>ادھار کا قاعدہ محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Nothing was saved. Write the hard end date as day/month/year, or leave it blank.</source>
        <translation>کچھ محفوظ نہیں ہوا۔ حتمی اختتامی تاریخ دن/مہینہ/سال کے طور پر لکھیں، یا خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>LoanRulesModel</name>
    <message>
        <source>Any type</source>
        <translation>کوئی بھی قسم</translation>
    </message>
    <message>
        <source>(removed type)</source>
        <translation>(ہٹائی گئی قسم)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>Any branch</source>
        <translation>کوئی بھی برانچ</translation>
    </message>
    <message>
        <source>(removed branch)</source>
        <translation>(ہٹائی گئی برانچ)</translation>
    </message>
    <message>
        <source>%1 borrowers, %2, %3</source>
        <translation>⁨%1⁩ ادھار لینے والے، ⁨%2⁩، ⁨%3⁩</translation>
    </message>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>The standard rule for any device at any branch: everyone&apos;s fallback. It can be changed but not removed.</source>
        <translation>کسی بھی برانچ میں کسی بھی ڈیوائس کا معیاری قاعدہ: سب کے لیے آخری سہارا۔ اسے تبدیل کیا جا سکتا ہے مگر ہٹایا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>Type a number (or press F2) to change the highlighted value</source>
        <translation>نمایاں قدر بدلنے کے لیے عدد لکھیں (یا F2 دبائیں)</translation>
    </message>
    <message>
        <source>Borrower category</source>
        <translation>ادھار لینے والے کا زمرہ</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>ڈیوائس کی قسم</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Loan days</source>
        <translation>ادھار کے دن</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>تجدیدیں</translation>
    </message>
    <message>
        <source>Devices at once</source>
        <translation>ایک وقت میں ڈیوائسز</translation>
    </message>
    <message>
        <source>Hard end date</source>
        <translation>حتمی اختتامی تاریخ</translation>
    </message>
</context>
<context>
    <name>LoanRulesPanel</name>
    <message>
        <source>The most specific rule for the resident&apos;s category, the device type and the branch applies; “any” fits every type or branch. Type a number on a value to change it.</source>
        <translation>رہائشی کے زمرے، ڈیوائس کی قسم اور برانچ کا سب سے مخصوص قاعدہ لاگو ہوتا ہے؛ “کوئی بھی” ہر قسم یا برانچ پر پورا اترتا ہے۔ قدر بدلنے کے لیے اس پر عدد لکھیں۔</translation>
    </message>
    <message>
        <source>Loan rules</source>
        <translation>ادھار کے قواعد</translation>
    </message>
    <message>
        <source>No loan rules: nothing can be lent until the standard rule is set.</source>
        <translation>ادھار کا کوئی قاعدہ نہیں: معیاری قاعدہ مقرر ہونے تک کچھ ادھار نہیں دیا جا سکتا۔</translation>
    </message>
    <message>
        <source>Type a number on a loan length, renewals or devices at once (or press F2) to change it; Enter saves, Esc leaves it as it was. Enter on a row opens it.</source>
        <translation>ادھار کی مدت، تجدیدوں یا ایک وقت میں ڈیوائسز پر عدد لکھیں (یا F2 دبائیں) تاکہ اسے بدلیں؛ Enter محفوظ کرتا ہے، Esc اسے ویسا ہی رہنے دیتا ہے۔ قطار پر Enter اسے کھولتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>نیا قاعدہ (&amp;N)…</translation>
    </message>
    <message>
        <source>Add a loan rule</source>
        <translation>ادھار کا قاعدہ شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Change rule…</source>
        <translation>قاعدہ تبدیل کریں (&amp;C)…</translation>
    </message>
    <message>
        <source>Change the selected loan rule</source>
        <translation>منتخب ادھار کا قاعدہ تبدیل کریں</translation>
    </message>
    <message>
        <source>Change the selected rule (Enter)</source>
        <translation>منتخب قاعدہ تبدیل کریں (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move rule…</source>
        <translation>قاعدہ ہٹائیں (&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected loan rule</source>
        <translation>منتخب ادھار کا قاعدہ ہٹائیں</translation>
    </message>
    <message>
        <source>Nothing was saved. Write the hard end date as day/month/year, or leave it blank for none.</source>
        <translation>کچھ محفوظ نہیں ہوا۔ حتمی اختتامی تاریخ دن/مہینہ/سال کے طور پر لکھیں، یا نہ ہو تو خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>محفوظ کر دیا گیا۔ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Remove loan rule</source>
        <translation>ادھار کا قاعدہ ہٹائیں</translation>
    </message>
    <message>
        <source>Remove the rule for %1?</source>
        <translation>⁨%1⁩ کا قاعدہ ہٹائیں؟</translation>
    </message>
    <message>
        <source>Loans already made keep their due dates. New loans for this combination use the next most specific rule.</source>
        <translation>پہلے دیے گئے ادھار اپنی واپسی کی تاریخیں برقرار رکھتے ہیں۔ اس امتزاج کے نئے ادھار اگلا سب سے مخصوص قاعدہ استعمال کرتے ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>رہنے دیں (&amp;K)</translation>
    </message>
</context>
<context>
    <name>LoanTermsPanel</name>
    <message>
        <source>&amp;Publish new version…</source>
        <translation>نیا ورژن شائع کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>Publish a new version of the loan terms</source>
        <translation>ادھار کی شرائط کا نیا ورژن شائع کریں</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>نافذ از</translation>
    </message>
    <message>
        <source>State</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الفاظ</translation>
    </message>
    <message>
        <source>Versions of the loan terms</source>
        <translation>ادھار کی شرائط کے ورژن</translation>
    </message>
    <message>
        <source>No loan terms have been published: nothing can be lent until there are some.</source>
        <translation>ادھار کی کوئی شرائط شائع نہیں ہوئیں: جب تک کچھ نہ ہوں کچھ ادھار نہیں دیا جا سکتا۔</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>ورژن (&amp;V)</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>منتخب ورژن کا متن</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>نافذ</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>⁨%1⁩ سے</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>تبدیل شدہ</translation>
    </message>
    <message>
        <source>In force today: version %1, since %2.</source>
        <translation>آج نافذ: ورژن ⁨%1⁩، ⁨%2⁩ سے۔</translation>
    </message>
    <message>
        <source>No loan terms are in force today.</source>
        <translation>آج ادھار کی کوئی شرائط نافذ نہیں۔</translation>
    </message>
    <message>
        <source>Version %1, in force from %2</source>
        <translation>ورژن ⁨%1⁩، ⁨%2⁩ سے نافذ</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>محفوظ کر دیا گیا۔ ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>Loans tasks</source>
        <translation>ادھار کے کام</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>ادھار دیں (&amp;O)</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>واپسی (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Wipe</source>
        <translation>ڈیٹا مٹانا (&amp;W)</translation>
    </message>
    <message>
        <source>Li&amp;sts</source>
        <translation>فہرستیں (&amp;S)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>ادھار</translation>
    </message>
    <message>
        <source>Scan a library card, then a device, to lend it. Check in, renew, record wipes and see the lists.</source>
        <translation>ڈیوائس ادھار دینے کے لیے لائبریری کارڈ، پھر ڈیوائس اسکین کریں۔ واپسی وصول کریں، تجدید کریں، ڈیٹا مٹانا درج کریں اور فہرستیں دیکھیں۔</translation>
    </message>
</context>
<context>
    <name>LoansPanel</name>
    <message>
        <source>The store could not be read, so what is shown may be out of date. %1</source>
        <translation>ڈیٹا بیس پڑھا نہیں جا سکا، اس لیے دکھائی گئی معلومات پرانی ہو سکتی ہیں۔ ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>LogHoursCommand</name>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>یہ رضاکار ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>Give the day the hours were worked.</source>
        <translation>وہ دن بتائیں جب گھنٹے کام کیا گیا۔</translation>
    </message>
    <message>
        <source>Hours can be logged only for today or earlier.</source>
        <translation>گھنٹے صرف آج یا اس سے پہلے کے درج کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Hours more than a year old cannot be logged.</source>
        <translation>ایک سال سے پرانے گھنٹے درج نہیں کیے جا سکتے۔</translation>
    </message>
    <message>
        <source>Log between 5 minutes and 12 hours for one day.</source>
        <translation>ایک دن کے لیے 5 منٹ سے 12 گھنٹے تک درج کریں۔</translation>
    </message>
    <message>
        <source>Say what the hours were for, so the coordinator can approve them.</source>
        <translation>بتائیں کہ یہ گھنٹے کس لیے تھے، تاکہ کوآرڈینیٹر انہیں منظور کر سکے۔</translation>
    </message>
    <message>
        <source>The note is too long (at most 300 characters).</source>
        <translation>نوٹ بہت لمبا ہے (زیادہ سے زیادہ 300 حروف)۔</translation>
    </message>
    <message>
        <source>Logged %1 minutes on %2; they count once a coordinator approves them.</source>
        <translation>⁨%2⁩ کو ⁨%1⁩ منٹ درج کر دیے گئے؛ کوآرڈینیٹر کی منظوری کے بعد یہ شمار ہوں گے۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TechMates Desk</source>
        <translation>TechMates Desk</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>ڈیٹا بیس: ⁨%1⁩</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>ڈیسک (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>لاک کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Hide everything until someone signs in</source>
        <translation>کسی کے سائن ان کرنے تک سب کچھ چھپا دیں</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>جائیں (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About TechMates Desk</source>
        <translation>TechM&amp;ates Desk کے بارے میں</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>سائن ان: ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>Desk locked: nobody is signed in</source>
        <translation>ڈیسک لاک ہے: کوئی سائن ان نہیں</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <source>Everything at the desk works from the keyboard.</source>
        <translation>ڈیسک پر ہر چیز کی بورڈ سے چلتی ہے۔</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9  go to Residents, Loans, Bookings, Skills, Training, Reports, Admin, Devices, Sync
In Sync: Ctrl+Shift+S sync with the council server now
In Devices: scan a tag and press Enter to find the device; Alt+A add, Alt+S change status, Alt+B labels, Alt+I import a CSV
Ctrl+F  find a resident (or just scan their card)
Ctrl+N  new resident
Enter  open the selected row; in a form, save
Ctrl+S  save a form
Esc  close a form without saving
F5  refresh the section
Ctrl+L  lock the desk (and switch person)
Ctrl+Q  quit</source>
        <translation>Ctrl+1 … Ctrl+9  رہائشی، ادھار، بکنگز، مہارتیں، تربیت، رپورٹس، انتظامیہ، ڈیوائسز، ہم وقت سازی پر جائیں
ہم وقت سازی میں: Ctrl+Shift+S ابھی کونسل سرور کے ساتھ ہم وقت سازی کریں
ڈیوائسز میں: ڈیوائس تلاش کرنے کے لیے ٹیگ اسکین کریں اور Enter دبائیں؛ Alt+A شامل کریں، Alt+S حیثیت بدلیں، Alt+B لیبل، Alt+I CSV درآمد کریں
Ctrl+F  رہائشی تلاش کریں (یا بس ان کا کارڈ اسکین کریں)
Ctrl+N  نیا رہائشی
Enter  منتخب قطار کھولیں؛ فارم میں، محفوظ کریں
Ctrl+S  فارم محفوظ کریں
Esc  محفوظ کیے بغیر فارم بند کریں
F5  حصہ تازہ کریں
Ctrl+L  ڈیسک لاک کریں (اور فرد بدلیں)
Ctrl+Q  بند کریں</translation>
    </message>
    <message>
        <source>About TechMates Desk</source>
        <translation>TechMates Desk کے بارے میں</translation>
    </message>
    <message>
        <source>TechMates Desk %1

Device and data loans, TechMates sessions, iDEA badges and volunteer training for council libraries.</source>
        <translation>TechMates Desk ⁨%1⁩

کونسل لائبریریوں کے لیے ڈیوائس اور ڈیٹا کا ادھار، TechMates سیشن، iDEA بیج اور رضاکاروں کی تربیت۔</translation>
    </message>
    <message>
        <source>L&amp;anguage…</source>
        <translation>زبان (&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MarkFoundCommand</name>
    <message>
        <source>recorded as found</source>
        <translation>ملی ہوئی درج</translation>
    </message>
    <message>
        <source>Unknown branch “%1”.</source>
        <translation>نامعلوم برانچ “⁨%1⁩”۔</translation>
    </message>
    <message>
        <source>found</source>
        <translation>مل گئی</translation>
    </message>
    <message>
        <source>%1 is found, at %2, and awaiting wipe.</source>
        <translation>⁨%1⁩ ⁨%2⁩ میں مل گئی ہے، اور ڈیٹا مٹانے کی منتظر ہے۔</translation>
    </message>
</context>
<context>
    <name>MarkLostCommand</name>
    <message>
        <source>marked lost</source>
        <translation>گم شدہ درج</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>گم شدہ</translation>
    </message>
    <message>
        <source>The loan is closed as lost.</source>
        <translation>ادھار گم شدہ کے طور پر بند کر دیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is recorded as lost.</source>
        <translation>⁨%1⁩ گم شدہ درج کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record the outcome</source>
        <translation>نتیجہ درج کریں</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>⁨%2⁩ کے ساتھ ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>⁨%1⁩ · ⁨%2⁩ · ⁨%3⁩</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>منسوخی کی وجہ</translation>
    </message>
    <message>
        <source>Covered: %1</source>
        <translation>احاطہ کیا گیا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Tasks achieved</source>
        <translation>مکمل کیے گئے کام</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>نہیں پوچھا گیا</translation>
    </message>
    <message>
        <source>Confidence before, 1 to 5</source>
        <translation>پہلے اعتماد، 1 سے 5</translation>
    </message>
    <message>
        <source>Confidence after, 1 to 5</source>
        <translation>بعد میں اعتماد، 1 سے 5</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>آگے حوالہ جات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Device loan that goes with the session</source>
        <translation>سیشن کے ساتھ ڈیوائس کا ادھار</translation>
    </message>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Skills covered</source>
        <translation>احاطہ کی گئی مہارتیں</translation>
    </message>
    <message>
        <source>Confidence before</source>
        <translation>پہلے اعتماد</translation>
    </message>
    <message>
        <source>Confidence after</source>
        <translation>بعد میں اعتماد</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>حوالہ جات</translation>
    </message>
    <message>
        <source>Device loan</source>
        <translation>ڈیوائس کا ادھار</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>نتیجہ محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>PathwayFile</name>
    <message>
        <source>a unit code is 2 to 16 letters, digits, - or _ (for example TM02), not “%1”</source>
        <translation>یونٹ کوڈ 2 سے 16 حروف، ہندسے، - یا _ ہوتا ہے (مثلاً TM02)، “⁨%1⁩” نہیں</translation>
    </message>
    <message>
        <source>unit %1 needs a title of at most 160 characters</source>
        <translation>یونٹ ⁨%1⁩ کا عنوان زیادہ سے زیادہ 160 حروف کا ہونا چاہیے</translation>
    </message>
    <message>
        <source>unit %1: the level is at most 40 characters</source>
        <translation>یونٹ ⁨%1⁩: سطح زیادہ سے زیادہ 40 حروف کی ہے</translation>
    </message>
    <message>
        <source>unit %1 can unlock only the booking channels %2, not “%3”</source>
        <translation>یونٹ ⁨%1⁩ صرف بکنگ کے ذرائع ⁨%2⁩ کھول سکتا ہے، “⁨%3⁩” نہیں</translation>
    </message>
    <message>
        <source>unit %1 needs between 1 and 30 outcomes</source>
        <translation>یونٹ ⁨%1⁩ میں 1 سے 30 نتائج ہونے چاہییں</translation>
    </message>
    <message>
        <source>unit %1, outcome %2: the wording (needed) and the evidence needed are at most 400 characters</source>
        <translation>یونٹ ⁨%1⁩، نتیجہ ⁨%2⁩: عبارت (ضروری) اور درکار ثبوت ہر ایک زیادہ سے زیادہ 400 حروف کے ہیں</translation>
    </message>
    <message>
        <source>the file is not a JSON training pathway.</source>
        <translation>فائل JSON تربیتی راستہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>the pathway needs a code and a name.</source>
        <translation>تربیتی راستے کو کوڈ اور نام درکار ہے۔</translation>
    </message>
    <message>
        <source>unit %1: %2.</source>
        <translation>یونٹ ⁨%1⁩: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>unit %1: the code %2 appears twice.</source>
        <translation>یونٹ ⁨%1⁩: کوڈ ⁨%2⁩ دو بار آیا ہے۔</translation>
    </message>
    <message>
        <source>the pathway has no units.</source>
        <translation>تربیتی راستے میں کوئی یونٹ نہیں۔</translation>
    </message>
    <message>
        <source>the TechMates pathway is missing from this build.</source>
        <translation>اس بلڈ میں TechMates تربیتی راستہ موجود نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>رضاکار (&amp;V):</translation>
    </message>
    <message>
        <source>Volunteer whose portfolio is shown</source>
        <translation>وہ رضاکار جس کا پورٹ فولیو دکھایا گیا ہے</translation>
    </message>
    <message>
        <source>Units, outcomes and evidence</source>
        <translation>یونٹ، نتائج اور ثبوت</translation>
    </message>
    <message>
        <source>Unit / outcome / evidence</source>
        <translation>یونٹ / نتیجہ / ثبوت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>ثبوت شامل کریں (&amp;E)…</translation>
    </message>
    <message>
        <source>Add evidence for the selected outcome</source>
        <translation>منتخب نتیجے کے لیے ثبوت شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Sign off outcome</source>
        <translation>نتیجے کی منظوری دیں (&amp;S)</translation>
    </message>
    <message>
        <source>Sign off the selected outcome</source>
        <translation>منتخب نتیجے کی منظوری دیں</translation>
    </message>
    <message>
        <source>Verif&amp;y unit</source>
        <translation>یونٹ کی تصدیق کریں (&amp;Y)</translation>
    </message>
    <message>
        <source>Verify the selected achieved unit</source>
        <translation>منتخب حاصل شدہ یونٹ کی تصدیق کریں</translation>
    </message>
    <message>
        <source>Ope&amp;n file</source>
        <translation>فائل کھولیں (&amp;N)</translation>
    </message>
    <message>
        <source>Open the selected evidence file</source>
        <translation>منتخب ثبوت کی فائل کھولیں</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the portfolio</source>
        <translation>پورٹ فولیو پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>PD&amp;F کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save the portfolio as PDF</source>
        <translation>پورٹ فولیو PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>%1 (%2 awaiting sign-off)</source>
        <translation>⁨%1⁩ (⁨%2⁩ منظوری کے منتظر)</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet: enrol volunteers on the Trainees tab.</source>
        <translation>ابھی کوئی داخل نہیں: زیر تربیت ٹیب پر رضاکاروں کو داخل کریں۔</translation>
    </message>
    <message>
        <source>You are not enrolled on a training pathway yet. Ask your coordinator.</source>
        <translation>آپ ابھی کسی تربیتی راستے میں داخل نہیں ہیں۔ اپنے کوآرڈینیٹر سے پوچھیں۔</translation>
    </message>
    <message>
        <source>%1 of %2 units achieved</source>
        <translation>⁨%2⁩ میں سے ⁨%1⁩ یونٹ حاصل</translation>
    </message>
    <message>
        <source>%1: graduated %2</source>
        <translation>⁨%1⁩: ⁨%2⁩ کو فارغ التحصیل</translation>
    </message>
    <message>
        <source>%1: enrolled %2</source>
        <translation>⁨%1⁩: ⁨%2⁩ کو داخل</translation>
    </message>
    <message>
        <source>Achieved %1, verified</source>
        <translation>⁨%1⁩ کو حاصل کیا، تصدیق شدہ</translation>
    </message>
    <message>
        <source>Achieved %1, awaiting verification</source>
        <translation>⁨%1⁩ کو حاصل کیا، تصدیق کا منتظر</translation>
    </message>
    <message>
        <source>, certificate %1</source>
        <translation>، سرٹیفکیٹ ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes signed off</source>
        <translation>⁨%2⁩ میں سے ⁨%1⁩ نتائج کی منظوری</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>⁨%1⁩ ⁨%2⁩ (⁨%3⁩)</translation>
    </message>
    <message>
        <source>Signed off by %1, %2</source>
        <translation>⁨%1⁩ نے منظوری دی، ⁨%2⁩</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>ابھی کوئی ثبوت نہیں</translation>
    </message>
    <message>
        <source>%1 piece(s) of evidence, awaiting sign-off</source>
        <translation>ثبوت کے ⁨%1⁩ حصے، منظوری کے منتظر</translation>
    </message>
    <message>
        <source>%1.%2 %3</source>
        <translation>⁨%1⁩.⁨%2⁩ ⁨%3⁩</translation>
    </message>
    <message>
        <source>Evidence needed: %1</source>
        <translation>درکار ثبوت: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>مشاہدہ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>⁨%1⁩، از ⁨%2⁩</translation>
    </message>
    <message>
        <source>Choose the outcome the evidence is for.</source>
        <translation>وہ نتیجہ منتخب کریں جس کے لیے ثبوت ہے۔</translation>
    </message>
    <message>
        <source>Choose the outcome to sign off.</source>
        <translation>منظوری کے لیے نتیجہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose the unit to verify.</source>
        <translation>تصدیق کے لیے یونٹ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose a piece of evidence with a file.</source>
        <translation>فائل والا کوئی ثبوت منتخب کریں۔</translation>
    </message>
    <message>
        <source>The file %1 is missing from this desk&apos;s evidence folder or has changed since it was added (its checksum does not match).</source>
        <translation>فائل ⁨%1⁩ اس ڈیسک کے ثبوت فولڈر میں نہیں ہے یا شامل کیے جانے کے بعد تبدیل ہو گئی ہے (اس کا چیک سم نہیں ملتا)۔</translation>
    </message>
    <message>
        <source>Training portfolio — %1</source>
        <translation>تربیتی پورٹ فولیو — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Save the training portfolio</source>
        <translation>تربیتی پورٹ فولیو محفوظ کریں</translation>
    </message>
    <message>
        <source>Portfolio %1.pdf</source>
        <translation>Portfolio %1.pdf</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>⁨%1⁩ محفوظ کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>PrintedLetterhead</name>
    <message>
        <source>Telephone %1</source>
        <translation>ٹیلیفون ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>PublishLoanTermsCommand</name>
    <message>
        <source>The terms are too short to be an agreement.</source>
        <translation>شرائط معاہدہ بننے کے لیے بہت مختصر ہیں۔</translation>
    </message>
    <message>
        <source>The terms are too long (at most 20,000 characters).</source>
        <translation>شرائط بہت لمبی ہیں (زیادہ سے زیادہ 20,000 حروف)۔</translation>
    </message>
    <message>
        <source>New terms cannot start in the past: borrowers already accepted the terms in force then.</source>
        <translation>نئی شرائط ماضی میں شروع نہیں ہو سکتیں: ادھار لینے والے اس وقت نافذ شرائط پہلے ہی قبول کر چکے ہیں۔</translation>
    </message>
    <message>
        <source>These terms are already published, as version %1.</source>
        <translation>یہ شرائط پہلے ہی ورژن ⁨%1⁩ کے طور پر شائع ہو چکی ہیں۔</translation>
    </message>
    <message>
        <source>Published loan terms version %1, in force from %2.</source>
        <translation>ادھار کی شرائط کا ورژن ⁨%1⁩ شائع ہو گیا، ⁨%2⁩ سے نافذ۔</translation>
    </message>
</context>
<context>
    <name>PublishTermsDialog</name>
    <message>
        <source>Publish new loan terms</source>
        <translation>ادھار کی نئی شرائط شائع کریں</translation>
    </message>
    <message>
        <source>Publish a new version of the loan terms</source>
        <translation>ادھار کی شرائط کا نیا ورژن شائع کریں</translation>
    </message>
    <message>
        <source>Residents accept these terms at check-out. Loans already made keep the version their borrower accepted. Ctrl+S publishes.</source>
        <translation>رہائشی ادھار لیتے وقت یہ شرائط قبول کرتے ہیں۔ پہلے دیے گئے ادھار وہی ورژن رکھتے ہیں جو ان کے ادھار لینے والے نے قبول کیا تھا۔ Ctrl+S شائع کرتا ہے۔</translation>
    </message>
    <message>
        <source>Text of the new terms</source>
        <translation>نئی شرائط کا متن</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>شرائط (&amp;T)</translation>
    </message>
    <message>
        <source>In force from, day month year</source>
        <translation>نافذ از، دن مہینہ سال</translation>
    </message>
    <message>
        <source>Today or later</source>
        <translation>آج یا بعد میں</translation>
    </message>
    <message>
        <source>In force &amp;from</source>
        <translation>نافذ از (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>شائع کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Publish the new terms</source>
        <translation>نئی شرائط شائع کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Nothing was published. Write the date the terms come into force as day/month/year, today or later.</source>
        <translation>کچھ شائع نہیں ہوا۔ شرائط نافذ ہونے کی تاریخ دن/مہینہ/سال کے طور پر لکھیں، آج یا بعد کی۔</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس کریں (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے ہاں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے نہیں (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظرانداز کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>طے شدہ بحال کریں</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس کریں (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>ReceiveTransferCommand</name>
    <message>
        <source>received</source>
        <translation>وصول شدہ</translation>
    </message>
    <message>
        <source>%1 is in transit but no transfer is open for it. Ask a coordinator to check the register.</source>
        <translation>⁨%1⁩ راستے میں ہے لیکن اس کی کوئی منتقلی کھلی نہیں۔ کسی کوآرڈینیٹر سے رجسٹر چیک کروائیں۔</translation>
    </message>
    <message>
        <source>The transfer names a branch that is not in the store.</source>
        <translation>منتقلی میں ایسی برانچ کا نام ہے جو ڈیٹا بیس میں نہیں۔</translation>
    </message>
    <message>
        <source>received at %1</source>
        <translation>⁨%1⁩ میں وصول شدہ</translation>
    </message>
    <message>
        <source>It still needs its wipe before it can be lent.</source>
        <translation>ادھار دینے سے پہلے اس کا ڈیٹا مٹانا ابھی باقی ہے۔</translation>
    </message>
    <message>
        <source>%1 has arrived at %2 and is %3.</source>
        <translation>⁨%1⁩ ⁨%2⁩ میں پہنچ گئی ہے اور ⁨%3⁩ ہے۔</translation>
    </message>
</context>
<context>
    <name>RecordBadgeCommand</name>
    <message>
        <source>A learner is a resident, a volunteer or a member of staff.</source>
        <translation>سیکھنے والا رہائشی، رضاکار یا عملے کا رکن ہوتا ہے۔</translation>
    </message>
    <message>
        <source>That %1 is not on record (or not yours to record badges for).</source>
        <translation>یہ ⁨%1⁩ ریکارڈ میں نہیں (یا آپ اس کے بیج درج نہیں کر سکتے)۔</translation>
    </message>
    <message>
        <source>You can record badges only for residents you have a booking with.</source>
        <translation>آپ صرف ان رہائشیوں کے بیج درج کر سکتے ہیں جن کے ساتھ آپ کی بکنگ ہے۔</translation>
    </message>
    <message>
        <source>Choose the badge.</source>
        <translation>بیج منتخب کریں۔</translation>
    </message>
    <message>
        <source>There is no badge with the code %1 in the catalogue.</source>
        <translation>کیٹلاگ میں کوڈ ⁨%1⁩ والا کوئی بیج نہیں۔</translation>
    </message>
    <message>
        <source>The badge %1 (%2) is no longer offered.</source>
        <translation>بیج ⁨%1⁩ (⁨%2⁩) اب پیش نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <source>Give the date the badge was achieved.</source>
        <translation>بیج حاصل کرنے کی تاریخ بتائیں۔</translation>
    </message>
    <message>
        <source>The date %1 is in the future: a badge is recorded once it has been achieved.</source>
        <translation>تاریخ ⁨%1⁩ مستقبل میں ہے: بیج حاصل ہونے کے بعد درج کیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>The date %1 is too early for an iDEA badge; check the year.</source>
        <translation>تاریخ ⁨%1⁩ iDEA بیج کے لیے بہت پہلے کی ہے؛ سال دیکھیں۔</translation>
    </message>
    <message>
        <source>The TechMate who supported the badge is not on record.</source>
        <translation>بیج میں مدد کرنے والا TechMate ریکارڈ میں نہیں۔</translation>
    </message>
    <message>
        <source>%1 already holds the badge %2 (%3).</source>
        <translation>⁨%1⁩ کے پاس بیج ⁨%2⁩ پہلے سے ہے (⁨%3⁩)۔</translation>
    </message>
    <message>
        <source>The branch the badge is recorded at is not on record.</source>
        <translation>جس برانچ میں بیج درج ہو رہا ہے وہ ریکارڈ میں نہیں۔</translation>
    </message>
    <message>
        <source>Recorded the badge %1 on %2.</source>
        <translation>بیج ⁨%1⁩، ⁨%2⁩ کو درج کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>RecordBadgesCommand</name>
    <message>
        <source>The file has no badge completions to import.</source>
        <translation>فائل میں درآمد کرنے کے لیے بیج مکمل کرنے کا کوئی اندراج نہیں۔</translation>
    </message>
    <message>
        <source>Add at least one learner and one badge.</source>
        <translation>کم از کم ایک سیکھنے والا اور ایک بیج شامل کریں۔</translation>
    </message>
    <message>
        <source>At most %1 badges can be recorded in one go.</source>
        <translation>ایک بار میں زیادہ سے زیادہ ⁨%1⁩ بیج درج کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>سطر ⁨%1⁩</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>اندراج ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: the same learner and badge appear twice.</source>
        <translation>⁨%1⁩: ایک ہی سیکھنے والا اور بیج دو بار آئے ہیں۔</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… اور ⁨%1⁩ مزید۔</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1 problem(s).
%2</source>
        <translation>کچھ درج نہیں ہوا: ⁨%1⁩ مسائل۔
⁨%2⁩</translation>
    </message>
    <message>
        <source>Imported %1 badge(s) for %2 learner(s).</source>
        <translation>⁨%2⁩ سیکھنے والوں کے لیے ⁨%1⁩ بیج درآمد کر دیے گئے۔</translation>
    </message>
    <message>
        <source>Recorded %1 badge(s) for %2 learner(s) at a group session.</source>
        <translation>گروپ سیشن میں ⁨%2⁩ سیکھنے والوں کے لیے ⁨%1⁩ بیج درج کر دیے گئے۔</translation>
    </message>
</context>
<context>
    <name>RecordDbsCommand</name>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>یہ رضاکار ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>A DBS certificate number has 12 digits.</source>
        <translation>DBS سرٹیفکیٹ نمبر 12 ہندسوں کا ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Give the date the DBS certificate was issued.</source>
        <translation>DBS سرٹیفکیٹ جاری ہونے کی تاریخ بتائیں۔</translation>
    </message>
    <message>
        <source>The DBS certificate&apos;s issue date (%1) is in the future.</source>
        <translation>DBS سرٹیفکیٹ جاری ہونے کی تاریخ (⁨%1⁩) مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>The re-check date must come after the issue date.</source>
        <translation>دوبارہ جانچ کی تاریخ اجرا کی تاریخ کے بعد ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>This check is already past its re-check date (%1): it does not allow home visits.</source>
        <translation>یہ جانچ اپنی دوبارہ جانچ کی تاریخ (⁨%1⁩) سے گزر چکی ہے: اس سے گھر کے دوروں کی اجازت نہیں۔</translation>
    </message>
    <message>
        <source>Recorded the DBS check; re-check due %1.</source>
        <translation>DBS جانچ درج کر دی گئی؛ دوبارہ جانچ ⁨%1⁩ کو واجب۔</translation>
    </message>
</context>
<context>
    <name>RecordEventCommand</name>
    <message>
        <source>That event is not in the store.</source>
        <translation>یہ تقریب ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>The event has not started yet: record the headcount once it has.</source>
        <translation>تقریب ابھی شروع نہیں ہوئی: شروع ہونے کے بعد حاضری درج کریں۔</translation>
    </message>
    <message>
        <source>The headcount must be between 0 and 1000.</source>
        <translation>حاضری 0 سے 1000 کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The topics are too long (at most 1000 characters).</source>
        <translation>موضوعات بہت لمبے ہیں (زیادہ سے زیادہ 1000 حروف)۔</translation>
    </message>
    <message>
        <source>A topic cannot contain a comma.</source>
        <translation>موضوع میں کوما نہیں ہو سکتا۔</translation>
    </message>
    <message numerus="yes">
        <source>Logged the hours of %n helper(s).</source>
        <translation>
            <numerusform>%n مددگار کے گھنٹے درج کر دیے گئے۔</numerusform>
            <numerusform>%n مددگاروں کے گھنٹے درج کر دیے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n people at the event.</source>
        <translation>
            <numerusform>تقریب میں %n فرد درج کیا گیا۔</numerusform>
            <numerusform>تقریب میں %n افراد درج کیے گئے۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordLoanConflictCommand</name>
    <message>
        <source>The check-out cannot be recorded as a conflict: it has no %1.</source>
        <translation>ادھار کو تنازع کے طور پر درج نہیں کیا جا سکتا: اس میں ⁨%1⁩ نہیں ہے۔</translation>
    </message>
    <message>
        <source>This loan is already recorded.</source>
        <translation>یہ ادھار پہلے سے درج ہے۔</translation>
    </message>
    <message>
        <source>The check-out names a record the server does not have (%1).</source>
        <translation>ادھار میں ایسے ریکارڈ کا نام ہے جو سرور کے پاس نہیں (⁨%1⁩)۔</translation>
    </message>
    <message>
        <source>Not accepted by the council&apos;s record: %1 Awaiting a coordinator.</source>
        <translation>کونسل کے ریکارڈ نے قبول نہیں کیا: ⁨%1⁩ کوآرڈینیٹر کا منتظر۔</translation>
    </message>
    <message>
        <source>Device %1 was lent at two desks; a coordinator will confirm who has it.</source>
        <translation>ڈیوائس ⁨%1⁩ دو ڈیسکوں پر ادھار دی گئی؛ کوآرڈینیٹر تصدیق کرے گا کہ یہ کس کے پاس ہے۔</translation>
    </message>
</context>
<context>
    <name>RecordOutcomeCommand</name>
    <message>
        <source>That session is not in the store.</source>
        <translation>یہ سیشن ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>Say what happened: attended, resident_no_show, volunteer_no_show or cancelled.</source>
        <translation>بتائیں کہ کیا ہوا: attended، resident_no_show، volunteer_no_show یا cancelled۔</translation>
    </message>
    <message>
        <source>This session is already recorded as %1.</source>
        <translation>یہ سیشن پہلے ہی ⁨%1⁩ کے طور پر درج ہے۔</translation>
    </message>
    <message>
        <source>Give a reason for cancelling (for example “resident unwell”).</source>
        <translation>منسوخی کی وجہ بتائیں (مثلاً “رہائشی کی طبیعت ناساز”)۔</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>وجہ بہت لمبی ہے (زیادہ سے زیادہ 500 حروف)۔</translation>
    </message>
    <message>
        <source>This session starts at %1: record what happened once it has begun, or cancel it.</source>
        <translation>یہ سیشن ⁨%1⁩ پر شروع ہوتا ہے: شروع ہونے کے بعد درج کریں کہ کیا ہوا، یا اسے منسوخ کریں۔</translation>
    </message>
    <message>
        <source>Skills, tasks, confidence and a loan are recorded only for a session that was attended.</source>
        <translation>مہارتیں، کام، اعتماد اور ادھار صرف اس سیشن کے لیے درج ہوتے ہیں جس میں حاضری ہوئی۔</translation>
    </message>
    <message>
        <source>Unknown skills area “%1”; the areas are %2.</source>
        <translation>نامعلوم مہارت کا شعبہ “⁨%1⁩”؛ شعبے یہ ہیں: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>Confidence is a number from 1 (not confident) to 5 (very confident).</source>
        <translation>اعتماد 1 (پُراعتماد نہیں) سے 5 (بہت پُراعتماد) تک کا عدد ہے۔</translation>
    </message>
    <message>
        <source>Tasks and referrals can be at most 1000 characters, notes 2000.</source>
        <translation>کام اور حوالہ جات زیادہ سے زیادہ 1000 حروف کے، نوٹس 2000 کے ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>That device loan is not in the store.</source>
        <translation>ڈیوائس کا یہ ادھار ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That device loan is another resident&apos;s.</source>
        <translation>ڈیوائس کا یہ ادھار کسی اور رہائشی کا ہے۔</translation>
    </message>
    <message>
        <source>Logged %1 minutes of volunteering.</source>
        <translation>رضاکارانہ کام کے ⁨%1⁩ منٹ درج کر دیے گئے۔</translation>
    </message>
    <message>
        <source>Recorded the session as %1.</source>
        <translation>سیشن ⁨%1⁩ کے طور پر درج کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>RecordWipeCommand</name>
    <message>
        <source>%1 is already wiped and available; there is nothing to record.</source>
        <translation>⁨%1⁩ کا ڈیٹا پہلے ہی مٹایا جا چکا ہے اور یہ دستیاب ہے؛ درج کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>%1 is on loan. Check it in first; then record its wipe.</source>
        <translation>⁨%1⁩ ادھار پر ہے۔ پہلے اس کی واپسی وصول کریں؛ پھر ڈیٹا مٹانا درج کریں۔</translation>
    </message>
    <message>
        <source>%1 is in repair. Record its return from repair first; then record the wipe.</source>
        <translation>⁨%1⁩ مرمت میں ہے۔ پہلے مرمت سے اس کی واپسی درج کریں؛ پھر ڈیٹا مٹانا درج کریں۔</translation>
    </message>
    <message>
        <source>%1 is %2, not awaiting wipe.</source>
        <translation>⁨%1⁩ ⁨%2⁩ ہے، ڈیٹا مٹانے کا منتظر نہیں۔</translation>
    </message>
    <message>
        <source>Say how the device was wiped (for example: factory reset, MDM wipe, reimage).</source>
        <translation>بتائیں کہ ڈیوائس کا ڈیٹا کیسے مٹایا گیا (مثلاً: فیکٹری ری سیٹ، MDM سے مٹانا، ری امیج)۔</translation>
    </message>
    <message>
        <source>The method, tool and report id must each be plain text of at most %1 characters.</source>
        <translation>طریقہ، ٹول اور رپورٹ کی شناخت ہر ایک زیادہ سے زیادہ ⁨%1⁩ حروف کا سادہ متن ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The wipe time is in the future.</source>
        <translation>ڈیٹا مٹانے کا وقت مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>That wipe was done before %1 came back (%2); wipe it again and record the new wipe.</source>
        <translation>یہ ڈیٹا ⁨%1⁩ کی واپسی (⁨%2⁩) سے پہلے مٹایا گیا تھا؛ دوبارہ مٹائیں اور نیا اندراج کریں۔</translation>
    </message>
    <message>
        <source>Recorded the wipe of %1 (%2); it is available to lend.</source>
        <translation>⁨%1⁩ (⁨%2⁩) کا ڈیٹا مٹانا درج کر دیا گیا؛ یہ ادھار کے لیے دستیاب ہے۔</translation>
    </message>
</context>
<context>
    <name>ReminderLetters</name>
    <message>
        <source>%1, asset tag &lt;b&gt;%2&lt;/b&gt;, due back on %3</source>
        <translation>⁨%1⁩، اثاثہ ٹیگ &lt;b&gt;⁨%2⁩&lt;/b&gt;، واپسی ⁨%3⁩ کو</translation>
    </message>
    <message>
        <source>Our records show that the device we lent you is now past its return date:</source>
        <translation>ہمارے ریکارڈ کے مطابق جو ڈیوائس ہم نے آپ کو ادھار دی تھی اس کی واپسی کی تاریخ گزر چکی ہے:</translation>
    </message>
    <message>
        <source>Our records show that the devices we lent you are now past their return date:</source>
        <translation>ہمارے ریکارڈ کے مطابق جو ڈیوائسز ہم نے آپ کو ادھار دی تھیں ان کی واپسی کی تاریخ گزر چکی ہے:</translation>
    </message>
    <message>
        <source>ask at the library desk</source>
        <translation>لائبریری ڈیسک پر پوچھیں</translation>
    </message>
    <message>
        <source>call us on %1 or ask at the library desk</source>
        <translation>ہمیں ⁨%1⁩ پر فون کریں یا لائبریری ڈیسک پر پوچھیں</translation>
    </message>
    <message>
        <source>Please bring it back to %1 when you can. If you still need it, we may be able to renew the loan: %2.</source>
        <translation>براہ کرم جب ممکن ہو اسے ⁨%1⁩ کو واپس کر دیں۔ اگر آپ کو ابھی بھی اس کی ضرورت ہے تو شاید ہم ادھار کی تجدید کر سکیں: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>Please bring them back to %1 when you can. If you still need them, we may be able to renew the loans: %2.</source>
        <translation>براہ کرم جب ممکن ہو انہیں ⁨%1⁩ کو واپس کر دیں۔ اگر آپ کو ابھی بھی ان کی ضرورت ہے تو شاید ہم ادھار کی تجدید کر سکیں: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>If you have already returned it, thank you, and please ignore this letter. If something has gone wrong, do tell us: we would much rather hear from you than not.</source>
        <translation>اگر آپ اسے پہلے ہی واپس کر چکے ہیں تو شکریہ، اور براہ کرم اس خط کو نظرانداز کریں۔ اگر کچھ غلط ہو گیا ہے تو ہمیں ضرور بتائیں: ہم آپ سے سننا زیادہ پسند کریں گے۔</translation>
    </message>
    <message>
        <source>If you have already returned them, thank you, and please ignore this letter. If something has gone wrong, do tell us: we would much rather hear from you than not.</source>
        <translation>اگر آپ انہیں پہلے ہی واپس کر چکے ہیں تو شکریہ، اور براہ کرم اس خط کو نظرانداز کریں۔ اگر کچھ غلط ہو گیا ہے تو ہمیں ضرور بتائیں: ہم آپ سے سننا زیادہ پسند کریں گے۔</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>محترم ⁨%1⁩،</translation>
    </message>
    <message>
        <source>Your library card number is %1.</source>
        <translation>آپ کا لائبریری کارڈ نمبر ⁨%1⁩ ہے۔</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>نیک تمناؤں کے ساتھ،</translation>
    </message>
    <message>
        <source>The TechMates team, %1</source>
        <translation>TechMates ٹیم، ⁨%1⁩</translation>
    </message>
    <message>
        <source>Overdue loan reminders</source>
        <translation>تاخیر والے ادھار کی یاد دہانیاں</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ڈاک</translation>
    </message>
    <message>
        <source>Day of the sessions</source>
        <translation>سیشنوں کا دن</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>&amp;CSV محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save the reminder list as CSV</source>
        <translation>یاد دہانی کی فہرست CSV کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the reminder list</source>
        <translation>یاد دہانی کی فہرست پرنٹ کریں</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Remind by</source>
        <translation>یاد دہانی کا ذریعہ</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>نمبر یا پتہ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Residents to remind</source>
        <translation>جنہیں یاد دلانا ہے</translation>
    </message>
    <message>
        <source>Sessions on</source>
        <translation>سیشنوں کی تاریخ</translation>
    </message>
    <message>
        <source>No offline resident has a session that day.</source>
        <translation>اس دن کسی آف لائن رہائشی کا سیشن نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Residents without email who have a session on %1. %n more have not agreed to be phoned or written to, so they are not listed.</source>
        <translation>
            <numerusform>وہ رہائشی جن کا ای میل نہیں اور جن کا ⁨%1⁩ کو سیشن ہے۔ مزید %n نے فون یا خط کی رضامندی نہیں دی، اس لیے وہ درج نہیں۔</numerusform>
            <numerusform>وہ رہائشی جن کا ای میل نہیں اور جن کا ⁨%1⁩ کو سیشن ہے۔ مزید %n نے فون یا خط کی رضامندی نہیں دی، اس لیے وہ درج نہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Residents without email who have a session on %1.</source>
        <translation>وہ رہائشی جن کا ای میل نہیں اور جن کا ⁨%1⁩ کو سیشن ہے۔</translation>
    </message>
    <message>
        <source>Reminders for sessions on %1</source>
        <translation>⁨%1⁩ کے سیشنوں کی یاد دہانیاں</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Save reminders</source>
        <translation>یاد دہانیاں محفوظ کریں</translation>
    </message>
    <message>
        <source>reminders-%1.csv</source>
        <translation>reminders-%1.csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>⁨%1⁩ لکھا نہیں جا سکتا: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>⁨%1⁩ محفوظ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یاد دہانیاں</translation>
    </message>
</context>
<context>
    <name>RemoveAvailabilityCommand</name>
    <message>
        <source>That time is not in the store (already removed?).</source>
        <translation>یہ وقت ڈیٹا بیس میں موجود نہیں ہے (پہلے ہی ہٹا دیا گیا؟)۔</translation>
    </message>
    <message>
        <source>Removed the time; sessions already booked in it stay.</source>
        <translation>وقت ہٹا دیا گیا؛ اس میں پہلے سے بک سیشن برقرار رہیں گے۔</translation>
    </message>
</context>
<context>
    <name>RemoveAvailabilityExceptionCommand</name>
    <message>
        <source>That time away is not in the store (already removed?).</source>
        <translation>یہ غیر حاضری ڈیٹا بیس میں موجود نہیں ہے (پہلے ہی ہٹا دی گئی؟)۔</translation>
    </message>
    <message>
        <source>Removed the time away.</source>
        <translation>غیر حاضری ہٹا دی گئی۔</translation>
    </message>
</context>
<context>
    <name>RemoveAwardLevelCommand</name>
    <message>
        <source>There is no award called “%1”.</source>
        <translation>“⁨%1⁩” نام کا کوئی ایوارڈ نہیں۔</translation>
    </message>
    <message>
        <source>%1 is the only award; set another before removing it.</source>
        <translation>⁨%1⁩ واحد ایوارڈ ہے؛ اسے ہٹانے سے پہلے کوئی اور مقرر کریں۔</translation>
    </message>
    <message>
        <source>Removed the %1 award.</source>
        <translation>⁨%1⁩ ایوارڈ ہٹا دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>RemoveLoanRuleCommand</name>
    <message>
        <source>That loan rule is not in the store.</source>
        <translation>ادھار کا یہ قاعدہ ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>The standard rule for any device at any branch is everyone&apos;s fallback; change it instead of removing it.</source>
        <translation>کسی بھی برانچ میں کسی بھی ڈیوائس کا معیاری قاعدہ سب کے لیے آخری سہارا ہے؛ اسے ہٹانے کے بجائے تبدیل کریں۔</translation>
    </message>
    <message>
        <source>Removed the loan rule.</source>
        <translation>ادھار کا قاعدہ ہٹا دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>RenewAssessment</name>
    <message>
        <source>%1 is not on loan (it is %2), so there is nothing to renew.</source>
        <translation>⁨%1⁩ ادھار پر نہیں ہے (یہ ⁨%2⁩ ہے)، اس لیے تجدید کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <source>No loan rule covers this loan any more. An administrator must add one.</source>
        <translation>اب کوئی ادھار قاعدہ اس ادھار کا احاطہ نہیں کرتا۔ ایڈمنسٹریٹر کو ایک شامل کرنا ہوگا۔</translation>
    </message>
    <message>
        <source>%1 cannot be renewed: loans of this kind end on %2 (the loan rule&apos;s last date). It stays due on %3.</source>
        <translation>⁨%1⁩ کی تجدید نہیں ہو سکتی: اس قسم کے ادھار ⁨%2⁩ کو ختم ہوتے ہیں (ادھار قاعدے کی آخری تاریخ)۔ اس کی واپسی ⁨%3⁩ ہی رہے گی۔</translation>
    </message>
    <message>
        <source>This loan has been renewed %1 time(s); the rule allows %2.</source>
        <translation>اس ادھار کی ⁨%1⁩ بار تجدید ہو چکی ہے؛ قاعدہ ⁨%2⁩ کی اجازت دیتا ہے۔</translation>
    </message>
    <message>
        <source>%1 resident(s) are waiting for a %2 at this branch.</source>
        <translation>اس برانچ میں ⁨%1⁩ رہائشی ⁨%2⁩ کے منتظر ہیں۔</translation>
    </message>
</context>
<context>
    <name>RenewCommand</name>
    <message>
        <source>%1 is on a different loan now: the loan this renewal was for has already ended.</source>
        <translation>⁨%1⁩ اب کسی اور ادھار پر ہے: جس ادھار کی یہ تجدید تھی وہ ختم ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>%1 has been renewed since: this was to be renewal %2, and the loan has had %3.</source>
        <translation>⁨%1⁩ کی اس دوران تجدید ہو چکی ہے: یہ تجدید نمبر ⁨%2⁩ ہونی تھی، اور ادھار کی ⁨%3⁩ ہو چکی ہیں۔</translation>
    </message>
    <message>
        <source>The override reason is too long (at most %1 characters).</source>
        <translation>نظرانداز کرنے کی وجہ بہت لمبی ہے (زیادہ سے زیادہ ⁨%1⁩ حروف)۔</translation>
    </message>
    <message>
        <source>renewal %1: %2</source>
        <translation>تجدید ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>The loan changed while saving; nothing was saved.</source>
        <translation>محفوظ کرتے وقت ادھار تبدیل ہو گیا؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Overridden (%1): %2</source>
        <translation>نظرانداز کیا گیا (⁨%1⁩): ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 renewal(s) left.</source>
        <translation>⁨%1⁩ تجدیدیں باقی۔</translation>
    </message>
    <message>
        <source>No renewals left.</source>
        <translation>کوئی تجدید باقی نہیں۔</translation>
    </message>
    <message>
        <source>Renewed %1, now due %2.</source>
        <translation>⁨%1⁩ کی تجدید ہو گئی، اب واپسی ⁨%2⁩۔</translation>
    </message>
</context>
<context>
    <name>RenewForm</name>
    <message>
        <source>Renew a loan</source>
        <translation>ادھار کی تجدید کریں</translation>
    </message>
    <message>
        <source>Cannot renew:</source>
        <translation>تجدید نہیں ہو سکتی:</translation>
    </message>
    <message>
        <source>Override reason for the renewal</source>
        <translation>تجدید کے لیے نظرانداز کرنے کی وجہ</translation>
    </message>
    <message>
        <source>Why the warning is set aside (kept in the audit)</source>
        <translation>انتباہ کیوں نظرانداز کیا جا رہا ہے (آڈٹ میں محفوظ)</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>نظرانداز کرنے کی وجہ (&amp;R)</translation>
    </message>
    <message>
        <source>Only someone with the override permission (a coordinator) can renew with these warnings, giving a reason.</source>
        <translation>صرف نظرانداز کرنے کی اجازت رکھنے والا فرد (کوآرڈینیٹر) وجہ بتا کر ان انتباہات کے ساتھ تجدید کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>R&amp;enew</source>
        <translation>تجدید کریں (&amp;E)</translation>
    </message>
    <message>
        <source>Renew the loan</source>
        <translation>ادھار کی تجدید کریں</translation>
    </message>
    <message>
        <source>Renew the loan (Enter)</source>
        <translation>ادھار کی تجدید کریں (Enter)</translation>
    </message>
    <message>
        <source>Back to check-in</source>
        <translation>واپسی پر لوٹیں</translation>
    </message>
    <message>
        <source>Back to check-in without renewing</source>
        <translation>تجدید کیے بغیر واپسی پر لوٹیں</translation>
    </message>
    <message>
        <source>Back to check-in without renewing (Esc)</source>
        <translation>تجدید کیے بغیر واپسی پر لوٹیں (Esc)</translation>
    </message>
    <message>
        <source>%1 · %2, lent to %3 (card %4)</source>
        <translation>⁨%1⁩ · ⁨%2⁩، ⁨%3⁩ کو ادھار دیا گیا (کارڈ ⁨%4⁩)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>⁨%1⁩ · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Due now: %1 (days overdue: %2)</source>
        <translation>موجودہ واپسی: ⁨%1⁩ (تاخیر کے دن: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>موجودہ واپسی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Renewed, it will be due: %1</source>
        <translation>تجدید کے بعد واپسی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Renewals so far: %1 of %2</source>
        <translation>اب تک تجدیدیں: ⁨%2⁩ میں سے ⁨%1⁩</translation>
    </message>
    <message>
        <source>Renewed %1: now due back %2.</source>
        <translation>⁨%1⁩ کی تجدید ہو گئی: اب واپسی ⁨%2⁩۔</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Devices on loan</source>
        <translation>ادھار پر ڈیوائسز</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>تاخیر والے ادھار</translation>
    </message>
    <message>
        <source>TechMates sessions this month</source>
        <translation>اس مہینے TechMates سیشن</translation>
    </message>
    <message>
        <source>iDEA badges this year</source>
        <translation>اس سال iDEA بیج</translation>
    </message>
    <message>
        <source>Pathway graduates</source>
        <translation>تربیتی راستے کے فارغ التحصیل</translation>
    </message>
    <message>
        <source>Devices by status</source>
        <translation>حیثیت کے لحاظ سے ڈیوائسز</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>اہم اعداد و شمار</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>رپورٹس</translation>
    </message>
    <message>
        <source>Headline figures for the programme, against the council&apos;s targets.</source>
        <translation>کونسل کے اہداف کے مقابلے میں پروگرام کے اہم اعداد و شمار۔</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>⁨%1⁩ تک کے اعداد و شمار۔</translation>
    </message>
    <message>
        <source>%1 % of loans out now</source>
        <translation>⁨%1⁩ % ادھار اس وقت باہر</translation>
    </message>
    <message>
        <source>Attended so far: %1</source>
        <translation>اب تک حاضری: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>ہدف ⁨%1⁩</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>کوئی ہدف مقرر نہیں</translation>
    </message>
    <message>
        <source>devices in the register</source>
        <translation>رجسٹر میں ڈیوائسز</translation>
    </message>
</context>
<context>
    <name>ReservationQueue</name>
    <message>
        <source>A reservation changed while saving; nothing was saved.</source>
        <translation>محفوظ کرتے وقت ریزرویشن تبدیل ہو گئی؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Keep %1 aside: it is offered to the resident with card %2, first on the waiting list.</source>
        <translation>⁨%1⁩ الگ رکھیں: یہ کارڈ ⁨%2⁩ والے رہائشی کو پیش کی جا رہی ہے، جو انتظار کی فہرست میں پہلے ہیں۔</translation>
    </message>
    <message>
        <source>Keep %1 aside: it is offered to the resident with card %2, who reserved one.</source>
        <translation>⁨%1⁩ الگ رکھیں: یہ کارڈ ⁨%2⁩ والے رہائشی کو پیش کی جا رہی ہے، جنہوں نے ایک ریزرو کی تھی۔</translation>
    </message>
    <message>
        <source>The resident with card %1 was waiting for this device; they keep their place on the waiting list.</source>
        <translation>کارڈ ⁨%1⁩ والا رہائشی اس ڈیوائس کا منتظر تھا؛ وہ انتظار کی فہرست میں اپنی جگہ برقرار رکھتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 was kept for this resident and is free again.</source>
        <translation>⁨%1⁩ اس رہائشی کے لیے رکھی گئی تھی اور اب دوبارہ فارغ ہے۔</translation>
    </message>
    <message>
        <source>%1 is free for anyone again.</source>
        <translation>⁨%1⁩ اب دوبارہ سب کے لیے فارغ ہے۔</translation>
    </message>
</context>
<context>
    <name>ReserveCommand</name>
    <message>
        <source>Unknown device type “%1”.</source>
        <translation>نامعلوم ڈیوائس کی قسم “⁨%1⁩”۔</translation>
    </message>
    <message>
        <source>Say which branch the resident will collect from.</source>
        <translation>بتائیں کہ رہائشی کس برانچ سے وصول کرے گا۔</translation>
    </message>
    <message>
        <source>Unknown branch “%1”.</source>
        <translation>نامعلوم برانچ “⁨%1⁩”۔</translation>
    </message>
    <message>
        <source>The resident with card %1 is already on the waiting list for a %2 at %3.</source>
        <translation>کارڈ ⁨%1⁩ والا رہائشی پہلے سے ⁨%3⁩ میں ⁨%2⁩ کے لیے انتظار کی فہرست میں ہے۔</translation>
    </message>
    <message>
        <source>Place on the waiting list: %1.</source>
        <translation>انتظار کی فہرست میں نمبر: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>Reserved a device for card %1.</source>
        <translation>کارڈ ⁨%1⁩ کے لیے ڈیوائس ریزرو کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>ResidentEditorDialog</name>
    <message>
        <source>New resident</source>
        <translation>نیا رہائشی</translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation>رہائشی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Fields marked * are needed. Everything else can be added later.</source>
        <translation>* والے خانے ضروری ہیں۔ باقی سب بعد میں شامل کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Library card %1</source>
        <translation>لائبریری کارڈ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Resident&apos;s details</source>
        <translation>رہائشی کی تفصیلات</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Save resident</source>
        <translation>رہائشی محفوظ کریں</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>محفوظ کریں (Enter یا Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Library card number</source>
        <translation>لائبریری کارڈ نمبر</translation>
    </message>
    <message>
        <source>Date of birth, day month year</source>
        <translation>تاریخ پیدائش، دن مہینہ سال</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Only if the resident wants to give it</source>
        <translation>صرف اگر رہائشی بتانا چاہے</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>پسندیدہ زبان</translation>
    </message>
    <message>
        <source>Blank: a TM number is issued</source>
        <translation>خالی: TM نمبر جاری کیا جاتا ہے</translation>
    </message>
    <message>
        <source>Scan or type the library card; leave it blank to issue a TM number</source>
        <translation>لائبریری کارڈ اسکین کریں یا لکھیں؛ TM نمبر جاری کرنے کے لیے خالی چھوڑیں</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>پہلا نام * (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>خاندانی نام * (&amp;F)</translation>
    </message>
    <message>
        <source>Library &amp;card</source>
        <translation>لائبریری کارڈ (&amp;C)</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>تاریخ پیدائش (&amp;B)</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>پسندیدہ زبان (&amp;L)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>ای میل پتہ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>For example SW1A 1AA</source>
        <translation>مثلاً SW1A 1AA</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>فون (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ای میل (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>پتہ (&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation>پوسٹ کوڈ (&amp;O)</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>فون کالز</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>ٹیکسٹ پیغامات</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ای میلز</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>خطوط</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>How the resident agreed we may contact them</source>
        <translation>رہائشی نے ہمیں کن ذرائع سے رابطے کی رضامندی دی</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>Borrower category</source>
        <translation>ادھار لینے والے کا زمرہ</translation>
    </message>
    <message>
        <source>Eligibility criterion</source>
        <translation>اہلیت کا معیار</translation>
    </message>
    <message>
        <source>e.g. no internet at home</source>
        <translation>مثلاً گھر پر انٹرنیٹ نہیں</translation>
    </message>
    <message>
        <source>The criterion met, never the evidence itself</source>
        <translation>پورا ہونے والا معیار، کبھی بھی خود ثبوت نہیں</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>بھیجنے والی تنظیم</translation>
    </message>
    <message>
        <source>e.g. Citizens Advice</source>
        <translation>مثلاً Citizens Advice</translation>
    </message>
    <message>
        <source>Home branch</source>
        <translation>اپنی برانچ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Borrower ca&amp;tegory</source>
        <translation>ادھار لینے والے کا زمرہ (&amp;T)</translation>
    </message>
    <message>
        <source>Eligibility c&amp;riterion</source>
        <translation>اہلیت کا معیار (&amp;R)</translation>
    </message>
    <message>
        <source>Referred b&amp;y</source>
        <translation>بھیجنے والا (&amp;Y)</translation>
    </message>
    <message>
        <source>Ho&amp;me branch</source>
        <translation>اپنی برانچ (&amp;M)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Anything the next person at the desk should know. No health details.</source>
        <translation>ہر وہ بات جو ڈیسک پر اگلے فرد کو معلوم ہونی چاہیے۔ صحت کی کوئی تفصیل نہیں۔</translation>
    </message>
    <message>
        <source>Another branch</source>
        <translation>کوئی اور برانچ</translation>
    </message>
    <message>
        <source>Write the date of birth as day/month/year, for example 14/07/1948.</source>
        <translation>تاریخ پیدائش دن/مہینہ/سال کے طور پر لکھیں، مثلاً 14/07/1948۔</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Resident: %1 (view only)</source>
        <translation>رہائشی: ⁨%1⁩ (صرف دیکھنے کے لیے)</translation>
    </message>
    <message>
        <source>You can see this resident&apos;s details but not change them. Ask a librarian or a coordinator if something is wrong.</source>
        <translation>آپ اس رہائشی کی تفصیلات دیکھ سکتے ہیں مگر تبدیل نہیں کر سکتے۔ اگر کچھ غلط ہو تو کسی لائبریرین یا کوآرڈینیٹر سے کہیں۔</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct the fields marked in red:</source>
        <translation>کچھ محفوظ نہیں ہوا۔ براہ کرم سرخ نشان والے خانے درست کریں:</translation>
    </message>
</context>
<context>
    <name>ResidentSearchModel</name>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>پوسٹ کوڈ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
</context>
<context>
    <name>ResidentValidator</name>
    <message>
        <source>Given name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>The library card number must be 4 to 20 letters and digits.</source>
        <translation>لائبریری کارڈ نمبر 4 سے 20 حروف اور ہندسوں کا ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>“%1” is not a UK postcode (for example SW1A 1AA).</source>
        <translation>“⁨%1⁩” برطانیہ کا پوسٹ کوڈ نہیں ہے (مثلاً SW1A 1AA)۔</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (for example 020 7946 0000 or 07700 900123).</source>
        <translation>“⁨%1⁩” فون نمبر نہیں ہے (مثلاً 020 7946 0000 یا 07700 900123)۔</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“⁨%1⁩” ای میل پتہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>The address is too long (at most 300 characters).</source>
        <translation>پتہ بہت لمبا ہے (زیادہ سے زیادہ 300 حروف)۔</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>تاریخ پیدائش مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>تاریخ پیدائش 120 سال سے زیادہ پرانی ہے۔</translation>
    </message>
    <message>
        <source>The notes are too long (at most 2,000 characters).</source>
        <translation>نوٹس بہت لمبے ہیں (زیادہ سے زیادہ 2,000 حروف)۔</translation>
    </message>
    <message>
        <source>Unknown borrower category “%1”.</source>
        <translation>ادھار لینے والے کا نامعلوم زمرہ “⁨%1⁩”۔</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>⁨%1⁩ موجود نہیں۔</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>⁨%1⁩ بہت لمبا ہے (زیادہ سے زیادہ ⁨%2⁩ حروف)۔</translation>
    </message>
    <message>
        <source>%1 must be written in letters.</source>
        <translation>⁨%1⁩ حروف میں لکھا ہونا چاہیے۔</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Find a resident</source>
        <translation>رہائشی تلاش کریں</translation>
    </message>
    <message>
        <source>Name, card, phone or postcode, or scan a library card</source>
        <translation>نام، کارڈ، فون یا پوسٹ کوڈ، یا لائبریری کارڈ اسکین کریں</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>تلاش کریں (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New resident</source>
        <translation>نیا رہائشی (&amp;N)</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>نیا رہائشی</translation>
    </message>
    <message>
        <source>Add a resident (Ctrl+N)</source>
        <translation>رہائشی شامل کریں (Ctrl+N)</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>ملنے والے رہائشی</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>دیکھیں (&amp;V)</translation>
    </message>
    <message>
        <source>Open the selected resident</source>
        <translation>منتخب رہائشی کھولیں</translation>
    </message>
    <message>
        <source>Open the selected resident (Enter)</source>
        <translation>منتخب رہائشی کھولیں (Enter)</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>Find a resident by name, card, phone or postcode, or scan their library card.</source>
        <translation>رہائشی کو نام، کارڈ، فون یا پوسٹ کوڈ سے تلاش کریں، یا ان کا لائبریری کارڈ اسکین کریں۔</translation>
    </message>
    <message>
        <source>The residents you have sessions with.</source>
        <translation>وہ رہائشی جن کے ساتھ آپ کے سیشن ہیں۔</translation>
    </message>
    <message>
        <source>Type part of a name, a card number, a phone number or a postcode.</source>
        <translation>نام کا حصہ، کارڈ نمبر، فون نمبر یا پوسٹ کوڈ لکھیں۔</translation>
    </message>
    <message>
        <source>Showing %1 of the residents who match; type more to narrow the search.</source>
        <translation>مطابقت رکھنے والے رہائشیوں میں سے ⁨%1⁩ دکھائے جا رہے ہیں؛ تلاش محدود کرنے کے لیے مزید لکھیں۔</translation>
    </message>
    <message>
        <source>Residents found: %1</source>
        <translation>ملنے والے رہائشی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>No resident matches “%1”.</source>
        <translation>کوئی رہائشی “⁨%1⁩” سے مطابقت نہیں رکھتا۔</translation>
    </message>
    <message>
        <source>No resident has library card %1. Press Ctrl+N to add them with this card.</source>
        <translation>کسی رہائشی کے پاس لائبریری کارڈ ⁨%1⁩ نہیں۔ اس کارڈ کے ساتھ شامل کرنے کے لیے Ctrl+N دبائیں۔</translation>
    </message>
    <message>
        <source>None of your residents has library card %1.</source>
        <translation>آپ کے کسی رہائشی کے پاس لائبریری کارڈ ⁨%1⁩ نہیں۔</translation>
    </message>
    <message>
        <source>That resident is no longer available to you. Search again.</source>
        <translation>یہ رہائشی اب آپ کے لیے دستیاب نہیں۔ دوبارہ تلاش کریں۔</translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <translation>محفوظ کر دیا گیا۔ ⁨%1⁩۔</translation>
    </message>
</context>
<context>
    <name>ResolveLoanConflictCommand</name>
    <message>
        <source>Say why, for the record (for example “resident came in with the device”).</source>
        <translation>ریکارڈ کے لیے وجہ بتائیں (مثلاً “رہائشی ڈیوائس لے کر آیا”)۔</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>وجہ بہت لمبی ہے (زیادہ سے زیادہ ⁨%1⁩ حروف)۔</translation>
    </message>
    <message>
        <source>There is no such loan conflict.</source>
        <translation>ادھار کا ایسا کوئی تنازع نہیں۔</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>یہ تنازع پہلے ہی حل ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>The loan kept by the council&apos;s record is no longer active (it was %1 since), so it cannot be swapped. Check the device in and lend it again if needed.</source>
        <translation>کونسل کے ریکارڈ میں رکھا گیا ادھار اب فعال نہیں (اس کے بعد سے ⁨%1⁩)، اس لیے اسے بدلا نہیں جا سکتا۔ ڈیوائس کی واپسی وصول کریں اور ضرورت ہو تو دوبارہ ادھار دیں۔</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>ہٹا دیا گیا</translation>
    </message>
    <message>
        <source>Per coordinator: %1</source>
        <translation>کوآرڈینیٹر کے مطابق: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The other desk&apos;s loan is now the active one.</source>
        <translation>دوسرے ڈیسک کا ادھار اب فعال ہے۔</translation>
    </message>
    <message>
        <source>The council&apos;s record stands; the other loan stays closed.</source>
        <translation>کونسل کا ریکارڈ برقرار ہے؛ دوسرا ادھار بند رہتا ہے۔</translation>
    </message>
</context>
<context>
    <name>RetireDeviceCommand</name>
    <message>
        <source>retired</source>
        <translation>ریٹائرڈ</translation>
    </message>
    <message>
        <source>SIM %1 is back in stock.</source>
        <translation>سم ⁨%1⁩ اسٹاک میں واپس آ گئی۔</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>⁨%1⁩ ریٹائر کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>ReturnFromRepairCommand</name>
    <message>
        <source>returned from repair</source>
        <translation>مرمت سے واپس آئی</translation>
    </message>
    <message>
        <source>back from repair</source>
        <translation>مرمت سے واپس</translation>
    </message>
    <message>
        <source>%1 is back from repair and awaiting wipe: record the wipe before lending it.</source>
        <translation>⁨%1⁩ مرمت سے واپس آ گئی ہے اور ڈیٹا مٹانے کی منتظر ہے: ادھار دینے سے پہلے ڈیٹا مٹانا درج کریں۔</translation>
    </message>
</context>
<context>
    <name>RevokeBadgeCommand</name>
    <message>
        <source>That badge record does not exist.</source>
        <translation>بیج کا یہ ریکارڈ موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That badge record was already revoked.</source>
        <translation>بیج کا یہ ریکارڈ پہلے ہی منسوخ ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>Only the person who recorded a badge, a coordinator or an administrator may revoke it.</source>
        <translation>بیج صرف وہی فرد منسوخ کر سکتا ہے جس نے اسے درج کیا، یا کوآرڈینیٹر یا ایڈمنسٹریٹر۔</translation>
    </message>
    <message>
        <source>Say why the badge is revoked (3 to 200 characters).</source>
        <translation>بتائیں کہ بیج کیوں منسوخ کیا جا رہا ہے (3 سے 200 حروف)۔</translation>
    </message>
    <message>
        <source>Revoked the badge %1.</source>
        <translation>بیج ⁨%1⁩ منسوخ کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>ایڈمنسٹریٹر</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>کوآرڈینیٹر</translation>
    </message>
    <message>
        <source>Librarian</source>
        <translation>لائبریرین</translation>
    </message>
    <message>
        <source>TechMate volunteer</source>
        <translation>TechMate رضاکار</translation>
    </message>
</context>
<context>
    <name>RowImage</name>
    <message>
        <source>a value is a list or an object</source>
        <translation>قدر ایک فہرست یا آبجیکٹ ہے</translation>
    </message>
    <message>
        <source>“%1” is not a synced table</source>
        <translation>“⁨%1⁩” ہم وقت سازی والا ٹیبل نہیں ہے</translation>
    </message>
    <message>
        <source>a %1 row has no id</source>
        <translation>⁨%1⁩ کی ایک قطار کی کوئی شناخت نہیں</translation>
    </message>
    <message>
        <source>%1 has no column “%2”</source>
        <translation>⁨%1⁩ میں کوئی کالم “⁨%2⁩” نہیں</translation>
    </message>
    <message>
        <source>%1 has no column “%2” to change</source>
        <translation>⁨%1⁩ میں تبدیل کرنے کے لیے کوئی کالم “⁨%2⁩” نہیں</translation>
    </message>
</context>
<context>
    <name>SaveAwardLevelCommand</name>
    <message>
        <source>%1 is reached at %2 points.</source>
        <translation>⁨%1⁩، ⁨%2⁩ پوائنٹس پر حاصل ہوتا ہے۔</translation>
    </message>
</context>
<context>
    <name>SaveBadgeCommand</name>
    <message>
        <source>Someone changed the badge %1 since you opened it. Open it again to see their change.</source>
        <translation>آپ کے کھولنے کے بعد کسی نے بیج ⁨%1⁩ تبدیل کر دیا۔ ان کی تبدیلی دیکھنے کے لیے اسے دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <source>Changed the badge %1.</source>
        <translation>بیج ⁨%1⁩ تبدیل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>The badge %1 was already like this.</source>
        <translation>بیج ⁨%1⁩ پہلے سے ایسا ہی تھا۔</translation>
    </message>
    <message>
        <source>Added the badge %1 (%2 points).</source>
        <translation>بیج ⁨%1⁩ شامل کر دیا گیا (⁨%2⁩ پوائنٹس)۔</translation>
    </message>
</context>
<context>
    <name>SaveBookingSettingsCommand</name>
    <message>
        <source>The DBS re-check interval must be between 1 and 10 years.</source>
        <translation>DBS دوبارہ جانچ کا وقفہ 1 سے 10 سال کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Give one to five alert days before a DBS re-check, such as 60,30,7.</source>
        <translation>DBS دوبارہ جانچ سے پہلے انتباہ کے ایک سے پانچ دن بتائیں، جیسے 60,30,7۔</translation>
    </message>
    <message>
        <source>Alert days before a DBS re-check must be between 1 and 365.</source>
        <translation>DBS دوبارہ جانچ سے پہلے انتباہ کے دن 1 سے 365 کے درمیان ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>The fair-share period must be between 1 and 365 days.</source>
        <translation>منصفانہ حصے کی مدت 1 سے 365 دن کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Saved the booking settings.</source>
        <translation>بکنگ کی ترتیبات محفوظ کر دی گئیں۔</translation>
    </message>
</context>
<context>
    <name>SaveEventCommand</name>
    <message>
        <source>Give the event a title, such as “Digital tea party”.</source>
        <translation>تقریب کو ایک عنوان دیں، جیسے “ڈیجیٹل چائے پارٹی”۔</translation>
    </message>
    <message>
        <source>The title is too long (at most 120 characters).</source>
        <translation>عنوان بہت لمبا ہے (زیادہ سے زیادہ 120 حروف)۔</translation>
    </message>
    <message>
        <source>Give the date and time the event starts.</source>
        <translation>تقریب شروع ہونے کی تاریخ اور وقت بتائیں۔</translation>
    </message>
    <message>
        <source>An event lasts between 15 minutes and 10 hours.</source>
        <translation>تقریب 15 منٹ سے 10 گھنٹے تک کی ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Say at which branch the event is.</source>
        <translation>بتائیں کہ تقریب کس برانچ میں ہے۔</translation>
    </message>
    <message>
        <source>No branch “%1”.</source>
        <translation>کوئی برانچ “⁨%1⁩” نہیں۔</translation>
    </message>
    <message>
        <source>The event&apos;s start has passed: plan events for a time still to come.</source>
        <translation>تقریب کا آغاز گزر چکا ہے: تقریبات آنے والے وقت کے لیے طے کریں۔</translation>
    </message>
    <message>
        <source>That event is not in the store.</source>
        <translation>یہ تقریب ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>One of the volunteers is not in the store.</source>
        <translation>رضاکاروں میں سے ایک ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 is not taking part in events (their status is %2).</source>
        <translation>⁨%1⁩ تقریبات میں حصہ نہیں لے رہا (ان کی حیثیت ⁨%2⁩ ہے)۔</translation>
    </message>
    <message>
        <source>Added the event.</source>
        <translation>تقریب شامل کر دی گئی۔</translation>
    </message>
    <message>
        <source>Saved the event.</source>
        <translation>تقریب محفوظ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>SaveVolunteerCommand</name>
    <message>
        <source>Give the volunteer&apos;s first name and family name.</source>
        <translation>رضاکار کا پہلا نام اور خاندانی نام بتائیں۔</translation>
    </message>
    <message>
        <source>A name can be at most 100 characters long.</source>
        <translation>نام زیادہ سے زیادہ 100 حروف کا ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“⁨%1⁩” ای میل پتہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>فون نمبر بہت لمبا ہے۔</translation>
    </message>
    <message>
        <source>Give at least one language the volunteer speaks (for example en).</source>
        <translation>رضاکار کی بولی جانے والی کم از کم ایک زبان بتائیں (مثلاً en)۔</translation>
    </message>
    <message>
        <source>“%1” is not a language code: use two letters, such as en, pl or ur.</source>
        <translation>“⁨%1⁩” زبان کا کوڈ نہیں ہے: دو حروف استعمال کریں، جیسے en، pl یا ur۔</translation>
    </message>
    <message>
        <source>Unknown skills area “%1”; the areas are %2.</source>
        <translation>نامعلوم مہارت کا شعبہ “⁨%1⁩”؛ شعبے یہ ہیں: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>Unknown way of helping “%1”; choose from %2.</source>
        <translation>مدد کا نامعلوم طریقہ “⁨%1⁩”؛ ان میں سے منتخب کریں: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>Unknown status “%1”; choose from %2.</source>
        <translation>نامعلوم حیثیت “⁨%1⁩”؛ ان میں سے منتخب کریں: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>The most a volunteer can give is 40 hours a week.</source>
        <translation>رضاکار زیادہ سے زیادہ ہفتے میں 40 گھنٹے دے سکتا ہے۔</translation>
    </message>
    <message>
        <source>That home branch is not in the store.</source>
        <translation>یہ اپنی برانچ ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>یہ رضاکار ڈیٹا بیس میں موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Home visits need a current DBS check. Record %1&apos;s DBS check before offering home visits.</source>
        <translation>گھر کے دوروں کے لیے موجودہ DBS جانچ ضروری ہے۔ گھر کے دورے پیش کرنے سے پہلے ⁨%1⁩ کی DBS جانچ درج کریں۔</translation>
    </message>
    <message>
        <source>Home visits need a current DBS check. Add the volunteer, record their DBS check, then offer home visits.</source>
        <translation>گھر کے دوروں کے لیے موجودہ DBS جانچ ضروری ہے۔ رضاکار شامل کریں، ان کی DBS جانچ درج کریں، پھر گھر کے دورے پیش کریں۔</translation>
    </message>
    <message>
        <source>Added a volunteer.</source>
        <translation>رضاکار شامل کر دیا گیا۔</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are still booked with this volunteer: cancel or rebook them.</source>
        <translation>
            <numerusform>اس رضاکار کے ساتھ ابھی %n سیشن بک ہے: اسے منسوخ کریں یا دوبارہ بک کریں۔</numerusform>
            <numerusform>اس رضاکار کے ساتھ ابھی %n سیشن بک ہیں: انہیں منسوخ کریں یا دوبارہ بک کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the volunteer&apos;s profile.</source>
        <translation>رضاکار کی پروفائل محفوظ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>The store could not be read, so this list may be out of date. %1</source>
        <translation>ڈیٹا بیس پڑھا نہیں جا سکا، اس لیے یہ فہرست پرانی ہو سکتی ہے۔ ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Residents</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>ادھار</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>ڈیوائسز</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>بکنگز</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>مہارتیں</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تربیت</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>رپورٹس</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>انتظامیہ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ہم وقت سازی</translation>
    </message>
</context>
<context>
    <name>SeedRowsCommand</name>
    <message>
        <source>A seed batch holds at most %1 rows.</source>
        <translation>ابتدائی بیچ میں زیادہ سے زیادہ ⁨%1⁩ قطاریں ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>“%1” is not a table records can be seeded into.</source>
        <translation>“⁨%1⁩” ایسا ٹیبل نہیں جس میں ابتدائی ریکارڈ ڈالے جا سکیں۔</translation>
    </message>
    <message>
        <source>Seeded %1 of %2 records.</source>
        <translation>⁨%2⁩ میں سے ⁨%1⁩ ریکارڈ ڈال دیے گئے۔</translation>
    </message>
</context>
<context>
    <name>SendToRepairCommand</name>
    <message>
        <source>sent to repair</source>
        <translation>مرمت کے لیے بھیجی گئی</translation>
    </message>
    <message>
        <source>%1 is in repair.</source>
        <translation>⁨%1⁩ مرمت میں ہے۔</translation>
    </message>
</context>
<context>
    <name>SendTransferCommand</name>
    <message>
        <source>sent to another branch</source>
        <translation>کسی اور برانچ کو بھیجی گئی</translation>
    </message>
    <message>
        <source>Unknown branch “%1”.</source>
        <translation>نامعلوم برانچ “⁨%1⁩”۔</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>⁨%1⁩ پہلے ہی ⁨%2⁩ کی ہے۔</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>⁨%1⁩ کو بھیجی گئی</translation>
    </message>
    <message>
        <source>%1 is on its way to %2.</source>
        <translation>⁨%1⁩ ⁨%2⁩ کے راستے میں ہے۔</translation>
    </message>
</context>
<context>
    <name>ServerSignInDialog</name>
    <message>
        <source>Sign in to the council server</source>
        <translation>کونسل سرور میں سائن ان کریں</translation>
    </message>
    <message>
        <source>Your password on the council server</source>
        <translation>کونسل سرور پر آپ کا پاس ورڈ</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>سرور:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>صارف نام:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ (&amp;P):</translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation>سائن ان کریں اور ہم وقت سازی کریں</translation>
    </message>
    <message>
        <source>Type your password, or press Esc to cancel.</source>
        <translation>اپنا پاس ورڈ لکھیں، یا منسوخ کرنے کے لیے Esc دبائیں۔</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Starts</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>دورانیہ</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>How</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>ضرورت</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>سیشن</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>تصدیق کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Confirm the selected session</source>
        <translation>منتخب سیشن کی تصدیق کریں</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>نتیجہ درج کریں (&amp;O)…</translation>
    </message>
    <message>
        <source>Record what happened in the selected session</source>
        <translation>درج کریں کہ منتخب سیشن میں کیا ہوا</translation>
    </message>
    <message>
        <source>%1 – outcome needed</source>
        <translation>⁨%1⁩ – نتیجہ درکار</translation>
    </message>
    <message>
        <source>Sessions from today on: %1</source>
        <translation>آج سے سیشن: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Sessions from today on: %1 · Waiting for an outcome: %2</source>
        <translation>آج سے سیشن: ⁨%1⁩ · نتیجے کے منتظر: ⁨%2⁩</translation>
    </message>
    <message>
        <source>No sessions are booked from today on.</source>
        <translation>آج سے کوئی سیشن بک نہیں۔</translation>
    </message>
    <message>
        <source>You have no sessions booked from today on.</source>
        <translation>آج سے آپ کا کوئی سیشن بک نہیں۔</translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی سیشن منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>SetLoanRuleCommand</name>
    <message>
        <source>A borrower category is a word in lower case, such as standard or care_leaver.</source>
        <translation>ادھار لینے والے کا زمرہ چھوٹے حروف میں ایک لفظ ہوتا ہے، جیسے standard یا care_leaver۔</translation>
    </message>
    <message>
        <source>Unknown device type “%1”.</source>
        <translation>نامعلوم ڈیوائس کی قسم “⁨%1⁩”۔</translation>
    </message>
    <message>
        <source>Unknown branch “%1”.</source>
        <translation>نامعلوم برانچ “⁨%1⁩”۔</translation>
    </message>
    <message>
        <source>The loan length must be between 1 and %1 days.</source>
        <translation>ادھار کی مدت 1 سے ⁨%1⁩ دن کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Renewals must be between 0 and 99.</source>
        <translation>تجدیدیں 0 سے 99 کے درمیان ہونی چاہییں۔</translation>
    </message>
    <message>
        <source>The number of devices a resident may have at once must be between 1 and 20.</source>
        <translation>ایک وقت میں رہائشی کے پاس ڈیوائسز کی تعداد 1 سے 20 کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The hard end date %1 has already passed.</source>
        <translation>حتمی اختتامی تاریخ ⁨%1⁩ گزر چکی ہے۔</translation>
    </message>
    <message>
        <source>Nothing was changed: the rule already says this.</source>
        <translation>کچھ تبدیل نہیں ہوا: قاعدہ پہلے ہی یہی کہتا ہے۔</translation>
    </message>
    <message>
        <source>The loan rule changed while saving; nothing was saved.</source>
        <translation>محفوظ کرتے وقت ادھار کا قاعدہ تبدیل ہو گیا؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Loan rule for %1 borrowers: %2 days, %3 renewal(s), %4 device(s) at once%5.</source>
        <translation>⁨%1⁩ ادھار لینے والوں کے لیے ادھار کا قاعدہ: ⁨%2⁩ دن، ⁨%3⁩ تجدیدیں، ایک وقت میں ⁨%4⁩ ڈیوائسز⁨%5⁩۔</translation>
    </message>
    <message>
        <source>, ending %1</source>
        <translation>، ⁨%1⁩ کو ختم</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Enter your user name.</source>
        <translation>اپنا صارف نام درج کریں۔</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>⁨%1⁩ منٹ</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 سیکنڈ</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>⁨%1⁩ سیکنڈ</translation>
    </message>
    <message>
        <source>Too many wrong passwords for “%1”. Try again in %2, or ask a coordinator to check the account.</source>
        <translation>“⁨%1⁩” کے لیے بہت زیادہ غلط پاس ورڈ۔ ⁨%2⁩ بعد دوبارہ کوشش کریں، یا کسی کوآرڈینیٹر سے اکاؤنٹ چیک کروائیں۔</translation>
    </message>
    <message>
        <source>That user name and password do not match. Try again.</source>
        <translation>یہ صارف نام اور پاس ورڈ مطابقت نہیں رکھتے۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The account “%1” is switched off. Ask an administrator.</source>
        <translation>اکاؤنٹ “⁨%1⁩” بند ہے۔ کسی ایڈمنسٹریٹر سے پوچھیں۔</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>TechMates Desk</source>
        <translation>TechMates Desk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>سائن ان کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>سائن ان کریں</translation>
    </message>
    <message>
        <source>S&amp;witch person</source>
        <translation>فرد بدلیں (&amp;W)</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>فرد بدلیں</translation>
    </message>
    <message>
        <source>Clear the user name so someone else can sign in</source>
        <translation>صارف نام صاف کریں تاکہ کوئی اور سائن ان کر سکے</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>صارف نام (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Sign in as yourself: everything you do at this desk is recorded in your name.</source>
        <translation>اپنے نام سے سائن ان کریں: اس ڈیسک پر آپ کا ہر کام آپ کے نام سے درج ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Desk locked</source>
        <translation>ڈیسک لاک ہے</translation>
    </message>
    <message>
        <source>%1 locked this desk. Enter the password to carry on, or switch person so someone else can sign in.</source>
        <translation>⁨%1⁩ نے یہ ڈیسک لاک کیا۔ جاری رکھنے کے لیے پاس ورڈ درج کریں، یا فرد بدلیں تاکہ کوئی اور سائن ان کر سکے۔</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>اپنا صارف نام درج کریں۔</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>اپنا پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
        <source>Signing in failed because the store could not be read: %1</source>
        <translation>سائن ان ناکام رہا کیونکہ ڈیٹا بیس پڑھا نہیں جا سکا: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>SignOffOutcomeCommand</name>
    <message>
        <source>That volunteer is not on record.</source>
        <translation>اس رضاکار کا ریکارڈ موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>That outcome is not on record.</source>
        <translation>اس نتیجے کا ریکارڈ موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>Nobody signs off their own training: ask another assessor.</source>
        <translation>کوئی اپنی تربیت کی خود منظوری نہیں دیتا: کسی اور جائزہ کار سے کہیں۔</translation>
    </message>
    <message>
        <source>The volunteer is not enrolled on a pathway with the unit %1.</source>
        <translation>رضاکار ایسے تربیتی راستے میں داخل نہیں ہے جس میں یونٹ ⁨%1⁩ ہو۔</translation>
    </message>
    <message>
        <source>That outcome is already signed off.</source>
        <translation>اس نتیجے کی پہلے ہی منظوری ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>There is no evidence for this outcome yet; it cannot be signed off.</source>
        <translation>اس نتیجے کا ابھی کوئی ثبوت نہیں؛ اس کی منظوری نہیں دی جا سکتی۔</translation>
    </message>
    <message>
        <source>You wrote evidence for this outcome, so another assessor must sign it off.</source>
        <translation>اس نتیجے کا ثبوت آپ نے لکھا ہے، اس لیے کسی اور جائزہ کار کو منظوری دینی ہوگی۔</translation>
    </message>
    <message>
        <source>Signed off outcome %1.%2.</source>
        <translation>نتیجہ ⁨%1⁩.⁨%2⁩ کی منظوری دے دی گئی۔</translation>
    </message>
    <message>
        <source>Unit %1 is achieved; it awaits a coordinator&apos;s verification.</source>
        <translation>یونٹ ⁨%1⁩ حاصل ہو گیا؛ یہ کوآرڈینیٹر کی تصدیق کا منتظر ہے۔</translation>
    </message>
    <message>
        <source>This unit unlocks %1 bookings.</source>
        <translation>یہ یونٹ ⁨%1⁩ بکنگز کھولتا ہے۔</translation>
    </message>
    <message>
        <source>Every unit of %1 is achieved: a graduate!</source>
        <translation>⁨%1⁩ کے تمام یونٹ حاصل ہو گئے: فارغ التحصیل!</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Achieved</source>
        <translation>حاصل کیا</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>سیکھنے والا</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>بیج</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>پوائنٹس</translation>
    </message>
    <message>
        <source>Recent badge achievements</source>
        <translation>حال ہی میں حاصل کیے گئے بیج</translation>
    </message>
    <message>
        <source>Skills views</source>
        <translation>مہارتوں کے منظر</translation>
    </message>
    <message>
        <source>L&amp;earner</source>
        <translation>سیکھنے والا (&amp;E)</translation>
    </message>
    <message>
        <source>Gro&amp;up session</source>
        <translation>گروپ سیشن (&amp;U)</translation>
    </message>
    <message>
        <source>I&amp;mport completions</source>
        <translation>تکمیل درآمد کریں (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>تنظیم (&amp;O)</translation>
    </message>
    <message>
        <source>Rece&amp;nt</source>
        <translation>حالیہ (&amp;N)</translation>
    </message>
    <message>
        <source>Badge &amp;catalogue</source>
        <translation>بیج کیٹلاگ (&amp;C)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>مہارتیں</translation>
    </message>
    <message>
        <source>iDEA badges earned by residents, volunteers and staff, and progress towards Bronze, Silver and Gold.</source>
        <translation>رہائشیوں، رضاکاروں اور عملے کے حاصل کردہ iDEA بیج، اور Bronze، Silver اور Gold کی طرف پیش رفت۔</translation>
    </message>
    <message>
        <source>No badges have been recorded yet.</source>
        <translation>ابھی کوئی بیج درج نہیں ہوا۔</translation>
    </message>
    <message>
        <source>No badges you recorded or supported yet.</source>
        <translation>ابھی کوئی بیج نہیں جو آپ نے درج کیا ہو یا جس میں مدد کی ہو۔</translation>
    </message>
</context>
<context>
    <name>SkillsProgress</name>
    <message>
        <source>No branch</source>
        <translation>کوئی برانچ نہیں</translation>
    </message>
    <message>
        <source>iDEA skills progress</source>
        <translation>iDEA مہارتوں کی پیش رفت</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>پوائنٹس:</translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation>بیج:</translation>
    </message>
    <message>
        <source>No award reached yet.</source>
        <translation>ابھی کوئی ایوارڈ حاصل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Award reached: %1.</source>
        <translation>حاصل شدہ ایوارڈ: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>Every award reached.</source>
        <translation>ہر ایوارڈ حاصل ہو گیا۔</translation>
    </message>
    <message>
        <source>%1 more points for %2 (%3 points).</source>
        <translation>⁨%2⁩ (⁨%3⁩ پوائنٹس) کے لیے مزید ⁨%1⁩ پوائنٹس۔</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>ایوارڈز</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>⁨%1⁩ پوائنٹس</translation>
    </message>
    <message>
        <source>reached %1</source>
        <translation>⁨%1⁩ حاصل</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>⁨%1⁩ باقی</translation>
    </message>
    <message>
        <source>Points by category</source>
        <translation>زمرے کے لحاظ سے پوائنٹس</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>بیج</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>بیج</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>پوائنٹس</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>⁨%1⁩ پرنٹ ہوا۔</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>TechMates (volunteers)</source>
        <translation>TechMates (رضاکار)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
</context>
<context>
    <name>SkillsTotalsPanel</name>
    <message>
        <source>Badges per month and running total</source>
        <translation>ماہانہ بیج اور مجموعی کل</translation>
    </message>
    <message>
        <source>Chart of badges per month and the running total</source>
        <translation>ماہانہ بیجوں اور مجموعی کل کا چارٹ</translation>
    </message>
    <message>
        <source>No badges recorded yet.</source>
        <translation>ابھی کوئی بیج درج نہیں۔</translation>
    </message>
    <message>
        <source>Badges by branch</source>
        <translation>برانچ کے لحاظ سے بیج</translation>
    </message>
    <message>
        <source>Badges by team</source>
        <translation>ٹیم کے لحاظ سے بیج</translation>
    </message>
    <message>
        <source>Badges by month</source>
        <translation>مہینے کے لحاظ سے بیج</translation>
    </message>
    <message>
        <source>Badge figures by branch, team and month</source>
        <translation>برانچ، ٹیم اور مہینے کے لحاظ سے بیجوں کے اعداد و شمار</translation>
    </message>
    <message>
        <source>By &amp;branch</source>
        <translation>برانچ کے لحاظ سے (&amp;B)</translation>
    </message>
    <message>
        <source>By &amp;team</source>
        <translation>ٹیم کے لحاظ سے (&amp;T)</translation>
    </message>
    <message>
        <source>B&amp;y month</source>
        <translation>مہینے کے لحاظ سے (&amp;Y)</translation>
    </message>
    <message>
        <source>%1 badges of the target %2 (%3 %), earned by %4 learners.</source>
        <translation>ہدف ⁨%2⁩ میں سے ⁨%1⁩ بیج (⁨%3⁩ %)، ⁨%4⁩ سیکھنے والوں نے حاصل کیے۔</translation>
    </message>
    <message>
        <source>%1 badges, earned by %2 learners; no target is set.</source>
        <translation>⁨%1⁩ بیج، ⁨%2⁩ سیکھنے والوں نے حاصل کیے؛ کوئی ہدف مقرر نہیں۔</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>⁨%2⁩ میں سے ⁨%1⁩</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>بیج</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>سیکھنے والے</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>پوائنٹس</translation>
    </message>
    <message>
        <source>%1 awards</source>
        <translation>⁨%1⁩ ایوارڈز</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ٹیم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>Badges in the month</source>
        <translation>مہینے میں بیج</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>مجموعی کل</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>“⁨%1⁩” پڑھا نہیں جا سکتا: ⁨%2⁩</translation>
    </message>
    <message>
        <source>“%1” is not a TechMates store: it is not an SQLite database file. Check the file name, or choose another file.</source>
        <translation>“⁨%1⁩” TechMates ڈیٹا بیس نہیں ہے: یہ SQLite ڈیٹا بیس فائل نہیں۔ فائل کا نام دیکھیں، یا کوئی اور فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>No store file was named.</source>
        <translation>ڈیٹا بیس فائل کا کوئی نام نہیں دیا گیا۔</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a store file.</source>
        <translation>“⁨%1⁩” فولڈر ہے، ڈیٹا بیس فائل نہیں۔</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the store. Choose a location you can write to.</source>
        <translation>ڈیٹا بیس کے لیے فولڈر “⁨%1⁩” نہیں بنایا جا سکتا۔ ایسی جگہ منتخب کریں جہاں آپ لکھ سکیں۔</translation>
    </message>
    <message>
        <source>Cannot open or create the store “%1”: %2. Choose a location you can write to.</source>
        <translation>ڈیٹا بیس “⁨%1⁩” کھولا یا بنایا نہیں جا سکتا: ⁨%2⁩۔ ایسی جگہ منتخب کریں جہاں آپ لکھ سکیں۔</translation>
    </message>
    <message>
        <source>The store “%1” can only be read, not written. Check the file&apos;s permissions or choose a location you can write to.</source>
        <translation>ڈیٹا بیس “⁨%1⁩” صرف پڑھا جا سکتا ہے، لکھا نہیں جا سکتا۔ فائل کی اجازتیں دیکھیں یا ایسی جگہ منتخب کریں جہاں آپ لکھ سکیں۔</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not a TechMates store; it cannot be read. Restore it from a backup.</source>
        <translation>“⁨%1⁩” خراب ہے یا TechMates ڈیٹا بیس نہیں؛ اسے پڑھا نہیں جا سکتا۔ اسے بیک اپ سے بحال کریں۔</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a TechMates store. Choose a TechMates store file.</source>
        <translation>“⁨%1⁩” SQLite ڈیٹا بیس ہے مگر TechMates ڈیٹا بیس نہیں۔ TechMates ڈیٹا بیس فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>The store “%1” was written by a newer version of TechMates Desk (store version %2; this program knows up to %3). Install the newer version to open it.</source>
        <translation>ڈیٹا بیس “⁨%1⁩” کو TechMates Desk کے نئے ورژن نے لکھا ہے (ڈیٹا بیس ورژن ⁨%2⁩؛ یہ پروگرام ⁨%3⁩ تک جانتا ہے)۔ اسے کھولنے کے لیے نیا ورژن انسٹال کریں۔</translation>
    </message>
    <message>
        <source>The store “%1” cannot be written (journal mode %2).</source>
        <translation>ڈیٹا بیس “⁨%1⁩” میں لکھا نہیں جا سکتا (جرنل موڈ ⁨%2⁩)۔</translation>
    </message>
    <message>
        <source>The store “%1” can only be read, not written. Check the file&apos;s permissions or choose another location.</source>
        <translation>ڈیٹا بیس “⁨%1⁩” صرف پڑھا جا سکتا ہے، لکھا نہیں جا سکتا۔ فائل کی اجازتیں دیکھیں یا کوئی اور جگہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Updating the store to version %1 failed: %2</source>
        <translation>ڈیٹا بیس کو ورژن ⁨%1⁩ پر اپ ڈیٹ کرنا ناکام رہا: ⁨%2⁩</translation>
    </message>
    <message>
        <source>The store is busy or cannot be written: %1</source>
        <translation>ڈیٹا بیس مصروف ہے یا اس میں لکھا نہیں جا سکتا: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>StoreRead</name>
    <message>
        <source>The store could not be read, so this may be out of date. %1</source>
        <translation>ڈیٹا بیس پڑھا نہیں جا سکا، اس لیے یہ پرانا ہو سکتا ہے۔ ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>SubmitClaimCommand</name>
    <message>
        <source>That claim does not exist.</source>
        <translation>یہ دعویٰ موجود نہیں ہے۔</translation>
    </message>
    <message>
        <source>The claim %1 is already %2.</source>
        <translation>دعویٰ ⁨%1⁩ پہلے ہی ⁨%2⁩ ہے۔</translation>
    </message>
    <message>
        <source>The claim %1 has no units to submit.</source>
        <translation>دعویٰ ⁨%1⁩ میں جمع کرانے کے لیے کوئی یونٹ نہیں۔</translation>
    </message>
    <message>
        <source>Submitted the claim %1.</source>
        <translation>دعویٰ ⁨%1⁩ جمع کرا دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Enter the council server&apos;s web address, for example https://techmates.example.gov.uk</source>
        <translation>کونسل سرور کا ویب پتہ درج کریں، مثلاً https://techmates.example.gov.uk</translation>
    </message>
    <message>
        <source>“%1” is not a web address the desk can use: it must start with https:// (or http:// on the council&apos;s own network) and name a server, for example https://techmates.example.gov.uk</source>
        <translation>“⁨%1⁩” ایسا ویب پتہ نہیں جسے ڈیسک استعمال کر سکے: اسے https://‎ (یا کونسل کے اپنے نیٹ ورک پر http://‎) سے شروع ہونا چاہیے اور کسی سرور کا نام ہونا چاہیے، مثلاً https://techmates.example.gov.uk</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; the desk asks for them when you sign in.</source>
        <translation>پتے میں صارف نام اور پاس ورڈ شامل نہ کریں؛ سائن ان کرتے وقت ڈیسک ان کے بارے میں پوچھتا ہے۔</translation>
    </message>
    <message>
        <source>The server address should not have ? or # parts.</source>
        <translation>سرور کے پتے میں ? یا # والے حصے نہیں ہونے چاہییں۔</translation>
    </message>
</context>
<context>
    <name>SyncHttp</name>
    <message>
        <source>The server did not answer (%1).</source>
        <translation>سرور نے جواب نہیں دیا (⁨%1⁩)۔</translation>
    </message>
    <message>
        <source>The server is busy or having trouble (HTTP %1); trying again later.</source>
        <translation>سرور مصروف ہے یا مشکل میں ہے (HTTP ⁨%1⁩)؛ بعد میں دوبارہ کوشش ہوگی۔</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>سرور نے درخواست مسترد کر دی (HTTP ⁨%1⁩)۔</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short; trying again.</source>
        <translation>سرور کا جواب ادھورا رہ گیا؛ دوبارہ کوشش ہو رہی ہے۔</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>ہم وقت سازی</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تنازعات</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ابھی ہم وقت سازی کریں</translation>
    </message>
    <message>
        <source>Keep this desk and the council&apos;s record in step; it keeps working offline.</source>
        <translation>اس ڈیسک اور کونسل کے ریکارڈ کو ہم آہنگ رکھیں؛ یہ آف لائن بھی کام کرتا رہتا ہے۔</translation>
    </message>
    <message>
        <source>Devices lent at two desks while they were offline, for a coordinator to settle.</source>
        <translation>آف لائن ہونے کے دوران دو ڈیسکوں پر ادھار دی گئی ڈیوائسز، کوآرڈینیٹر کے فیصلے کے لیے۔</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>تنازعات (⁨%1⁩)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>The council server</source>
        <translation>کونسل سرور</translation>
    </message>
    <message>
        <source>Council server address</source>
        <translation>کونسل سرور کا پتہ</translation>
    </message>
    <message>
        <source>https://techmates.example.gov.uk</source>
        <translation>https://techmates.example.gov.uk</translation>
    </message>
    <message>
        <source>Sign &amp;in to the server…</source>
        <translation>سرور میں سائن ان کریں (&amp;I)…</translation>
    </message>
    <message>
        <source>Sign in to the council server</source>
        <translation>کونسل سرور میں سائن ان کریں</translation>
    </message>
    <message>
        <source>Sign &amp;out of the server</source>
        <translation>سرور سے سائن آؤٹ کریں (&amp;O)</translation>
    </message>
    <message>
        <source>Forget your sign-in to the council server on this computer</source>
        <translation>اس کمپیوٹر پر کونسل سرور کا اپنا سائن ان بھول جائیں</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ہم وقت سازی</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>ابھی ہم وقت سازی کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Sync now with the council server</source>
        <translation>ابھی کونسل سرور کے ساتھ ہم وقت سازی کریں</translation>
    </message>
    <message>
        <source>Send this desk&apos;s changes and receive the council&apos;s (Ctrl+Shift+S)</source>
        <translation>اس ڈیسک کی تبدیلیاں بھیجیں اور کونسل کی تبدیلیاں وصول کریں (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sync automatically every so many minutes; 0 turns it off</source>
        <translation>ہر چند منٹ بعد خود بخود ہم وقت سازی کریں؛ 0 اسے بند کرتا ہے</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>ہم وقت سازی کی پیش رفت</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>سرور کا پتہ (&amp;A):</translation>
    </message>
    <message>
        <source>Your sign-in:</source>
        <translation>آپ کا سائن ان:</translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically every</source>
        <translation>خود بخود ہم وقت سازی ہر (&amp;U)</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>پیش رفت:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>آخری ہم وقت سازی:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>بھیجے جانے کے منتظر:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>آخری مسئلہ:</translation>
    </message>
    <message>
        <source>Checking this computer&apos;s keychain…</source>
        <translation>اس کمپیوٹر کی کی چین دیکھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>مکمل۔</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>روک دیا گیا۔</translation>
    </message>
    <message>
        <source>Never: this desk has not synced with the council server yet.</source>
        <translation>کبھی نہیں: اس ڈیسک نے ابھی کونسل سرور کے ساتھ ہم وقت سازی نہیں کی۔</translation>
    </message>
    <message>
        <source>Nothing: every change made here has been sent.</source>
        <translation>کچھ نہیں: یہاں کی گئی ہر تبدیلی بھیج دی گئی ہے۔</translation>
    </message>
    <message>
        <source>1 change made at this desk</source>
        <translation>اس ڈیسک پر کی گئی 1 تبدیلی</translation>
    </message>
    <message>
        <source>%L1 changes made at this desk</source>
        <translation>اس ڈیسک پر کی گئی ⁨%L1⁩ تبدیلیاں</translation>
    </message>
    <message>
        <source>Cannot be read just now: %1</source>
        <translation>ابھی پڑھا نہیں جا سکتا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>A sync is already running; wait for it to finish.</source>
        <translation>ہم وقت سازی پہلے سے جاری ہے؛ اس کے ختم ہونے کا انتظار کریں۔</translation>
    </message>
    <message>
        <source>Sign in once and this computer&apos;s keychain keeps you signed in for the next syncs.</source>
        <translation>ایک بار سائن ان کریں اور اس کمپیوٹر کی کی چین اگلی ہم وقت سازیوں کے لیے آپ کو سائن ان رکھے گی۔</translation>
    </message>
    <message>
        <source>Signed out of the council server on this computer. Sign in again to sync.</source>
        <translation>اس کمپیوٹر پر کونسل سرور سے سائن آؤٹ ہو گیا۔ ہم وقت سازی کے لیے دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>Automatic sync waits until the server&apos;s address is filled in.</source>
        <translation>خودکار ہم وقت سازی سرور کا پتہ درج ہونے کا انتظار کرتی ہے۔</translation>
    </message>
    <message>
        <source>Automatic sync needs a sign-in kept in this computer&apos;s keychain; until then, press Sync now.</source>
        <translation>خودکار ہم وقت سازی کے لیے اس کمپیوٹر کی کی چین میں محفوظ سائن ان درکار ہے؛ تب تک ابھی ہم وقت سازی کریں دبائیں۔</translation>
    </message>
    <message>
        <source>Syncs every minute</source>
        <translation>ہر منٹ ہم وقت سازی</translation>
    </message>
    <message>
        <source>Syncs every %1 minutes</source>
        <translation>ہر ⁨%1⁩ منٹ ہم وقت سازی</translation>
    </message>
    <message>
        <source>, and as soon as the network comes back after a sync could not reach the server.</source>
        <translation>، اور جب ہم وقت سازی سرور تک نہ پہنچ سکے تو نیٹ ورک واپس آتے ہی۔</translation>
    </message>
    <message>
        <source>; after a sync could not reach the server, the desk asks the server every minute and syncs as soon as it answers.</source>
        <translation>؛ جب ہم وقت سازی سرور تک نہ پہنچ سکے تو ڈیسک ہر منٹ سرور سے پوچھتا ہے اور جواب ملتے ہی ہم وقت سازی کرتا ہے۔</translation>
    </message>
    <message>
        <source>Automatic sync is off: the desk syncs when you press Sync now.</source>
        <translation>خودکار ہم وقت سازی بند ہے: جب آپ ابھی ہم وقت سازی کریں دبائیں تب ڈیسک ہم وقت سازی کرتا ہے۔</translation>
    </message>
    <message>
        <source>Connecting to the council server…</source>
        <translation>کونسل سرور سے رابطہ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>First sync: sending this desk&apos;s records to the council (%L1 so far)</source>
        <translation>پہلی ہم وقت سازی: اس ڈیسک کے ریکارڈ کونسل کو بھیجے جا رہے ہیں (اب تک ⁨%L1⁩)</translation>
    </message>
    <message>
        <source>Sending changes: %L1 of %L2</source>
        <translation>تبدیلیاں بھیجی جا رہی ہیں: ⁨%L2⁩ میں سے ⁨%L1⁩</translation>
    </message>
    <message>
        <source>Receiving the council&apos;s changes</source>
        <translation>کونسل کی تبدیلیاں وصول ہو رہی ہیں</translation>
    </message>
    <message>
        <source>None: the last sync went through.</source>
        <translation>کوئی نہیں: پچھلی ہم وقت سازی کامیاب رہی۔</translation>
    </message>
    <message>
        <source>Your sign-in to the council server has expired; sign in again.</source>
        <translation>کونسل سرور پر آپ کے سائن ان کی میعاد ختم ہو گئی ہے؛ دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>Synced. Changes sent: %L1 (%L2 taken, %L3 turned down, %L4 conflicts). Changes received: %L5.</source>
        <translation>ہم وقت سازی ہو گئی۔ بھیجی گئی تبدیلیاں: ⁨%L1⁩ (⁨%L2⁩ قبول، ⁨%L3⁩ مسترد، ⁨%L4⁩ تنازعات)۔ وصول شدہ تبدیلیاں: ⁨%L5⁩۔</translation>
    </message>
    <message>
        <source>Synced. Nothing to send. Changes received: %L1.</source>
        <translation>ہم وقت سازی ہو گئی۔ بھیجنے کو کچھ نہیں۔ وصول شدہ تبدیلیاں: ⁨%L1⁩۔</translation>
    </message>
    <message>
        <source>This desk&apos;s %L1 existing records were sent to the council first.</source>
        <translation>اس ڈیسک کے ⁨%L1⁩ موجودہ ریکارڈ پہلے کونسل کو بھیجے گئے۔</translation>
    </message>
    <message>
        <source>A coordinator confirms who has each doubly lent device under Sync → Conflicts.</source>
        <translation>کوآرڈینیٹر ہم وقت سازی → تنازعات میں تصدیق کرتا ہے کہ دو بار ادھار دی گئی ہر ڈیوائس کس کے پاس ہے۔</translation>
    </message>
    <message>
        <source>Changes made by other people at this desk, waiting until they sync themselves: %L1.</source>
        <translation>اس ڈیسک پر دوسرے افراد کی کی گئی تبدیلیاں، جو ان کی اپنی ہم وقت سازی کی منتظر ہیں: ⁨%L1⁩۔</translation>
    </message>
    <message>
        <source>Your sign-in to the council server has expired or was withdrawn: sign in again.</source>
        <translation>کونسل سرور پر آپ کے سائن ان کی میعاد ختم ہو گئی یا واپس لے لیا گیا: دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>The council server could not be reached: %1 The desk keeps working offline; changes wait here and go with the next sync.</source>
        <translation>کونسل سرور تک رسائی نہیں ہو سکی: ⁨%1⁩ ڈیسک آف لائن کام کرتا رہتا ہے؛ تبدیلیاں یہاں انتظار کرتی ہیں اور اگلی ہم وقت سازی کے ساتھ جاتی ہیں۔</translation>
    </message>
    <message>
        <source>Signed in as %1; this computer&apos;s keychain keeps the sign-in.</source>
        <translation>⁨%1⁩ کے طور پر سائن ان؛ اس کمپیوٹر کی کی چین سائن ان محفوظ رکھتی ہے۔</translation>
    </message>
    <message>
        <source>Not signed in to the server. Sync now asks for your password once.</source>
        <translation>سرور میں سائن ان نہیں۔ ابھی ہم وقت سازی کریں ایک بار آپ کا پاس ورڈ پوچھے گا۔</translation>
    </message>
    <message>
        <source>You sign in each time you sync.</source>
        <translation>آپ ہر ہم وقت سازی پر سائن ان کرتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>The server&apos;s answer to the sign-in was incomplete.</source>
        <translation>سائن ان پر سرور کا جواب نامکمل تھا۔</translation>
    </message>
    <message>
        <source>The store could not take the server&apos;s records: %1</source>
        <translation>ڈیٹا بیس سرور کے ریکارڈ قبول نہیں کر سکا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The server would not take this store&apos;s records: %1</source>
        <translation>سرور نے اس ڈیٹا بیس کے ریکارڈ قبول نہیں کیے: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The server answered for only part of what was sent.</source>
        <translation>سرور نے بھیجی گئی چیزوں میں سے صرف کچھ کا جواب دیا۔</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>سرور کا جواب پڑھا نہیں جا سکا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be read: %1</source>
        <translation>سرور کی تبدیلیاں پڑھی نہیں جا سکیں: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>This desk&apos;s store could not be opened for the sync: %1</source>
        <translation>ہم وقت سازی کے لیے اس ڈیسک کا ڈیٹا بیس کھولا نہیں جا سکا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 does not look like a TechMates council server (%2).</source>
        <translation>⁨%1⁩ TechMates کونسل سرور نہیں لگتا (⁨%2⁩)۔</translation>
    </message>
    <message>
        <source>The store could not be read or written during the sync: %1</source>
        <translation>ہم وقت سازی کے دوران ڈیٹا بیس پڑھا یا لکھا نہیں جا سکا: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available on this computer, so TechMates cannot keep you signed in to the council server; you can keep working offline and sync by signing in each time.</source>
        <translation>اس کمپیوٹر پر کوئی کی چین دستیاب نہیں، اس لیے TechMates آپ کو کونسل سرور میں سائن ان نہیں رکھ سکتا؛ آپ آف لائن کام جاری رکھ سکتے ہیں اور ہر بار سائن ان کر کے ہم وقت سازی کر سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>تربیتی راستہ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>داخل</translation>
    </message>
    <message>
        <source>Units achieved</source>
        <translation>حاصل شدہ یونٹ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>فارغ التحصیل</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>منظوری کا منتظر</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>تصدیق کا منتظر</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>تربیت کی پیش رفت</translation>
    </message>
    <message>
        <source>E&amp;nrol a volunteer…</source>
        <translation>رضاکار کو داخل کریں (&amp;N)…</translation>
    </message>
    <message>
        <source>Enrol a volunteer on the pathway</source>
        <translation>رضاکار کو تربیتی راستے میں داخل کریں</translation>
    </message>
    <message>
        <source>Load the TechMates path&amp;way</source>
        <translation>TechMates تربیتی راستہ لوڈ کریں (&amp;W)</translation>
    </message>
    <message>
        <source>Load the TechMates pathway shipped with the desk</source>
        <translation>ڈیسک کے ساتھ آنے والا TechMates تربیتی راستہ لوڈ کریں</translation>
    </message>
    <message>
        <source>Enter on a row opens the volunteer&apos;s portfolio.</source>
        <translation>قطار پر Enter رضاکار کا پورٹ فولیو کھولتا ہے۔</translation>
    </message>
    <message>
        <source>Training views</source>
        <translation>تربیت کے منظر</translation>
    </message>
    <message>
        <source>P&amp;ortfolio</source>
        <translation>پورٹ فولیو (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Trainees</source>
        <translation>زیر تربیت (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>پیش رفت (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>دعوے (&amp;C)</translation>
    </message>
    <message>
        <source>Gr&amp;aduates</source>
        <translation>فارغ التحصیل (&amp;A)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تربیت</translation>
    </message>
    <message>
        <source>Volunteers on the accredited TechMates pathway: evidence, sign-offs, claims and graduates.</source>
        <translation>منظور شدہ TechMates تربیتی راستے پر رضاکار: ثبوت، منظوریاں، دعوے اور فارغ التحصیل۔</translation>
    </message>
    <message>
        <source>Your progress on the accredited TechMates pathway.</source>
        <translation>منظور شدہ TechMates تربیتی راستے پر آپ کی پیش رفت۔</translation>
    </message>
    <message>
        <source>All units achieved</source>
        <translation>تمام یونٹ حاصل</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>⁨%2⁩ میں سے ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>⁨%1⁩ %</translation>
    </message>
    <message>
        <source>Enrolled: %1 · Graduates: %2</source>
        <translation>داخل: ⁨%1⁩ · فارغ التحصیل: ⁨%2⁩</translation>
    </message>
    <message>
        <source>No volunteers are enrolled on a training pathway yet.</source>
        <translation>ابھی کوئی رضاکار کسی تربیتی راستے میں داخل نہیں۔</translation>
    </message>
    <message>
        <source>You are not enrolled on a training pathway yet. Ask your coordinator.</source>
        <translation>آپ ابھی کسی تربیتی راستے میں داخل نہیں ہیں۔ اپنے کوآرڈینیٹر سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Load the TechMates pathway first.</source>
        <translation>پہلے TechMates تربیتی راستہ لوڈ کریں۔</translation>
    </message>
    <message>
        <source>Every volunteer is enrolled on %1 already.</source>
        <translation>ہر رضاکار پہلے ہی ⁨%1⁩ میں داخل ہے۔</translation>
    </message>
    <message>
        <source>Enrol a volunteer</source>
        <translation>رضاکار کو داخل کریں</translation>
    </message>
    <message>
        <source>Volunteer to enrol on %1:</source>
        <translation>⁨%1⁩ میں داخل کرنے کے لیے رضاکار:</translation>
    </message>
</context>
<context>
    <name>TrainingQueries</name>
    <message>
        <source>verified</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <source>No home branch</source>
        <translation>کوئی اپنی برانچ نہیں</translation>
    </message>
    <message>
        <source>Training portfolio</source>
        <translation>تربیتی پورٹ فولیو</translation>
    </message>
    <message>
        <source>Home branch: %1</source>
        <translation>اپنی برانچ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation>⁨%1⁩ کو داخل</translation>
    </message>
    <message>
        <source>; graduated %1</source>
        <translation>؛ ⁨%1⁩ کو فارغ التحصیل</translation>
    </message>
    <message>
        <source>Units achieved: %1 of %2.</source>
        <translation>حاصل شدہ یونٹ: ⁨%2⁩ میں سے ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>Achieved %1</source>
        <translation>⁨%1⁩ کو حاصل کیا</translation>
    </message>
    <message>
        <source>, verified by %1</source>
        <translation>، تصدیق کنندہ ⁨%1⁩</translation>
    </message>
    <message>
        <source>, awaiting verification</source>
        <translation>، تصدیق کا منتظر</translation>
    </message>
    <message>
        <source>, certificate %1</source>
        <translation>، سرٹیفکیٹ ⁨%1⁩</translation>
    </message>
    <message>
        <source>, claim %1 (%2)</source>
        <translation>، دعویٰ ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes signed off</source>
        <translation>⁨%2⁩ میں سے ⁨%1⁩ نتائج کی منظوری</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>از ⁨%1⁩</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>ابھی کوئی ثبوت نہیں۔</translation>
    </message>
    <message>
        <source>Signed off by %1, %2</source>
        <translation>⁨%1⁩ نے منظوری دی، ⁨%2⁩</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>منظوری نہیں ہوئی</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>⁨%1⁩ پرنٹ ہوا۔</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>مشاہدہ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
</context>
<context>
    <name>VerifyUnitCommand</name>
    <message>
        <source>There is no unit with the code %1.</source>
        <translation>کوڈ ⁨%1⁩ والا کوئی یونٹ نہیں۔</translation>
    </message>
    <message>
        <source>Nobody verifies their own training.</source>
        <translation>کوئی اپنی تربیت کی خود تصدیق نہیں کرتا۔</translation>
    </message>
    <message>
        <source>The unit %1 is not achieved yet: every outcome needs an assessor&apos;s sign-off first.</source>
        <translation>یونٹ ⁨%1⁩ ابھی حاصل نہیں ہوا: ہر نتیجے کے لیے پہلے جائزہ کار کی منظوری درکار ہے۔</translation>
    </message>
    <message>
        <source>The unit %1 is already verified.</source>
        <translation>یونٹ ⁨%1⁩ کی پہلے ہی تصدیق ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>Verified the unit %1; it can now be claimed.</source>
        <translation>یونٹ ⁨%1⁩ کی تصدیق ہو گئی؛ اب اس کا دعویٰ کیا جا سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>VolunteersPanel</name>
    <message>
        <source>Volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>DBS</source>
        <translation>DBS</translation>
    </message>
    <message>
        <source>Helps by</source>
        <translation>مدد کا طریقہ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>مدد کے شعبے</translation>
    </message>
    <message>
        <source>Home branch</source>
        <translation>اپنی برانچ</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>آنے والے</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation>رضاکار شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation>رضاکار شامل کریں</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>ترمیم کریں (&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the selected volunteer</source>
        <translation>منتخب رضاکار میں ترمیم کریں</translation>
    </message>
    <message>
        <source>DBS chec&amp;k…</source>
        <translation>DBS جانچ (&amp;K)…</translation>
    </message>
    <message>
        <source>Record a DBS check</source>
        <translation>DBS جانچ درج کریں</translation>
    </message>
    <message>
        <source>My &amp;times…</source>
        <translation>میرے اوقات (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Times…</source>
        <translation>اوقات (&amp;T)…</translation>
    </message>
    <message>
        <source>Weekly times and time away</source>
        <translation>ہفتہ وار اوقات اور غیر حاضری</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی رضاکار منتخب کریں۔</translation>
    </message>
    <message>
        <source>No volunteers yet.</source>
        <translation>ابھی کوئی رضاکار نہیں۔</translation>
    </message>
    <message>
        <source>No DBS check needs attention.</source>
        <translation>کسی DBS جانچ پر توجہ درکار نہیں۔</translation>
    </message>
    <message>
        <source>DBS checks needing attention: %1</source>
        <translation>توجہ طلب DBS جانچیں: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Edit volunteer</source>
        <translation>رضاکار میں ترمیم کریں</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. en, pl)</source>
        <translation>زبانیں (کوڈ، مثلاً en، pl)</translation>
    </message>
    <message>
        <source>Helps with %1</source>
        <translation>⁨%1⁩ میں مدد کرتا ہے</translation>
    </message>
    <message>
        <source>Offers %1</source>
        <translation>⁨%1⁩ پیش کرتا ہے</translation>
    </message>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Most minutes a week</source>
        <translation>ہفتے میں زیادہ سے زیادہ منٹ</translation>
    </message>
    <message>
        <source> min a week</source>
        <translation> منٹ ہفتہ وار</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>زیادہ سے زیادہ</translation>
    </message>
    <message>
        <source>DBS check for %1</source>
        <translation>⁨%1⁩ کی DBS جانچ</translation>
    </message>
    <message>
        <source>Certificate number, 12 digits</source>
        <translation>سرٹیفکیٹ نمبر، 12 ہندسے</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>سرٹیفکیٹ نمبر</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>اجرا کی تاریخ</translation>
    </message>
    <message>
        <source>Registered with the DBS Update Service</source>
        <translation>DBS Update Service میں رجسٹرڈ</translation>
    </message>
    <message>
        <source>Set the re-check date myself</source>
        <translation>دوبارہ جانچ کی تاریخ میں خود مقرر کروں گا</translation>
    </message>
    <message>
        <source>Re-check due</source>
        <translation>دوبارہ جانچ کی تاریخ</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Place</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>رہائشی</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>ضرورت</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>منتظر از</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>پیش کیا جاتا ہے</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>انتظار کی فہرست</translation>
    </message>
    <message>
        <source>Book the &amp;offer</source>
        <translation>پیشکش بک کریں (&amp;O)</translation>
    </message>
    <message>
        <source>Book the slot offered</source>
        <translation>پیش کیا گیا وقت بک کریں</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>ہٹائیں (&amp;M)…</translation>
    </message>
    <message>
        <source>Take off the waiting list</source>
        <translation>انتظار کی فہرست سے ہٹائیں</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>⁨%2⁩ کے ساتھ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>کوئی انتظار میں نہیں۔</translation>
    </message>
    <message>
        <source>No slot is offered to this resident yet: book them from the Book tab when someone is free.</source>
        <translation>اس رہائشی کو ابھی کوئی وقت پیش نہیں کیا گیا: جب کوئی فارغ ہو تو بک کریں ٹیب سے انہیں بک کریں۔</translation>
    </message>
    <message>
        <source>Choose a resident in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی رہائشی منتخب کریں۔</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
</context>
<context>
    <name>WaitlistQueue</name>
    <message>
        <source>The freed slot is offered to card %1, first on the waiting list: book it for them from the waiting list.</source>
        <translation>خالی ہونے والا وقت کارڈ ⁨%1⁩ کو پیش کیا گیا ہے، جو انتظار کی فہرست میں پہلے ہیں: انتظار کی فہرست سے ان کے لیے بک کریں۔</translation>
    </message>
</context>
<context>
    <name>WipePanel</name>
    <message>
        <source>Factory reset</source>
        <translation>فیکٹری ری سیٹ</translation>
    </message>
    <message>
        <source>Blancco</source>
        <translation>Blancco</translation>
    </message>
    <message>
        <source>ChromeOS powerwash</source>
        <translation>ChromeOS powerwash</translation>
    </message>
    <message>
        <source>MDM wipe</source>
        <translation>MDM سے مٹانا</translation>
    </message>
    <message>
        <source>Reimage</source>
        <translation>ری امیج</translation>
    </message>
    <message>
        <source>Android recovery</source>
        <translation>Android ریکوری</translation>
    </message>
    <message>
        <source>Blancco Mobile</source>
        <translation>Blancco Mobile</translation>
    </message>
    <message>
        <source>Google Admin console</source>
        <translation>Google Admin console</translation>
    </message>
    <message>
        <source>Microsoft Intune</source>
        <translation>Microsoft Intune</translation>
    </message>
    <message>
        <source>Apple Configurator</source>
        <translation>Apple Configurator</translation>
    </message>
    <message>
        <source>Asset tag of the wiped device</source>
        <translation>ڈیٹا مٹائی گئی ڈیوائس کا اثاثہ ٹیگ</translation>
    </message>
    <message>
        <source>Scan the wiped device&apos;s tag, then Enter</source>
        <translation>ڈیٹا مٹائی گئی ڈیوائس کا ٹیگ اسکین کریں، پھر Enter</translation>
    </message>
    <message>
        <source>Device &amp;tag</source>
        <translation>ڈیوائس ٹیگ (&amp;T)</translation>
    </message>
    <message>
        <source>Wipe method</source>
        <translation>ڈیٹا مٹانے کا طریقہ</translation>
    </message>
    <message>
        <source>Wipe tool</source>
        <translation>ڈیٹا مٹانے کا ٹول</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Wipe report or certificate id</source>
        <translation>ڈیٹا مٹانے کی رپورٹ یا سرٹیفکیٹ کی شناخت</translation>
    </message>
    <message>
        <source>The tool&apos;s report or certificate number, if it gives one</source>
        <translation>ٹول کی رپورٹ یا سرٹیفکیٹ نمبر، اگر دیتا ہو</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>طریقہ (&amp;M)</translation>
    </message>
    <message>
        <source>Too&amp;l</source>
        <translation>ٹول (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Report id</source>
        <translation>رپورٹ کی شناخت (&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;cord wipe</source>
        <translation>ڈیٹا مٹانا درج کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Record the wipe</source>
        <translation>ڈیٹا مٹانا درج کریں</translation>
    </message>
    <message>
        <source>Record the wipe (Enter or Ctrl+Enter)</source>
        <translation>ڈیٹا مٹانا درج کریں (Enter یا Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Clear the form and start again</source>
        <translation>فارم صاف کریں اور دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Clear the form (Esc)</source>
        <translation>فارم صاف کریں (Esc)</translation>
    </message>
    <message>
        <source>Devices &amp;awaiting wipe (Enter on a row opens it):</source>
        <translation>ڈیٹا مٹانے کی منتظر ڈیوائسز (قطار پر Enter اسے کھولتا ہے) (&amp;A):</translation>
    </message>
    <message>
        <source>Devices awaiting wipe</source>
        <translation>ڈیٹا مٹانے کی منتظر ڈیوائسز</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>ٹیگ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>میک اور ماڈل</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سیریل</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>برانچ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>No devices are waiting to be wiped.</source>
        <translation>کوئی ڈیوائس ڈیٹا مٹانے کی منتظر نہیں۔</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>⁨%1⁩ · ⁨%2⁩ (⁨%3⁩)</translation>
    </message>
    <message>
        <source>%1 · %2, %3 (%4)</source>
        <translation>⁨%1⁩ · ⁨%2⁩، ⁨%3⁩ (⁨%4⁩)</translation>
    </message>
    <message>
        <source>Scan the wiped device&apos;s asset tag first.</source>
        <translation>پہلے ڈیٹا مٹائی گئی ڈیوائس کا اثاثہ ٹیگ اسکین کریں۔</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>TechMates Desk</source>
        <translation>TechMates Desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>حصے</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>&amp;Lock desk</source>
        <translation>ڈیسک لاک کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>ڈیسک لاک کریں</translation>
    </message>
    <message>
        <source>Hide everything until someone signs in (Ctrl+L)</source>
        <translation>کسی کے سائن ان کرنے تک سب کچھ چھپا دیں (Ctrl+L)</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>نیا رہائشی</translation>
    </message>
    <message>
        <source>Find resident</source>
        <translation>رہائشی تلاش کریں</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>دکھانے کو کچھ نہیں</translation>
    </message>
    <message>
        <source>Your account has no sections. Ask an administrator to check your role.</source>
        <translation>آپ کے اکاؤنٹ میں کوئی حصہ نہیں۔ کسی ایڈمنسٹریٹر سے اپنا کردار چیک کروائیں۔</translation>
    </message>
</context>
</TS>
