<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
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
        <translation type="unfinished">Chwilio'r achosion; mae Lawr yn mynd i'r rhestr, mae Enter yn agor achos</translation>
    </message>
    <message>
        <source>Alt+O</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Alt+O</translation>
    </message>
    <message>
        <source>Overview of every case: NRM dates, what is overdue and who holds each</source>
        <translatorcomment>Drafted without a Welsh speaker: to be reviewed by one before release.</translatorcomment>
        <translation type="unfinished">Trosolwg o bob achos: dyddiadau'r NRM, beth sy'n hwyr a phwy sy'n dal pob un</translation>
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
</TS>
