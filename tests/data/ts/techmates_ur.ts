<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>Fixture</name>
    <message>
        <source>Due %1</source>
        <translation>واپسی</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;لاک کریں</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>ٹھیک: ⁨%1⁩</translation>
    </message>
</context>
</TS>
