<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CleaningPage</name>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>%n record changed</numerusform>
            <numerusform>%n records changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n record(s) at the last check:</source>
        <translation>
            <numerusform>Replaced in %n record at the last check:</numerusform>
            <numerusform>Replaced in %n records at the last check:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Sources:&lt;/b&gt; %n file(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Sources:&lt;/b&gt; %n file</numerusform>
            <numerusform>&lt;b&gt;Sources:&lt;/b&gt; %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message numerus="yes">
        <source>The first %n row(s) become these records:</source>
        <translation>
            <numerusform>The first %n row becomes this record:</numerusform>
            <numerusform>The first %n rows become these records:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseDialog</name>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writes %n document(s) as cleaned Markdown, each with the metadata file Bedrock reads: %1</source>
        <translation>
            <numerusform>Writes %n document as cleaned Markdown, each with the metadata file Bedrock reads: %1</numerusform>
            <numerusform>Writes %n documents as cleaned Markdown, each with the metadata file Bedrock reads: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n files have the same columns and are combined into one table.</source>
        <translation>
            <numerusform>All %n files have the same columns and are combined into one table.</numerusform>
            <numerusform>All %n files have the same columns and are combined into one table.</numerusform>
        </translation>
    </message>
</context>
</TS>