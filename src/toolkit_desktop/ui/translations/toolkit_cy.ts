<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Age</name>
    <message>
        <source>adult (assessed)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">oedolyn (wedi&apos;i asesu)</translation>
    </message>
    <message>
        <source>{age} (assessed adult)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{age} (asesiad: oedolyn)</translation>
    </message>
    <message>
        <source>child (assessed)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">plentyn (wedi&apos;i asesu)</translation>
    </message>
    <message>
        <source>{age} (assessed)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{age} (wedi&apos;i asesu)</translation>
    </message>
    <message>
        <source>presumed child (assessment inconclusive)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">tybir mai plentyn (asesiad amhendant)</translation>
    </message>
    <message>
        <source>presumed child (age disputed)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">tybir mai plentyn (oedran yn destun anghydfod)</translation>
    </message>
    <message>
        <source>presumed child (ages given differ)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">tybir mai plentyn (mae&apos;r oedrannau a roddwyd yn wahanol)</translation>
    </message>
    <message>
        <source>{age} (date of birth)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{age} (dyddiad geni)</translation>
    </message>
    <message>
        <source>{age} (year of birth; presumed child)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{age} (blwyddyn geni; tybir mai plentyn)</translation>
    </message>
    <message>
        <source>{age} (claimed)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{age} (yn ôl y plentyn)</translation>
    </message>
    <message>
        <source>{age} (claimed; presumed child)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{age} (yn ôl y plentyn; tybir mai plentyn)</translation>
    </message>
    <message>
        <source>age not known (presumed child)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">oedran heb ei wybod (tybir mai plentyn)</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>&lt;h2&gt;Cases&lt;/h2&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;h2&gt;Achosion&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Search by name, other name or reference</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Chwilio yn ôl enw, enw arall neu gyfeirnod</translation>
    </message>
    <message>
        <source>Search cases by name, other name or reference</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Chwilio achosion yn ôl enw, enw arall neu gyfeirnod</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Chwilio&apos;r acho&amp;sion:</translation>
    </message>
    <message>
        <source>&amp;New case (Ctrl+N)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Achos &amp;newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation type="unfinished">Dechrau achos newydd</translation>
    </message>
    <message>
        <source>&amp;Delete this case…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Dileu&apos;r achos hwn…</translation>
    </message>
    <message>
        <source>Delete the selected case for good</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dileu&apos;r achos a ddewiswyd am byth</translation>
    </message>
    <message>
        <source>Cases</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Achosion</translation>
    </message>
    <message>
        <source>&amp;Overview of every case…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tr&amp;osolwg o bob achos…</translation>
    </message>
    <message>
        <source>Overview of every case: NRM dates, what is overdue and who holds each</source>
        <translation type="unfinished">Trosolwg o bob achos: dyddiadau&apos;r NRM, beth sy&apos;n hwyr a phwy sy&apos;n dal pob un</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn llwytho achosion…</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to start one for the child you are with.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim achosion eto. Pwyswch Ctrl+N i ddechrau un ar gyfer y plentyn sydd gyda chi.</translation>
    </message>
    <message>
        <source>1 case.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">1 achos.</translation>
    </message>
    <message>
        <source>{count} cases.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} achos.</translation>
    </message>
    <message>
        <source>No case matches that search. Check the spelling, or try another name.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Does dim achos yn cyfateb i&apos;r chwiliad hwnnw. Gwiriwch y sillafu, neu rhowch gynnig ar enw arall.</translation>
    </message>
    <message>
        <source>{shown} of {total} cases match. Press Enter to open the first.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae {shown} o {total} achos yn cyfateb. Pwyswch Enter i agor y cyntaf.</translation>
    </message>
    <message>
        <source>Choose a case in the list first, then Delete this case.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dewiswch achos yn y rhestr yn gyntaf, yna Dileu&apos;r achos hwn.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished">Enwau eraill</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Oedran</translation>
    </message>
    <message>
        <source>Since first contact</source>
        <translation type="unfinished">Ers y cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished">Cam</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished">Newid diwethaf</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Cyfeirnod</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gofnodi</translation>
    </message>
    <message>
        <source>First met {when} at {place} ({span} ago)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y cyfarfod cyntaf: {when} yn {place} ({span} yn ôl)</translation>
    </message>
    <message>
        <source>First met {when} ({span} ago)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y cyfarfod cyntaf: {when} ({span} yn ôl)</translation>
    </message>
    <message>
        <source>Last changed {when}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Newidiwyd ddiwethaf {when}</translation>
    </message>
    <message>
        <source>{name}, also known as {aliases}. Reference {reference}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{name}, a elwir hefyd yn {aliases}. Cyfeirnod {reference}</translation>
    </message>
    <message>
        <source>{name}. Reference {reference}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{name}. Cyfeirnod {reference}</translation>
    </message>
    <message>
        <source>Delete this case for good</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dileu&apos;r achos hwn am byth</translation>
    </message>
    <message>
        <source>Delete the case of {name} ({reference}) for good?</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dileu achos {name} ({reference}) am byth?</translation>
    </message>
    <message>
        <source>This is a practice case in the training vault.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Achos ymarfer yn y storfa hyfforddi yw hwn.</translation>
    </message>
    <message>
        <source>Its answers and their history, conversations, chronology, photos and documents, and the record of its referral packs are all removed from the vault, and this cannot be undone. Referral packs already sent are not affected. Say why it is being deleted, and type its reference, {reference}, to confirm.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Caiff ei atebion a&apos;u hanes, ei sgyrsiau, ei gronoleg, ei luniau a&apos;i ddogfennau, a&apos;r cofnod o&apos;i becynnau atgyfeirio, i gyd eu tynnu o&apos;r storfa, ac nid oes modd dadwneud hyn. Nid yw hyn yn effeithio ar becynnau atgyfeirio sydd eisoes wedi&apos;u hanfon. Dywedwch pam mae&apos;n cael ei ddileu, a theipiwch ei gyfeirnod, {reference}, i gadarnhau.</translation>
    </message>
    <message>
        <source>The case was kept.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadwyd yr achos.</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Achos wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished">Achos newydd</translation>
    </message>
    <message>
        <source>Just enough to start. Everything else can wait until the child is safe.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim ond digon i ddechrau. Gall popeth arall aros nes bod y plentyn yn ddiogel.</translation>
    </message>
    <message>
        <source>For example: &quot;Amira&quot; or &quot;boy, about 14, Terminal 4&quot;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft: &quot;Amira&quot; neu &quot;bachgen, tua 14, Terminal 4&quot;</translation>
    </message>
    <message>
        <source>The child&apos;s name, or a description until it is known</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Enw&apos;r plentyn, neu ddisgrifiad nes bod yr enw&apos;n hysbys</translation>
    </message>
    <message>
        <source>When you first met the child</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pryd y gwnaethoch gyfarfod â&apos;r plentyn gyntaf</translation>
    </message>
    <message>
        <source>Now; or type, for example, today 01:40</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nawr; neu teipiwch, er enghraifft, today 01:40 (heddiw 01:40)</translation>
    </message>
    <message>
        <source>Empty means now: {moment}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Os yw&apos;n wag, nawr yw&apos;r amser: {moment}</translation>
    </message>
    <message>
        <source>For example: Heathrow Terminal 4, immigration hall</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft: Heathrow Terminal 4, neuadd fewnfudo</translation>
    </message>
    <message>
        <source>Where you first met the child</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ble y gwnaethoch gyfarfod â&apos;r plentyn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Name or description:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Enw neu ddisgrifiad:</translation>
    </message>
    <message>
        <source>&amp;When first met:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Amser y cyfarfod cyntaf:</translation>
    </message>
    <message>
        <source>W&amp;here first met:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Man y cyfarfod cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Start the case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Dechrau&apos;r achos</translation>
    </message>
    <message>
        <source>Give a name or a short description, so you can find the case again.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhowch enw neu ddisgrifiad byr, fel y gallwch ddod o hyd i&apos;r achos eto.</translation>
    </message>
    <message>
        <source>Say when you first met the child, for example “today 01:40”, or type now.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dywedwch pryd y gwnaethoch gyfarfod â&apos;r plentyn gyntaf, er enghraifft “today 01:40” (heddiw 01:40), neu teipiwch now (nawr).</translation>
    </message>
    <message>
        <source>Every case, what needs action first</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pob achos, beth sydd angen ei wneud gyntaf</translation>
    </message>
    <message>
        <source>First identified</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nodwyd gyntaf</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Atgyfeiriad wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Decision expected by</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Disgwylir penderfyniad erbyn</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Penderfyniadau</translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn hwyr heddiw</translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb eu cofnodi eto</translation>
    </message>
    <message>
        <source>Held by</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn nwylo</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">CSV ar gyfer taenlen (*.csv)</translation>
    </message>
    <message>
        <source>1 case on {day}; {overdue} with something overdue.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">1 achos ar {day}; {overdue} â rhywbeth yn hwyr.</translation>
    </message>
    <message>
        <source>{count} cases on {day}; {overdue} with something overdue.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} achos ar {day}; {overdue} â rhywbeth yn hwyr.</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Enw heb ei gofnodi</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei anfon</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim</translation>
    </message>
    <message>
        <source>Every step recorded</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pob cam wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Most urgent first: anything overdue, then the most safeguarding steps not yet recorded. Press Enter on a case to open it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y mwyaf brys yn gyntaf: unrhyw beth sy&apos;n hwyr, yna&apos;r mwyaf o gamau diogelu heb eu cofnodi eto. Pwyswch Enter ar achos i&apos;w agor.</translation>
    </message>
    <message>
        <source>Every case, most urgent first</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pob achos, y mwyaf brys yn gyntaf</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Agor yr achos</translation>
    </message>
    <message>
        <source>&amp;Save for the board (CSV, no names)…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Cadw ar gyfer y bwrdd (CSV, dim enwau)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Save the table for the safeguarding board</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw&apos;r tabl ar gyfer y bwrdd diogelu</translation>
    </message>
    <message>
        <source>Saved for the board, with case references and no names: {file}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadwyd ar gyfer y bwrdd, gyda chyfeirnodau&apos;r achosion a dim enwau: {file}</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Problem: {text}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Problem: {text}</translation>
    </message>
    <message>
        <source>Strength: {level}. {advice}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cryfder: {level}. {advice}</translation>
    </message>
    <message>
        <source>Your organisation asks for {level} or stronger.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae eich sefydliad yn gofyn am {level} neu gryfach.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so that last step did not finish. Your saved work is safe; try again, and if it keeps happening tell your IT team.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Aeth rhywbeth o&apos;i le yn annisgwyl, felly ni orffennodd y cam olaf. Mae&apos;r gwaith a gadwyd gennych yn ddiogel; rhowch gynnig arall arni, ac os yw&apos;n dal i ddigwydd, dywedwch wrth eich tîm TG.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Problemau a gafwyd</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ble i gadw&apos;r storfa</translation>
    </message>
    <message>
        <source>Toolkit vault (*.tkvault)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Storfa’r pecyn cymorth (*.tkvault)</translation>
    </message>
    <message>
        <source>Print the referral pack</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Argraffu&apos;r pecyn atgyfeirio</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Anfonwyd 1 dudalen i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>{pages} pages sent to the printer.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Anfonwyd {pages} tudalen i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>&amp;Why is it being deleted? (no child&apos;s details: this is kept)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Pam mae&apos;n cael ei ddileu? (dim manylion am y plentyn: caiff hyn ei gadw)</translation>
    </message>
    <message>
        <source>Why the case is being deleted</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pam mae&apos;r achos yn cael ei ddileu</translation>
    </message>
    <message>
        <source>&amp;Type the case&apos;s reference, {reference}, to confirm</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Teipiwch gyfeirnod yr achos, {reference}, i gadarnhau</translation>
    </message>
    <message>
        <source>The case&apos;s reference, typed back</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfeirnod yr achos, wedi&apos;i deipio eto</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dileu am byth</translation>
    </message>
    <message>
        <source>Keep the case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw&apos;r achos</translation>
    </message>
    <message>
        <source>{label}: choices</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{label}: dewisiadau</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ionawr</translation>
    </message>
    <message>
        <source>February</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Chwefror</translation>
    </message>
    <message>
        <source>March</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mawrth</translation>
    </message>
    <message>
        <source>April</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ebrill</translation>
    </message>
    <message>
        <source>May</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mehefin</translation>
    </message>
    <message>
        <source>July</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gorffennaf</translation>
    </message>
    <message>
        <source>August</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Awst</translation>
    </message>
    <message>
        <source>September</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Medi</translation>
    </message>
    <message>
        <source>October</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Hydref</translation>
    </message>
    <message>
        <source>November</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tachwedd</translation>
    </message>
    <message>
        <source>December</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhagfyr</translation>
    </message>
    <message>
        <source>Jan</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ion</translation>
    </message>
    <message>
        <source>Feb</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Chwef</translation>
    </message>
    <message>
        <source>Mar</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Maw</translation>
    </message>
    <message>
        <source>Apr</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ebr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Meh</translation>
    </message>
    <message>
        <source>Jul</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gorff</translation>
    </message>
    <message>
        <source>Aug</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Awst</translation>
    </message>
    <message>
        <source>Sep</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Medi</translation>
    </message>
    <message>
        <source>Oct</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Hyd</translation>
    </message>
    <message>
        <source>Nov</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tach</translation>
    </message>
    <message>
        <source>Dec</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Maw</translation>
    </message>
    <message>
        <source>Wed</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Iau</translation>
    </message>
    <message>
        <source>Fri</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gwe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sad</translation>
    </message>
    <message>
        <source>Sun</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sul</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">heb ei gofnodi</translation>
    </message>
    <message>
        <source>{weeks} weeks</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{weeks} wythnos</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{days} diwrnod {hours} awr</translation>
    </message>
    <message>
        <source>{hours} h {mins} min</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{hours} awr {mins} mun</translation>
    </message>
    <message>
        <source>{mins} min</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{mins} mun</translation>
    </message>
    <message>
        <source>just now</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">nawr</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} wythnos</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} wythnos</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} diwrnod</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} diwrnod</translation>
    </message>
    <message>
        <source>{count} hour</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} awr</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} awr</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} munud</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} munud</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">llai na munud</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">heddiw {time}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no sound backup of it in {folder}; copy the file somewhere safe and ask your IT team for help.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes copi wrth gefn di-nam ohoni yn {folder}; copïwch y ffeil i rywle diogel a gofynnwch i&apos;ch tîm TG am help.</translation>
    </message>
    <message>
        <source>The newest sound backup is {name} in {folder}: to bring it back, lock the vault and choose &quot;Open a backup&quot; on the unlock screen, or run `toolkit-desktop vault restore {backup}`. The damaged file is kept among the backups.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y copi wrth gefn di-nam mwyaf newydd yw {name} yn {folder}: i&apos;w adfer, cloiwch y storfa a dewiswch &quot;Agor copi wrth gefn yn lle&quot; ar y sgrin ddatgloi, neu rhedwch `toolkit-desktop vault restore {backup}`. Caiff y ffeil sydd wedi&apos;i difrodi ei chadw ymhlith y copïau wrth gefn.</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Check the location, or create one.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes storfa yn {path}. Gwiriwch y lleoliad, neu crëwch un.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a vault. It has not been changed. If you expected your cases here, restore a backup.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ffeil wag yw {path}, nid storfa. Nid yw wedi&apos;i newid. Os oeddech yn disgwyl i&apos;ch achosion fod yma, adferwch gopi wrth gefn.</translation>
    </message>
    <message>
        <source>{path} is an ordinary unencrypted database, not a toolkit vault. It has not been opened or changed.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cronfa ddata gyffredin heb ei hamgryptio yw {path}, nid storfa&apos;r pecyn cymorth. Nid yw wedi&apos;i hagor na&apos;i newid.</translation>
    </message>
    <message>
        <source>if it still fails, try another backup.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">os yw&apos;n dal i fethu, rhowch gynnig ar gopi wrth gefn arall.</translation>
    </message>
    <message>
        <source>if it still fails, open one of the backups in {folder}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">os yw&apos;n dal i fethu, agorwch un o&apos;r copïau wrth gefn yn {folder}.</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Check Caps Lock and the keyboard layout, and type it again. Only if you are sure it is right can the file be damaged: {hint}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ni wnaeth y cyfrinymadrodd hwnnw agor y storfa. Gwiriwch Caps Lock a chynllun y bysellfwrdd, a theipiwch ef eto. Dim ond os ydych yn siŵr ei fod yn gywir y gall y ffeil fod wedi&apos;i difrodi: {hint}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a vault file. Name the vault file itself.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ffolder yw {path}, nid ffeil storfa. Rhowch enw ffeil y storfa ei hun.</translation>
    </message>
    <message>
        <source>{path} opened, but it is not a toolkit vault. It has not been changed.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Agorodd {path}, ond nid storfa&apos;r pecyn cymorth ydyw. Nid yw wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>The vault at {path} is open in another copy of toolkit-desktop or a command. Close that first (or lock it), then try again. Nothing was changed.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r storfa yn {path} ar agor mewn copi arall o toolkit-desktop neu mewn gorchymyn. Caewch hwnnw yn gyntaf (neu ei gloi), yna rhowch gynnig arall arni. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of toolkit-desktop. Install the newer version to open it; this file has not been changed.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cafodd {path} ei hysgrifennu gan fersiwn mwy newydd o toolkit-desktop. Gosodwch y fersiwn mwy newydd i&apos;w hagor; nid yw&apos;r ffeil hon wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}). Ask your IT team to check access.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes modd darllen {path} ({reason}). Gofynnwch i&apos;ch tîm TG wirio&apos;r mynediad.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; it has not been touched.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae ffeil yn {path} eisoes; mae wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved. Free some space; everything saved before this is safe.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r ddisg yn llawn, felly nid oedd modd cadw&apos;r newid diwethaf. Rhyddhewch rywfaint o le; mae popeth a gadwyd cyn hyn yn ddiogel.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged: some of its pages fail their checks. Try another backup.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r copi wrth gefn {name} wedi&apos;i ddifrodi: mae rhai o&apos;i dudalennau&apos;n methu&apos;r gwiriadau. Rhowch gynnig ar gopi wrth gefn arall.</translation>
    </message>
    <message>
        <source>This change was not saved: the vault is damaged and was opened for reading only.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ni chadwyd y newid hwn: mae&apos;r storfa wedi&apos;i difrodi ac fe&apos;i hagorwyd i&apos;w darllen yn unig.</translation>
    </message>
    <message>
        <source>The vault at {path} is damaged: some of its pages fail their checks, so it was opened for reading only and no backup was taken of it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r storfa yn {path} wedi&apos;i difrodi: mae rhai o&apos;i thudalennau&apos;n methu&apos;r gwiriadau, felly fe&apos;i hagorwyd i&apos;w darllen yn unig ac ni wnaed copi wrth gefn ohoni.</translation>
    </message>
    <message>
        <source>{what} {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to the vault at {path} was interrupted before it finished (the computer or the program stopped mid-save). Nothing saved before it is lost: open the vault (unlock it in the app, or run `toolkit-desktop case list`) to complete it, then check it again.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Torrwyd ar draws newid i&apos;r storfa yn {path} cyn iddo orffen (stopiodd y cyfrifiadur neu&apos;r rhaglen ar ganol cadw). Nid oes dim a gadwyd cyn hynny wedi&apos;i golli: agorwch y storfa (datglowch hi yn yr ap, neu rhedwch `toolkit-desktop case list`) i&apos;w gwblhau, yna gwiriwch hi eto.</translation>
    </message>
    <message>
        <source>The new backup failed its check, so it was not kept; the earlier backups in {folder} are untouched. Ask your IT team to check the disk.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Methodd y copi wrth gefn newydd ei wiriad, felly ni chafodd ei gadw; nid yw&apos;r copïau wrth gefn cynharach yn {folder} wedi newid. Gofynnwch i&apos;ch tîm TG wirio&apos;r ddisg.</translation>
    </message>
    <message>
        <source>The disk is full, so the vault is open for reading only: nothing can be saved until some space is freed.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r ddisg yn llawn, felly mae&apos;r storfa ar agor i&apos;w darllen yn unig: nid oes modd cadw dim nes bydd rhywfaint o le wedi&apos;i ryddhau.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: {reason} The vault still opens with the old passphrase, and nothing in it was lost.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ni newidiwyd y cyfrinymadrodd: {reason} Mae&apos;r storfa&apos;n dal i agor gyda&apos;r hen gyfrinymadrodd, ac ni chollwyd dim ynddi.</translation>
    </message>
    <message>
        <source>there is not enough free disk space for the re-encrypted copy (it needs about {size} MB beside the vault). Free some space and try again.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">nid oes digon o le rhydd ar y ddisg ar gyfer y copi wedi&apos;i ailamgryptio (mae angen tua {size} MB wrth ymyl y storfa). Rhyddhewch rywfaint o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>No backup could be taken at unlock: {reason}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oedd modd gwneud copi wrth gefn wrth ddatgloi: {reason}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Not recorded yet</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <source>Not known</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Anhysbys</translation>
    </message>
    <message>
        <source>Known</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Hysbys</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Amheuir</translation>
    </message>
    <message>
        <source>Not present</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ddim yn bresennol</translation>
    </message>
    <message>
        <source>Nothing was saved from what you typed: this question is answered by choosing an option, with the arrow keys.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ni chadwyd dim o&apos;r hyn a deipiwyd gennych: caiff y cwestiwn hwn ei ateb drwy ddewis opsiwn, gyda&apos;r bysellau saeth.</translation>
    </message>
    <message>
        <source>Nothing was saved from what you typed: this question is answered by ticking its options, with Space.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ni chadwyd dim o&apos;r hyn a deipiwyd gennych: caiff y cwestiwn hwn ei ateb drwy dicio ei opsiynau, gyda Space.</translation>
    </message>
    <message>
        <source>Not saved yet. {problem}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gadw eto. {problem}</translation>
    </message>
    <message>
        <source>Not saved yet. {doubt} Press Enter in the box to keep it, or correct it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gadw eto. {doubt} Pwyswch Enter yn y blwch i&apos;w gadw, neu cywirwch ef.</translation>
    </message>
    <message>
        <source>Not read as a date yet: see below</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei ddarllen fel dyddiad eto: gweler isod</translation>
    </message>
    <message>
        <source>For example 29/11/2026, or yesterday</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft 29/11/2026, neu yesterday (ddoe)</translation>
    </message>
    <message>
        <source>For example 2019, Nov 2019 or 29/11/2019</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft 2019, Nov 2019 neu 29/11/2019</translation>
    </message>
    <message>
        <source>For example 29/11/2026 23:40, or now</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft 29/11/2026 23:40, neu now (nawr)</translation>
    </message>
    <message>
        <source>Type a date and a time, or now.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Teipiwch ddyddiad ac amser, neu now (nawr).</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nawr</translation>
    </message>
    <message>
        <source>{label}: fill in the date and time now</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{label}: llenwi&apos;r dyddiad a&apos;r amser nawr</translation>
    </message>
    <message>
        <source>Remove this row ({keys})</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r rhes hon ({keys})</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhes {number}</translation>
    </message>
    <message>
        <source>{label}, row {number}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{label}, rhes {number}</translation>
    </message>
    <message>
        <source>Remove row {number} of {group}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tynnu rhes {number} o {group}</translation>
    </message>
    <message>
        <source>None added yet.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim byd wedi&apos;i ychwanegu eto.</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ei rhoi&apos;n ôl</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ychwanegu rhes</translation>
    </message>
    <message>
        <source>Add a row to {group}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ychwanegu rhes at {group}</translation>
    </message>
    <message>
        <source>Row {number} ({words}) removed.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tynnwyd rhes {number} ({words}).</translation>
    </message>
    <message>
        <source>Row {number} removed.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tynnwyd rhes {number}.</translation>
    </message>
    <message>
        <source>Put row {number} of {group} back</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhoi rhes {number} o {group} yn ôl</translation>
    </message>
    <message>
        <source>Not saved yet. Choose Known, Suspected or Not present to save this evidence.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gadw eto. Dewiswch Hysbys, Amheuir neu Ddim yn bresennol i gadw&apos;r dystiolaeth hon.</translation>
    </message>
    <message>
        <source>What was seen or said that points to this</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Beth a welwyd neu a ddywedwyd sy&apos;n awgrymu hyn</translation>
    </message>
    <message>
        <source>{label}: evidence</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{label}: tystiolaeth</translation>
    </message>
    <message>
        <source>Who said or showed this, and when</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pwy a ddywedodd neu a ddangosodd hyn, a phryd</translation>
    </message>
    <message>
        <source>{label}: source</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{label}: ffynhonnell</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tystiolaeth</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ffynhonnell</translation>
    </message>
    <message>
        <source>{label} (needed for the referral)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{label} (angen ar gyfer yr atgyfeiriad)</translation>
    </message>
    <message>
        <source>&lt;i&gt;A copy of the answer in {form}.&lt;/i&gt; &lt;a href=&apos;#source&apos;&gt;Change it in {form}&lt;/a&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;i&gt;Copi o&apos;r ateb yn {form}.&lt;/i&gt; &lt;a href=&apos;#source&apos;&gt;Ei newid yn {form}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Read only: change it in {form}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Darllen yn unig: newidiwch ef yn {form}</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;#source&apos;&gt;Go to where it is recorded&lt;/a&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;a href=&apos;#source&apos;&gt;Mynd i&apos;r man lle mae wedi&apos;i gofnodi&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Your own answer. Worked out from the case it would be: {differs}. {came_from}&lt;/i&gt; &lt;a href=&apos;#use&apos;&gt;Use the worked-out answer&lt;/a&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;i&gt;Eich ateb eich hun. O&apos;i gyfrifo o&apos;r achos, byddai&apos;n: {differs}. {came_from}&lt;/i&gt; &lt;a href=&apos;#use&apos;&gt;Defnyddio&apos;r ateb a gyfrifwyd&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Your own answer. Worked out, it would be {differs}. {came_from}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Eich ateb eich hun. O&apos;i gyfrifo, byddai&apos;n {differs}. {came_from}</translation>
    </message>
    <message>
        <source>&lt;i&gt;{came_from}&lt;/i&gt; Change it there.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;i&gt;{came_from}&lt;/i&gt; Newidiwch ef yno.</translation>
    </message>
    <message>
        <source>Read only. {came_from} Change it there.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Darllen yn unig. {came_from} Newidiwch ef yno.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Worked out. {came_from}&lt;/i&gt; An answer typed here replaces it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;i&gt;Wedi&apos;i gyfrifo. {came_from}&lt;/i&gt; Bydd ateb a deipir yma yn cymryd ei le.</translation>
    </message>
    <message>
        <source>Worked out: {value}. {came_from}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gyfrifo: {value}. {came_from}</translation>
    </message>
    <message>
        <source>Worked out. {came_from}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gyfrifo. {came_from}</translation>
    </message>
    <message>
        <source>Set this section aside…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhoi&apos;r adran hon o&apos;r neilltu…</translation>
    </message>
    <message>
        <source>Bring this section back</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dod â&apos;r adran hon yn ôl</translation>
    </message>
    <message>
        <source>Why does this section not apply to this child?</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pam nad yw&apos;r adran hon yn berthnasol i&apos;r plentyn hwn?</translation>
    </message>
    <message>
        <source>Say why first: the reason goes into the case record.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dywedwch pam yn gyntaf: mae&apos;r rheswm yn mynd i gofnod yr achos.</translation>
    </message>
    <message>
        <source>Setting it aside says it does not apply to this child. Its questions stop counting as “Still needed” for the referral, and the reason is kept in the case record.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae ei rhoi o&apos;r neilltu yn dweud nad yw&apos;n berthnasol i&apos;r plentyn hwn. Nid yw ei chwestiynau&apos;n cyfrif mwyach fel “Angen o hyd” ar gyfer yr atgyfeiriad, a chaiff y rheswm ei gadw yng nghofnod yr achos.</translation>
    </message>
    <message>
        <source>It has 1 answer: they are kept, and come back if you bring the section back.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae 1 ateb ynddi: caiff ei gadw, a bydd yn dod yn ôl os byddwch yn dod â&apos;r adran yn ôl.</translation>
    </message>
    <message>
        <source>It has {count} answers: they are kept, and come back if you bring the section back.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae {count} ateb ynddi: cânt eu cadw, a byddant yn dod yn ôl os byddwch yn dod â&apos;r adran yn ôl.</translation>
    </message>
    <message>
        <source>Set “{section}” aside ({keys} in any of its questions)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhoi “{section}” o&apos;r neilltu ({keys} yn unrhyw un o&apos;i chwestiynau)</translation>
    </message>
    <message>
        <source>Bring “{section}” back ({keys} on this note)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dod â “{section}” yn ôl ({keys} ar y nodyn hwn)</translation>
    </message>
    <message>
        <source>Why {section} does not apply</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pam nad yw {section} yn berthnasol</translation>
    </message>
    <message>
        <source>Set it aside</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ei rhoi o&apos;r neilltu</translation>
    </message>
    <message>
        <source>Keep the section</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw&apos;r adran</translation>
    </message>
    <message>
        <source>Set “{section}” aside?</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhoi “{section}” o&apos;r neilltu?</translation>
    </message>
    <message>
        <source>Set aside: {reason}. Its questions are kept.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">O&apos;r neilltu: {reason}. Caiff ei chwestiynau eu cadw.</translation>
    </message>
    <message>
        <source>{section}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} brings the section back</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae {keys} yn dod â&apos;r adran yn ôl</translation>
    </message>
    <message>
        <source>Only a number can be typed here (for example 15, or 15.5): that key was not kept.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim ond rhif y gellir ei deipio yma (er enghraifft 15, neu 15.5): ni chadwyd y fysell honno.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Hand over this case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Trosglwyddo&apos;r achos hwn</translation>
    </message>
    <message>
        <source>Hand over the case of {name} ({reference}) to a colleague&apos;s laptop. The whole case goes into one encrypted file, locked with six words that this laptop shows once and you read to your colleague by phone. Until they read you back the confirmation code their laptop shows, the case stays here but cannot be changed; once you type that code, it is deleted from this laptop.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Trosglwyddo achos {name} ({reference}) i liniadur cydweithiwr. Mae&apos;r achos cyfan yn mynd i un ffeil wedi&apos;i hamgryptio, wedi&apos;i chloi â chwe gair y mae&apos;r gliniadur hwn yn eu dangos unwaith, a chithau&apos;n eu darllen i&apos;ch cydweithiwr dros y ffôn. Nes iddyn nhw ddarllen yn ôl i chi y cod cadarnhau y mae eu gliniadur yn ei ddangos, mae&apos;r achos yn aros yma ond nid oes modd ei newid; unwaith y byddwch yn teipio&apos;r cod hwnnw, caiff ei ddileu o&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <source>&amp;Who receives it (their name and team):</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">P&amp;wy sy&apos;n ei dderbyn (eu henw a&apos;u tîm):</translation>
    </message>
    <message>
        <source>Who receives the case: their name and team</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pwy sy&apos;n derbyn yr achos: eu henw a&apos;u tîm</translation>
    </message>
    <message>
        <source>&amp;Write the handover file…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Ysgrifennu&apos;r ffeil drosglwyddo…</translation>
    </message>
    <message>
        <source>When they read you the confirmation code, type it &amp;here:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pan fyddan nhw&apos;n darllen y cod cadarnhau i chi, teipiwch ef y&amp;ma:</translation>
    </message>
    <message>
        <source>The confirmation code the receiver read to you</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y cod cadarnhau a ddarllenodd y derbynnydd i chi</translation>
    </message>
    <message>
        <source>For example: 7F3K-QM2P</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft: 7F3K-QM2P</translation>
    </message>
    <message>
        <source>&amp;Confirm and delete this laptop&apos;s copy</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Cadarnhau a dileu copi&apos;r gliniadur hwn</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw the handover…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Tynnu&apos;r trosglwyddiad yn ôl…</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Say who receives the case (a name, and their team), so that this laptop&apos;s record says to whom it went.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dywedwch pwy sy&apos;n derbyn yr achos (enw, a&apos;u tîm), fel bod cofnod y gliniadur hwn yn dweud at bwy yr aeth.</translation>
    </message>
    <message>
        <source>Save the handover file</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw&apos;r ffeil drosglwyddo</translation>
    </message>
    <message>
        <source>Handover file ({pattern})</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ffeil drosglwyddo ({pattern})</translation>
    </message>
    <message>
        <source>Writing the handover file…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn ysgrifennu&apos;r ffeil drosglwyddo…</translation>
    </message>
    <message>
        <source>Type the confirmation code the receiver read to you.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Teipiwch y cod cadarnhau a ddarllenodd y derbynnydd i chi.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn gwirio&apos;r cod…</translation>
    </message>
    <message>
        <source>Withdraw the handover</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r trosglwyddiad yn ôl</translation>
    </message>
    <message>
        <source>Why is the handover withdrawn (for example: the file did not arrive)? The case can then be changed on this laptop again; the file still opens with its words.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pam mae&apos;r trosglwyddiad yn cael ei dynnu&apos;n ôl (er enghraifft: ni chyrhaeddodd y ffeil)? Yna bydd modd newid yr achos ar y gliniadur hwn eto; mae&apos;r ffeil yn dal i agor gyda&apos;i geiriau.</translation>
    </message>
    <message>
        <source>Withdrawing the handover…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn tynnu&apos;r trosglwyddiad yn ôl…</translation>
    </message>
    <message>
        <source>Read these six words to {receiver} by phone, not by email or a text message, and never write them next to the file. They are shown only while this window is open and are kept nowhere:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Darllenwch y chwe gair hyn i {receiver} dros y ffôn, nid drwy e-bost na neges destun, a pheidiwch byth â&apos;u hysgrifennu wrth ymyl y ffeil. Dim ond tra bo&apos;r ffenestr hon ar agor y cânt eu dangos, ac nid ydynt yn cael eu cadw yn unman:</translation>
    </message>
    <message>
        <source>The six handover words: {words}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y chwe gair trosglwyddo: {words}</translation>
    </message>
    <message>
        <source>Close (type the code later)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cau (teipio&apos;r cod yn nes ymlaen)</translation>
    </message>
    <message>
        <source>HANDED OVER, AWAITING CONFIRMATION</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">WEDI&apos;I DROSGLWYDDO, YN AROS AM GADARNHAD</translation>
    </message>
    <message>
        <source>Open the case to hand over first; then press {keys}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Agorwch yr achos i&apos;w drosglwyddo yn gyntaf; yna pwyswch {keys}.</translation>
    </message>
    <message>
        <source>this child</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">y plentyn hwn</translation>
    </message>
    <message>
        <source>Handover file written: {file}. The case cannot be changed here until its confirmation code is typed.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ysgrifennwyd y ffeil drosglwyddo: {file}. Nid oes modd newid yr achos yma nes bydd ei god cadarnhau wedi&apos;i deipio.</translation>
    </message>
    <message>
        <source>Case handed over</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Achos wedi&apos;i drosglwyddo</translation>
    </message>
    <message>
        <source>Handover withdrawn</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Trosglwyddiad wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>{mark}: {sentence} Press {keys} to type the code or withdraw the handover.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{mark}: {sentence} Pwyswch {keys} i deipio&apos;r cod neu i dynnu&apos;r trosglwyddiad yn ôl.</translation>
    </message>
    <message>
        <source>Receive a handed-over case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Derbyn achos a drosglwyddwyd</translation>
    </message>
    <message>
        <source>A colleague handed a case over to you in a handover file (it ends in .tkhandover) and is reading you six words by phone. Type where the file is and the six words; the case is checked and added to your vault whole, or not at all. Then read the confirmation code back to them, so that their laptop deletes its copy.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae cydweithiwr wedi trosglwyddo achos i chi mewn ffeil drosglwyddo (mae&apos;n gorffen â .tkhandover) ac mae&apos;n darllen chwe gair i chi dros y ffôn. Teipiwch ble mae&apos;r ffeil a&apos;r chwe gair; caiff yr achos ei wirio a&apos;i ychwanegu at eich storfa yn gyfan, neu ddim o gwbl. Yna darllenwch y cod cadarnhau yn ôl iddyn nhw, fel bod eu gliniadur yn dileu ei gopi.</translation>
    </message>
    <message>
        <source>Choose the handover file</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dewis y ffeil drosglwyddo</translation>
    </message>
    <message>
        <source>Handover file ({pattern});;All files (*)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ffeil drosglwyddo ({pattern});;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The handover &amp;file:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y &amp;ffeil drosglwyddo:</translation>
    </message>
    <message>
        <source>Where the handover file is</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ble mae&apos;r ffeil drosglwyddo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Dewis…</translation>
    </message>
    <message>
        <source>The &amp;six words the sender read to you:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y &amp;chwe gair a ddarllenodd yr anfonwr i chi:</translation>
    </message>
    <message>
        <source>The six handover words</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y chwe gair trosglwyddo</translation>
    </message>
    <message>
        <source>&amp;Receive the case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">De&amp;rbyn yr achos</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Agor yr achos</translation>
    </message>
    <message>
        <source>Type where the handover file is, or choose it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Teipiwch ble mae&apos;r ffeil drosglwyddo, neu dewiswch hi.</translation>
    </message>
    <message>
        <source>Opening and checking the handover file…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn agor ac yn gwirio&apos;r ffeil drosglwyddo…</translation>
    </message>
    <message>
        <source>The confirmation code: {code}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y cod cadarnhau: {code}</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>Not saved yet: go back to the list (Esc) and press K, S or N to save this evidence with the answer.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gadw eto: ewch yn ôl i&apos;r rhestr (Esc) a phwyswch K, S neu N i gadw&apos;r dystiolaeth hon gyda&apos;r ateb.</translation>
    </message>
    <message>
        <source>For a child under ten</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ar gyfer plentyn o dan ddeg oed</translation>
    </message>
    <message>
        <source>There is no separate note for young children on this indicator.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes nodyn ar wahân ar gyfer plant ifanc ar y dangosydd hwn.</translation>
    </message>
    <message>
        <source>What to look for and ask</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Beth i chwilio amdano a&apos;i ofyn</translation>
    </message>
    <message>
        <source>What was seen or said that points to this</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Beth a welwyd neu a ddywedwyd sy&apos;n awgrymu hyn</translation>
    </message>
    <message>
        <source>Who said or showed this, and when</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pwy a ddywedodd neu a ddangosodd hyn, a phryd</translation>
    </message>
    <message>
        <source>&amp;Evidence (key E)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tystiolaeth (bysell &amp;E)</translation>
    </message>
    <message>
        <source>S&amp;ource (key O)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ffynh&amp;onnell (bysell O)</translation>
    </message>
    <message>
        <source>Choose an indicator in the list.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dewiswch ddangosydd yn y rhestr.</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Eich ateb: {answer}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dangosydd</translation>
    </message>
    <message>
        <source>{indicator}: evidence</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{indicator}: tystiolaeth</translation>
    </message>
    <message>
        <source>{indicator}: source</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{indicator}: ffynhonnell</translation>
    </message>
    <message>
        <source>Guidance: {indicator}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Canllawiau: {indicator}</translation>
    </message>
    <message>
        <source>{name} is recorded under People around the child (Alt+9).</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae {name} wedi&apos;i gofnodi o dan Pobl o gwmpas y plentyn (Alt+9).</translation>
    </message>
    <message>
        <source>Parts of the matrix</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhannau&apos;r matrics</translation>
    </message>
    <message>
        <source>What you marked so far:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yr hyn rydych wedi&apos;i farcio hyd yma:</translation>
    </message>
    <message>
        <source>Not yet considered</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei ystyried eto</translation>
    </message>
    <message>
        <source>Keys: K known · S suspected · N not present · Delete clears · E evidence · O source · Esc back · Page Down / Up: next or previous part</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Bysellau: K Known (hysbys) · S Suspected (amheuir) · N Not present (ddim yn bresennol) · Delete yn clirio · E Evidence (tystiolaeth) · O Source (ffynhonnell) · Esc yn ôl · Page Down / Up: y rhan nesaf neu&apos;r un flaenorol</translation>
    </message>
    <message>
        <source>Indicators of this part</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dangosyddion y rhan hon</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Eich ateb</translation>
    </message>
    <message>
        <source>In this part so far: {counts}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn y rhan hon hyd yma: {counts}.</translation>
    </message>
    <message>
        <source>This counts what you marked. It is not a score and gives no verdict: you decide.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae hyn yn cyfrif yr hyn rydych wedi&apos;i farcio. Nid sgôr yw hwn ac nid yw&apos;n rhoi dyfarniad: chi sy&apos;n penderfynu.</translation>
    </message>
    <message>
        <source>Caution: the child may be under ten. The matrix was not designed for young children; read each indicator&apos;s note for young children and rely on your own judgement.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gofal: gall y plentyn fod o dan ddeg oed. Ni chafodd y matrics ei gynllunio ar gyfer plant ifanc; darllenwch nodyn pob dangosydd ar gyfer plant ifanc a dibynnwch ar eich barn eich hun.</translation>
    </message>
    <message>
        <source>{known} known · {suspected} suspected · {absent} not present · {open} not yet considered</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{known} hysbys · {suspected} dan amheuaeth · {absent} ddim yn bresennol · {open} heb eu hystyried eto</translation>
    </message>
    <message>
        <source>{block}: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked in both movement and exploitation: {movement} movement and {exploitation} exploitation indicators are known or suspected.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi&apos;u marcio yn y ddwy ran, symud a chamfanteisio: mae {movement} dangosydd symud a {exploitation} dangosydd camfanteisio yn hysbys neu dan amheuaeth.</translation>
    </message>
    <message>
        <source>Nothing is marked known or suspected in both movement and exploitation so far.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Hyd yma, nid oes dim wedi&apos;i farcio&apos;n hysbys neu dan amheuaeth yn y ddwy ran, symud a chamfanteisio.</translation>
    </message>
    <message>
        <source>Answers to indicators of an older matrix kept in the history: {count}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Atebion i ddangosyddion matrics hŷn a gedwir yn yr hanes: {count}.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>positive</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">cadarnhaol</translation>
    </message>
    <message>
        <source>negative</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">negyddol</translation>
    </message>
    <message>
        <source>awaited</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">disgwylir</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">amherthnasol</translation>
    </message>
    <message>
        <source>This vault (no name in About you yet)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y storfa hon (dim enw yn Amdanoch chi eto)</translation>
    </message>
    <message>
        <source>Reasonable-grounds decision expected by {date}, {days} days ago</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Roedd disgwyl penderfyniad ar sail resymol erbyn {date}, {days} diwrnod yn ôl</translation>
    </message>
    <message>
        <source>Missing-child plan to review since {date}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Angen adolygu&apos;r cynllun plentyn ar goll ers {date}</translation>
    </message>
    <message>
        <source>{sender}, handing over to {receiver} (awaiting confirmation)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{sender}, yn trosglwyddo i {receiver} (yn aros am gadarnhad)</translation>
    </message>
    <message>
        <source>{me}, received from {sender} on {at}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{me}, wedi&apos;i dderbyn gan {sender} ar {at}</translation>
    </message>
    <message>
        <source>{decision}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable grounds: {rg}. Conclusive grounds: {cg}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sail resymol: {rg}. Sail derfynol: {cg}</translation>
    </message>
    <message>
        <source>Reasonable grounds: {rg}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sail resymol: {rg}</translation>
    </message>
    <message>
        <source>Conclusive grounds: {cg}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sail derfynol: {cg}</translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim penderfyniad wedi&apos;i gofnodi</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>Important: the exported file is no longer protected by the vault unless you set a password. Anyone who gets a copy of it can read it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pwysig: nid yw&apos;r storfa&apos;n diogelu&apos;r ffeil a allforiwyd mwyach, oni bai eich bod yn gosod cyfrinair. Gall unrhyw un sy&apos;n cael copi ohoni ei darllen.</translation>
    </message>
    <message>
        <source>No password: the PDF will open for anyone who has it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim cyfrinair: bydd y PDF yn agor i unrhyw un sydd ag ef.</translation>
    </message>
    <message>
        <source>The PDF will open only with this password. Give it to the decision-maker separately, for example by phone, never in the same email as the file.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim ond gyda&apos;r cyfrinair hwn y bydd y PDF yn agor. Rhowch ef i&apos;r sawl sy&apos;n gwneud y penderfyniad ar wahân, er enghraifft dros y ffôn, byth yn yr un e-bost â&apos;r ffeil.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password in both boxes, or leave both empty to save without a password.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid yw&apos;r ddau gyfrinair yr un fath. Teipiwch yr un cyfrinair yn y ddau flwch, neu gadewch y ddau&apos;n wag i gadw heb gyfrinair.</translation>
    </message>
    <message>
        <source>This is a training case: every page is marked TRAINING - NOT A REAL REFERRAL.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Achos hyfforddi yw hwn: mae pob tudalen wedi&apos;i marcio TRAINING - NOT A REAL REFERRAL (HYFFORDDIANT - NID ATGYFEIRIAD GO IAWN).</translation>
    </message>
    <message>
        <source>Make the referral pack (PDF)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gwneud y pecyn atgyfeirio (PDF)</translation>
    </message>
    <message>
        <source>The referral pack for the NRM (National Referral Mechanism) decision-maker. It will contain:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y pecyn atgyfeirio ar gyfer y sawl sy&apos;n gwneud penderfyniad yr NRM (Mecanwaith Atgyfeirio Cenedlaethol). Bydd yn cynnwys:</translation>
    </message>
    <message>
        <source>What the referral pack will contain</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Beth fydd yn y pecyn atgyfeirio</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn darllen yr achos…</translation>
    </message>
    <message>
        <source>PDF pass&amp;word (optional):</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Cyfrinair y PDF (dewisol):</translation>
    </message>
    <message>
        <source>PDF password, optional</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfrinair y PDF, dewisol</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Teipiwch ef &amp;eto:</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfrinair y PDF eto</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Dewis ble i gadw…</translation>
    </message>
    <message>
        <source>Save and &amp;print…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw ac &amp;argraffu…</translation>
    </message>
    <message>
        <source>The password is only spaces. Type a password, or leave both boxes empty to save without one.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim ond bylchau sydd yn y cyfrinair. Teipiwch gyfrinair, neu gadewch y ddau flwch yn wag i gadw heb un.</translation>
    </message>
    <message>
        <source>Save the referral pack</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw&apos;r pecyn atgyfeirio</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the referral pack. This can take a few seconds for a large case…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn gwneud y pecyn atgyfeirio. Gall hyn gymryd ychydig eiliadau ar gyfer achos mawr…</translation>
    </message>
    <message>
        <source>Answers in the online form&apos;s order</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Atebion yn nhrefn y ffurflen ar-lein</translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translation type="unfinished">SWYDDOGOL-SENSITIF</translation>
    </message>
    <message>
        <source>This case&apos;s answers in the order the online NRM (National Referral Mechanism) form asks for them, page by page. Copy puts one answer on the clipboard, to paste into the online form; the app clears the clipboard when it locks.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Atebion yr achos hwn yn y drefn y mae ffurflen NRM (Mecanwaith Atgyfeirio Cenedlaethol) ar-lein yn gofyn amdanynt, fesul tudalen. Mae Copïo yn rhoi un ateb ar y clipfwrdd, i&apos;w ludo yn y ffurflen ar-lein; mae&apos;r ap yn clirio&apos;r clipfwrdd pan fydd yn cloi.</translation>
    </message>
    <message>
        <source>TRAINING: a practice case. Never type these answers into the real online form.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">HYFFORDDIANT: achos ymarfer. Peidiwch byth â theipio&apos;r atebion hyn yn y ffurflen ar-lein go iawn.</translation>
    </message>
    <message>
        <source>The list of the online form&apos;s questions is missing from this app&apos;s definitions (nrm_online_form.yaml), so the answers cannot be shown in its order.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae rhestr cwestiynau&apos;r ffurflen ar-lein ar goll o ddiffiniadau&apos;r ap hwn (nrm_online_form.yaml), felly nid oes modd dangos yr atebion yn ei threfn hi.</translation>
    </message>
    <message>
        <source>Needed: no answer yet.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Angen: dim ateb eto.</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim ateb eto.</translation>
    </message>
    <message>
        <source>Not asked in this app.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ni ofynnir hyn yn yr ap hwn.</translation>
    </message>
    <message>
        <source>Copied answer {number} to the clipboard.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Copïwyd ateb {number} i&apos;r clipfwrdd.</translation>
    </message>
    <message>
        <source>Every question the online form needs has an answer.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae ateb i bob cwestiwn sydd ei angen ar y ffurflen ar-lein.</translation>
    </message>
    <message>
        <source>{count} question the online form needs has no answer yet: each is marked “{mark}”</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes ateb eto i {count} cwestiwn sydd ei angen ar y ffurflen ar-lein: mae wedi&apos;i farcio “{mark}”</translation>
    </message>
    <message>
        <source>{count} questions the online form needs have no answer yet: each is marked “{mark}”</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes ateb eto i {count} cwestiwn sydd eu hangen ar y ffurflen ar-lein: mae pob un wedi&apos;i farcio “{mark}”</translation>
    </message>
    <message>
        <source>{number}. {question} (optional in the online form)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{number}. {question} (dewisol yn y ffurflen ar-lein)</translation>
    </message>
    <message>
        <source>From {place}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">O {place}.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Copïo</translation>
    </message>
    <message>
        <source>Copy answer {number}: {question}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Copïo ateb {number}: {question}</translation>
    </message>
    <message>
        <source>Go to the question</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r cwestiwn</translation>
    </message>
    <message>
        <source>Question {number}, {question}: {state} Go to where it is asked</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cwestiwn {number}, {question}: {state} Mynd i&apos;r man lle gofynnir ef</translation>
    </message>
    <message>
        <source>The saved pack could not be read for printing ({problem}).</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oedd modd darllen y pecyn a gadwyd i&apos;w argraffu ({problem}).</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is on and try again.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oedd modd cychwyn yr argraffydd. Gwiriwch ei fod ymlaen a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The printer stopped after page {page}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Stopiodd yr argraffydd ar ôl tudalen {page}.</translation>
    </message>
    <message>
        <source>National Referral Mechanism (NRM) decisions</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Penderfyniadau&apos;r Mecanwaith Atgyfeirio Cenedlaethol (NRM)</translation>
    </message>
    <message>
        <source>The referral pack is a PDF for the NRM decision-maker with everything recorded in this case, including what was not assessed. You see what it will contain before you save it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">PDF yw&apos;r pecyn atgyfeirio ar gyfer y sawl sy&apos;n gwneud penderfyniad yr NRM, gyda phopeth a gofnodwyd yn yr achos hwn, gan gynnwys yr hyn na chafodd ei asesu. Byddwch yn gweld beth fydd ynddo cyn i chi ei gadw.</translation>
    </message>
    <message>
        <source>Answers in the &amp;online form&apos;s order…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Atebion yn nhrefn y ffurflen ar-lein…</translation>
    </message>
    <message>
        <source>To type the referral into the Home Office&apos;s online form: every question it asks, in its order, with this case&apos;s answer and a Copy button ({keys}).</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">I deipio&apos;r atgyfeiriad yn ffurflen ar-lein y Swyddfa Gartref: pob cwestiwn y mae&apos;n ei ofyn, yn ei drefn, gydag ateb yr achos hwn a botwm Copïo ({keys}).</translation>
    </message>
    <message>
        <source>&amp;Record a decision in the trafficking assessment</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Cofnodi penderfyniad yn yr asesiad masnachu pobl</translation>
    </message>
    <message>
        <source>Referral pack</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pecyn atgyfeirio</translation>
    </message>
    <message>
        <source>Make the referral pack (PDF)…  Alt+P</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gwneud y pecyn atgyfeirio (PDF)…  Alt+P</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Your &amp;name</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Eich &amp;enw</translation>
    </message>
    <message>
        <source>As it should appear on a referral</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Fel y dylai ymddangos ar atgyfeiriad</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Eich &amp;rôl</translation>
    </message>
    <message>
        <source>For example: duty social worker</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft: gweithiwr cymdeithasol ar ddyletswydd</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Tîm</translation>
    </message>
    <message>
        <source>For example: emergency duty team</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft: tîm dyletswydd brys</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Sefydliad</translation>
    </message>
    <message>
        <source>For example: the council or Border Force</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft: y cyngor neu Llu&apos;r Ffiniau</translation>
    </message>
    <message>
        <source>Work &amp;phone</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Ffôn gwaith</translation>
    </message>
    <message>
        <source>A number the decision-maker can call</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhif y gall y sawl sy&apos;n gwneud y penderfyniad ei ffonio</translation>
    </message>
    <message>
        <source>Work &amp;email</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">E-bost &amp;gwaith</translation>
    </message>
    <message>
        <source>A secure work address</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfeiriad gwaith diogel</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Why is this answer changing?</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pam mae&apos;r ateb hwn yn newid?</translation>
    </message>
    <message>
        <source>Saved with your reason. The change is in the chronology, and the next referral pack will list it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw gyda&apos;ch rheswm. Mae&apos;r newid yn y gronoleg, a bydd y pecyn atgyfeirio nesaf yn ei restru.</translation>
    </message>
    <message>
        <source>You changed “{question}” to: {value}

{why}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rydych wedi newid “{question}” i: {value}

{why}</translation>
    </message>
    <message>
        <source>{earlier} and {last}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{earlier} a {last}</translation>
    </message>
    <message>
        <source>{names} were saved without a reason: the vault locked before one could be asked. To add the reason, use “Correct this entry” on its line in the chronology.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cafodd {names} eu cadw heb reswm: cloiodd y storfa cyn bod modd gofyn am un. I ychwanegu&apos;r rheswm, defnyddiwch “Cywiro&apos;r cofnod hwn” ar linell pob un yn y gronoleg.</translation>
    </message>
    <message>
        <source>{name} was saved without a reason: the vault locked before one could be asked. To add the reason, use “Correct this entry” on its line in the chronology.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cafodd {name} ei gadw heb reswm: cloiodd y storfa cyn bod modd gofyn am un. I ychwanegu&apos;r rheswm, defnyddiwch “Cywiro&apos;r cofnod hwn” ar ei linell yn y gronoleg.</translation>
    </message>
    <message>
        <source>Your change ({typed}) was not saved: once a referral pack has gone out, a change needs a reason. Change it again to give one.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ni chadwyd eich newid ({typed}): ar ôl i becyn atgyfeirio gael ei anfon, mae angen rheswm dros newid. Newidiwch ef eto i roi un.</translation>
    </message>
    <message>
        <source>Kept the saved answer to “{question}”. {why}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r ateb i “{question}” wedi&apos;i gadw fel yr oedd. {why}</translation>
    </message>
    <message>
        <source>Kept the saved answer to “{question}”: {saved}. {why}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r ateb i “{question}” wedi&apos;i gadw fel yr oedd: {saved}. {why}</translation>
    </message>
    <message>
        <source>Documents and photo</source>
        <translation type="unfinished">Dogfennau a llun</translation>
    </message>
    <message>
        <source>Attach a photo of the child (for the missing-child description sheet) or a supporting document: a JPEG or PNG image or a PDF, up to 25 MB. Files are kept inside the encrypted vault, listed in the referral pack, and PDFs are added at the end of the pack.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Atodwch lun o&apos;r plentyn (ar gyfer y daflen ddisgrifio plentyn sydd ar goll) neu ddogfen ategol: delwedd JPEG neu PNG, neu PDF, hyd at 25 MB. Caiff ffeiliau eu cadw yn y storfa wedi&apos;i hamgryptio a&apos;u rhestru yn y pecyn atgyfeirio, a chaiff ffeiliau PDF eu hychwanegu at ddiwedd y pecyn.</translation>
    </message>
    <message>
        <source>Attach a photo or document</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Atodi llun neu ddogfen</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.pdf)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Lluniau a ffeiliau PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>{number}. Removed: {description}. Removed by {name}, {time}. Reason: {reason}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{number}. Wedi&apos;i dynnu: {description}. Tynnwyd gan {name}, {time}. Rheswm: {reason}</translation>
    </message>
    <message>
        <source>no date</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">dim dyddiad</translation>
    </message>
    <message>
        <source>{number}. {description} (photo of the child): {kind}, {date}, {size}. Added by {name}, {time}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{number}. {description} (llun o&apos;r plentyn): {kind}, {date}, {size}. Ychwanegwyd gan {name}, {time}.</translation>
    </message>
    <message>
        <source>{number}. {description}: {kind}, {date}, {size}. Added by {name}, {time}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{number}. {description}: {kind}, {date}, {size}. Ychwanegwyd gan {name}, {time}.</translation>
    </message>
    <message>
        <source>Photos and documents of this case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Lluniau a dogfennau&apos;r achos hwn</translation>
    </message>
    <message>
        <source>Add a photo or document… (Alt+A)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ychwanegu llun neu ddogfen… (Alt+A)</translation>
    </message>
    <message>
        <source>View (Enter)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gweld (Enter)</translation>
    </message>
    <message>
        <source>Save a copy… (Alt+S)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw copi… (Alt+S)</translation>
    </message>
    <message>
        <source>Remove… (Delete)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tynnu… (Delete)</translation>
    </message>
    <message>
        <source>What it is, e.g. Photo taken at the duty office</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Beth ydyw, e.e. Llun a dynnwyd yn y swyddfa ddyletswydd</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Disgrifiad</translation>
    </message>
    <message>
        <source>Date (optional)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dyddiad (dewisol)</translation>
    </message>
    <message>
        <source>The date it is of (optional), e.g. 28/11/2026</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y dyddiad y mae&apos;n perthyn iddo (dewisol), e.e. 28/11/2026</translation>
    </message>
    <message>
        <source>This is a photo of the child, for the missing-child sheet</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Llun o&apos;r plentyn yw hwn, ar gyfer y daflen plentyn sydd ar goll</translation>
    </message>
    <message>
        <source>Attach (Enter)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Atodi (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Description:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Disgrifiad:</translation>
    </message>
    <message>
        <source>Date (optional):</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dyddiad (dewisol):</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ffeil: {name}</translation>
    </message>
    <message>
        <source>The date cannot be read. {problem}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes modd darllen y dyddiad. {problem}</translation>
    </message>
    <message>
        <source>Attaching {name}…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn atodi {name}…</translation>
    </message>
    <message>
        <source>Attached as number {number}: {kind}, {size}. It is kept inside the vault.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i atodi fel rhif {number}: {kind}, {size}. Caiff ei gadw yn y storfa.</translation>
    </message>
    <message>
        <source>{description} is a PDF (pages not readable). It stays inside the vault and is added at the end of the referral pack. To read it here, choose Save a copy: the copy is not protected by the vault.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">PDF yw {description} (nid oes modd darllen y tudalennau). Mae&apos;n aros yn y storfa ac yn cael ei ychwanegu at ddiwedd y pecyn atgyfeirio. I&apos;w ddarllen yma, dewiswch Cadw copi: nid yw&apos;r storfa&apos;n diogelu&apos;r copi.</translation>
    </message>
    <message>
        <source>{description} is a PDF (1 page). It stays inside the vault and is added at the end of the referral pack. To read it here, choose Save a copy: the copy is not protected by the vault.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">PDF yw {description} (1 dudalen). Mae&apos;n aros yn y storfa ac yn cael ei ychwanegu at ddiwedd y pecyn atgyfeirio. I&apos;w ddarllen yma, dewiswch Cadw copi: nid yw&apos;r storfa&apos;n diogelu&apos;r copi.</translation>
    </message>
    <message>
        <source>{description} is a PDF ({pages} pages). It stays inside the vault and is added at the end of the referral pack. To read it here, choose Save a copy: the copy is not protected by the vault.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">PDF yw {description} ({pages} tudalen). Mae&apos;n aros yn y storfa ac yn cael ei ychwanegu at ddiwedd y pecyn atgyfeirio. I&apos;w ddarllen yma, dewiswch Cadw copi: nid yw&apos;r storfa&apos;n diogelu&apos;r copi.</translation>
    </message>
    <message>
        <source>{description} cannot be shown: the image file is damaged.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes modd dangos {description}: mae ffeil y ddelwedd wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw copi</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pob ffeil (*)</translation>
    </message>
    <message>
        <source>A copy was saved to {path}. That copy is not protected by the vault.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadwyd copi yn {path}. Nid yw&apos;r storfa&apos;n diogelu&apos;r copi hwnnw.</translation>
    </message>
    <message>
        <source>Remove an attachment</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tynnu atodiad</translation>
    </message>
    <message>
        <source>Why is “{description}” being removed? The reason is kept in the case&apos;s history and the file is deleted from the vault.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pam mae “{description}” yn cael ei dynnu? Caiff y rheswm ei gadw yn hanes yr achos, a chaiff y ffeil ei dileu o&apos;r storfa.</translation>
    </message>
    <message>
        <source>Attachment {number} was removed; the reason is kept.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tynnwyd atodiad {number}; caiff y rheswm ei gadw.</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ychwanegu cofnod</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pryd y digwyddodd</translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pryd y &amp;digwyddodd</translation>
    </message>
    <message>
        <source>Leave empty if it is happening now; the time it is added is used.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gadewch yn wag os yw&apos;n digwydd nawr; defnyddir yr amser y caiff ei ychwanegu.</translation>
    </message>
    <message>
        <source>&amp;Kind of entry</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Math o gofnod</translation>
    </message>
    <message>
        <source>&amp;What happened or was found out</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Beth a ddigwyddodd neu a ddaeth i&apos;r amlwg</translation>
    </message>
    <message>
        <source>From a con&amp;versation with the child (optional)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">O &amp;sgwrs gyda&apos;r plentyn (dewisol)</translation>
    </message>
    <message>
        <source>If this came from a conversation already recorded, choose it here.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Os daeth hyn o sgwrs sydd eisoes wedi&apos;i chofnodi, dewiswch hi yma.</translation>
    </message>
    <message>
        <source>Add to the chronology</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ychwanegu at y gronoleg</translation>
    </message>
    <message>
        <source>Not from a conversation</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid o sgwrs</translation>
    </message>
    <message>
        <source>Conversation {number}: {when}, {place}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sgwrs {number}: {when}, {place}</translation>
    </message>
    <message>
        <source>Conversation {number}: {when}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sgwrs {number}: {when}</translation>
    </message>
    <message>
        <source>Something that happened</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhywbeth a ddigwyddodd</translation>
    </message>
    <message>
        <source>Something the child said</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhywbeth a ddywedodd y plentyn</translation>
    </message>
    <message>
        <source>Request sent to an agency</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cais wedi&apos;i anfon at asiantaeth</translation>
    </message>
    <message>
        <source>Answer from an agency</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ateb gan asiantaeth</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Atgyfeirio</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <source>Answer changed after a referral pack was made</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ateb wedi&apos;i newid ar ôl gwneud pecyn atgyfeirio</translation>
    </message>
    <message>
        <source>Correction</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cywiriad</translation>
    </message>
    <message>
        <source>{record}: change it there</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{record}: newidiwch ef yno</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correction&lt;/b&gt; of the entry of {when}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Cywiriad&lt;/b&gt; i gofnod {when}</translation>
    </message>
    <message>
        <source>Recorded {when} by {name} · from the conversation of {source}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cofnodwyd {when} gan {name} · o sgwrs {source}</translation>
    </message>
    <message>
        <source>Recorded {when} by {name}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cofnodwyd {when} gan {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Corrected:&lt;/b&gt; see the correction below.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Wedi&apos;i gywiro:&lt;/b&gt; gweler y cywiriad isod.</translation>
    </message>
    <message>
        <source>Add the correction</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ychwanegu&apos;r cywiriad</translation>
    </message>
    <message>
        <source>Nothing in the chronology yet.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim byd yn y gronoleg eto.</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cywiro&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Correct the entry of {when}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cywiro cofnod {when}</translation>
    </message>
    <message>
        <source>Correct the entry of {when}. Type what is right; the original stays in the chronology, with your correction under it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cywiro cofnod {when}. Teipiwch beth sy&apos;n gywir; mae&apos;r gwreiddiol yn aros yn y gronoleg, gyda&apos;ch cywiriad oddi tano.</translation>
    </message>
    <message>
        <source>Correction of the entry of {when}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cywiriad i gofnod {when}</translation>
    </message>
    <message>
        <source>Chronology and agencies</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cronoleg ac asiantaethau</translation>
    </message>
    <message>
        <source>One record of what happened and when, for anyone who picks up the case. Entries are added, never edited away: if one is wrong, press Correct this entry and the correction is shown under it, with the original kept.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Un cofnod o beth ddigwyddodd a phryd, i unrhyw un sy&apos;n cymryd yr achos. Caiff cofnodion eu hychwanegu, a&apos;u cadw heb eu golygu byth: os yw un yn anghywir, pwyswch Cywiro&apos;r cofnod hwn a chaiff y cywiriad ei ddangos oddi tano, gyda&apos;r gwreiddiol wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>No request to another agency is waiting for an answer.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes cais i asiantaeth arall yn aros am ateb.</translation>
    </message>
    <message>
        <source>{agency}{what}: waiting; the date of the request is not recorded.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{agency}{what}: yn aros; nid yw dyddiad y cais wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>{agency}{what}: asked today, waiting for an answer.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{agency}{what}: gofynnwyd heddiw, yn aros am ateb.</translation>
    </message>
    <message>
        <source>{agency}{what}: waiting 1 day, since {date}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{agency}{what}: wedi aros 1 diwrnod, ers {date}.</translation>
    </message>
    <message>
        <source>{agency}{what}: waiting {days} days, since {date}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{agency}{what}: wedi aros {days} diwrnod, ers {date}.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Asiantaethau</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cronoleg</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn aros am ateb</translation>
    </message>
    <message>
        <source>Waiting for an answer: {count}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn aros am ateb: {count}</translation>
    </message>
    <message>
        <source>Came from a conversation…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi dod o sgwrs…</translation>
    </message>
    <message>
        <source>{when} at {place}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{when} yn {place}</translation>
    </message>
    <message>
        <source>From the conversation on {when}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">O&apos;r sgwrs ar {when}</translation>
    </message>
    <message>
        <source>Present: {people}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn bresennol: {people}</translation>
    </message>
    <message>
        <source>Interpreter: {interpreter} in {language}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfieithydd: {interpreter}, iaith: {language}</translation>
    </message>
    <message>
        <source>Interpreter: {interpreter}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfieithydd: {interpreter}</translation>
    </message>
    <message>
        <source>Spoken in {language}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Iaith: {language}</translation>
    </message>
    <message>
        <source>Which conversation did this come from?</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">O ba sgwrs y daeth hyn?</translation>
    </message>
    <message>
        <source>Choose the conversation with the child this answer came from. The form will show it under the answer, and the referral pack will say so.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dewiswch y sgwrs gyda&apos;r plentyn y daeth yr ateb hwn ohoni. Bydd y ffurflen yn ei dangos o dan yr ateb, a bydd y pecyn atgyfeirio yn dweud hynny.</translation>
    </message>
    <message>
        <source>Conversations with the child, newest first</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sgyrsiau gyda&apos;r plentyn, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Use this conversation</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Defnyddio&apos;r sgwrs hon</translation>
    </message>
    <message>
        <source>This is kept as a record and is not edited afterwards. Check it before you press Record; if something turns out to be wrong, add a correction in Chronology and agencies.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Caiff hwn ei gadw fel cofnod ac ni chaiff ei olygu wedyn. Gwiriwch ef cyn pwyso Cofnodi&apos;r sgwrs hon; os bydd rhywbeth yn anghywir, ychwanegwch gywiriad yn Cronoleg ac asiantaethau.</translation>
    </message>
    <message>
        <source>Not recorded yet: these are the words you typed before, kept in the vault. Check them, then press Record this conversation.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei chofnodi eto: dyma&apos;r geiriau a deipiwyd gennych o&apos;r blaen, wedi&apos;u cadw yn y storfa. Gwiriwch nhw, yna pwyswch Cofnodi&apos;r sgwrs hon.</translation>
    </message>
    <message>
        <source>Record a conversation</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cofnodi sgwrs</translation>
    </message>
    <message>
        <source>When the conversation took place</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pryd y cynhaliwyd y sgwrs</translation>
    </message>
    <message>
        <source>&amp;When it took place</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pr&amp;yd y cynhaliwyd hi</translation>
    </message>
    <message>
        <source>Type the date and time, or press Now if it is happening now.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Teipiwch y dyddiad a&apos;r amser, neu pwyswch Nawr os yw&apos;n digwydd nawr.</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Ble</translation>
    </message>
    <message>
        <source>For example: the police station at Dover.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft: gorsaf yr heddlu yn Dover.</translation>
    </message>
    <message>
        <source>Who was &amp;present</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pwy oedd yn b&amp;resennol</translation>
    </message>
    <message>
        <source>Names and roles, including anyone on the phone.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Enwau a rolau, gan gynnwys unrhyw un ar y ffôn.</translation>
    </message>
    <message>
        <source>I&amp;nterpreter</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Cyfieithydd</translation>
    </message>
    <message>
        <source>Name, and whether in person or by phone; or &apos;none&apos;.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Enw, ac ai wyneb yn wyneb neu dros y ffôn; neu &apos;dim&apos;.</translation>
    </message>
    <message>
        <source>Lan&amp;guage spoken</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Iaith a siaradwyd</translation>
    </message>
    <message>
        <source>H&amp;ow the child was</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Su&amp;t roedd y plentyn</translation>
    </message>
    <message>
        <source>Tired, frightened, quiet, hungry; anything that affected what they said.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi blino, yn ofnus, yn dawel, eisiau bwyd; unrhyw beth a effeithiodd ar yr hyn a ddywedodd.</translation>
    </message>
    <message>
        <source>What was sa&amp;id</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Beth a &amp;ddywedwyd</translation>
    </message>
    <message>
        <source>In the child&apos;s own words where you can, with what you asked.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yng ngeiriau&apos;r plentyn ei hun lle gallwch, gyda&apos;r hyn a ofynnwyd gennych.</translation>
    </message>
    <message>
        <source>Record this conversation</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cofnodi&apos;r sgwrs hon</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn cofnodi…</translation>
    </message>
    <message>
        <source>Throw away this conversation?</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Taflu&apos;r sgwrs hon?</translation>
    </message>
    <message>
        <source>What you typed has not been recorded. Once thrown away it cannot be got back.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid yw&apos;r hyn a deipiwyd gennych wedi&apos;i gofnodi. Ar ôl ei thaflu, nid oes modd ei chael yn ôl.</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ei thaflu</translation>
    </message>
    <message>
        <source>Conversations with the child</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sgyrsiau gyda&apos;r plentyn</translation>
    </message>
    <message>
        <source>Record each conversation with the child once: when and where, who was present, the interpreter and language, how the child was, and what was said in their own words. Answers in the other forms can point to a conversation, so nobody needs to ask the child again. A recorded conversation is a record and is never edited: if something in it is wrong, add a correction in the Chronology and agencies step.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cofnodwch bob sgwrs gyda&apos;r plentyn unwaith: pryd a ble, pwy oedd yn bresennol, y cyfieithydd a&apos;r iaith, sut roedd y plentyn, a beth a ddywedwyd yn ei eiriau ei hun. Gall atebion yn y ffurflenni eraill gyfeirio at sgwrs, fel nad oes angen i neb ofyn i&apos;r plentyn eto. Mae sgwrs a gofnodwyd yn gofnod ac ni chaiff byth ei golygu: os oes rhywbeth ynddi&apos;n anghywir, ychwanegwch gywiriad yn y cam Cronoleg ac asiantaethau.</translation>
    </message>
    <message>
        <source>1 chronology entry</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">1 cofnod cronoleg</translation>
    </message>
    <message>
        <source>{count} chronology entries</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} cofnod cronoleg</translation>
    </message>
    <message>
        <source>&lt;b&gt;Already used for&lt;/b&gt; (no need to ask the child again): {uses}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Wedi&apos;i defnyddio eisoes ar gyfer&lt;/b&gt; (dim angen gofyn i&apos;r plentyn eto): {uses}</translation>
    </message>
    <message>
        <source>Not yet cited by any answer.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes unrhyw ateb wedi cyfeirio ati eto.</translation>
    </message>
    <message>
        <source>Recorded by {name}, {when}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cofnodwyd gan {name}, {when}</translation>
    </message>
    <message>
        <source>Present</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn bresennol</translation>
    </message>
    <message>
        <source>Interpreter and language</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfieithydd ac iaith</translation>
    </message>
    <message>
        <source>How the child was</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sut roedd y plentyn</translation>
    </message>
    <message>
        <source>What was said</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>&amp;Record a conversation…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Cofnodi sgwrs…</translation>
    </message>
    <message>
        <source>Recorded conversations</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sgyrsiau a gofnodwyd</translation>
    </message>
    <message>
        <source>Conversation {number}, {when}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sgwrs {number}, {when}</translation>
    </message>
    <message>
        <source>Recorded conversations ({count})</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sgyrsiau a gofnodwyd ({count})</translation>
    </message>
    <message>
        <source>Recorded conversations: none yet</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sgyrsiau a gofnodwyd: dim eto</translation>
    </message>
    <message>
        <source>Show this answer&apos;s history…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dangos hanes yr ateb hwn…</translation>
    </message>
    <message>
        <source>Cleared (no answer)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i glirio (dim ateb)</translation>
    </message>
    <message>
        <source>Every value this answer has held, newest first. Nothing is overwritten: earlier values stay here, with who recorded them and why.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pob gwerth y mae&apos;r ateb hwn wedi&apos;i ddal, y mwyaf newydd yn gyntaf. Nid oes dim yn cael ei drosysgrifo: mae gwerthoedd cynharach yn aros yma, gyda phwy a&apos;u cofnododd a pham.</translation>
    </message>
    <message>
        <source>Marked not relevant here. Reason: {reason}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nodwyd nad yw&apos;n berthnasol yma. Rheswm: {reason}</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this question yet.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes dim wedi&apos;i gofnodi ar gyfer y cwestiwn hwn eto.</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pryd ({zone})</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pwy</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ateb</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rheswm dros y newid</translation>
    </message>
    <message>
        <source>From the conversation on</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">O&apos;r sgwrs ar</translation>
    </message>
    <message>
        <source>Save with this reason</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw gyda&apos;r rheswm hwn</translation>
    </message>
    <message>
        <source>Keep the saved answer</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw&apos;r ateb fel yr oedd</translation>
    </message>
    <message>
        <source>&amp;Reason for the change</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Rheswm dros y newid</translation>
    </message>
    <message>
        <source>For example: the child gave her full name in a later visit</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Er enghraifft: rhoddodd y plentyn ei henw llawn mewn ymweliad diweddarach</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your passphrase has changed. Use the new one next time you unlock.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae eich cyfrinymadrodd wedi newid. Defnyddiwch yr un newydd y tro nesaf y byddwch yn datgloi.</translation>
    </message>
    <message>
        <source>That is not the current passphrase, so nothing was changed. Type the passphrase you unlock the vault with.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid dyna&apos;r cyfrinymadrodd presennol, felly ni newidiwyd dim. Teipiwch y cyfrinymadrodd rydych yn ei ddefnyddio i ddatgloi&apos;r storfa.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose a different one.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r cyfrinymadrodd newydd yr un fath â&apos;r un presennol. Dewiswch un gwahanol.</translation>
    </message>
    <message>
        <source>The two new passphrases are different. Type the same one in both boxes.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r ddau gyfrinymadrodd newydd yn wahanol. Teipiwch yr un un yn y ddau flwch.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd presennol yn gyntaf.</translation>
    </message>
    <message>
        <source>The practice vault has no passphrase of its own, so there is none to change.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes gan y storfa ymarfer ei chyfrinymadrodd ei hun, felly nid oes un i&apos;w newid.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Passphrase&lt;/h2&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;h2&gt;Cyfrinymadrodd&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Changing the passphrase re-encrypts the vault. If anything goes wrong, the vault still opens with the passphrase you use now.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae newid y cyfrinymadrodd yn ailamgryptio&apos;r storfa. Os aiff unrhyw beth o&apos;i le, bydd y storfa&apos;n dal i agor gyda&apos;r cyfrinymadrodd rydych yn ei ddefnyddio nawr.</translation>
    </message>
    <message>
        <source>Change pa&amp;ssphrase…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Newid y &amp;cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished">Teipiwch y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfrinymadrodd p&amp;resennol:</translation>
    </message>
    <message>
        <source>Ne&amp;w passphrase:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfrinymadrodd newydd &amp;eto:</translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cryfder y cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ne&amp;wid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Close without changing anything (Escape)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cau heb newid dim (Escape)</translation>
    </message>
    <message>
        <source>Changing the passphrase… the vault is being re-encrypted.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn newid y cyfrinymadrodd… mae&apos;r storfa&apos;n cael ei hailamgryptio.</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cloi ar ôl y nifer hwn o funudau heb ddefnydd</translation>
    </message>
    <message>
        <source>The vault locks itself when the laptop is left alone.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r storfa&apos;n cloi ei hun pan nad oes neb yn defnyddio&apos;r gliniadur.</translation>
    </message>
    <message>
        <source>Recent backups to keep</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nifer y copïau wrth gefn diweddar i&apos;w cadw</translation>
    </message>
    <message>
        <source>An encrypted, checked backup is taken when you unlock, if anything changed since the last one. This many of the newest are kept.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Caiff copi wrth gefn wedi&apos;i amgryptio a&apos;i wirio ei wneud pan fyddwch yn datgloi, os oes unrhyw beth wedi newid ers yr un diwethaf. Caiff y nifer hwn o&apos;r rhai mwyaf newydd eu cadw.</translation>
    </message>
    <message>
        <source>Days with a daily backup kept</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nifer y dyddiau i gadw copi wrth gefn dyddiol ar eu cyfer</translation>
    </message>
    <message>
        <source>Besides the recent ones, the last backup of each of this many days is kept.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn ogystal â&apos;r rhai diweddar, caiff copi wrth gefn olaf pob un o&apos;r nifer hwn o ddyddiau ei gadw.</translation>
    </message>
    <message>
        <source>Weeks with a weekly backup kept</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nifer yr wythnosau i gadw copi wrth gefn wythnosol ar eu cyfer</translation>
    </message>
    <message>
        <source>Besides those, the last backup of each of this many weeks is kept.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn ogystal â&apos;r rheini, caiff copi wrth gefn olaf pob un o&apos;r nifer hwn o wythnosau ei gadw.</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ffeil y storfa</translation>
    </message>
    <message>
        <source>Where your encrypted cases are kept. Leave empty for the standard place.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ble caiff eich achosion wedi&apos;u hamgryptio eu cadw. Gadewch yn wag i ddefnyddio&apos;r lle arferol.</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Iaith yr ap</translation>
    </message>
    <message>
        <source>The app&apos;s words, and the forms&apos; words where they are translated. A change takes effect when the app next starts. The referral pack is always in English.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Geiriau&apos;r ap, a geiriau&apos;r ffurflenni lle maen nhw wedi&apos;u cyfieithu. Daw newid i rym y tro nesaf y bydd yr ap yn cychwyn. Mae&apos;r pecyn atgyfeirio bob amser yn Saesneg.</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">English (Saesneg)</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cymraeg</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;h2&gt;Gosodiadau&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Changes are kept as soon as you make them.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Caiff newidiadau eu cadw cyn gynted ag y byddwch yn eu gwneud.</translation>
    </message>
    <message>
        <source>Set by your organisation.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i osod gan eich sefydliad.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;About you&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Amdanoch chi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Used as the first responder&apos;s details in a referral. Kept in the encrypted vault.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Defnyddir y rhain fel manylion yr ymatebwr cyntaf mewn atgyfeiriad. Cânt eu cadw yn y storfa wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Set by your organisation&lt;/h2&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;h2&gt;Wedi&apos;u gosod gan eich sefydliad&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your organisation&apos;s IT team sets these for everyone using this computer, so they cannot be changed here.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae tîm TG eich sefydliad yn gosod y rhain ar gyfer pawb sy&apos;n defnyddio&apos;r cyfrifiadur hwn, felly nid oes modd eu newid yma.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Help from IT&lt;/h2&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;h2&gt;Help gan TG&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>If something goes wrong, copy these details and paste them into your message to your IT team. They hold the app&apos;s version and its log, never your cases.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Os aiff rhywbeth o&apos;i le, copïwch y manylion hyn a&apos;u gludo yn eich neges at eich tîm TG. Maen nhw&apos;n cynnwys fersiwn yr ap a&apos;i log, byth eich achosion.</translation>
    </message>
    <message>
        <source>Copy details for IT</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Copïo manylion ar gyfer TG</translation>
    </message>
    <message>
        <source>Puts the app&apos;s version, this computer&apos;s system and the last lines of the log on the clipboard.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn rhoi fersiwn yr ap, system y cyfrifiadur hwn a llinellau olaf y log ar y clipfwrdd.</translation>
    </message>
    <message>
        <source>Copied. Paste them into your message to your IT team.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi&apos;u copïo. Gludwch nhw yn eich neges at eich tîm TG.</translation>
    </message>
    <message>
        <source>The standard place</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y lle arferol</translation>
    </message>
    <message>
        <source>A change takes effect when the app next starts.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Daw newid i rym y tro nesaf y bydd yr ap yn cychwyn.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dewis…</translation>
    </message>
    <message>
        <source>Choose the {setting}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dewis {setting}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Trafficked children toolkit</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pecyn cymorth plant sydd wedi’u masnachu</translation>
    </message>
    <message>
        <source>TRAINING: {title}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">HYFFORDDIANT: {title}</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Achosion</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Achos &amp;newydd</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Gosodiadau</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Cloi</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Trosglwyddo…</translation>
    </message>
    <message>
        <source>Recei&amp;ve a case…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Derbyn achos…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gadael</translation>
    </message>
    <message>
        <source>Make the referral pack</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gwneud y pecyn atgyfeirio</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>The backup was restored and unlocked.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Adferwyd a datglowyd y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Your work was saved.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadwyd eich gwaith.</translation>
    </message>
    <message>
        <source>Your work was saved, except {dates}: it was not yet accepted as a date. Type it again once unlocked.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadwyd eich gwaith, ac eithrio {dates}: nid oedd wedi&apos;i dderbyn fel dyddiad eto. Teipiwch ef eto ar ôl datgloi.</translation>
    </message>
    <message>
        <source>the date typed for “{question}”</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">y dyddiad a deipiwyd ar gyfer “{question}”</translation>
    </message>
    <message>
        <source>the date “{typed}” typed for “{question}”</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">y dyddiad “{typed}” a deipiwyd ar gyfer “{question}”</translation>
    </message>
    <message>
        <source>the conversation typed and not yet recorded</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">y sgwrs a deipiwyd ac nad yw wedi&apos;i chofnodi eto</translation>
    </message>
    <message>
        <source>the chronology entry typed and not yet added</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">y cofnod cronoleg a deipiwyd ac nad yw wedi&apos;i ychwanegu eto</translation>
    </message>
    <message>
        <source>the correction typed and not yet added</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">y cywiriad a deipiwyd ac nad yw wedi&apos;i ychwanegu eto</translation>
    </message>
    <message>
        <source>Keep the app open to try again (for example after freeing space on the disk).</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadwch yr ap ar agor i roi cynnig arall arni (er enghraifft ar ôl rhyddhau lle ar y ddisg).</translation>
    </message>
    <message>
        <source>Keep the app open and unlock it to try again.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadwch yr ap ar agor a&apos;i ddatgloi i roi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Not everything is saved</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid yw popeth wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Some of your work could not be saved: {unsaved}. If you close now, it is lost. {again}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oedd modd cadw rhywfaint o&apos;ch gwaith: {unsaved}. Os byddwch yn cau nawr, bydd yn cael ei golli. {again}</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cau a&apos;i golli</translation>
    </message>
    <message>
        <source>F1</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">F1</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y daflen hon</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+N</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dechrau achos newydd</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>The list of cases</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y rhestr achosion</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+,</translation>
    </message>
    <message>
        <source>Settings, About you and Change passphrase</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gosodiadau, Amdanoch chi a Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cloi&apos;r storfa nawr</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Hand the open case over to a colleague&apos;s laptop, or type its code</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Trosglwyddo&apos;r achos agored i liniadur cydweithiwr, neu deipio ei god</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Receive a case handed over to you</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Derbyn achos a drosglwyddwyd i chi</translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Alt+P</translation>
    </message>
    <message>
        <source>Make the referral pack (PDF), from any step of a case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gwneud y pecyn atgyfeirio (PDF), o unrhyw gam mewn achos</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+Q</translation>
    </message>
    <message>
        <source>Close the app (your work is saved first)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cau&apos;r ap (caiff eich gwaith ei gadw yn gyntaf)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Unrhyw le</translation>
    </message>
    <message>
        <source>On the list of cases</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ar y rhestr o achosion</translation>
    </message>
    <message>
        <source>Alt+S</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Alt+S</translation>
    </message>
    <message>
        <source>Search the cases; Down goes into the list, Enter opens a case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Chwilio&apos;r achosion; mae Lawr yn mynd i&apos;r rhestr, mae Enter yn agor achos</translation>
    </message>
    <message>
        <source>Alt+O</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Alt+O</translation>
    </message>
    <message>
        <source>Overview of every case: NRM dates, what is overdue and who holds each</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Trosolwg o bob achos: dyddiadau&apos;r NRM, beth sy&apos;n hwyr a phwy sy&apos;n dal pob un</translation>
    </message>
    <message>
        <source>In a case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mewn achos</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+9</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Alt+1 i Alt+9</translation>
    </message>
    <message>
        <source>Go to a step: the numbers follow the list of steps on the left</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mynd i gam: mae&apos;r rhifau&apos;n dilyn y rhestr o gamau ar y chwith</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Alt+0</translation>
    </message>
    <message>
        <source>Documents and photo</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dogfennau a llun</translation>
    </message>
    <message>
        <source>F6 / Shift+F6</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">F6 / Shift+F6</translation>
    </message>
    <message>
        <source>Move between the steps, the page, What next and the side panel</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Symud rhwng y camau, y dudalen, Beth nesaf a&apos;r panel ochr</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>The next or previous question</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y cwestiwn nesaf neu&apos;r un blaenorol</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+H</translation>
    </message>
    <message>
        <source>Every value the answer with the keyboard has held, with who and when</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pob gwerth y mae&apos;r ateb sydd â&apos;r bysellfwrdd wedi&apos;i ddal, gyda phwy a phryd</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Say which conversation with the child the answer came from</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dweud o ba sgwrs gyda&apos;r plentyn y daeth yr ateb</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Set the section aside, with a reason (again: bring it back)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhoi&apos;r adran o&apos;r neilltu, gyda rheswm (eto: dod â hi&apos;n ôl)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>On the Referral step: the answers in the online NRM form&apos;s order</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ar y cam Atgyfeirio: yr atebion yn nhrefn ffurflen NRM ar-lein</translation>
    </message>
    <message>
        <source>In the risk matrix</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn y matrics risg</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">I fyny / I lawr</translation>
    </message>
    <message>
        <source>The previous or next indicator</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y dangosydd blaenorol neu&apos;r nesaf</translation>
    </message>
    <message>
        <source>K, S, N</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">K, S, N</translation>
    </message>
    <message>
        <source>Mark it Known, Suspected or Not present</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ei farcio&apos;n Known (hysbys), Suspected (amheuir) neu Not present (ddim yn bresennol)</translation>
    </message>
    <message>
        <source>E, O</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">E, O</translation>
    </message>
    <message>
        <source>Write the evidence, or its source; Esc goes back to the list</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ysgrifennu&apos;r dystiolaeth, neu ei ffynhonnell; mae Esc yn mynd yn ôl i&apos;r rhestr</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ctrl+PgDown / Ctrl+PgUp</translation>
    </message>
    <message>
        <source>The next or previous block of indicators</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y bloc nesaf neu flaenorol o ddangosyddion</translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">SWYDDOGOL-SENSITIF</translation>
    </message>
    <message>
        <source>TRAINING: practice cases only. Never record a real child here.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">HYFFORDDIANT: achosion ymarfer yn unig. Peidiwch byth â chofnodi plentyn go iawn yma.</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use. Your work was saved.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi cloi ar ôl {minutes} munud heb ddefnydd. Cadwyd eich gwaith.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep or the session was locked. Your work was saved.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi cloi am fod y cyfrifiadur wedi mynd i gysgu neu fod y sesiwn wedi&apos;i chloi. Cadwyd eich gwaith.</translation>
    </message>
    <message>
        <source>Locked. Your work was saved.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Wedi cloi. Cadwyd eich gwaith.</translation>
    </message>
    <message>
        <source>Main</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Prif</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Safeguarding</source>
        <translation type="unfinished">Diogelu</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished">Matrics risg</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished">Asesiad</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Atgyfeirio</translation>
    </message>
    <message>
        <source>Waiting for decision</source>
        <translation type="unfinished">Aros am benderfyniad</translation>
    </message>
    <message>
        <source>Decision overdue</source>
        <translation type="unfinished">Penderfyniad yn hwyr</translation>
    </message>
    <message>
        <source>Recovery period: conclusive decision awaited</source>
        <translation type="unfinished">Cyfnod adfer: aros am y penderfyniad terfynol</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation type="unfinished">Penderfyniad wedi dod</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>complete</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">cyflawn</translation>
    </message>
    <message>
        <source>partly completed</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">rhannol gyflawn</translation>
    </message>
    <message>
        <source>marked not relevant</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">nodwyd nad yw&apos;n berthnasol</translation>
    </message>
    <message>
        <source>not started</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">heb ddechrau</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Immediate safeguarding</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Diogelu ar unwaith</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished">Matrics risg</translation>
    </message>
    <message>
        <source>Conversations with the child</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Sgyrsiau gyda&apos;r plentyn</translation>
    </message>
    <message>
        <source>Child&apos;s details</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Manylion y plentyn</translation>
    </message>
    <message>
        <source>Trafficking assessment</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Asesiad masnachu pobl</translation>
    </message>
    <message>
        <source>Age-assessment notes</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nodiadau asesu oedran</translation>
    </message>
    <message>
        <source>Chronology and agencies</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cronoleg ac asiantaethau</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Atgyfeirio</translation>
    </message>
    <message>
        <source>People around the child</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pobl o gwmpas y plentyn</translation>
    </message>
    <message>
        <source>Documents and photo</source>
        <translation type="unfinished">Dogfennau a llun</translation>
    </message>
    <message>
        <source>done</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>started (0 of {parts} parts done)</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">wedi dechrau (0 o {parts} rhan wedi&apos;u cwblhau)</translation>
    </message>
    <message>
        <source>{done} of {parts} parts done</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{done} o {parts} rhan wedi&apos;u cwblhau</translation>
    </message>
    <message>
        <source>none yet</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">dim eto</translation>
    </message>
    <message>
        <source>{count} conversation</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} sgwrs</translation>
    </message>
    <message>
        <source>{count} conversations</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} sgwrs</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} cofnod</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} cofnod</translation>
    </message>
    <message>
        <source>{count} document</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} dogfen</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{count} dogfen</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Nobody can recover a forgotten passphrase: not you, not IT, not the makers of this tool. Without it the cases in this vault cannot be opened. Choose words you will remember, and keep them as your organisation advises.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ni all neb adfer cyfrinymadrodd a anghofiwyd: nid chi, nid TG, nid gwneuthurwyr yr offeryn hwn. Hebddo, nid oes modd agor yr achosion yn y storfa hon. Dewiswch eiriau y byddwch yn eu cofio, a&apos;u cadw fel y mae eich sefydliad yn ei gynghori.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Set up your vault&lt;/h2&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;h2&gt;Sefydlu eich storfa&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything you record about a child is kept in one encrypted file on this laptop, the vault. It opens only with a passphrase you choose now.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae popeth rydych yn ei gofnodi am blentyn yn cael ei gadw mewn un ffeil wedi&apos;i hamgryptio ar y gliniadur hwn, y storfa. Dim ond gyda chyfrinymadrodd rydych yn ei ddewis nawr y mae&apos;n agor.</translation>
    </message>
    <message>
        <source>The vault will be kept at {place}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Bydd y storfa yn cael ei chadw yn {place}.</translation>
    </message>
    <message>
        <source>A passphrase of four or more ordinary, unrelated words is long enough to be safe and easy to remember. You do not need symbols or capital letters.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae cyfrinymadrodd o bedwar gair cyffredin, digyswllt neu fwy yn ddigon hir i fod yn ddiogel ac yn hawdd ei gofio. Nid oes angen symbolau na phriflythrennau arnoch.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Teipiwch y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Teipiwch ef &amp;eto:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Important: {warning}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Pwysig: {warning}</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Creu&apos;r storfa</translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same one in both boxes.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r ddau gyfrinymadrodd yn wahanol. Teipiwch yr un un yn y ddau flwch.</translation>
    </message>
    <message>
        <source>Creating the vault… this takes a few seconds.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn creu&apos;r storfa… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;About you&lt;/h2&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;h2&gt;Amdanoch chi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>These details go into referrals as the first responder, so the decision-maker can reach you. They stay in the encrypted vault. You can change them later in Settings.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae&apos;r manylion hyn yn mynd i atgyfeiriadau fel yr ymatebwr cyntaf, fel y gall y sawl sy&apos;n gwneud y penderfyniad gysylltu â chi. Maen nhw&apos;n aros yn y storfa wedi&apos;i hamgryptio. Gallwch eu newid yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Hepgor am y tro</translation>
    </message>
    <message>
        <source>Save and &amp;continue</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadw a &amp;pharhau</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Open a backup instead&lt;/h2&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;h2&gt;Agor copi wrth gefn yn lle&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A backup is taken each time the vault is unlocked. Restoring one puts it in the vault&apos;s place; the vault it replaces is kept among the backups, so nothing is lost. Changes made after the backup was taken are not in it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae copi wrth gefn yn cael ei wneud bob tro y caiff y storfa ei datgloi. Mae adfer un yn ei roi yn lle&apos;r storfa; caiff y storfa y mae&apos;n ei disodli ei chadw ymhlith y copïau wrth gefn, felly nid oes dim yn cael ei golli. Nid yw newidiadau a wnaed ar ôl gwneud y copi ynddo.</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Copïau wrth gefn, y mwyaf newydd yn gyntaf:</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Copïau wrth gefn, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfrinymadrodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">C&amp;yfrinymadrodd y copi wrth gefn:</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Restore and unlock</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Adfer a datgloi</translation>
    </message>
    <message>
        <source>There are no backups in {folder}. Go back and try the passphrase again, or ask your IT team.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes copïau wrth gefn yn {folder}. Ewch yn ôl a rhowch gynnig ar y cyfrinymadrodd eto, neu gofynnwch i&apos;ch tîm TG.</translation>
    </message>
    <message>
        <source>Choose a backup from the list first.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dewiswch gopi wrth gefn o&apos;r rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup. It is usually your passphrase.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Teipiwch gyfrinymadrodd y copi wrth gefn. Eich cyfrinymadrodd chi ydyw fel arfer.</translation>
    </message>
    <message>
        <source>Restoring the backup… this takes a moment.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn adfer y copi wrth gefn… mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <source>taken when the vault was unlocked</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">a wnaed pan ddatglowyd y storfa</translation>
    </message>
    <message>
        <source>taken before an update changed the vault</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">a wnaed cyn i ddiweddariad newid y storfa</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">a wnaed â llaw</translation>
    </message>
    <message>
        <source>taken when the passphrase was changed</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">a wnaed pan newidiwyd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>the vault as it was before a backup was restored</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">y storfa fel yr oedd cyn adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock your cases&lt;/h2&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;h2&gt;Datgloi eich achosion&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Training mode: this vault holds practice cases only, so it needs no passphrase. Never record a real child here.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Modd hyfforddi: mae&apos;r storfa hon yn dal achosion ymarfer yn unig, felly nid oes angen cyfrinymadrodd arni. Peidiwch byth â chofnodi plentyn go iawn yma.</translation>
    </message>
    <message>
        <source>Your cases are locked. Type your passphrase to open them.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mae eich achosion wedi&apos;u cloi. Teipiwch eich cyfrinymadrodd i&apos;w hagor.</translation>
    </message>
    <message>
        <source>Vault: {place}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Storfa: {place}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Open the practice cases</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Agor yr achosion ymarfer</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&amp;Datgloi</translation>
    </message>
    <message>
        <source>Open a &amp;backup instead…</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Agor copi wrth &amp;gefn yn lle…</translation>
    </message>
    <message>
        <source>Choose one of the encrypted backups taken each time the vault was unlocked</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dewis un o&apos;r copïau wrth gefn wedi&apos;u hamgryptio a wnaed bob tro y datglowyd y storfa</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn datgloi… mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <source>Replace the vault with the backup from {backup}? Anything recorded after that backup was taken will not be in it. The vault it replaces is kept among the backups.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhoi&apos;r copi wrth gefn o {backup} yn lle&apos;r storfa? Ni fydd dim a gofnodwyd ar ôl gwneud y copi hwnnw ynddo. Caiff y storfa y mae&apos;n ei disodli ei chadw ymhlith y copïau wrth gefn.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Adfer</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>{warning}. Your work is still saved in the vault; ask your IT team to check the backups folder.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{warning}. Mae eich gwaith yn dal wedi&apos;i gadw yn y storfa; gofynnwch i&apos;ch tîm TG wirio&apos;r ffolder copïau wrth gefn.</translation>
    </message>
    <message>
        <source>The conversation was recorded.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cofnodwyd y sgwrs.</translation>
    </message>
    <message>
        <source>The entry was added to the chronology.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ychwanegwyd y cofnod at y gronoleg.</translation>
    </message>
    <message>
        <source>The correction was added; the original entry is kept.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ychwanegwyd y cywiriad; caiff y cofnod gwreiddiol ei gadw.</translation>
    </message>
    <message>
        <source>Not yet referred to the National Referral Mechanism (NRM).</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei atgyfeirio i&apos;r Mecanwaith Atgyfeirio Cenedlaethol (NRM) eto.</translation>
    </message>
    <message>
        <source>National Referral Mechanism (NRM): recovery period until {day}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mecanwaith Atgyfeirio Cenedlaethol (NRM): cyfnod adfer tan {day}.</translation>
    </message>
    <message>
        <source>National Referral Mechanism (NRM): reasonable-grounds decision recorded (positive).</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mecanwaith Atgyfeirio Cenedlaethol (NRM): penderfyniad ar sail resymol wedi&apos;i gofnodi (cadarnhaol).</translation>
    </message>
    <message>
        <source>National Referral Mechanism (NRM): reasonable-grounds decision recorded (negative).</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mecanwaith Atgyfeirio Cenedlaethol (NRM): penderfyniad ar sail resymol wedi&apos;i gofnodi (negyddol).</translation>
    </message>
    <message>
        <source>National Referral Mechanism (NRM): referred; no timescale applies to this referral date.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mecanwaith Atgyfeirio Cenedlaethol (NRM): atgyfeiriwyd; nid oes amserlen yn berthnasol i&apos;r dyddiad atgyfeirio hwn.</translation>
    </message>
    <message>
        <source>National Referral Mechanism (NRM): reasonable-grounds decision OVERDUE, expected by {when} ({days} day ago). Consider chasing it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mecanwaith Atgyfeirio Cenedlaethol (NRM): penderfyniad ar sail resymol YN HWYR, roedd disgwyl iddo ddod erbyn {when} ({days} diwrnod yn ôl). Ystyriwch fynd ar ei ôl.</translation>
    </message>
    <message>
        <source>National Referral Mechanism (NRM): reasonable-grounds decision OVERDUE, expected by {when} ({days} days ago). Consider chasing it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mecanwaith Atgyfeirio Cenedlaethol (NRM): penderfyniad ar sail resymol YN HWYR, roedd disgwyl iddo ddod erbyn {when} ({days} diwrnod yn ôl). Ystyriwch fynd ar ei ôl.</translation>
    </message>
    <message>
        <source>National Referral Mechanism (NRM): reasonable-grounds decision expected by {when}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mecanwaith Atgyfeirio Cenedlaethol (NRM): disgwylir penderfyniad ar sail resymol erbyn {when}.</translation>
    </message>
    <message>
        <source>(also known as {names})</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">(a elwir hefyd yn {names})</translation>
    </message>
    <message>
        <source>Child: {name} (also known as {names}). Reference {reference}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Plentyn: {name} (a elwir hefyd yn {names}). Cyfeirnod {reference}</translation>
    </message>
    <message>
        <source>Child: {name}. Reference {reference}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Plentyn: {name}. Cyfeirnod {reference}</translation>
    </message>
    <message>
        <source>Reference {reference}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cyfeirnod {reference}</translation>
    </message>
    <message>
        <source>Age: {age}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Oedran: {age}</translation>
    </message>
    <message>
        <source>First met: time not recorded</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y cyfarfod cyntaf: amser heb ei gofnodi</translation>
    </message>
    <message>
        <source>First met {elapsed} ago at {place} ({when})</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y cyfarfod cyntaf: {elapsed} yn ôl yn {place} ({when})</translation>
    </message>
    <message>
        <source>First met {elapsed} ago ({when})</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Y cyfarfod cyntaf: {elapsed} yn ôl ({when})</translation>
    </message>
    <message>
        <source>Put the cursor in a question or on an indicator first, then press {keys} (or right-click it).</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhowch y cyrchwr mewn cwestiwn neu ar ddangosydd yn gyntaf, yna pwyswch {keys} (neu de-gliciwch arno).</translation>
    </message>
    <message>
        <source>Answer it first, then say which conversation the answer came from.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Atebwch ef yn gyntaf, yna dywedwch o ba sgwrs y daeth yr ateb.</translation>
    </message>
    <message>
        <source>No conversation with the child is recorded in this case yet. Record it once under “Conversations with the child”, then link answers to it, so nobody needs to ask the child again.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Nid oes sgwrs gyda&apos;r plentyn wedi&apos;i chofnodi yn yr achos hwn eto. Cofnodwch hi unwaith o dan “Sgyrsiau gyda&apos;r plentyn”, yna cysylltwch atebion â hi, fel nad oes angen i neb ofyn i&apos;r plentyn eto.</translation>
    </message>
    <message>
        <source>History of “{answer}”</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Hanes “{answer}”</translation>
    </message>
    <message>
        <source>No conversations recorded yet</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dim sgyrsiau wedi&apos;u cofnodi eto</translation>
    </message>
    <message>
        <source>{note}: noted.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{note}: wedi&apos;i nodi.</translation>
    </message>
    <message>
        <source>{reference} referral pack.pdf</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">pecyn atgyfeirio {reference}.pdf</translation>
    </message>
    <message>
        <source>Referral pack version {version} saved to {path}. It opens only with the password you set.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadwyd fersiwn {version} o&apos;r pecyn atgyfeirio yn {path}. Dim ond gyda&apos;r cyfrinair a osodwyd gennych y mae&apos;n agor.</translation>
    </message>
    <message>
        <source>Referral pack version {version} saved to {path}. It has no password: anyone with the file can open it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadwyd fersiwn {version} o&apos;r pecyn atgyfeirio yn {path}. Nid oes cyfrinair arno: gall unrhyw un sydd â&apos;r ffeil ei agor.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Statws cadw</translation>
    </message>
    <message>
        <source>Everything you type is saved as you go.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Caiff popeth rydych yn ei deipio ei gadw wrth i chi fynd.</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Cadwyd am {time}</translation>
    </message>
    <message>
        <source>Not saved: “{where}”: {reason}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gadw: “{where}”: {reason}.</translation>
    </message>
    <message>
        <source>Not saved: “{where}”: {reason}. Change the answer and it will be saved.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gadw: “{where}”: {reason}. Newidiwch yr ateb a bydd yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Not saved yet: “{where}”: {reason}. It could not be saved before the vault locked; we will try again when you unlock.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gadw eto: “{where}”: {reason}. Nid oedd modd ei gadw cyn i&apos;r storfa gloi; byddwn yn rhoi cynnig arall arni pan fyddwch yn datgloi.</translation>
    </message>
    <message>
        <source>Not saved yet: “{where}”: {reason}. We will try again when you next type or lock.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gadw eto: “{where}”: {reason}. Byddwn yn rhoi cynnig arall arni y tro nesaf y byddwch yn teipio neu&apos;n cloi.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Heb ei gadw eto</translation>
    </message>
    <message>
        <source>The backup was restored. Your last change to {names} could not be saved before the vault locked, so it is not in it: enter it again if it is still needed.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Adferwyd y copi wrth gefn. Nid oedd modd cadw eich newid diwethaf i {names} cyn i&apos;r storfa gloi, felly nid yw ynddo: rhowch ef eto os oes ei angen o hyd.</translation>
    </message>
    <message>
        <source>That was not accepted: {reason}.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Ni dderbyniwyd hynny: {reason}.</translation>
    </message>
    <message>
        <source>{section}: not relevant here</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{section}: ddim yn berthnasol yma</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk matrix so far&lt;/b&gt;</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Y matrics risg hyd yma&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Still needed for the referral; press Enter to go there</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Angen o hyd ar gyfer yr atgyfeiriad; pwyswch Enter i fynd yno</translation>
    </message>
    <message>
        <source>Risk matrix summary</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Crynodeb o&apos;r matrics risg</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still needed for the referral ({count})&lt;/b&gt;&lt;br&gt;Press Enter on one to go to it.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Angen o hyd ar gyfer yr atgyfeiriad ({count})&lt;/b&gt;&lt;br&gt;Pwyswch Enter ar un i fynd ato.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still needed for the referral&lt;/b&gt;&lt;br&gt;Nothing: every question the referral needs has an answer.</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Angen o hyd ar gyfer yr atgyfeiriad&lt;/b&gt;&lt;br&gt;Dim byd: mae ateb i bob cwestiwn sydd ei angen ar gyfer yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>{question}, in {form}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">{question}, yn {form}</translation>
    </message>
    <message>
        <source>Steps of this case</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Camau&apos;r achos hwn</translation>
    </message>
    <message>
        <source>Start the safeguarding steps</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dechrau&apos;r camau diogelu</translation>
    </message>
    <message>
        <source>Go to the photo</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r llun</translation>
    </message>
    <message>
        <source>Go to the description</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r disgrifiad</translation>
    </message>
    <message>
        <source>Start the risk matrix</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dechrau&apos;r matrics risg</translation>
    </message>
    <message>
        <source>Give your reason</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Rhoi eich rheswm</translation>
    </message>
    <message>
        <source>Go to the referral question</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r cwestiwn atgyfeirio</translation>
    </message>
    <message>
        <source>Go to the age conclusion</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r casgliad ar oedran</translation>
    </message>
    <message>
        <source>Open the referral</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Agor yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Go to the decision</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Make a new pack</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gwneud pecyn newydd</translation>
    </message>
    <message>
        <source>See the requests waiting</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Gweld y ceisiadau sy&apos;n aros</translation>
    </message>
    <message>
        <source>What next</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Beth nesaf</translation>
    </message>
    <message>
        <source>Opens {step}</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Yn agor {step}</translation>
    </message>
    <message>
        <source>Show {count} more</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dangos {count} arall</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Dangos llai</translation>
    </message>
    <message>
        <source>&lt;b&gt;What next&lt;/b&gt; ({count})</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Beth nesaf&lt;/b&gt; ({count})</translation>
    </message>
</context>
</TS>
