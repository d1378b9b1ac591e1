<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>AssistWindow</name>
    <message>
        <source>Steadyline</source>
        <translation>Steadyline</translation>
    </message>
    <message>
        <source>Start a call</source>
        <translation>Zahájit hovor</translation>
    </message>
    <message>
        <source>&amp;Playbook:</source>
        <translation>&amp;Scénář:</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Scénář</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanál:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>&amp;Address the caller as:</source>
        <translation>&amp;Oslovovat zákazníka:</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Forma oslovení</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>Číslo &amp;případu:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Číslo případu</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Zahájit hovor</translation>
    </message>
    <message>
        <source>Journal notices</source>
        <translation>Oznámení deníku</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Název kroku</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Dosavadní kroky</translation>
    </message>
    <message>
        <source>Say now</source>
        <translation>Řekněte teď</translation>
    </message>
    <message>
        <source>Phrasing</source>
        <translation>Formulace</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Co udělat teď</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Slib ke splnění</translation>
    </message>
    <message>
        <source>Notes and promises of this call</source>
        <translation>Poznámky a sliby z tohoto hovoru</translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation>Shrnutí hovoru</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Hovor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
</context>
<context>
    <name>AttemptModel</name>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n pokus</numerusform>
            <numerusform>%n pokusy</numerusform>
            <numerusform>%n pokusů</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>nejlepší %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>splněno</translation>
    </message>
    <message>
        <source>not passed yet</source>
        <translation>zatím nesplněno</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>nesplněno</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Scenario / finished</source>
        <translation>Scénka / dokončeno</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Chyby</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobně</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revize %2</translation>
    </message>
    <message>
        <source>no case reference</source>
        <translation>bez čísla případu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Případ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Scénář</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Call history — Steadyline</source>
        <translation>Historie hovorů — Steadyline</translation>
    </message>
    <message>
        <source>Journal problem</source>
        <translation>Problém s deníkem</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hledat:</translation>
    </message>
    <message>
        <source>Search notes, promises and case references</source>
        <translation>Hledat v poznámkách, slibech a číslech případů</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Výsledek:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Rozsah dat</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Žádné hovory</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Podrobnosti hovoru</translation>
    </message>
    <message>
        <source>Days calls are kept</source>
        <translation>Počet dní uchování hovorů</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>&amp;Mask personal data</source>
        <translation>&amp;Skrýt osobní údaje</translation>
    </message>
    <message>
        <source>Card numbers, IBANs, PESEL numbers, e-mail addresses and phone numbers are replaced in the report</source>
        <translation>Čísla karet, IBAN, čísla PESEL, e-mailové adresy a telefonní čísla jsou ve zprávě nahrazena</translation>
    </message>
    <message>
        <source>Delete old calls now</source>
        <translation>Smazat staré hovory teď</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Playbook library — Steadyline</source>
        <translation>Knihovna scénářů — Steadyline</translation>
    </message>
    <message>
        <source>Playbook problems</source>
        <translation>Problémy se scénáři</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Scénáře</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Scénáře</translation>
    </message>
    <message>
        <source>Playbook details</source>
        <translation>Podrobnosti scénáře</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Tréninkové scénky</translation>
    </message>
    <message>
        <source>Scenario files</source>
        <translation>Soubory tréninkových scének</translation>
    </message>
    <message>
        <source>&amp;Edit playbook…</source>
        <translation>&amp;Upravit scénář…</translation>
    </message>
    <message>
        <source>Opens the playbook in use in the editor (Enter or a double-click in the list does the same). Built-in playbooks open read-only: Save As makes your own copy.</source>
        <translation>Otevře používaný scénář v editoru (totéž udělá Enter nebo dvojklik v seznamu). Vestavěné scénáře se otevírají jen pro čtení: Uložit jako vytvoří vlastní kopii.</translation>
    </message>
    <message>
        <source>E&amp;dit scenario…</source>
        <translation>Upravit &amp;scénku…</translation>
    </message>
    <message>
        <source>Opens the scenario in the editor (Enter or a double-click in the list does the same). Built-in scenarios open read-only: Save As makes your own copy.</source>
        <translation>Otevře scénku v editoru (totéž udělá Enter nebo dvojklik v seznamu). Vestavěné scénky se otevírají jen pro čtení: Uložit jako vytvoří vlastní kopii.</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <source>Playbook editor</source>
        <translation>Editor scénářů</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Zahodit</translation>
    </message>
    <message>
        <source>Playbook text</source>
        <translation>Text scénáře</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostika</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Preview: the step card as the consultant sees it</source>
        <translation>Náhled: karta kroku, jak ji vidí konzultant</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Tok</translation>
    </message>
    <message>
        <source>Flow diagram</source>
        <translation>Diagram toku</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Přejít</translation>
    </message>
    <message>
        <source>the file is too large to be a playbook</source>
        <translation>soubor je na scénář příliš velký</translation>
    </message>
    <message>
        <source>Scenario summary</source>
        <translation>Shrnutí scénky</translation>
    </message>
</context>
<context>
    <name>PlaybookGraph</name>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>osobně</translation>
    </message>
    <message>
        <source>timer %1</source>
        <translation>časovač %1</translation>
    </message>
    <message>
        <source>timer %1 (%2–%3)</source>
        <translation>časovač %1 (%2–%3)</translation>
    </message>
    <message>
        <source>any step</source>
        <translation>libovolný krok</translation>
    </message>
    <message>
        <source>(not in %1)</source>
        <translation>(kromě %1)</translation>
    </message>
</context>
<context>
    <name>PlaybookListModel</name>
    <message>
        <source>Its file now has errors or cannot be reached; the last good version is used.</source>
        <translation>Jeho soubor teď obsahuje chyby nebo není dostupný; používá se poslední dobrá verze.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Steadyline</source>
        <translation>Nastavení — Steadyline</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Stránky nastavení</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Vy</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Vaše &amp;jméno:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Vaše jméno</translation>
    </message>
    <message>
        <source>Your lines speak of &amp;you as:</source>
        <translation>&amp;Rod ve vašich replikách:</translation>
    </message>
    <message>
        <source>Grammatical gender of your lines</source>
        <translation>Gramatický rod vašich replik</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Jazyk rozhraní:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Jazyk rozhraní</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Hovory</translation>
    </message>
    <message>
        <source>&amp;Default channel:</source>
        <translation>&amp;Výchozí kanál:</translation>
    </message>
    <message>
        <source>Default channel of a new call</source>
        <translation>Výchozí kanál nového hovoru</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s number:</source>
        <translation>Číslo &amp;vedoucího:</translation>
    </message>
    <message>
        <source>Manager&apos;s number or extension</source>
        <translation>Číslo nebo linka vedoucího</translation>
    </message>
    <message>
        <source>&amp;Security&apos;s number:</source>
        <translation>Číslo &amp;ostrahy:</translation>
    </message>
    <message>
        <source>Security&apos;s number or extension</source>
        <translation>Číslo nebo linka ostrahy</translation>
    </message>
    <message>
        <source>Sound when the c&amp;ountdown ends</source>
        <translation>Zvuk po skončení &amp;odpočtu</translation>
    </message>
    <message>
        <source>&amp;Keep calls for:</source>
        <translation>&amp;Uchovávat hovory:</translation>
    </message>
    <message>
        <source>Days to keep calls in the journal</source>
        <translation>Počet dní uchování hovorů v deníku</translation>
    </message>
    <message>
        <source>Older calls are deleted at start, except those with an open promise</source>
        <translation>Starší hovory se při spuštění mažou, kromě těch s otevřeným slibem</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Scénáře</translation>
    </message>
    <message>
        <source>&amp;Team&apos;s folder:</source>
        <translation>Složka &amp;týmu:</translation>
    </message>
    <message>
        <source>Folder of the team&apos;s playbooks</source>
        <translation>Složka se scénáři týmu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <source>Choose the team&apos;s folder</source>
        <translation>Vybrat složku týmu</translation>
    </message>
    <message>
        <source>Your &amp;own folder:</source>
        <translation>&amp;Vlastní složka:</translation>
    </message>
    <message>
        <source>Folder of your own playbooks</source>
        <translation>Složka s vlastními scénáři</translation>
    </message>
    <message>
        <source>Choose your own folder</source>
        <translation>Vybrat vlastní složku</translation>
    </message>
    <message>
        <source>Playbooks in these folders are offered beside the built-in ones. Leave a field empty for none.</source>
        <translation>Scénáře z těchto složek se nabízejí vedle vestavěných. Bez složky nechte pole prázdné.</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>&amp;Zkratky</translation>
    </message>
    <message>
        <source>Use &amp;global shortcuts</source>
        <translation>Používat &amp;globální zkratky</translation>
    </message>
    <message>
        <source>The main actions work while another application, such as the softphone, has the focus</source>
        <translation>Hlavní akce fungují, i když je aktivní jiná aplikace, například softphone</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Další krok:</translation>
    </message>
    <message>
        <source>Global key for the next step</source>
        <translation>Globální klávesa pro další krok</translation>
    </message>
    <message>
        <source>Calmed down:</source>
        <translation>Zákazník se uklidnil:</translation>
    </message>
    <message>
        <source>Global key for calmed down</source>
        <translation>Globální klávesa pro uklidnění</translation>
    </message>
    <message>
        <source>Start or stop the countdown:</source>
        <translation>Spustit nebo zastavit odpočet:</translation>
    </message>
    <message>
        <source>Global key to start or stop the countdown</source>
        <translation>Globální klávesa pro spuštění nebo zastavení odpočtu</translation>
    </message>
    <message>
        <source>New note:</source>
        <translation>Nová poznámka:</translation>
    </message>
    <message>
        <source>Global key for a new note</source>
        <translation>Globální klávesa pro novou poznámku</translation>
    </message>
    <message>
        <source>&amp;Restore the default keys</source>
        <translation>&amp;Obnovit výchozí klávesy</translation>
    </message>
    <message>
        <source>The main window and the tray menu switch at once; other open windows when opened again. The playbook&apos;s language is chosen separately, on the start page.</source>
        <translation>Hlavní okno a nabídka v oznamovací oblasti přepnou jazyk hned; ostatní otevřená okna po novém otevření. Jazyk scénáře se volí zvlášť, na úvodní stránce.</translation>
    </message>
    <message>
        <source>S&amp;oftphone</source>
        <translation>So&amp;ftphone</translation>
    </message>
    <message>
        <source>Follow &amp;baresip (calls start when answered and end when hung up)</source>
        <translation>Sledovat &amp;baresip (hovory začínají přijetím a končí zavěšením)</translation>
    </message>
    <message>
        <source>Connects to baresip&apos;s ctrl_tcp interface</source>
        <translation>Připojí se k rozhraní ctrl_tcp programu baresip</translation>
    </message>
    <message>
        <source>baresip&apos;s &amp;address:</source>
        <translation>&amp;Adresa baresip:</translation>
    </message>
    <message>
        <source>Address of baresip&apos;s ctrl_tcp interface</source>
        <translation>Adresa rozhraní ctrl_tcp programu baresip</translation>
    </message>
    <message>
        <source>&amp;Listen for call events on this computer (127.0.0.1 only)</source>
        <translation>&amp;Naslouchat událostem hovorů na tomto počítači (jen 127.0.0.1)</translation>
    </message>
    <message>
        <source>For softphones and telephone systems that open a URL on call events</source>
        <translation>Pro softphony a telefonní ústředny, které při událostech hovorů otevírají URL</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port of the call-event listener</source>
        <translation>Port pro naslouchání událostem hovorů</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>URL for call events, with its secret token</source>
        <translation>URL pro události hovorů, včetně tajného tokenu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Copy the URL for call events</source>
        <translation>Zkopírovat URL pro události hovorů</translation>
    </message>
    <message>
        <source>Use the caller&apos;s &amp;number as caller reference</source>
        <translation>Používat číslo vo&amp;lajícího jako číslo případu</translation>
    </message>
    <message>
        <source>Earlier calls and promises with the same number are shown when a call starts</source>
        <translation>Při zahájení hovoru se zobrazí dřívější hovory a sliby se stejným číslem</translation>
    </message>
    <message>
        <source>Playbook &amp;rules:</source>
        <translation>P&amp;ravidla výběru scénáře:</translation>
    </message>
    <message>
        <source>Which playbook a softphone call starts on, by number or queue</source>
        <translation>Kterým scénářem začne hovor ze softphonu, podle čísla nebo fronty</translation>
    </message>
    <message>
        <source>+420* = complaint-cs
queue:complaints = complaint-pl</source>
        <translation>+420* = complaint-cs
queue:reklamace = complaint-pl</translation>
    </message>
    <message>
        <source>Softphones that run a program on call events can call &quot;steadyline call-event answered --peer NUMBER&quot; instead. See docs/softphones.md.</source>
        <translation>Softphony, které při událostech hovorů spouštějí program, mohou místo toho volat „steadyline call-event answered --peer ČÍSLO“. Viz docs/softphones.md.</translation>
    </message>
    <message>
        <source>Raise or lower your hand (team):</source>
        <translation>Zvednout nebo spustit ruku (tým):</translation>
    </message>
    <message>
        <source>Global key to raise or lower your hand for the lead</source>
        <translation>Globální klávesa, která zvedne nebo spustí ruku pro vedoucího</translation>
    </message>
</context>
<context>
    <name>PromiseModel</name>
    <message>
        <source>%1 — none</source>
        <translation>%1 — žádné</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Slib</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Případ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Slíbeno</translation>
    </message>
</context>
<context>
    <name>PromisesWindow</name>
    <message>
        <source>Promises — Steadyline</source>
        <translation>Sliby — Steadyline</translation>
    </message>
    <message>
        <source>Journal problem</source>
        <translation>Problém s deníkem</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Otevřené sliby</translation>
    </message>
    <message>
        <source>No open promises</source>
        <translation>Žádné otevřené sliby</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Rehearsal</source>
        <translation>Nácvik</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénka</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Přepis</translation>
    </message>
    <message>
        <source>What the caller said, what you answered, and the feedback</source>
        <translation>Co řekl zákazník, co jste odpověděli a zpětná vazba</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Zpětná vazba</translation>
    </message>
    <message>
        <source>Say:</source>
        <translation>Řekněte:</translation>
    </message>
    <message>
        <source>Read the caller&apos;s lines aloud</source>
        <translation>Číst repliky zákazníka nahlas</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Začátečník</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Středně pokročilý</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Pokročilý</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — cannot be rehearsed</source>
        <translation>%1 — nelze nacvičit</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, passed</source>
        <translation>%1, splněno</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénka</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Obtížnost</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Nejlepší</translation>
    </message>
</context>
<context>
    <name>TimelineWording</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1 · %2</source>
        <translation>krok %1 · %2</translation>
    </message>
    <message>
        <source>the call began</source>
        <translation>hovor začal</translation>
    </message>
    <message>
        <source>the countdown ran out</source>
        <translation>odpočet vypršel</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>vrácení</translation>
    </message>
    <message>
        <source>Entered %1</source>
        <translation>Vstup: %1</translation>
    </message>
    <message>
        <source>Entered %1 (%2)</source>
        <translation>Vstup: %1 (%2)</translation>
    </message>
    <message>
        <source>Said: “%1”</source>
        <translation>Řečeno: „%1“</translation>
    </message>
    <message>
        <source>Countdown started: %1</source>
        <translation>Odpočet spuštěn: %1</translation>
    </message>
    <message>
        <source>Countdown set to %1</source>
        <translation>Odpočet nastaven na %1</translation>
    </message>
    <message>
        <source>Countdown stopped</source>
        <translation>Odpočet zastaven</translation>
    </message>
    <message>
        <source>Countdown ran out</source>
        <translation>Odpočet vypršel</translation>
    </message>
    <message>
        <source>Final action: hang up</source>
        <translation>Závěrečná akce: zavěšení</translation>
    </message>
    <message>
        <source>Final action: call the manager / security</source>
        <translation>Závěrečná akce: přivolání vedoucího nebo ostrahy</translation>
    </message>
    <message>
        <source>Final action: hand over to a colleague</source>
        <translation>Závěrečná akce: předání hovoru kolegovi</translation>
    </message>
    <message>
        <source>Final action: end the call</source>
        <translation>Závěrečná akce: ukončení hovoru</translation>
    </message>
    <message>
        <source>Final action: %1</source>
        <translation>Závěrečná akce: %1</translation>
    </message>
    <message>
        <source>Interrupted: the app or the computer stopped during the call</source>
        <translation>Přerušeno: aplikace nebo počítač se během hovoru zastavily</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Obnoveno</translation>
    </message>
    <message>
        <source>Raised a hand for the lead at %1</source>
        <translation>Požádal(a) vedoucího o pomoc u: %1</translation>
    </message>
    <message>
        <source>The hand went down with the end of the call</source>
        <translation>Žádost o pomoc skončila s koncem hovoru</translation>
    </message>
    <message>
        <source>Lowered the hand</source>
        <translation>Zrušil(a) žádost o pomoc</translation>
    </message>
    <message numerus="yes">
        <source>Cool-down began (%n min)</source>
        <translation>
            <numerusform>Začátek přestávky (%n min)</numerusform>
            <numerusform>Začátek přestávky (%n min)</numerusform>
            <numerusform>Začátek přestávky (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cool-down began</source>
        <translation>Začátek přestávky po těžkém hovoru</translation>
    </message>
    <message>
        <source>Cool-down skipped</source>
        <translation>Přestávka přeskočena</translation>
    </message>
    <message>
        <source>Cool-down ended by a new call</source>
        <translation>Přestávku ukončil nový hovor</translation>
    </message>
    <message>
        <source>Cool-down over</source>
        <translation>Konec přestávky</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <source>Training — Steadyline</source>
        <translation>Trénink — Steadyline</translation>
    </message>
    <message>
        <source>Training problem</source>
        <translation>Problém s tréninkem</translation>
    </message>
    <message>
        <source>Training sections</source>
        <translation>Části tréninku</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Tréninkové scénky</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>Language of the scenarios</source>
        <translation>Jazyk scének</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Obtížnost:</translation>
    </message>
    <message>
        <source>Difficulty of the scenarios</source>
        <translation>Obtížnost scének</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénky</translation>
    </message>
    <message>
        <source>Press Enter to rehearse the selected scenario</source>
        <translation>Stiskněte Enter pro nácvik vybrané scénky</translation>
    </message>
    <message>
        <source>No scenarios</source>
        <translation>Žádné scénky</translation>
    </message>
    <message>
        <source>Briefing and goals</source>
        <translation>Zadání a cíle</translation>
    </message>
    <message>
        <source>Rehearse the selected scenario</source>
        <translation>Nacvičit vybranou scénku</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Pokrok</translation>
    </message>
    <message>
        <source>About your progress</source>
        <translation>O vašem pokroku</translation>
    </message>
    <message>
        <source>Your attempts, by scenario</source>
        <translation>Vaše pokusy podle scének</translation>
    </message>
    <message>
        <source>Mistakes of the selected attempt</source>
        <translation>Chyby vybraného pokusu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run &apos;steadyline --help&apos; for usage.</source>
        <translation>Spusťte „steadyline --help“ pro nápovědu k použití.</translation>
    </message>
</context>
<context>
    <name>steadyline::CallRecorder</name>
    <message>
        <source>Could not save to the journal: %1</source>
        <translation>Do deníku se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>The journal cannot be written right now (%1); notes are kept in memory and saved as soon as it works again.</source>
        <translation>Do deníku teď nelze zapisovat (%1); poznámky se drží v paměti a uloží se, jakmile zápis znovu půjde.</translation>
    </message>
</context>
<context>
    <name>steadyline::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>chyba</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varování</translation>
    </message>
    <message>
        <source> Did you mean &apos;%1&apos;?</source>
        <translation> Měli jste na mysli „%1“?</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document; a JSON file holds exactly one value</source>
        <translation>neočekávaný text za koncem dokumentu; soubor JSON obsahuje právě jednu hodnotu</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte offset %1); save it as UTF-8 in your editor</source>
        <translation>soubor není platné UTF-8 (bajt č. %1); uložte ho v editoru jako UTF-8</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>konec souboru</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>řídicí znak</translation>
    </message>
    <message>
        <source>a no-break space (U+00A0); replace it with a normal space</source>
        <translation>pevná mezera (U+00A0); nahraďte ji běžnou mezerou</translation>
    </message>
    <message>
        <source>an invisible zero-width character; delete it</source>
        <translation>neviditelný znak nulové šířky; smažte ho</translation>
    </message>
    <message>
        <source>a typographic quote %1; JSON needs straight double quotes (&quot;)</source>
        <translation>typografická uvozovka %1; JSON vyžaduje rovné uvozovky (&quot;)</translation>
    </message>
    <message>
        <source>&apos;/&apos;; JSON does not allow comments</source>
        <translation>&apos;/&apos;; JSON nepovoluje komentáře</translation>
    </message>
    <message>
        <source>this &apos;&quot;&apos; ends the text, but the text goes on after it; if the quote belongs to the text, write it as \&quot; or use typographic quotes such as „ “ or « »</source>
        <translation>tento znak &apos;&quot;&apos; ukončuje text, ale text za ním pokračuje; patří-li uvozovka do textu, napište ji jako \&quot; nebo použijte typografické uvozovky, např. „ “ nebo « »</translation>
    </message>
    <message>
        <source>expected a value but found the end of the file; the file may be truncated</source>
        <translation>očekávána hodnota, ale soubor skončil; soubor může být useknutý</translation>
    </message>
    <message>
        <source>strings must be in double quotes (&quot;), not single quotes</source>
        <translation>texty musí být ve dvojitých uvozovkách (&quot;), ne v jednoduchých</translation>
    </message>
    <message>
        <source>expected a value (an object, array, string, number, true, false or null) but found %1</source>
        <translation>očekávána hodnota (objekt, pole, řetězec, číslo, true, false nebo null), ale nalezeno: %1</translation>
    </message>
    <message>
        <source>expected a value but found %1; text must be in double quotes</source>
        <translation>očekávána hodnota, ale nalezeno: %1; text musí být ve dvojitých uvozovkách</translation>
    </message>
    <message>
        <source>the document is nested more than %1 levels deep</source>
        <translation>dokument je vnořen hlouběji než do %1 úrovní</translation>
    </message>
    <message>
        <source>the object is not closed: expected &apos;}&apos; before the end of the file</source>
        <translation>objekt není uzavřen: před koncem souboru chybí &apos;}&apos;</translation>
    </message>
    <message>
        <source>a comma must not follow the last member of an object; remove it</source>
        <translation>za poslední položkou objektu nesmí být čárka; odstraňte ji</translation>
    </message>
    <message>
        <source>expected a member name in double quotes but found %1</source>
        <translation>očekáván název položky ve dvojitých uvozovkách, ale nalezeno: %1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name &quot;%1&quot; but found %2</source>
        <translation>za názvem položky „%1“ očekávána &apos;:&apos;, ale nalezeno: %2</translation>
    </message>
    <message>
        <source>the object is not closed: expected &apos;,&apos; or &apos;}&apos; before the end of the file</source>
        <translation>objekt není uzavřen: před koncem souboru očekávána &apos;,&apos; nebo &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member but found %1; is a comma missing?</source>
        <translation>za položkou očekávána &apos;,&apos; nebo &apos;}&apos;, ale nalezeno: %1; nechybí čárka?</translation>
    </message>
    <message>
        <source>a comma must not follow the last element of an array; remove it</source>
        <translation>za posledním prvkem pole nesmí být čárka; odstraňte ji</translation>
    </message>
    <message>
        <source>the array is not closed: expected &apos;,&apos; or &apos;]&apos; before the end of the file</source>
        <translation>pole není uzavřeno: před koncem souboru očekávána &apos;,&apos; nebo &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element but found %1; is a comma missing?</source>
        <translation>za prvkem pole očekávána &apos;,&apos; nebo &apos;]&apos;, ale nalezeno: %1; nechybí čárka?</translation>
    </message>
    <message>
        <source>the \u escape needs four hexadecimal digits</source>
        <translation>sekvence \u vyžaduje čtyři šestnáctkové číslice</translation>
    </message>
    <message>
        <source>the string is not closed: a &apos;&quot;&apos; is missing before the end of the file</source>
        <translation>text není uzavřen: před koncem souboru chybí &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>the string is not closed before the end of the line; write a line break inside a string as \n</source>
        <translation>text není uzavřen před koncem řádku; zalomení řádku v textu zapište jako \n</translation>
    </message>
    <message>
        <source>a control character must be escaped inside a string (for a tab write \t)</source>
        <translation>řídicí znak v textu je třeba zapsat sekvencí (tabulátor jako \t)</translation>
    </message>
    <message>
        <source>a \u escape of a high surrogate must be followed by a low surrogate</source>
        <translation>za sekvencí \u s horním surogátem musí následovat dolní surogát</translation>
    </message>
    <message>
        <source>a \u escape holds a lone low surrogate</source>
        <translation>sekvence \u obsahuje osamocený dolní surogát</translation>
    </message>
    <message>
        <source>unknown escape sequence &apos;\%1&apos;</source>
        <translation>neznámá sekvence &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>a number needs at least one digit</source>
        <translation>číslo musí mít alespoň jednu číslici</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros; write 7000, not 07000</source>
        <translation>čísla nesmí začínat nulou; pište 7000, ne 07000</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>za desetinnou tečkou musí být číslice</translation>
    </message>
    <message>
        <source>a digit must follow the exponent</source>
        <translation>za exponentem musí být číslice</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>číslo %1 je mimo rozsah</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>pole</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>řetězec</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>desetinné číslo</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>číslo</translation>
    </message>
    <message>
        <source>%1 has no member &apos;%2&apos;.%3 Allowed members: %4.</source>
        <translation>%1 nemá položku „%2“.%3 Povolené položky: %4.</translation>
    </message>
    <message>
        <source>%1 is missing the required member &apos;%2&apos;.</source>
        <translation>%1: chybí povinná položka „%2“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be %3, not %4.</source>
        <translation>%2: „%1“ musí být typu %3, ne %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is &quot;%3&quot;; %4.</source>
        <translation>%2: „%1“ má hodnotu „%3“; %4.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>celé číslo</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true nebo false</translation>
    </message>
    <message>
        <source>an array ([…])</source>
        <translation>pole ([…])</translation>
    </message>
    <message>
        <source>an object ({…})</source>
        <translation>objekt ({…})</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has no version in the base locale &quot;%2&quot;, but a &quot;%3&quot; version. Did you mean &apos;%2&apos;?</source>
        <translation>text „%1“ nemá verzi v základním jazyce „%2“, ale má verzi „%3“. Měli jste na mysli „%2“?</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has a &quot;%2&quot; version, but &quot;%2&quot; is not in &apos;locales&apos;. Did you mean &apos;%3&apos;? The text has no &quot;%3&quot; version.</source>
        <translation>text „%1“ má verzi „%2“, ale „%2“ není v „locales“. Měli jste na mysli „%3“? Text nemá verzi „%3“.</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has no version in the base locale &quot;%2&quot;; consultants working in %2 would see it in another language (%3). Add a &quot;%2&quot; version.</source>
        <translation>text „%1“ nemá verzi v základním jazyce „%2“; konzultanti pracující v jazyce %2 by ho viděli v jiném jazyce (%3). Doplňte verzi „%2“.</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has no translation for %2 (declared in &apos;locales&apos;); consultants in that language will see the %3 text.</source>
        <translation>text „%1“ nemá překlad do: %2 (uvedeno v „locales“); konzultanti v tomto jazyce uvidí text v jazyce %3.</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has a &quot;%2&quot; version, but &quot;%2&quot; is not in &apos;locales&apos;; add it there or remove the text.</source>
        <translation>text „%1“ má verzi „%2“, ale „%2“ není v „locales“; doplňte ho tam, nebo text odstraňte.</translation>
    </message>
    <message>
        <source>a &apos;}&apos; has no matching &apos;{&apos;; write &apos;}}&apos; for a literal brace</source>
        <translation>znak &apos;}&apos; nemá odpovídající &apos;{&apos;; doslovnou závorku zapište jako &apos;}}&apos;</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is not closed; write &apos;{{&apos; for a literal brace</source>
        <translation>znak &apos;{&apos; není uzavřen; doslovnou závorku zapište jako &apos;{{&apos;</translation>
    </message>
    <message>
        <source>placeholders cannot be nested</source>
        <translation>zástupné symboly nelze vnořovat</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; needs exactly two forms separated by &apos;|&apos;, male first, e.g. %2</source>
        <translation>„{%1}“ potřebuje právě dva tvary oddělené znakem &apos;|&apos;, nejprve mužský, např. %2</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; takes no forms; write {%2}</source>
        <translation>„{%1}“ nepřijímá tvary; napište {%2}</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; has spaces inside the braces, which would show as extra spaces in the text; write {%2}</source>
        <translation>„{%1}“ má uvnitř závorek mezery, které by se v textu zobrazily jako mezery navíc; napište {%2}</translation>
    </message>
    <message>
        <source> This follows from the step at line %1, whose id &quot;%2&quot; is not a valid id; write it as &apos;%3&apos; there.</source>
        <translation> To je důsledek kroku na řádku %1, jehož id „%2“ není platné; napište ho tam jako „%3“.</translation>
    </message>
    <message>
        <source>the playbook has %1 steps; at most %2 are allowed. Split it into several playbooks.</source>
        <translation>scénář má příliš mnoho kroků (%1, povoleno nejvýše %2). Rozdělte ho na několik scénářů.</translation>
    </message>
    <message>
        <source> Steps refer to &apos;%1&apos;, which no step has: was this step meant to be &apos;%2&apos;?</source>
        <translation> Kroky odkazují na „%1“, které nemá žádný krok: neměl se tento krok jmenovat „%2“?</translation>
    </message>
    <message>
        <source>the step id &apos;%1&apos; is used twice (first at line %2); every step needs its own id.%3</source>
        <translation>id kroku „%1“ je použito dvakrát (poprvé na řádku %2); každý krok potřebuje vlastní id.%3</translation>
    </message>
    <message>
        <source> This probably follows from the duplicate step id &apos;%1&apos; at line %2; fix that first.</source>
        <translation> To je nejspíš důsledek zdvojeného id kroku „%1“ na řádku %2; opravte nejprve to.</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos; is declared twice; declare each event once.</source>
        <translation>událost „%1“ je deklarována dvakrát; deklarujte každou událost jednou.</translation>
    </message>
    <message>
        <source>&apos;initialStep&apos; names the step &apos;%1&apos;, which does not exist.%2</source>
        <translation>„initialStep“ uvádí krok „%1“, který neexistuje.%2</translation>
    </message>
    <message>
        <source>the transition leads to the step &apos;%1&apos;, which does not exist.%2</source>
        <translation>přechod vede do kroku „%1“, který neexistuje.%2</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos; is not declared in &apos;events&apos;.%2 Declared events: %3.</source>
        <translation>událost „%1“ není deklarována v „events“.%2 Deklarované události: %3.</translation>
    </message>
    <message>
        <source>%1 already has a transition for the event &apos;%2&apos; that applies here; give the two different &apos;when&apos; guards or remove one.</source>
        <translation>%1: už má přechod pro událost „%2“, který zde platí; dejte oběma různé podmínky „when“, nebo jeden odstraňte.</translation>
    </message>
    <message>
        <source>%1 already has an expiry target that applies here; give the targets different &apos;when&apos; guards or remove one.</source>
        <translation>%1: už má cíl po vypršení, který zde platí; dejte cílům různé podmínky „when“, nebo jeden odstraňte.</translation>
    </message>
    <message>
        <source>&apos;except&apos; names the step &apos;%1&apos;, which does not exist.%2</source>
        <translation>„except“ uvádí krok „%1“, který neexistuje.%2</translation>
    </message>
    <message>
        <source>global transitions %1 and %2 both handle the event &apos;%3&apos; in step &apos;%4&apos;; give them different &apos;when&apos; guards or &apos;except&apos; lists, or remove one.</source>
        <translation>globální přechody %1 a %2 obsluhují tutéž událost „%3“ v kroku „%4“; dejte jim různé podmínky „when“ nebo seznamy „except“, nebo jeden odstraňte.</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;</source>
        <translation>krok „%1“</translation>
    </message>
    <message>
        <source>the timer of %1</source>
        <translation>časovač (%1)</translation>
    </message>
    <message>
        <source>no path from the initial step &apos;%1&apos; leads to the step &apos;%2&apos;; add a transition to it or remove it.</source>
        <translation>z výchozího kroku „%1“ nevede žádná cesta do kroku „%2“; přidejte do něj přechod, nebo ho odstraňte.</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; is final, so its transitions and timer are never used; remove them or drop &quot;final&quot;: true.</source>
        <translation>krok „%1“ je závěrečný, takže jeho přechody a časovač se nikdy nepoužijí; odstraňte je, nebo odeberte &quot;final&quot;: true.</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; has no way out: give it a transition (&apos;on&apos;) or a timer, or mark it &quot;final&quot;: true if the call ends there.</source>
        <translation>z kroku „%1“ nevede žádná cesta ven: dejte mu přechod („on“) nebo časovač, nebo ho označte &quot;final&quot;: true, pokud tam hovor končí.</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; has no way on of its own: only global transitions (&apos;%2&apos;) lead out of it, so the method stops there. Give it a transition (&apos;on&apos;) to the next step or a timer, or mark it &quot;final&quot;: true if the call ends there.</source>
        <translation>krok „%1“ nemá vlastní cestu dál: vedou z něj jen globální přechody („%2“), takže se na něm metoda zastaví. Dejte mu přechod („on“) do dalšího kroku nebo časovač, nebo ho označte &quot;final&quot;: true, pokud tam hovor končí.</translation>
    </message>
    <message>
        <source>when the timer of step &apos;%1&apos; expires on the &quot;%2&quot; channel, no target applies and the step stays; add a target for &quot;%2&quot;.</source>
        <translation>když časovač kroku „%1“ vyprší na kanálu „%2“, žádný cíl neplatí a krok zůstane; přidejte cíl pro „%2“.</translation>
    </message>
    <message>
        <source>the timer of step &apos;%1&apos; must satisfy minMs ≤ defaultMs ≤ maxMs, but it has minMs %2, defaultMs %3, maxMs %4.</source>
        <translation>časovač kroku „%1“ musí splňovat minMs ≤ defaultMs ≤ maxMs, ale má minMs %2, defaultMs %3, maxMs %4.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; has %3 characters; a text may have at most %4. Shorten it: the consultant reads it during a call.</source>
        <translation>text „%1“ v „%2“ je příliš dlouhý (znaků: %3, nejvýše %4). Zkraťte ho: konzultant ho čte během hovoru.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; is empty; write the text or remove the entry.</source>
        <translation>text „%1“ v „%2“ je prázdný; napište text, nebo položku odstraňte.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; contains the invisible character %3 (%4), which can make the text show other than it is; remove it.</source>
        <translation>text „%1“ v „%2“ obsahuje neviditelný znak %3 (%4), kvůli kterému může text vypadat jinak, než jak je zapsán; odstraňte ho.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; contains what looks like HTML; the window shows texts as written, tags included.</source>
        <translation>text „%1“ v „%2“ obsahuje něco, co vypadá jako HTML; okno zobrazuje texty tak, jak jsou zapsány, včetně značek.</translation>
    </message>
    <message>
        <source>in the &quot;%1&quot; text of &quot;%2&quot;: %3</source>
        <translation>v textu „%1“ v „%2“: %3</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; contains &quot;%3&quot;, which would %4 as written; use %5 for grammatical forms%6, or write {/} for a slash you mean (24{/}7).</source>
        <translation>text „%1“ v „%2“ obsahuje „%3“, což by se %4 doslova; pro mluvnické tvary použijte %5%6, nebo napište {/}, pokud lomítko myslíte vážně (24{/}7).</translation>
    </message>
    <message>
        <source>be read out</source>
        <translation>přečetlo</translation>
    </message>
    <message>
        <source>show on the card</source>
        <translation>zobrazilo na kartě</translation>
    </message>
    <message>
        <source>, separate &apos;say&apos; entries for alternatives</source>
        <translation>, pro varianty samostatné položky „say“</translation>
    </message>
    <message>
        <source>this is a folder, not a %1 file.</source>
        <translation>toto je složka, ne soubor (%1).</translation>
    </message>
    <message>
        <source>cannot open the file: %1.</source>
        <translation>soubor nelze otevřít: %1.</translation>
    </message>
    <message>
        <source>the file is %1 MB; %2 files are limited to %3 MB. Is this the right file?</source>
        <translation>soubor má %1 MB; limit pro typ „%2“ je %3 MB. Je to ten správný soubor?</translation>
    </message>
    <message>
        <source>cannot read the file: %1.</source>
        <translation>soubor nelze přečíst: %1.</translation>
    </message>
    <message>
        <source>the file grew beyond the size limit while it was read.</source>
        <translation>soubor během čtení přerostl povolenou velikost.</translation>
    </message>
    <message>
        <source>the file is empty; a %1 is a JSON object ({…}).</source>
        <translation>soubor je prázdný; %1 je objekt JSON ({…}).</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice in one object (first at line %2); only the first is used. Remove or rename one.</source>
        <translation>položka „%1“ se v jednom objektu vyskytuje dvakrát (poprvé na řádku %2); použije se jen první. Jednu odstraňte, nebo přejmenujte.</translation>
    </message>
    <message>
        <source>playbook</source>
        <translation>scénář</translation>
    </message>
    <message>
        <source>a playbook file must hold one JSON object ({…}), not %1.</source>
        <translation>soubor scénáře musí obsahovat jeden objekt JSON ({…}), ne: %1.</translation>
    </message>
    <message>
        <source>the playbook</source>
        <translation>scénář</translation>
    </message>
    <message>
        <source>this playbook uses format version %1, but this Steadyline reads versions up to %2; update Steadyline or save the playbook in version %2.</source>
        <translation>tento scénář používá verzi formátu %1, ale tento Steadyline čte verze do %2; aktualizujte Steadyline, nebo uložte scénář ve verzi %2.</translation>
    </message>
    <message>
        <source>&apos;schemaVersion&apos; must be 1 or more, not %1.</source>
        <translation>„schemaVersion“ musí být 1 nebo více, ne %1.</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, e.g. &quot;aggressive-caller-3.5&quot;</source>
        <translation>použijte malá písmena, číslice, &apos;.&apos;, &apos;_&apos; a &apos;-&apos;, např. &quot;aggressive-caller-3.5&quot;</translation>
    </message>
    <message>
        <source>&apos;revision&apos; must be between 1 and 1000000, not %1; raise it by one each time you hand out a changed playbook.</source>
        <translation>„revision“ musí být mezi 1 a 1000000, ne %1; zvyšte ji o jedna pokaždé, když předáváte změněný scénář.</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;_&apos;, starting with a letter, e.g. &quot;final_warning&quot;</source>
        <translation>použijte malá písmena, číslice a &apos;_&apos;, na začátku písmeno, např. &quot;final_warning&quot;</translation>
    </message>
    <message>
        <source>use a language code such as &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; or &quot;en-GB&quot;</source>
        <translation>použijte kód jazyka, např. &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; nebo &quot;en-GB&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &apos;translatedFrom&apos; is not a locale; %2.</source>
        <translation>„%1“ v „translatedFrom“ není kód jazyka; %2.</translation>
    </message>
    <message>
        <source>&apos;translatedFrom&apos; of &quot;%1&quot; must be an object of text key → fingerprint, not %2.</source>
        <translation>„translatedFrom“ pro „%1“ musí být objekt klíč textu → otisk, ne: %2.</translation>
    </message>
    <message>
        <source>the record of &quot;%1&quot; in &apos;translatedFrom&apos; must be the 12 hex digits that &apos;steadyline i18n-status --mark-current %2 FILE&apos; writes.</source>
        <translation>záznam „%1“ v „translatedFrom“ musí být 12 šestnáctkových číslic, které zapisuje &apos;steadyline i18n-status --mark-current %2 SOUBOR&apos;.</translation>
    </message>
    <message>
        <source>each entry of &apos;locales&apos; must be a string, not %1.</source>
        <translation>každá položka „locales“ musí být řetězec, ne: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale; %2.</source>
        <translation>„%1“ není kód jazyka; %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a locale; %3.</source>
        <translation>„%1“ v %2 není kód jazyka; %3.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of %2 must be a string, not %3.</source>
        <translation>text „%1“ v %2 musí být řetězec, ne: %3.</translation>
    </message>
    <message>
        <source>%1 has no text; give at least the base locale, e.g. {&quot;%2&quot;: &quot;…&quot;}.</source>
        <translation>%1 nemá text; uveďte alespoň verzi v základním jazyce, např. {&quot;%2&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>%1 must be a string or an object of texts per locale, not %2.</source>
        <translation>%1 musí být řetězec nebo objekt textů podle jazyků, ne: %2.</translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; of %3</source>
        <translation>položka %1 v „%2“ (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty; it needs at least one %3.</source>
        <translation>%2: „%1“ je prázdné; je potřeba alespoň jeden prvek (%3).</translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; must be an object ({…}) describing a %3, not %4.</source>
        <translation>položka %1 v „%2“ musí být objekt ({…}) popisující prvek (%3), ne: %4.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>událost</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>událost %1</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;</source>
        <translation>událost „%1“</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; of %2.%3 Use one of: %4.</source>
        <translation>neznámá role „%1“ (%2).%3 Použijte jednu z: %4.</translation>
    </message>
    <message>
        <source>the guard (&apos;when&apos;) of %1</source>
        <translation>podmínka („when“) – %1</translation>
    </message>
    <message>
        <source>unknown guard &apos;%1&apos;; a guard can test only &apos;channel&apos; (&quot;phone&quot; or &quot;in_person&quot;).%2</source>
        <translation>neznámá podmínka „%1“; podmínka může testovat jen „channel“ (&quot;phone&quot; nebo &quot;in_person&quot;).%2</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; in a guard; use &quot;phone&quot; or &quot;in_person&quot;.%2</source>
        <translation>neznámý kanál „%1“ v podmínce; použijte &quot;phone&quot; nebo &quot;in_person&quot;.%2</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>přechod</translation>
    </message>
    <message>
        <source>global transition %1</source>
        <translation>globální přechod %1</translation>
    </message>
    <message>
        <source>each entry of &apos;except&apos; must be a step id string, not %1.</source>
        <translation>každá položka „except“ musí být řetězec s id kroku, ne: %1.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>krok %1</translation>
    </message>
    <message>
        <source>the label of %1 is empty; write the step&apos;s number as the consultant knows it, e.g. &quot;1&quot; or &quot;3½&quot;.</source>
        <translation>označení (%1) je prázdné; napište číslo kroku tak, jak ho zná konzultant, např. &quot;1&quot; nebo &quot;3½&quot;.</translation>
    </message>
    <message>
        <source>transition %1 of %2</source>
        <translation>přechod %1 (%2)</translation>
    </message>
    <message>
        <source>action</source>
        <translation>akce</translation>
    </message>
    <message>
        <source>action %1 of %2</source>
        <translation>akce %1 (%2)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cíl</translation>
    </message>
    <message>
        <source>expiry target %1 of %2</source>
        <translation>cíl po vypršení %1 (%2)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;.%2 Known actions: %3.</source>
        <translation>neznámá akce „%1“.%2 Známé akce: %3.</translation>
    </message>
    <message>
        <source>the %1 action</source>
        <translation>akce %1</translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos;.%3 Its parameters: %4.</source>
        <translation>%1 nemá parametr „%2“.%3 Její parametry: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>unknown call outcome &quot;%1&quot;.%2 Use one of: %3.</source>
        <translation>neznámý výsledek hovoru „%1“.%2 Použijte jeden z: %3.</translation>
    </message>
    <message>
        <source>unknown final action &quot;%1&quot;.%2 Use one of: %3.</source>
        <translation>neznámá závěrečná akce „%1“.%2 Použijte jednu z: %3.</translation>
    </message>
    <message>
        <source>%1 needs &apos;finalAction&apos; (hang_up, call_security, hand_over or end), &apos;outcome&apos;, or both.</source>
        <translation>%1 potřebuje „finalAction“ (hang_up, call_security, hand_over nebo end), „outcome“, nebo obojí.</translation>
    </message>
    <message>
        <source>the countdown of step &apos;%1&apos; cannot be stopped with F6 (&quot;the caller calmed down&quot;): no event has &quot;role&quot;: &quot;calmed&quot;. Give the event for a caller who calms down that role, so F6, the tray item and the global shortcut fire it.</source>
        <translation>odpočet v kroku „%1“ nelze zastavit klávesou F6 („zákazník se uklidnil“): žádná událost nemá &quot;role&quot;: &quot;calmed&quot;. Dejte tuto roli události pro zákazníka, který se uklidní, aby ji spouštěly F6, položka v oznamovací oblasti i globální zkratka.</translation>
    </message>
    <message>
        <source>F6 (&quot;the caller calmed down&quot;) does nothing during the countdown of step &apos;%1&apos;: neither the step nor a global transition uses event &apos;%2&apos;.</source>
        <translation>F6 („zákazník se uklidnil“) během odpočtu v kroku „%1“ nic nedělá: událost „%2“ nepoužívá ani krok, ani žádný globální přechod.</translation>
    </message>
    <message>
        <source>the call would stay in it after it has ended</source>
        <translation>hovor by v něm zůstal i po skončení</translation>
    </message>
    <message>
        <source>the consultant would still be offered %1 after the call has ended</source>
        <translation>konzultantovi by se po skončení hovoru stále nabízelo %1</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; ends the call (end_call) but is not final, so %2; add &quot;final&quot;: true to the step.</source>
        <translation>krok „%1“ ukončuje hovor (end_call), ale není závěrečný, takže %2; přidejte ke kroku &quot;final&quot;: true.</translation>
    </message>
    <message>
        <source>&apos;translatedFrom&apos; has records for &quot;%1&quot;, which is not a translated locale of this playbook (&apos;locales&apos; beside the base locale &quot;%2&quot;); remove them.</source>
        <translation>„translatedFrom“ má záznamy pro „%1“, což není jazyk překladu tohoto scénáře („locales“ kromě základního jazyka „%2“); odstraňte je.</translation>
    </message>
    <message>
        <source>&apos;translatedFrom&apos; records a &quot;%1&quot; translation of the text &quot;%2&quot;, which this playbook does not have (renamed or removed?); &apos;steadyline i18n-status --mark-current %1 FILE&apos; tidies the records.</source>
        <translation>„translatedFrom“ zaznamenává překlad „%1“ textu „%2“, který tento scénář nemá (přejmenován, nebo odstraněn?); &apos;steadyline i18n-status --mark-current %1 SOUBOR&apos; záznamy uklidí.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; was translated from an earlier &quot;%3&quot; text; check the translation, then run &apos;steadyline i18n-status --mark-current %1 FILE&apos;.</source>
        <translation>text „%1“ v „%2“ byl přeložen z dřívější verze „%3“; zkontrolujte překlad a pak spusťte &apos;steadyline i18n-status --mark-current %1 SOUBOR&apos;.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 nebo %2</translation>
    </message>
    <message>
        <source>options &apos;%1&apos; and &apos;%2&apos; of turn &apos;%3&apos; both fire the event &apos;%4&apos;. In the rehearsal window the event&apos;s button always plays &apos;%1&apos;, so &apos;%2&apos; can never be chosen there. Give &apos;%2&apos; another event, or make the difference a &apos;say&apos; option.</source>
        <translation>možnosti „%1“ a „%2“ repliky „%3“ spouštějí tutéž událost „%4“. V okně nácviku tlačítko události vždy přehraje „%1“, takže „%2“ tam nelze zvolit. Dejte „%2“ jinou událost, nebo z rozdílu udělejte možnost „say“.</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>po telefonu</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>osobně</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice; turns and endings need distinct ids.</source>
        <translation>id „%1“ je použito dvakrát; repliky a závěry potřebují různá id.</translation>
    </message>
    <message>
        <source>turn &apos;%1&apos; has two options with the id &apos;%2&apos;; option ids must be distinct within a turn.</source>
        <translation>replika „%1“ má dvě možnosti s id „%2“; id možností v rámci repliky musí být různá.</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos;, which is neither a turn nor an ending.%3</source>
        <translation>%1 uvádí „%2“, což není replika ani závěr.%3</translation>
    </message>
    <message>
        <source>&apos;start&apos; names &apos;%1&apos;, which is not a turn.%2</source>
        <translation>„start“ uvádí „%1“, což není replika.%2</translation>
    </message>
    <message>
        <source>the scenario is in &apos;%1&apos; but playbook &apos;%2&apos; has no text in that language (it is in %3); the step card will not match the caller.</source>
        <translation>scénka je v jazyce „%1“, ale scénář „%2“ v tomto jazyce nemá texty (je v: %3); karta kroku nebude odpovídat zákazníkovi.</translation>
    </message>
    <message>
        <source>turn &apos;%1&apos;</source>
        <translation>replika „%1“</translation>
    </message>
    <message>
        <source>%1 names step &apos;%2&apos;, which playbook &apos;%3&apos; does not have.%4</source>
        <translation>%1 uvádí krok „%2“, který scénář „%3“ nemá.%4</translation>
    </message>
    <message>
        <source>%1, the playbook is at step &apos;%2&apos;, but the next turn &apos;%3&apos; says step &apos;%4&apos;; make them agree.</source>
        <translation>%1 je scénář v kroku „%2“, ale další replika „%3“ uvádí krok „%4“; sjednoťte je.</translation>
    </message>
    <message>
        <source>&apos;onTimer&apos; of %1</source>
        <translation>„onTimer“ (%1)</translation>
    </message>
    <message>
        <source>%1 is at step &apos;%2&apos;, whose countdown leads to &apos;%3&apos; at zero; add &apos;onTimer&apos; naming the turn or ending that follows.</source>
        <translation>%1 je v kroku „%2“, jehož odpočet po vypršení vede do „%3“; přidejte „onTimer“ s replikou nebo závěrem, který následuje.</translation>
    </message>
    <message>
        <source>%1 has &apos;onTimer&apos;, but step &apos;%2&apos; has no countdown; it never fires.</source>
        <translation>%1 má „onTimer“, ale krok „%2“ nemá odpočet; nikdy se nespustí.</translation>
    </message>
    <message>
        <source>When the countdown of %1 reaches zero</source>
        <translation>Když odpočet vyprší (%1),</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of %2</source>
        <translation>možnost „%1“ (%2)</translation>
    </message>
    <message>
        <source>&apos;next&apos; of %1</source>
        <translation>„next“ (%1)</translation>
    </message>
    <message>
        <source>%1 ends the call, so its &apos;next&apos; must be an ending, not turn &apos;%2&apos;.</source>
        <translation>%1 ukončuje hovor, takže její „next“ musí uvádět závěr, ne repliku „%2“.</translation>
    </message>
    <message>
        <source>%1 fires event &apos;%2&apos;, which playbook &apos;%3&apos; does not declare.%4</source>
        <translation>%1 spouští událost „%2“, kterou scénář „%3“ nedeklaruje.%4</translation>
    </message>
    <message>
        <source>%1 fires event &apos;%2&apos;, which leads nowhere from step &apos;%3&apos; %4. From there: %5.</source>
        <translation>%1 spouští událost „%2“, která z kroku „%3“ (%4) nikam nevede. Odtud: %5.</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>žádná událost</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Po volbě (%1)</translation>
    </message>
    <message>
        <source>this leads back to turn &apos;%1&apos;, which comes earlier; a scenario moves forward, so use a new turn instead.</source>
        <translation>toto vede zpět k replice „%1“, která je dříve; scénka postupuje jen dopředu, použijte tedy novou repliku.</translation>
    </message>
    <message>
        <source>turn &apos;%1&apos; cannot be reached from the start.</source>
        <translation>replika „%1“ není od začátku dosažitelná.</translation>
    </message>
    <message>
        <source>ending &apos;%1&apos; cannot be reached from the start.</source>
        <translation>závěr „%1“ není od začátku dosažitelný.</translation>
    </message>
    <message>
        <source>no path from the start earns any points, so no rehearsal can pass; give the good options positive points.</source>
        <translation>žádná cesta od začátku nepřináší body, takže žádný nácvik nemůže uspět; dejte dobrým možnostem kladné body.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénka</translation>
    </message>
    <message>
        <source>no playbook with the id &apos;%1&apos; was found.%2 Give its file on the same command line, or put it beside the scenario or in the folder above.</source>
        <translation>scénář s id „%1“ nebyl nalezen.%2 Uveďte jeho soubor na stejném příkazovém řádku, nebo ho dejte vedle scénky či do nadřazené složky.</translation>
    </message>
    <message>
        <source>the scenario needs revision %1 or later of playbook &apos;%2&apos;, but the one found is revision %3.</source>
        <translation>scénka vyžaduje revizi %1 nebo novější scénáře „%2“, ale nalezený má revizi %3.</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos;, e.g. &quot;calms-after-boundary-pl&quot;</source>
        <translation>použijte malá písmena, číslice a &apos;-&apos;, např. &quot;calms-after-boundary-pl&quot;</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, e.g. &quot;aggressive-caller-pl&quot;</source>
        <translation>použijte malá písmena, číslice, &apos;.&apos;, &apos;_&apos; a &apos;-&apos;, např. &quot;aggressive-caller-pl&quot;</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, e.g. &quot;offer_help&quot; or &quot;hung-up&quot;</source>
        <translation>použijte malá písmena, číslice, &apos;_&apos; a &apos;-&apos;, např. &quot;offer_help&quot; nebo &quot;hung-up&quot;</translation>
    </message>
    <message>
        <source>a scenario file must hold one JSON object ({…}), not %1.</source>
        <translation>soubor scénky musí obsahovat jeden objekt JSON ({…}), ne: %1.</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>scénka</translation>
    </message>
    <message>
        <source>&apos;kind&apos; of a scenario must be &quot;scenario&quot;, not &quot;%1&quot;.</source>
        <translation>„kind“ scénky musí být &quot;scenario&quot;, ne „%1“.</translation>
    </message>
    <message>
        <source>this scenario uses format version %1, but this Steadyline reads versions up to %2; update Steadyline or save the scenario in version %2.</source>
        <translation>tato scénka používá verzi formátu %1, ale tento Steadyline čte verze do %2; aktualizujte Steadyline, nebo uložte scénku ve verzi %2.</translation>
    </message>
    <message>
        <source>use a language code such as &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; or &quot;en&quot;</source>
        <translation>použijte kód jazyka, např. &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; nebo &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be between %3 and %4, not %5.</source>
        <translation>%2: „%1“ musí být mezi %3 a %4, ne %5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty; write the text the trainee will read.</source>
        <translation>%2: „%1“ je prázdné; napište text, který si cvičící přečte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is &quot;%3&quot;;%4 choose one of: %5.</source>
        <translation>%2: „%1“ má hodnotu „%3“;%4 zvolte jednu z: %5.</translation>
    </message>
    <message>
        <source>&apos;goals&apos; is empty; name at least one thing the rehearsal teaches.</source>
        <translation>„goals“ je prázdné; uveďte alespoň jednu věc, kterou nácvik učí.</translation>
    </message>
    <message>
        <source>each goal must be a non-empty string.</source>
        <translation>každý cíl musí být neprázdný řetězec.</translation>
    </message>
    <message>
        <source>&apos;turns&apos; is empty; a scenario needs at least one turn of the caller.</source>
        <translation>„turns“ je prázdné; scénka potřebuje alespoň jednu repliku zákazníka.</translation>
    </message>
    <message>
        <source>turn %1 must be an object ({…}), not %2.</source>
        <translation>replika %1 musí být objekt ({…}), ne: %2.</translation>
    </message>
    <message>
        <source>turn %1</source>
        <translation>replika %1</translation>
    </message>
    <message>
        <source>use the id of a step of the playbook, e.g. &quot;boundary&quot;</source>
        <translation>použijte id kroku scénáře, např. &quot;boundary&quot;</translation>
    </message>
    <message>
        <source>the caller of %1</source>
        <translation>zákazník (%1)</translation>
    </message>
    <message>
        <source>%1 offers no options; give the trainee at least one.</source>
        <translation>%1 nenabízí žádné možnosti; dejte cvičícímu alespoň jednu.</translation>
    </message>
    <message>
        <source>option %1 of %2 must be an object ({…}), not %3.</source>
        <translation>možnost %1 (%2) musí být objekt ({…}), ne: %3.</translation>
    </message>
    <message>
        <source>option %1 of %2</source>
        <translation>možnost %1 (%2)</translation>
    </message>
    <message>
        <source>%1 does nothing; give it exactly one of: event, say, promise, note, stopCountdown, endCall.</source>
        <translation>%1 nic nedělá; dejte jí právě jedno z: event, say, promise, note, stopCountdown, endCall.</translation>
    </message>
    <message>
        <source>%1 has %2; give it exactly one of them.</source>
        <translation>%1 má: %2; dejte jí právě jedno z nich.</translation>
    </message>
    <message>
        <source>use the id of an event of the playbook, e.g. &quot;no_change&quot;</source>
        <translation>použijte id události scénáře, např. &quot;no_change&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only be true; to offer something else, use another member.</source>
        <translation>„%1“ může být jen true; chcete-li nabídnout něco jiného, použijte jinou položku.</translation>
    </message>
    <message>
        <source>&apos;endings&apos; is empty; a scenario needs at least one ending.</source>
        <translation>„endings“ je prázdné; scénka potřebuje alespoň jeden závěr.</translation>
    </message>
    <message>
        <source>ending %1 must be an object ({…}), not %2.</source>
        <translation>závěr %1 musí být objekt ({…}), ne: %2.</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>závěr %1</translation>
    </message>
    <message numerus="yes">
        <source>%n texts have a version in &quot;%1&quot; (the first is &quot;%2&quot;), but &quot;%1&quot; is not in &apos;locales&apos;; add &quot;%1&quot; to &apos;locales&apos; or remove those versions.</source>
        <translation>
            <numerusform>%n text má verzi v „%1“ (první je „%2“), ale „%1“ není v „locales“; přidejte „%1“ do „locales“, nebo tyto verze odstraňte.</numerusform>
            <numerusform>%n texty mají verzi v „%1“ (první je „%2“), ale „%1“ není v „locales“; přidejte „%1“ do „locales“, nebo tyto verze odstraňte.</numerusform>
            <numerusform>%n textů má verzi v „%1“ (první je „%2“), ale „%1“ není v „locales“; přidejte „%1“ do „locales“, nebo tyto verze odstraňte.</numerusform>
        </translation>
    </message>
    <message>
        <source>a bidirectional control</source>
        <translation>znak řídící směr textu</translation>
    </message>
    <message>
        <source>a zero-width character</source>
        <translation>znak nulové šířky</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;{%1}&apos;; known are {address:…|…}, {agent:…|…}, {channel:…|…}, {agentName} and {caseRef}</source>
        <translation>neznámý zástupný symbol „{%1}“; známé jsou {address:…|…}, {agent:…|…}, {channel:…|…}, {agentName} a {caseRef}</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; needs exactly two forms separated by &apos;|&apos;, the phone&apos;s first, e.g. {channel:hovor|rozhovor}</source>
        <translation>„{%1}“ potřebuje přesně dva tvary oddělené znakem &apos;|&apos;, nejdřív ten pro telefon, např. {channel:hovor|rozhovor}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of the timer of step &apos;%2&apos; is %3 ms; timers run from 1000 to 300000 ms (1 s to 5 min).</source>
        <translation>„%1“ časovače kroku „%2“ je %3 ms; časovače běží od 1000 do 300000 ms (1 s až 5 min).</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is the method&apos;s 3½ wait, which lasts 5–10 s, but its timer runs from %2 to %3 ms; give it minMs ≥ 5000 and maxMs ≤ 10000, or label a longer pause otherwise (e.g. &quot;‖&quot;).</source>
        <translation>krok „%1“ je čekání 3½ z metody, které trvá 5–10 s, ale jeho časovač běží od %2 do %3 ms; nastavte minMs ≥ 5000 a maxMs ≤ 10000, nebo delší pauzu označte jinak (např. &quot;‖&quot;).</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; needs two or three forms separated by &apos;|&apos;: the man&apos;s, the woman&apos;s and, for a couple or a caller of unknown gender, the plural, e.g. {address:Panu|Pani|Państwu}</source>
        <translation>&apos;{%1}&apos; potřebuje dva nebo tři tvary oddělené znakem &apos;|&apos;: pro muže, pro ženu a — pro pár nebo zákazníka neznámého pohlaví — tvar množného čísla, např. {address:Panu|Pani|Państwu}</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; has an {address:…|…} without the third, plural form that other texts of this playbook give; a couple or a caller of unknown gender would see both forms (&quot;Panu/Pani&quot;). Add it: {address:Panu|Pani|Państwu}.</source>
        <translation>text „%1“ v „%2“ má {address:…|…} bez třetího tvaru množného čísla, který jiné texty tohoto scénáře mají; pár nebo zákazník neznámého pohlaví by viděl oba tvary („Panu/Pani“). Doplňte ho: {address:Panu|Pani|Państwu}.</translation>
    </message>
    <message>
        <source>the scenario&apos;s caller is addressed in the plural (formal_plural), but the playbook &apos;%1&apos; has lines with only two forms of address, which the rehearsal would show as both (&quot;Panu/Pani&quot;); give them the third form, or address the caller as formal_male or formal_female.</source>
        <translation>zákazníka v této scénce oslovujeme v množném čísle (formal_plural), ale scénář &apos;%1&apos; má věty jen se dvěma tvary oslovení, které by nácvik ukázal oba („Panu/Pani“); doplňte jim třetí tvar, nebo zákazníka oslovujte jako formal_male či formal_female.</translation>
    </message>
    <message>
        <source>the scenario&apos;s caller is addressed in the plural (formal_plural), but this {address:…|…} has no plural form, so the rehearsal would show both forms (&quot;Panu/Pani&quot;); add it: {address:Panu|Pani|Państwu}.</source>
        <translation>zákazníka v této scénce oslovujeme v množném čísle (formal_plural), ale toto {address:…|…} tvar množného čísla nemá, takže nácvik by ukázal oba tvary („Panu/Pani“); doplňte ho: {address:Panu|Pani|Państwu}.</translation>
    </message>
    <message>
        <source>the recording &apos;%1&apos; of turn &apos;%2&apos; must be given relative to the scenario&apos;s folder, e.g. &quot;audio/opening.wav&quot;.</source>
        <translation>nahrávku „%1“ repliky „%2“ je třeba uvést relativně ke složce scénky, např. &quot;audio/opening.wav&quot;.</translation>
    </message>
    <message>
        <source>the recording &apos;%1&apos; of turn &apos;%2&apos; was not found: there is no readable file %3. Put it there, or remove &apos;audio&apos; to have the line read by a synthetic voice.</source>
        <translation>nahrávka „%1“ repliky „%2“ nebyla nalezena: soubor %3 neexistuje nebo jej nelze číst. Umístěte ji tam, nebo odstraňte „audio“, aby repliku četl syntetický hlas.</translation>
    </message>
</context>
<context>
    <name>steadyline::Labels</name>
    <message>
        <source>not ended</source>
        <translation>neukončeno</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>vyřešeno</translation>
    </message>
    <message>
        <source>ended by the consultant</source>
        <translation>ukončeno konzultantem</translation>
    </message>
    <message>
        <source>escalated to the manager / security</source>
        <translation>předáno vedoucímu / ostraze</translation>
    </message>
    <message>
        <source>the caller hung up</source>
        <translation>zákazník zavěsil</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>přerušeno</translation>
    </message>
    <message>
        <source>team folder</source>
        <translation>složka týmu</translation>
    </message>
    <message>
        <source>your folder</source>
        <translation>vaše složka</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>vestavěný</translation>
    </message>
    <message>
        <source>handed over to a colleague</source>
        <translation>předáno kolegovi</translation>
    </message>
    <message>
        <source>published by your team</source>
        <translation>publikováno týmem</translation>
    </message>
</context>
<context>
    <name>steadyline::PlaybookCatalog</name>
    <message>
        <source>revision %1 (%2)</source>
        <translation>revize %1 (%2)</translation>
    </message>
    <message>
        <source>The only version: revision %1, %2.</source>
        <translation>Jediná verze: revize %1, %2.</translation>
    </message>
    <message>
        <source>Revision %1 (%2) is the highest; also found: %3.</source>
        <translation>Revize %1 (%2) je nejvyšší; nalezeny také: %3.</translation>
    </message>
    <message>
        <source>Two files in %1 have revision %2; %3 is used (first by name). Also found: %4.</source>
        <translation>Dva soubory v %1 mají revizi %2; používá se %3 (první podle názvu). Nalezeny také: %4.</translation>
    </message>
    <message>
        <source>Revision %1 (%2) ties with %3; on equal revisions the team folder wins over your folder, and your folder over the built-in playbooks.</source>
        <translation>Revize %1 (%2) je shodná s %3; při shodných revizích má složka týmu přednost před vaší složkou a vaše složka před vestavěnými scénáři.</translation>
    </message>
    <message>
        <source>Its folder cannot be reached now; the version loaded last stays in use.</source>
        <translation>Jeho složka je teď nedostupná; používá se naposledy načtená verze.</translation>
    </message>
    <message>
        <source>Its file now has errors; the last good version stays in use.</source>
        <translation>Jeho soubor teď obsahuje chyby; používá se poslední dobrá verze.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be reached; the playbooks last loaded from it stay in use, and they reload when it is back.</source>
        <translation>%1 %2 je nedostupná; používají se z ní naposledy načtené scénáře a znovu se načtou, až bude opět dostupná.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>řádek %1, sloupec %2: %3</translation>
    </message>
    <message>
        <source>%1 has errors (%2); revision %3 loaded before stays in use.</source>
        <translation>%1 obsahuje chyby (%2); používá se dříve načtená revize %3.</translation>
    </message>
    <message>
        <source>%1 has errors (%2); it is not used until they are fixed.</source>
        <translation>%1 obsahuje chyby (%2); nepoužívá se, dokud nebudou opraveny.</translation>
    </message>
    <message>
        <source>The team&apos;s published version is used: %1. Also found: %2.</source>
        <translation>Používá se verze publikovaná týmem: %1. Nalezeno také: %2.</translation>
    </message>
</context>
<context>
    <name>steadyline::PublishedPlaybooks</name>
    <message>
        <source>Cannot make the folder %1 for the team&apos;s published playbooks.</source>
        <translation>Nelze vytvořit složku %1 pro scénáře publikované týmem.</translation>
    </message>
    <message>
        <source>Cannot remove %1, a playbook the team no longer publishes.</source>
        <translation>Nelze odstranit %1, scénář, který tým už nepublikuje.</translation>
    </message>
    <message>
        <source>published by your team (revision %1, by %2, %3)</source>
        <translation>publikováno týmem (revize %1, %2, %3)</translation>
    </message>
</context>
<context>
    <name>steadyline::ScenarioLibrary</name>
    <message>
        <source>The folder %1 does not exist, so its scenarios cannot be listed. Check the playbook folders in the preferences.</source>
        <translation>Složka %1 neexistuje, proto nelze vypsat její scénky. Zkontrolujte složky scénářů v nastavení.</translation>
    </message>
</context>
<context>
    <name>steadyline::TrainingRun</name>
    <message>
        <source>You acted after %1 s of the 3½ wait.</source>
        <translation>Jednali jste po %1 s čekání v kroku 3½.</translation>
    </message>
    <message>
        <source>Give the caller at least %1 s after the final warning: it is their last chance to change the tone.</source>
        <translation>Po posledním varování dejte zákazníkovi alespoň %1 s: je to jeho poslední šance změnit tón.</translation>
    </message>
    <message>
        <source>You waited %1 s after the final warning.</source>
        <translation>Po posledním varování jste čekali %1 s.</translation>
    </message>
    <message>
        <source>Keep the 3½ wait within %1 s: a warning that is not followed through loses its meaning.</source>
        <translation>Udržte čekání v kroku 3½ do %1 s: varování bez následků ztrácí smysl.</translation>
    </message>
    <message>
        <source>You ended the call while the caller was calming down.</source>
        <translation>Hovor jste ukončili, když se zákazník uklidňoval.</translation>
    </message>
    <message>
        <source>When the caller calms down, leave the escalation and turn to their problem.</source>
        <translation>Když se zákazník uklidní, nepokračujte dalšími varováními a věnujte se jeho problému.</translation>
    </message>
    <message>
        <source>You ended the call before giving the final warning (step 3).</source>
        <translation>Hovor jste ukončili před posledním varováním (krok 3).</translation>
    </message>
    <message>
        <source>Take the steps in order: offer help, set the boundary, give the final warning, wait, and only then end the call.</source>
        <translation>Postupujte po krocích: nabídněte pomoc, stanovte hranici, dejte poslední varování, počkejte a teprve pak hovor ukončete.</translation>
    </message>
    <message>
        <source>You chose &quot;%1&quot;.</source>
        <translation>Zvolili jste „%1“.</translation>
    </message>
    <message>
        <source>You said: &quot;%1&quot;</source>
        <translation>Řekli jste: „%1“</translation>
    </message>
    <message>
        <source>You promised: &quot;%1&quot;</source>
        <translation>Slíbili jste: „%1“</translation>
    </message>
    <message>
        <source>You noted: &quot;%1&quot;</source>
        <translation>Zaznamenali jste: „%1“</translation>
    </message>
    <message>
        <source>You stopped the countdown.</source>
        <translation>Zastavili jste odpočet.</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>Ukončili jste hovor.</translation>
    </message>
    <message>
        <source>You moved to step %1 while the caller was calming down.</source>
        <translation>Přešli jste ke kroku %1, když se zákazník uklidňoval.</translation>
    </message>
    <message>
        <source>When the caller calms down, leave the escalation and turn to their problem (F6).</source>
        <translation>Když se zákazník uklidní, nepokračujte dalšími varováními a věnujte se jeho problému (F6).</translation>
    </message>
    <message>
        <source>You went from step %1 to step %2.</source>
        <translation>Přešli jste z kroku %1 na krok %2.</translation>
    </message>
    <message>
        <source>Take every step in order: each one gives the caller a chance to change the tone.</source>
        <translation>Projděte každý krok popořadě: každý dává zákazníkovi šanci změnit tón.</translation>
    </message>
    <message>
        <source>The call ended without the 3½ wait being kept.</source>
        <translation>Hovor skončil bez dodržení čekání v kroku 3½.</translation>
    </message>
    <message>
        <source>After the final warning, wait %1 s before you act.</source>
        <translation>Po posledním varování počkejte %1 s, než začnete jednat.</translation>
    </message>
    <message>
        <source>No promise was recorded in this call.</source>
        <translation>V tomto hovoru nebyl zaznamenán žádný slib.</translation>
    </message>
    <message>
        <source>A promise was made but not recorded.</source>
        <translation>Slib zazněl, ale nebyl zaznamenán.</translation>
    </message>
    <message>
        <source>Record every promise (F9) with what, to whom and by when, so it is followed up.</source>
        <translation>Zaznamenejte každý slib (F9): co, komu a dokdy, aby se na něj nezapomnělo.</translation>
    </message>
    <message>
        <source>No note was taken during the call.</source>
        <translation>Během hovoru nebyla pořízena žádná poznámka.</translation>
    </message>
    <message>
        <source>Note what happened (F8): date, time, details and every resolution.</source>
        <translation>Zaznamenejte, co se stalo (F8): datum, čas, podrobnosti a každé řešení.</translation>
    </message>
    <message>
        <source>The caller&apos;s real problem was never dealt with.</source>
        <translation>Skutečný problém zákazníka nebyl vyřešen.</translation>
    </message>
    <message>
        <source>Listen for what is really wrong and ask about it (&quot;It seems something upset you?&quot;).</source>
        <translation>Naslouchejte, co je skutečně špatně, a zeptejte se na to („Zdá se, že vás něco rozrušilo?“).</translation>
    </message>
    <message>
        <source>You apologised again for the same thing.</source>
        <translation>Omluvili jste se znovu za totéž.</translation>
    </message>
    <message>
        <source>&quot;Sorry&quot; works only once: an apology repeated for the same failure only annoys. Apologise sincerely once, then act — and make sure it does not happen again.</source>
        <translation>„Omlouvám se“ funguje jen jednou: omluva opakovaná za totéž jen rozčiluje. Omluvte se upřímně jednou, pak jednejte — a postarejte se, aby se to neopakovalo.</translation>
    </message>
    <message>
        <source>The countdown ended the call although the caller had calmed down.</source>
        <translation>Odpočet ukončil hovor, přestože se zákazník už uklidnil.</translation>
    </message>
    <message>
        <source>The 3½ wait is the caller&apos;s last chance: when they calm down, stop it with F6 and turn to their problem.</source>
        <translation>Čekání v kroku 3½ je poslední šance zákazníka: když se uklidní, zastavte odpočet klávesou F6 a věnujte se jeho problému.</translation>
    </message>
</context>
<context>
    <name>steadyline::app::WindowOptions</name>
    <message>
        <source>The folder of the journal.</source>
        <translation>Složka deníku.</translation>
    </message>
    <message>
        <source>Log in detail, also to the terminal.</source>
        <translation>Podrobný záznam událostí, i do terminálu.</translation>
    </message>
    <message>
        <source>Start a call on this channel.</source>
        <translation>Zahájit hovor na tomto kanálu.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>neznámý příkaz „%1“.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir vyžaduje složku.</translation>
    </message>
    <message>
        <source>--start-call takes phone or in_person, not &apos;%1&apos;.</source>
        <translation>--start-call přijímá phone nebo in_person, ne „%1“.</translation>
    </message>
    <message>
        <source>Rehearse this training scenario at once.</source>
        <translation>Ihned nacvičit tuto tréninkovou scénku.</translation>
    </message>
</context>
<context>
    <name>steadyline::cli</name>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>name the team server&apos;s URL.</source>
        <translation>uveďte URL serveru týmu.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Heslo pro %1: </translation>
    </message>
    <message>
        <source>no password was given on standard input.</source>
        <translation>na standardním vstupu nebylo zadáno heslo.</translation>
    </message>
    <message>
        <source>Joined team &apos;%1&apos; on %2 as %3 (%4). Changes from now on are shared; run steadyline team sync or start Steadyline to send them.</source>
        <translation>Připojeno k týmu &apos;%1&apos; na %2 jako %3 (%4). Změny se od teď sdílejí; odešlete je příkazem steadyline team sync nebo spuštěním Steadyline.</translation>
    </message>
    <message>
        <source>this desk has not joined a team: run steadyline team join URL --login LOGIN first.</source>
        <translation>toto pracoviště není připojeno k týmu: nejdřív spusťte steadyline team join URL --login LOGIN.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>připojeno</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>bez připojení: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Login: %1 (team &apos;%2&apos;)</source>
        <translation>Přihlašovací jméno: %1 (tým &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Připojení: %1</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Čekající změny: %1</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>Poslední odeslání: %1</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>Poslední stažení: %1</translation>
    </message>
    <message>
        <source>%1 changes are still waiting on this desk; they are kept and sent by the next sync.</source>
        <translation>Čekající změny na tomto pracovišti: %1; zůstávají uloženy a odešle je příští synchronizace.</translation>
    </message>
    <message>
        <source>Sent %1 changes, received %2; nothing is waiting.</source>
        <translation>Odesláno změn: %1, staženo: %2; nic nečeká.</translation>
    </message>
    <message>
        <source>Nothing is waiting on this desk, but the team&apos;s changes could not be received.</source>
        <translation>Na tomto pracovišti nic nečeká, ale změny týmu se nepodařilo stáhnout.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes have not reached the team server yet. Run steadyline team sync first, or leave with --discard-waiting to drop them (they stay in this desk&apos;s journal, but the team never gets them).</source>
        <translation>
            <numerusform>%n změna se ještě nedostala na týmový server. Nejprve spusťte steadyline team sync, nebo tým opusťte s --discard-waiting a změnu zahoďte (zůstane v deníku tohoto pracoviště, ale tým ji nedostane).</numerusform>
            <numerusform>%n změny se ještě nedostaly na týmový server. Nejprve spusťte steadyline team sync, nebo tým opusťte s --discard-waiting a změny zahoďte (zůstanou v deníku tohoto pracoviště, ale tým je nedostane).</numerusform>
            <numerusform>%n změn se ještě nedostalo na týmový server. Nejprve spusťte steadyline team sync, nebo tým opusťte s --discard-waiting a změny zahoďte (zůstanou v deníku tohoto pracoviště, ale tým je nedostane).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left team &apos;%1&apos;; %n changes that had not been sent were discarded. Your own calls, notes and promises stay in this desk&apos;s journal.</source>
        <translation>
            <numerusform>Tým &apos;%1&apos; opuštěn; %n neodeslaná změna byla zahozena. Vaše hovory, poznámky a sliby zůstávají v deníku tohoto pracoviště.</numerusform>
            <numerusform>Tým &apos;%1&apos; opuštěn; %n neodeslané změny byly zahozeny. Vaše hovory, poznámky a sliby zůstávají v deníku tohoto pracoviště.</numerusform>
            <numerusform>Tým &apos;%1&apos; opuštěn; %n neodeslaných změn bylo zahozeno. Vaše hovory, poznámky a sliby zůstávají v deníku tohoto pracoviště.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left team &apos;%1&apos;. Your own calls, notes and promises stay in this desk&apos;s journal.</source>
        <translation>Tým &apos;%1&apos; opuštěn. Vaše hovory, poznámky a sliby zůstávají v deníku tohoto pracoviště.</translation>
    </message>
    <message>
        <source>give one playbook file.</source>
        <translation>zadejte jeden soubor scénáře hovoru.</translation>
    </message>
    <message>
        <source>%1 has errors and was not published; run steadyline validate %1 for all of them.</source>
        <translation>%1 obsahuje chyby a nebyl publikován; všechny ukáže steadyline validate %1.</translation>
    </message>
    <message>
        <source>Published revision %1 of &apos;%2&apos; to team &apos;%3&apos;; desks use it from their next call.</source>
        <translation>Revize %1 scénáře &apos;%2&apos; publikována týmu &apos;%3&apos;; pracoviště ji použijí od příštího hovoru.</translation>
    </message>
    <message>
        <source>Nothing is published to team &apos;%1&apos; yet.</source>
        <translation>Týmu &apos;%1&apos; zatím nebylo nic publikováno.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>používá se</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>dřívější</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;: use join, status, sync, leave, publish or playbooks.</source>
        <translation>neznámý podpříkaz &apos;%1&apos;: použijte join, status, sync, leave, publish nebo playbooks.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the team server and kept on this desk, no longer waiting (steadyline team status lists them): %1</source>
        <translation>
            <numerusform>%n změna odmítnuta serverem týmu a ponechána na tomto pracovišti, už nečeká (vypíše ji steadyline team status): %1</numerusform>
            <numerusform>%n změny odmítnuty serverem týmu a ponechány na tomto pracovišti, už nečekají (vypíše je steadyline team status): %1</numerusform>
            <numerusform>%n změn odmítnuto serverem týmu a ponecháno na tomto pracovišti, už nečekají (vypíše je steadyline team status): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1</source>
        <translation>
            <numerusform>%n změna odmítnuta serverem: %1</numerusform>
            <numerusform>%n změny odmítnuty serverem: %1</numerusform>
            <numerusform>%n změn odmítnuto serverem: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::common</name>
    <message>
        <source>Cannot write %1: it is a symbolic link. Name the file itself.</source>
        <translation>Soubor %1 nelze zapsat: je to symbolický odkaz. Zadejte samotný soubor.</translation>
    </message>
    <message>
        <source>Cannot write %1: other users can write into %2. Choose a folder of your own.</source>
        <translation>Soubor %1 nelze zapsat: do složky %2 mohou zapisovat i jiní uživatelé. Zvolte vlastní složku.</translation>
    </message>
    <message>
        <source>No file was named to write to.</source>
        <translation>Nebyl zadán soubor k zápisu.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Name a file.</source>
        <translation>Soubor %1 nelze zapsat: je to složka. Zadejte soubor.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Soubor %1 nelze zapsat: %2.</translation>
    </message>
    <message>
        <source>Cannot make %1 private (readable by you alone): %2.</source>
        <translation>Soubor %1 nelze nastavit jako soukromý (čitelný jen pro vás): %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>Soubor %1 nelze zapsat: %2. Nic nebylo změněno.</translation>
    </message>
</context>
<context>
    <name>steadyline::desktop::CallEventListener</name>
    <message>
        <source>The listener needs a token of at least 16 characters.</source>
        <translation>Naslouchání vyžaduje token dlouhý alespoň 16 znaků.</translation>
    </message>
    <message>
        <source>Cannot listen for call events on 127.0.0.1:%1: %2</source>
        <translation>Nelze naslouchat událostem hovorů na 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>steadyline::desktop::SingleInstance</name>
    <message>
        <source>Steadyline is not running (no window has this journal open).</source>
        <translation>Steadyline neběží (žádné okno nemá tento deník otevřený).</translation>
    </message>
    <message>
        <source>The running Steadyline did not understand the request.</source>
        <translation>Spuštěný Steadyline požadavku nerozuměl.</translation>
    </message>
    <message>
        <source>Steadyline is already running but does not answer (%1).</source>
        <translation>Steadyline již běží, ale neodpovídá (%1).</translation>
    </message>
    <message>
        <source>The running Steadyline window took the call event.</source>
        <translation>Spuštěné okno Steadyline převzalo událost hovoru.</translation>
    </message>
    <message>
        <source>The call was started in the running Steadyline window.</source>
        <translation>Hovor byl zahájen ve spuštěném okně Steadyline.</translation>
    </message>
    <message>
        <source>Steadyline is already running; its window was brought to the front.</source>
        <translation>Steadyline již běží; jeho okno bylo přeneseno do popředí.</translation>
    </message>
    <message>
        <source>Steadyline is already running but did not answer in time.</source>
        <translation>Steadyline již běží, ale neodpověděl včas.</translation>
    </message>
    <message>
        <source>Later starts of Steadyline (a softphone&apos;s call events, --start-call) cannot reach this window: %1</source>
        <translation>Další spuštění Steadyline (události hovorů ze softphonu, --start-call) se k tomuto oknu nedostanou: %1</translation>
    </message>
    <message>
        <source>the data folder&apos;s path is too long</source>
        <translation>cesta ke složce dat je příliš dlouhá</translation>
    </message>
    <message>
        <source>The socket %1 belongs to another user; the request was not sent.</source>
        <translation>Soket %1 patří jinému uživateli; požadavek nebyl odeslán.</translation>
    </message>
    <message>
        <source>The rehearsal was started in the running Steadyline window.</source>
        <translation>Nácvik byl zahájen ve spuštěném okně Steadyline.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::Accessibility</name>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::AssistWindow</name>
    <message>
        <source>&amp;Tips</source>
        <translation>&amp;Tipy</translation>
    </message>
    <message>
        <source>Playbook problems</source>
        <translation>Problémy se scénáři</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Zahájit hovor</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Další krok</translation>
    </message>
    <message>
        <source>Calmed down</source>
        <translation>Zákazník se uklidnil</translation>
    </message>
    <message>
        <source>Other phrasing</source>
        <translation>Jiná formulace</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>Vrátit krok</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Slib</translation>
    </message>
    <message>
        <source>Promise due: next choice</source>
        <translation>Termín slibu: další možnost</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Ukončit hovor</translation>
    </message>
    <message>
        <source>Stop countdown</source>
        <translation>Zastavit odpočet</translation>
    </message>
    <message>
        <source>Countdown +1 s</source>
        <translation>Odpočet +1 s</translation>
    </message>
    <message>
        <source>Countdown −1 s</source>
        <translation>Odpočet −1 s</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Další hovor</translation>
    </message>
    <message>
        <source>Continue the interrupted call</source>
        <translation>Pokračovat v přerušeném hovoru</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Vždy navrchu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>Insult</source>
        <translation>Urážka</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Výhrůžka</translation>
    </message>
    <message>
        <source>Asked for a manager</source>
        <translation>Žádost o vedoucího</translation>
    </message>
    <message>
        <source>Manager?</source>
        <translation>Vedoucí?</translation>
    </message>
    <message>
        <source>Time mark</source>
        <translation>Časová značka</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Značka</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Nastavení…</translation>
    </message>
    <message>
        <source>Playbook library…</source>
        <translation>Knihovna scénářů…</translation>
    </message>
    <message>
        <source>Playbook editor…</source>
        <translation>Editor scénářů…</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>Historie hovorů…</translation>
    </message>
    <message>
        <source>Promises…</source>
        <translation>Sliby…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>The playbook of the interrupted call (%1) is not available.</source>
        <translation>Scénář přerušeného hovoru (%1) není k dispozici.</translation>
    </message>
    <message>
        <source>Continuing the call started at %1; the playbook starts again at step 1.</source>
        <translation>Pokračuje hovor zahájený %1; scénář začíná znovu krokem 1.</translation>
    </message>
    <message>
        <source>Call started at %1</source>
        <translation>Hovor zahájen v %1</translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>Hovor ukončen: %1</translation>
    </message>
    <message>
        <source>End this call?</source>
        <translation>Ukončit tento hovor?</translation>
    </message>
    <message>
        <source>A call is in progress. End it and start a new one?</source>
        <translation>Probíhá hovor. Ukončit jej a zahájit nový?</translation>
    </message>
    <message>
        <source>Next call   [Enter]</source>
        <translation>Další hovor   [Enter]</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Žádný hovor</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Hovor ukončen</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Krok %1 · %2</translation>
    </message>
    <message>
        <source>A call is already in progress in Steadyline.</source>
        <translation>Ve Steadyline již probíhá hovor.</translation>
    </message>
    <message>
        <source>Steadyline has no playbook to start a call with.</source>
        <translation>Steadyline nemá scénář, kterým by mohl hovor zahájit.</translation>
    </message>
    <message>
        <source>Close during a call?</source>
        <translation>Zavřít během hovoru?</translation>
    </message>
    <message>
        <source>A call is in progress. Its notes are not saved yet. End the call and close?</source>
        <translation>Probíhá hovor. Jeho poznámky ještě nejsou uloženy. Ukončit hovor a zavřít?</translation>
    </message>
    <message>
        <source>End call and close</source>
        <translation>Ukončit hovor a zavřít</translation>
    </message>
    <message>
        <source>Ending the call</source>
        <translation>Ukončení hovoru</translation>
    </message>
    <message>
        <source>Stop this rehearsal?</source>
        <translation>Přerušit tento nácvik?</translation>
    </message>
    <message>
        <source>The rehearsal has not reached its end; it will not be scored.</source>
        <translation>Nácvik nedošel do konce; nebude hodnocen.</translation>
    </message>
    <message>
        <source>Stop rehearsal</source>
        <translation>Přerušit nácvik</translation>
    </message>
    <message>
        <source>Finish the call in progress before a rehearsal.</source>
        <translation>Před nácvikem dokončete probíhající hovor.</translation>
    </message>
    <message>
        <source>Rehearsal started: %1</source>
        <translation>Nácvik zahájen: %1</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Trénink…</translation>
    </message>
    <message>
        <source>The playbook &quot;%1&quot; that the softphone rules choose is not available; the start page&apos;s is used.</source>
        <translation>Scénář „%1“, který vybírají pravidla na kartě Softphone, není k dispozici; použije se scénář z úvodní stránky.</translation>
    </message>
    <message>
        <source>Quit with entries not saved?</source>
        <translation>Ukončit, i když jsou záznamy neuložené?</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved: the journal cannot be written. If you quit now, they are kept in a recovery file and written to the journal at the next start.</source>
        <translation>
            <numerusform>%n záznam se nepodařilo uložit: do deníku nelze zapisovat. Pokud teď aplikaci ukončíte, uchová se v souboru pro obnovu a při příštím spuštění se zapíše do deníku.</numerusform>
            <numerusform>%n záznamy se nepodařilo uložit: do deníku nelze zapisovat. Pokud teď aplikaci ukončíte, uchovají se v souboru pro obnovu a při příštím spuštění se zapíší do deníku.</numerusform>
            <numerusform>%n záznamů se nepodařilo uložit: do deníku nelze zapisovat. Pokud teď aplikaci ukončíte, uchovají se v souboru pro obnovu a při příštím spuštění se zapíší do deníku.</numerusform>
        </translation>
    </message>
    <message>
        <source>A short break after the call</source>
        <translation>Krátká přestávka po hovoru</translation>
    </message>
    <message>
        <source>During a call: F5 next step, F6 calmed down, F7 other phrasing, Shift+F5 undo, F8 note, F9 promise, Esc stop the countdown, F10 end the call, F12 raise your hand for your lead.</source>
        <translation>Během hovoru: F5 další krok, F6 zákazník se uklidnil, F7 jiná formulace, Shift+F5 zpět, F8 poznámka, F9 slib, Esc zastavit odpočet, F10 ukončit hovor, F12 zvednout ruku (požádat vedoucího o pomoc).</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>Zvednout ruku</translation>
    </message>
    <message>
        <source>Team board…</source>
        <translation>Přehled týmu…</translation>
    </message>
    <message>
        <source>Team promises…</source>
        <translation>Sliby týmu…</translation>
    </message>
    <message>
        <source>Assign training…</source>
        <translation>Zadat trénink…</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallCommands</name>
    <message>
        <source>Acting now</source>
        <translation>Jednat hned</translation>
    </message>
    <message>
        <source>Stopping the countdown</source>
        <translation>Zastavení odpočtu</translation>
    </message>
    <message>
        <source>Recording a promise</source>
        <translation>Zaznamenání slibu</translation>
    </message>
    <message>
        <source>Taking a note</source>
        <translation>Pořízení poznámky</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallStartForm</name>
    <message>
        <source>Sir (Mr)</source>
        <translation>pan</translation>
    </message>
    <message>
        <source>Madam (Ms)</source>
        <translation>paní</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobně</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Revize %1 · %2</translation>
    </message>
    <message>
        <source>Where the playbook comes from</source>
        <translation>Odkud scénář pochází</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Používá se: %1</translation>
    </message>
    <message>
        <source>%1
The lead&apos;s note: %2</source>
        <translation>%1
Poznámka vedoucího: %2</translation>
    </message>
    <message>
        <source>You (a couple, or gender unknown)</source>
        <translation>vy (pár nebo neznámé pohlaví)</translation>
    </message>
    <message>
        <source>%1 (some lines show both forms)</source>
        <translation>%1 (některé věty ukážou oba tvary)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallerBanner</name>
    <message>
        <source>Incoming call</source>
        <translation>Příchozí hovor</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Příchozí hovor: %1</translation>
    </message>
    <message>
        <source>Call started at %1 · %2: %3</source>
        <translation>Hovor zahájen v %1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallerIncidentsBanner</name>
    <message numerus="yes">
        <source>%n abusive calls from this reference in the last %1 days</source>
        <translation>
            <numerusform>%n urážlivý hovor s tímto číslem případu za posledních %1 dní</numerusform>
            <numerusform>%n urážlivé hovory s tímto číslem případu za posledních %1 dní</numerusform>
            <numerusform>%n urážlivých hovorů s tímto číslem případu za posledních %1 dní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abusive calls from this reference in the last %1 days (this desk)</source>
        <translation>
            <numerusform>%n urážlivý hovor s tímto číslem případu za posledních %1 dní (toto pracoviště)</numerusform>
            <numerusform>%n urážlivé hovory s tímto číslem případu za posledních %1 dní (toto pracoviště)</numerusform>
            <numerusform>%n urážlivých hovorů s tímto číslem případu za posledních %1 dní (toto pracoviště)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::ChartView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CoolDownPage</name>
    <message>
        <source>%1 left</source>
        <translation>Zbývá %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>Zbývá %n sekunda</numerusform>
            <numerusform>Zbývají %n sekundy</numerusform>
            <numerusform>Zbývá %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Čas vypršel</translation>
    </message>
    <message>
        <source>Saved for your lead: %1</source>
        <translation>Uloženo pro vedoucího: %1</translation>
    </message>
    <message>
        <source>The journal cannot be written right now (%1); the break is kept in memory and saved as soon as it works again.</source>
        <translation>Do deníku teď nelze zapisovat (%1); přestávka je uchována v paměti a uloží se, jakmile zápis opět půjde.</translation>
    </message>
    <message>
        <source>Could not save to the journal: %1</source>
        <translation>Do deníku se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Krátká přestávka</translation>
    </message>
    <message>
        <source>That call was abusive. Take a moment before the next one: stand up, breathe out, have a drink of water.</source>
        <translation>Ten hovor byl urážlivý. Před dalším chvilka na oddech: vstát, klidně vydechnout, napít se vody.</translation>
    </message>
    <message>
        <source>&amp;What happened, for your lead (optional):</source>
        <translation>&amp;Co se stalo — pro vedoucího (nepovinné):</translation>
    </message>
    <message>
        <source>What happened, for your lead</source>
        <translation>Co se stalo — pro vedoucího</translation>
    </message>
    <message>
        <source>one line; Enter saves it</source>
        <translation>jeden řádek; Enter ho uloží</translation>
    </message>
    <message>
        <source>Skip  [Esc]</source>
        <translation>Přeskočit  [Esc]</translation>
    </message>
    <message>
        <source>Skip the break</source>
        <translation>Přeskočit přestávku</translation>
    </message>
    <message>
        <source>Back to work  [Enter]</source>
        <translation>Zpět k práci  [Enter]</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>Zpět k práci</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <translation>Odpočet</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Zbývá %n sekunda</numerusform>
            <numerusform>Zbývají %n sekundy</numerusform>
            <numerusform>Zbývá %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown stopped</source>
        <translation>Odpočet zastaven</translation>
    </message>
    <message>
        <source>last seconds</source>
        <translation>poslední sekundy</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardCharts</name>
    <message>
        <source>no figures yet</source>
        <translation>zatím žádná čísla</translation>
    </message>
    <message>
        <source>Abusive calls</source>
        <translation>Agresivní hovory</translation>
    </message>
    <message>
        <source>Cool-downs taken</source>
        <translation>Využité přestávky</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>týden od %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Calmed at 1</source>
        <translation>Uklidněn na 1</translation>
    </message>
    <message>
        <source>Calmed at 2</source>
        <translation>Uklidněn na 2</translation>
    </message>
    <message>
        <source>Calmed at 3</source>
        <translation>Uklidněn na 3</translation>
    </message>
    <message>
        <source>Ended at 3½</source>
        <translation>Ukončen na 3½</translation>
    </message>
    <message>
        <source>Not calmed</source>
        <translation>Neuklidněn</translation>
    </message>
    <message>
        <source>Median time to calm (seconds)</source>
        <translation>Medián doby do uklidnění (sekundy)</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Splněné včas</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Splněné pozdě</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušené</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Otevřené, po termínu</translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation>Otevřené, před termínem</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Mean score (%)</source>
        <translation>Průměrné skóre (%)</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Sliby</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardSource</name>
    <message>
        <source>This desk is not connected to a team server.</source>
        <translation>Toto pracoviště není připojeno k serveru týmu.</translation>
    </message>
    <message>
        <source>this login may open the dashboard of no team.</source>
        <translation>tento login nesmí otevřít přehled žádného týmu.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardStatistics</name>
    <message>
        <source>The incident report could not be read from the server: %1</source>
        <translation>Hlášení o incidentech se nepodařilo načíst ze serveru: %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tento týden</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Posledních 30 dní</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Vybrané dny</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>O&amp;bdobí:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>První den</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Poslední den</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>O&amp;d:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>D&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualizovat</translation>
    </message>
    <message>
        <source>Asks the team server for the figures again</source>
        <translation>Znovu si vyžádá čísla ze serveru týmu</translation>
    </message>
    <message>
        <source>Abusive calls per day</source>
        <translation>Agresivní hovory za den</translation>
    </message>
    <message>
        <source>Abusive calls per week</source>
        <translation>Agresivní hovory za týden</translation>
    </message>
    <message>
        <source>How far escalations went</source>
        <translation>Kam až eskalace došla</translation>
    </message>
    <message>
        <source>Time to calm</source>
        <translation>Doba do uklidnění</translation>
    </message>
    <message>
        <source>Promises due in the period</source>
        <translation>Sliby s termínem v období</translation>
    </message>
    <message>
        <source>Training scores</source>
        <translation>Výsledky tréninků</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>G&amp;raf:</translation>
    </message>
    <message>
        <source>Save chart as PN&amp;G…</source>
        <translation>Uložit graf jako PN&amp;G…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graf</translation>
    </message>
    <message>
        <source>Save table as &amp;CSV…</source>
        <translation>Uložit tabulku jako &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Incident report…</source>
        <translation>&amp;Hlášení o incidentech…</translation>
    </message>
    <message>
        <source>Abusive calls per month, team and outcome for health and safety, as CSV or PDF (counts only: no consultant, no caller)</source>
        <translation>Agresivní hovory podle měsíce, týmu a výsledku pro BOZP, jako CSV nebo PDF (jen počty: bez konzultantů a zákazníků)</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Uložit graf jako PNG</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>graf.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrázky PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>Uložit tabulku jako CSV</translation>
    </message>
    <message>
        <source>table.csv</source>
        <translation>tabulka.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the incident report</source>
        <translation>Uložit hlášení o incidentech</translation>
    </message>
    <message>
        <source>incident-report.pdf</source>
        <translation>hlaseni-incidentu.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>Dokumenty PDF (*.pdf);;Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>The statistics come from the team server, and this desk is not connected to one.</source>
        <translation>Statistiky pocházejí ze serveru týmu a toto pracoviště k žádnému není připojeno.</translation>
    </message>
    <message>
        <source>Waiting for the server… (figures from %1 shown)</source>
        <translation>Čekám na server… (zobrazena čísla z %1)</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Čekám na server…</translation>
    </message>
    <message>
        <source>Offline: figures from %1. They are brought up to date when the server can be reached (Update).</source>
        <translation>Offline: čísla z %1. Aktualizují se, až bude server dostupný (Aktualizovat).</translation>
    </message>
    <message>
        <source>Offline: no figures yet. The server could not be reached: %1</source>
        <translation>Offline: zatím žádná čísla. Server není dostupný: %1</translation>
    </message>
    <message>
        <source>The server did not give the figures: %1</source>
        <translation>Server čísla neposkytl: %1</translation>
    </message>
    <message>
        <source>Figures from %1.</source>
        <translation>Čísla z %1.</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Zatím nejsou žádná čísla k exportu.</translation>
    </message>
    <message>
        <source>The chart could not be drawn as an image.</source>
        <translation>Graf se nepodařilo vykreslit jako obrázek.</translation>
    </message>
    <message>
        <source>Nothing was exported: an export is first written in the team&apos;s audit log, and the server could not take it (%1).</source>
        <translation>Nic nebylo exportováno: export se nejprve zapisuje do auditního záznamu týmu a server ho nemohl přijmout (%1).</translation>
    </message>
    <message>
        <source>The team whose figures and incident report are shown (an admin&apos;s choice)</source>
        <translation>Tým, jehož čísla a hlášení o incidentech se zobrazují (volba správce)</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>Tý&amp;m:</translation>
    </message>
    <message>
        <source>%1 (own team)</source>
        <translation>%1 (vlastní tým)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardTables</name>
    <message>
        <source>Abusive calls</source>
        <translation>Agresivní hovory</translation>
    </message>
    <message>
        <source>Cool-downs taken</source>
        <translation>Využité přestávky</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Splněné včas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Souhrn</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ukazatel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Calmed at step 1</source>
        <translation>Uklidněn v kroku 1</translation>
    </message>
    <message>
        <source>Calmed at step 2</source>
        <translation>Uklidněn v kroku 2</translation>
    </message>
    <message>
        <source>Calmed at step 3</source>
        <translation>Uklidněn v kroku 3</translation>
    </message>
    <message>
        <source>Ended at step 3½</source>
        <translation>Ukončen v kroku 3½</translation>
    </message>
    <message>
        <source>Method used, not calmed</source>
        <translation>Metoda použita, bez uklidnění</translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation>Sliby s termínem</translation>
    </message>
    <message>
        <source>Promises kept on time</source>
        <translation>Sliby splněné včas</translation>
    </message>
    <message>
        <source>Promises kept on time (share)</source>
        <translation>Sliby splněné včas (podíl)</translation>
    </message>
    <message>
        <source>Training attempts</source>
        <translation>Pokusy v tréninku</translation>
    </message>
    <message>
        <source>Mean training score</source>
        <translation>Průměrné skóre tréninku</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalace</translation>
    </message>
    <message>
        <source>How far it went</source>
        <translation>Kam to došlo</translation>
    </message>
    <message>
        <source>Median time to calm</source>
        <translation>Medián doby do uklidnění</translation>
    </message>
    <message>
        <source>Mean time to calm</source>
        <translation>Průměrná doba do uklidnění</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Po dnech</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Po týdnech</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Týden od</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trénink</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénář</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Průměrné skóre</translation>
    </message>
    <message>
        <source>Per consultant</source>
        <translation>Podle konzultanta</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konzultant</translation>
    </message>
    <message>
        <source>Calmed</source>
        <translation>Uklidněné</translation>
    </message>
    <message>
        <source>Training assigned, done</source>
        <translation>Zadaný trénink, splněno</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Training assigned, overdue</source>
        <translation>Zadaný trénink, po termínu</translation>
    </message>
    <message>
        <source>Training assigned</source>
        <translation>Zadaný trénink</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Splněno</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Nejlepší výsledek</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>splněno %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po termínu</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>zatím ne</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DesktopIntegration</name>
    <message>
        <source>Steadyline: next step</source>
        <translation>Steadyline: další krok</translation>
    </message>
    <message>
        <source>Steadyline: the caller calmed down</source>
        <translation>Steadyline: zákazník se uklidnil</translation>
    </message>
    <message>
        <source>Steadyline: start or stop the countdown</source>
        <translation>Steadyline: spustit nebo zastavit odpočet</translation>
    </message>
    <message>
        <source>Steadyline: new note</source>
        <translation>Steadyline: nová poznámka</translation>
    </message>
    <message>
        <source>Steadyline is waiting for an answer in a dialog; answer it first, then start the call.</source>
        <translation>Steadyline čeká na odpověď v dialogu; nejprve odpovězte, pak zahajte hovor.</translation>
    </message>
    <message>
        <source>Steadyline: raise or lower your hand for the lead</source>
        <translation>Steadyline: zvednout nebo spustit ruku pro vedoucího</translation>
    </message>
    <message>
        <source>Steadyline is waiting for an answer in a dialog; answer it first, then start the rehearsal.</source>
        <translation>Steadyline čeká na odpověď v dialogu; nejprve odpovězte, pak zahajte nácvik.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DiagnosticsPanel</name>
    <message>
        <source>Valid: no errors, no warnings</source>
        <translation>Platný: bez chyb a varování</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n chyba</numerusform>
            <numerusform>%n chyby</numerusform>
            <numerusform>%n chyb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varování</numerusform>
            <numerusform>%n varování</numerusform>
            <numerusform>%n varování</numerusform>
        </translation>
    </message>
    <message>
        <source> — the preview shows the last valid version</source>
        <translation> — náhled ukazuje poslední platnou verzi</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Řádek %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DraftBanner</name>
    <message>
        <source>a new playbook</source>
        <translation>nový scénář</translation>
    </message>
    <message>
        <source>Unsaved changes to %1 from %2 were kept when the editor closed unexpectedly.</source>
        <translation>Neuložené změny v %1 z %2 byly zachovány, když se editor nečekaně zavřel.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::EditorFile</name>
    <message>
        <source>New playbook</source>
        <translation>Nový scénář</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Zahodit změny?</translation>
    </message>
    <message>
        <source>The changes to this playbook are not saved. Discard them?</source>
        <translation>Změny tohoto scénáře nejsou uloženy. Zahodit je?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Zahodit změny</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nelze otevřít %1: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Otevřeno %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze číst %1: %2</translation>
    </message>
    <message>
        <source>New playbook from %1: give it a file name with Save (Ctrl+S)</source>
        <translation>Nový scénář z %1: pojmenujte soubor příkazem Uložit (Ctrl+S)</translation>
    </message>
    <message>
        <source>A new revision?</source>
        <translation>Nová revize?</translation>
    </message>
    <message>
        <source>The playbook changed since revision %1. Save it as revision %2, so the library uses this version and call records name it?</source>
        <translation>Scénář se od revize %1 změnil. Uložit jej jako revizi %2, aby knihovna používala tuto verzi a záznamy hovorů ji uváděly?</translation>
    </message>
    <message>
        <source>Save as revision %1</source>
        <translation>Uložit jako revizi %1</translation>
    </message>
    <message>
        <source>Keep revision %1</source>
        <translation>Ponechat revizi %1</translation>
    </message>
    <message>
        <source>This playbook has no file yet: use Save As (Ctrl+Shift+S).</source>
        <translation>Tento scénář zatím nemá soubor: použijte Uložit jako (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Built-in playbooks cannot be changed: use Save As (Ctrl+Shift+S) to save your own copy.</source>
        <translation>Vestavěné scénáře nelze měnit: vlastní kopii uložíte příkazem Uložit jako (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Not saved: %1 is a team or read-only playbook and the text has errors. Fix them (F8 goes to the next one), or save a draft elsewhere with Save As (Ctrl+Shift+S).</source>
        <translation>Neuloženo: %1 je týmový scénář nebo jen pro čtení a text obsahuje chyby. Opravte je (F8 přejde na další), nebo uložte koncept jinam příkazem Uložit jako (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Saved %1 — with errors: it will not load until they are fixed.</source>
        <translation>Uloženo %1 — s chybami: scénář se nenačte, dokud nebudou opraveny.</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2).</source>
        <translation>Uloženo %1 (revize %2).</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Koncept se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>Draft restored; save to keep it.</source>
        <translation>Koncept obnoven; uložte jej, chcete-li ho zachovat.</translation>
    </message>
    <message>
        <source>Save the playbook as</source>
        <translation>Uložit scénář jako</translation>
    </message>
    <message>
        <source>Start from the shipped playbook:</source>
        <translation>Začít z dodaného scénáře:</translation>
    </message>
    <message>
        <source>Open a playbook or scenario</source>
        <translation>Otevřít scénář nebo scénku</translation>
    </message>
    <message>
        <source>Playbooks and scenarios (*.json);;All files (*)</source>
        <translation>Scénáře a scénky (*.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Save the scenario as</source>
        <translation>Uložit scénku jako</translation>
    </message>
    <message>
        <source>Playbooks and scenarios (*.json)</source>
        <translation>Scénáře a scénky (*.json)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Neuloženo: %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::GlobalShortcuts</name>
    <message>
        <source>These keys work in every application, also while the softphone has the focus.</source>
        <translation>Tyto klávesy fungují v každé aplikaci, i když je aktivní softphone.</translation>
    </message>
    <message>
        <source>These keys work in every application through your desktop, which may ask you to confirm them or let you change them in its own settings.</source>
        <translation>Tyto klávesy fungují v každé aplikaci prostřednictvím vašeho prostředí, které vás může požádat o potvrzení nebo je umožní změnit ve vlastním nastavení.</translation>
    </message>
    <message>
        <source>This desktop offers no global shortcuts to applications: only the keys inside the Steadyline window work (F5, F6, Esc, F8, …). The tray icon&apos;s menu works from anywhere.</source>
        <translation>Toto prostředí nenabízí aplikacím globální zkratky: fungují jen klávesy v okně Steadyline (F5, F6, Esc, F8, …). Nabídka ikony v oznamovací oblasti funguje odkudkoli.</translation>
    </message>
    <message>
        <source>%1 (%2): this key cannot be grabbed here; choose a function key or a letter.</source>
        <translation>%1 (%2): tuto klávesu zde nelze zachytit; zvolte funkční klávesu nebo písmeno.</translation>
    </message>
    <message>
        <source>%1 (%2): another application already uses this combination; choose another.</source>
        <translation>%1 (%2): tuto kombinaci již používá jiná aplikace; zvolte jinou.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::HistoryWindow</name>
    <message>
        <source>open</source>
        <translation>otevřený</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>splněný %1</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>splněný</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušený</translation>
    </message>
    <message>
        <source>Words in notes, promises or case references — Ctrl+F</source>
        <translation>Slova v poznámkách, slibech nebo číslech případů — Ctrl+F</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jakýkoli výsledek</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Posledních 7 dní</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Posledních 30 dní</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Posledních 90 dní</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Všechna data</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportovat zprávu…</translation>
    </message>
    <message>
        <source>Export report…  [%1]</source>
        <translation>Exportovat zprávu…  [%1]</translation>
    </message>
    <message>
        <source>Export call report</source>
        <translation>Export zprávy o hovorech</translation>
    </message>
    <message>
        <source>Markdown report (*.md);;PDF report (*.pdf);;JSON (*.json)</source>
        <translation>Zpráva Markdown (*.md);;Zpráva PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hledat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>The call history cannot be shown. %1</source>
        <translation>Historii hovorů nelze zobrazit. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n záznam se zatím nepodařilo uložit; objeví se zde, jakmile bude možné do deníku zapisovat.</numerusform>
            <numerusform>%n záznamy se zatím nepodařilo uložit; objeví se zde, jakmile bude možné do deníku zapisovat.</numerusform>
            <numerusform>%n záznamů se zatím nepodařilo uložit; objeví se zde, jakmile bude možné do deníku zapisovat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls cannot be shown (see the message above).</source>
        <translation>Hovory nelze zobrazit (viz zpráva výše).</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.
Try fewer or shorter words, any outcome, or all dates.</source>
        <translation>Nic neodpovídá „%1“.
Zkuste méně nebo kratší slova, jakýkoli výsledek nebo všechna data.</translation>
    </message>
    <message>
        <source>No calls with this outcome in these dates.
Choose any outcome or all dates.</source>
        <translation>V těchto datech nejsou hovory s tímto výsledkem.
Zvolte jakýkoli výsledek nebo všechna data.</translation>
    </message>
    <message>
        <source>No calls yet.
Calls you take in the assist window appear here with their timeline, notes and promises.</source>
        <translation>Zatím žádné hovory.
Hovory vedené v okně asistenta se zde zobrazí s průběhem, poznámkami a sliby.</translation>
    </message>
    <message>
        <source>Showing the newest %1 calls; search or choose fewer dates to find older ones.</source>
        <translation>Zobrazeny nejnovější hovory (%1); starší najdete hledáním nebo užším rozsahem dat.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>případ %1</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>playbook %1, revision %2</source>
        <translation>scénář %1, revize %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Průběh</translation>
    </message>
    <message>
        <source>The timeline of this call cannot be shown. %1</source>
        <translation>Průběh tohoto hovoru nelze zobrazit. %1</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Nic nebylo zaznamenáno.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>The notes of this call cannot be shown. %1</source>
        <translation>Poznámky tohoto hovoru nelze zobrazit. %1</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Žádné poznámky.</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Sliby</translation>
    </message>
    <message>
        <source>The promises of this call cannot be shown. %1</source>
        <translation>Sliby tohoto hovoru nelze zobrazit. %1</translation>
    </message>
    <message>
        <source>No promises.</source>
        <translation>Žádné sliby.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termín %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>bez termínu</translation>
    </message>
    <message>
        <source>Calls older than 1 day are deleted, except those with an open promise.</source>
        <translation>Hovory starší než 1 den se mažou, kromě těch s otevřeným slibem.</translation>
    </message>
    <message>
        <source>Calls older than %1 days are deleted, except those with an open promise.</source>
        <translation>Hovory starší než %1 dní se mažou, kromě těch s otevřeným slibem.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Zprávu se nepodařilo vytvořit: %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Zprávu se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>%1 call(s) exported to %2 (readable by you alone).</source>
        <translation>Exportováno hovorů: %1 do %2 (čitelné jen pro vás).</translation>
    </message>
    <message>
        <source>No calls older than %1 days to delete (calls with an open promise are kept).</source>
        <translation>Žádné hovory starší než %1 dní ke smazání (hovory s otevřeným slibem zůstávají).</translation>
    </message>
    <message>
        <source>1 call older than %1 days deleted, with its notes and promises.</source>
        <translation>Smazán 1 hovor starší než %1 dní i s poznámkami a sliby.</translation>
    </message>
    <message>
        <source>%1 calls older than %2 days deleted, with their notes and promises.</source>
        <translation>Smazány hovory starší než %2 dní (%1) i s poznámkami a sliby.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::JournalNotices</name>
    <message>
        <source>The journal could not be opened: %1 Calls work, but their notes are not saved.</source>
        <translation>Deník se nepodařilo otevřít: %1 Hovory fungují, ale jejich poznámky se neukládají.</translation>
    </message>
    <message>
        <source>Old calls could not be deleted: %1</source>
        <translation>Staré hovory se nepodařilo smazat: %1</translation>
    </message>
    <message>
        <source>%1 call(s) older than %2 days were deleted (calls with an open promise are kept).</source>
        <translation>Smazány hovory starší než %2 dní: %1 (hovory s otevřeným slibem zůstávají).</translation>
    </message>
    <message>
        <source>The call started at %1 was interrupted; its notes and the text being typed are saved in the journal.</source>
        <translation>Hovor zahájený %1 byl přerušen; jeho poznámky a rozepsaný text jsou uloženy v deníku.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R continues the last interrupted call (its record goes on); starting a new call leaves it closed as interrupted.</source>
        <translation>Ctrl+Shift+R pokračuje v posledním přerušeném hovoru (jeho záznam pokračuje); nový hovor jej ponechá uzavřený jako přerušený.</translation>
    </message>
    <message>
        <source>Promises: %1 overdue, %2 due today.</source>
        <translation>Sliby: po termínu %1, na dnes %2.</translation>
    </message>
    <message>
        <source>• overdue: %1</source>
        <translation>• po termínu: %1</translation>
    </message>
    <message>
        <source>• today: %1</source>
        <translation>• na dnes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are waiting to be saved: the journal cannot be written (a full disk or a read-only folder?). Steadyline keeps them and tries again every few seconds; do not switch the computer off.</source>
        <translation>
            <numerusform>%n záznam čeká na uložení: deník nelze zapsat (plný disk nebo složka jen pro čtení?). Steadyline ho uchovává a každých pár sekund to zkouší znovu; nevypínejte počítač.</numerusform>
            <numerusform>%n záznamy čekají na uložení: deník nelze zapsat (plný disk nebo složka jen pro čtení?). Steadyline je uchovává a každých pár sekund to zkouší znovu; nevypínejte počítač.</numerusform>
            <numerusform>%n záznamů čeká na uložení: deník nelze zapsat (plný disk nebo složka jen pro čtení?). Steadyline je uchovává a každých pár sekund to zkouší znovu; nevypínejte počítač.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries that could not be saved when Steadyline last ended were written to the journal now.</source>
        <translation>
            <numerusform>%n záznam, který se při posledním ukončení Steadyline nepodařilo uložit, je nyní zapsán v deníku.</numerusform>
            <numerusform>%n záznamy, které se při posledním ukončení Steadyline nepodařilo uložit, jsou nyní zapsány v deníku.</numerusform>
            <numerusform>%n záznamů, které se při posledním ukončení Steadyline nepodařilo uložit, je nyní zapsáno v deníku.</numerusform>
        </translation>
    </message>
    <message>
        <source>A promise is due now: %1</source>
        <translation>Nyní nastává termín slibu: %1</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Slib ke splnění</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) due now; the details are in Steadyline.</source>
        <translation>
            <numerusform>Nastal termín %n slibu; podrobnosti jsou ve Steadyline.</numerusform>
            <numerusform>Nastal termín %n slibů; podrobnosti jsou ve Steadyline.</numerusform>
            <numerusform>Nastal termín %n slibů; podrobnosti jsou ve Steadyline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s)</source>
        <translation>
            <numerusform>%n dřívější hovor</numerusform>
            <numerusform>%n dřívější hovory</numerusform>
            <numerusform>%n dřívějších hovorů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n otevřený slib</numerusform>
            <numerusform>%n otevřené sliby</numerusform>
            <numerusform>%n otevřených slibů</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::LibraryMenu</name>
    <message>
        <source>%1 · %2 · revision %3</source>
        <translation>%1 · %2 · revize %3</translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation> (nepoužívá se)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénky</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no playbooks found)</source>
        <translation>(nenalezeny žádné scénáře)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::LibraryWindow</name>
    <message numerus="yes">
        <source>%n playbook(s) loaded</source>
        <translation>
            <numerusform>Načten %n scénář</numerusform>
            <numerusform>Načteny %n scénáře</numerusform>
            <numerusform>Načteno %n scénářů</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 · languages: %2</source>
        <translation>Revize %1 · jazyky: %2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Zdroj: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Upravit</translation>
    </message>
    <message>
        <source>Cannot open %1 in the editor</source>
        <translation>%1 nelze otevřít v editoru</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::NotesPanel</name>
    <message>
        <source>Note: type and press Enter</source>
        <translation>Poznámka: napište a stiskněte Enter</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termín: dnes</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>termín: zítra</translation>
    </message>
    <message>
        <source>due in 2 days</source>
        <translation>termín: za 2 dny</translation>
    </message>
    <message>
        <source>due in a week</source>
        <translation>termín: za týden</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>bez termínu</translation>
    </message>
    <message>
        <source>What was promised, to whom</source>
        <translation>Co bylo slíbeno a komu</translation>
    </message>
    <message>
        <source>Enter to record</source>
        <translation>Enter pro záznam</translation>
    </message>
    <message>
        <source>[not saved yet]</source>
        <translation>[zatím neuloženo]</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (termín %1)</translation>
    </message>
    <message>
        <source>%1  Promise: %2%3</source>
        <translation>%1  Slib: %2%3</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PlaybookDiagram</name>
    <message numerus="yes">
        <source>This playbook has %n steps: too many to draw here.
For its flow run: steadyline graph FILE | dot -Tsvg -o flow.svg</source>
        <translation>
            <numerusform>Tento scénář má %n krok: příliš mnoho na zobrazení zde.
Tok zobrazíte příkazem: steadyline graph SOUBOR | dot -Tsvg -o flow.svg</numerusform>
            <numerusform>Tento scénář má %n kroky: příliš mnoho na zobrazení zde.
Tok zobrazíte příkazem: steadyline graph SOUBOR | dot -Tsvg -o flow.svg</numerusform>
            <numerusform>Tento scénář má %n kroků: příliš mnoho na zobrazení zde.
Tok zobrazíte příkazem: steadyline graph SOUBOR | dot -Tsvg -o flow.svg</numerusform>
        </translation>
    </message>
    <message>
        <source>any step</source>
        <translation>libovolný krok</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PlaybookEditor</name>
    <message>
        <source>&amp;New playbook from a shipped one…</source>
        <translation>&amp;Nový scénář z dodaného…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otevřít…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Uložit &amp;jako…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavřít</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znovu</translation>
    </message>
    <message>
        <source>&amp;Next diagnostic</source>
        <translation>&amp;Další diagnostika</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostika</translation>
    </message>
    <message>
        <source>Preview: button %1</source>
        <translation>Náhled: tlačítko %1</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nový scénář</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (vestavěný)</translation>
    </message>
    <message>
        <source>%1[*] — Playbook editor</source>
        <translation>%1[*] — Editor scénářů</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Zahodit změny</translation>
    </message>
    <message>
        <source>new playbook</source>
        <translation>nový scénář</translation>
    </message>
    <message>
        <source>Close the editor?</source>
        <translation>Zavřít editor?</translation>
    </message>
    <message>
        <source>The changes to this playbook are not saved. Close and discard them?</source>
        <translation>Změny tohoto scénáře nejsou uloženy. Zavřít a zahodit je?</translation>
    </message>
    <message>
        <source>Open from the &amp;library</source>
        <translation>Otevřít z &amp;knihovny</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénka</translation>
    </message>
    <message>
        <source>Flow of the playbook it trains: %1</source>
        <translation>Tok trénovaného scénáře: %1</translation>
    </message>
    <message>
        <source>&amp;Publish to team…</source>
        <translation>&amp;Publikovat týmu…</translation>
    </message>
    <message>
        <source>the new playbook</source>
        <translation>nový scénář</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, řádek %2, sloupec %3: %4</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PlaybookPreview</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobně</translation>
    </message>
    <message>
        <source>Consultant: woman</source>
        <translation>Konzultantka</translation>
    </message>
    <message>
        <source>Consultant: man</source>
        <translation>Konzultant</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ka&amp;nál</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Oslovení</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Rod</translation>
    </message>
    <message>
        <source>The text has errors: this is the last valid version.</source>
        <translation>Text obsahuje chyby: toto je poslední platná verze.</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>Vrátit krok</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Začít znovu</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Volající: %1</translation>
    </message>
    <message>
        <source>Anna</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>No valid version of this playbook yet.</source>
        <translation>Tento scénář zatím nemá platnou verzi.</translation>
    </message>
    <message>
        <source>Other phrasings (F7 in a call):</source>
        <translation>Jiné formulace (F7 během hovoru):</translation>
    </message>
    <message>
        <source>Countdown %1 s (%2–%3 s)</source>
        <translation>Odpočet %1 s (%2–%3 s)</translation>
    </message>
    <message>
        <source>Final step. </source>
        <translation>Závěrečný krok. </translation>
    </message>
    <message>
        <source>On entering: %1</source>
        <translation>Při vstupu: %1</translation>
    </message>
    <message>
        <source>Fire the event &quot;%1&quot; (Ctrl+%2)</source>
        <translation>Vyvolat událost „%1“ (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Timer runs out</source>
        <translation>Vypršení časovače</translation>
    </message>
    <message>
        <source>The countdown ends now (Ctrl+%1)</source>
        <translation>Odpočet končí teď (Ctrl+%1)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>Podle systému</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Podle systému (%1)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobně</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source>The team&apos;s playbook folder</source>
        <translation>Složka se scénáři týmu</translation>
    </message>
    <message>
        <source>Your own playbook folder</source>
        <translation>Složka s vlastními scénáři</translation>
    </message>
    <message>
        <source>%1 is given to two actions; only one of them would work.</source>
        <translation>%1 je přiřazena dvěma akcím; fungovala by jen jedna z nich.</translation>
    </message>
    <message>
        <source>One rule a line, the first that matches wins: a number pattern (* any digits) or queue:NAME, then = and the playbook&apos;s id. Without a match, the start page&apos;s playbook.</source>
        <translation>Jedno pravidlo na řádek, platí první odpovídající: vzor čísla (* znamená libovolné číslice) nebo queue:NAME, pak = a identifikátor scénáře. Když nic neodpovídá, použije se scénář z úvodní stránky.</translation>
    </message>
    <message>
        <source>%1 alone would be taken from every application all day; add Ctrl, Alt or Meta, or use a function key.</source>
        <translation>Samotná klávesa %1 by byla celý den odebírána všem aplikacím; přidejte Ctrl, Alt nebo Meta, nebo použijte funkční klávesu.</translation>
    </message>
    <message>
        <source>female</source>
        <comment>the consultant&apos;s grammatical gender; translations may add an example, e.g. Polish “będę zmuszona”</comment>
        <translation>ženský (budu nucena)</translation>
    </message>
    <message>
        <source>male</source>
        <comment>the consultant&apos;s grammatical gender; translations may add an example, e.g. Polish “będę zmuszony”</comment>
        <translation>mužský (budu nucen)</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>Tý&amp;m</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PromisesWindow</name>
    <message>
        <source>Mark kept</source>
        <translation>Označit jako splněný</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Označit jako zrušený</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>The promise was kept and the customer told</source>
        <translation>Slib byl splněn a zákazník informován</translation>
    </message>
    <message>
        <source>The promise no longer applies</source>
        <translation>Slib již neplatí</translation>
    </message>
    <message>
        <source>Reopen the promise marked last (a slipped key)</source>
        <translation>Znovu otevřít naposledy označený slib (omylem stisknutá klávesa)</translation>
    </message>
    <message>
        <source>Read the promises again</source>
        <translation>Načíst sliby znovu</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exportovat do kalendáře…</translation>
    </message>
    <message>
        <source>Export open promises</source>
        <translation>Export otevřených slibů</translation>
    </message>
    <message>
        <source>Calendar (*.ics);;Spreadsheet (*.csv)</source>
        <translation>Kalendář (*.ics);;Tabulka (*.csv)</translation>
    </message>
    <message>
        <source>Open promises as calendar tasks with their due dates, or as CSV</source>
        <translation>Otevřené sliby jako úkoly v kalendáři s termíny, nebo jako CSV</translation>
    </message>
    <message>
        <source>Some promises cannot be shown:</source>
        <translation>Některé sliby nelze zobrazit:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n záznam se zatím nepodařilo uložit; objeví se zde, jakmile bude možné do deníku zapisovat.</numerusform>
            <numerusform>%n záznamy se zatím nepodařilo uložit; objeví se zde, jakmile bude možné do deníku zapisovat.</numerusform>
            <numerusform>%n záznamů se zatím nepodařilo uložit; objeví se zde, jakmile bude možné do deníku zapisovat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po termínu</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dnes</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadcházející</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Bez termínu</translation>
    </message>
    <message>
        <source>No open promises.
Promises you record during a call (F9) appear here until they are marked kept or cancelled.</source>
        <translation>Žádné otevřené sliby.
Sliby zaznamenané během hovoru (F9) jsou zde, dokud je neoznačíte jako splněné nebo zrušené.</translation>
    </message>
    <message>
        <source>Marked kept: %1. %2 reopens it.</source>
        <translation>Označeno jako splněný: %1. %2 jej znovu otevře.</translation>
    </message>
    <message>
        <source>Marked cancelled: %1. %2 reopens it.</source>
        <translation>Označeno jako zrušený: %1. %2 jej znovu otevře.</translation>
    </message>
    <message>
        <source>%1 will be marked kept as soon as the journal can be written: %2</source>
        <translation>%1 bude označen jako splněný, jakmile bude možné zapisovat do deníku: %2</translation>
    </message>
    <message>
        <source>%1 will be marked cancelled as soon as the journal can be written: %2</source>
        <translation>%1 bude označen jako zrušený, jakmile bude možné zapisovat do deníku: %2</translation>
    </message>
    <message>
        <source>%1 could not be marked kept: %2</source>
        <translation>„%1“ se nepodařilo označit jako splněný: %2</translation>
    </message>
    <message>
        <source>%1 could not be marked cancelled: %2</source>
        <translation>„%1“ se nepodařilo označit jako zrušený: %2</translation>
    </message>
    <message>
        <source>The promises could not be read: %1</source>
        <translation>Sliby se nepodařilo načíst: %1</translation>
    </message>
    <message>
        <source>The promises could not be written: %1</source>
        <translation>Sliby se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>%1 open promise(s) exported to %2 (readable by you alone).</source>
        <translation>Exportováno otevřených slibů: %1 do %2 (čitelné jen pro vás).</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 je znovu otevřený.</translation>
    </message>
    <message>
        <source>%1 will be open again as soon as the journal can be written: %2</source>
        <translation>%1 bude znovu otevřen, jakmile bude možné zapisovat do deníku: %2</translation>
    </message>
    <message>
        <source>%1 could not be reopened: %2</source>
        <translation>„%1“ se nepodařilo znovu otevřít: %2</translation>
    </message>
    <message>
        <source>Hand back…</source>
        <translation>Vrátit…</translation>
    </message>
    <message>
        <source>Give the promise back to your team&apos;s leads, who hand it on</source>
        <translation>Vraťte slib vedoucím týmu, kteří ho předají dál</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>neznámý čas</translation>
    </message>
    <message>
        <source>%1&apos;s call, %2, %3</source>
        <translation>hovor: %1, %2, %3</translation>
    </message>
    <message>
        <source>Handed to you by your lead</source>
        <translation>Předané vám vedoucím</translation>
    </message>
    <message>
        <source>Marked kept: %1. The team learns it with the next sync.</source>
        <translation>Označeno jako splněné: %1. Tým se to dozví při příští synchronizaci.</translation>
    </message>
    <message>
        <source>Marked cancelled: %1. The team learns it with the next sync.</source>
        <translation>Označeno jako zrušené: %1. Tým se to dozví při příští synchronizaci.</translation>
    </message>
    <message>
        <source>%1 was made before this desk joined the team and cannot be handed back.</source>
        <translation>%1 vznikl dříve, než se toto pracoviště připojilo k týmu, a nelze ho vrátit.</translation>
    </message>
    <message>
        <source>Hand back the promise</source>
        <translation>Vrátit slib</translation>
    </message>
    <message>
        <source>Hand %1 back to your team&apos;s leads? They give it to a colleague or keep it; it leaves your list and your reminders.</source>
        <translation>Vrátit %1 vedoucím týmu? Předají ho kolegovi nebo si ho nechají; zmizí z vašeho seznamu i připomínek.</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Vrátit</translation>
    </message>
    <message>
        <source>%1 could not be handed back: %2</source>
        <translation>%1 se nepodařilo vrátit: %2</translation>
    </message>
    <message>
        <source>Handed back: %1. It goes to your leads with the next sync; %2 keeps it here until then.</source>
        <translation>Vráceno: %1. Odejde vedoucím při příští synchronizaci; do té doby ho %2 ponechá zde.</translation>
    </message>
    <message>
        <source>%1 stays yours: the hand-back was not sent.</source>
        <translation>%1 zůstává vám: vrácení nebylo odesláno.</translation>
    </message>
    <message>
        <source>%1 has gone to your leads already; ask them to give it back to you.</source>
        <translation>%1 už odešel vedoucím; požádejte je, aby vám ho vrátili.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PublishDialog</name>
    <message>
        <source>Publish to team</source>
        <translation>Publikovat týmu</translation>
    </message>
    <message>
        <source>What changed, in a line the team will read</source>
        <translation>Co se změnilo – jedna věta pro tým</translation>
    </message>
    <message>
        <source>Note for the team</source>
        <translation>Poznámka pro tým</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
    <message>
        <source>&amp;Publish to team</source>
        <translation>&amp;Publikovat týmu</translation>
    </message>
    <message>
        <source>Published &amp;revisions of this playbook:</source>
        <translation>Publikované &amp;revize tohoto scénáře:</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>Publikované revize</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revize</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Používá se</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Publikoval(a)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Roll &amp;back to this revision…</source>
        <translation>&amp;Vrátit se k této revizi…</translation>
    </message>
    <message>
        <source>Only a playbook is published to the team.</source>
        <translation>Týmu se publikují jen scénáře hovorů.</translation>
    </message>
    <message>
        <source>Publish revision %1 of “%2” to your team: every desk uses it from its next call; a call already on keeps its version.</source>
        <translation>Publikovat revizi %1 scénáře „%2“ týmu: každé pracoviště ji použije od příštího hovoru; probíhající hovor si ponechá svou verzi.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>používá se</translation>
    </message>
    <message>
        <source>A training scenario is not published; publish the playbook it trains.</source>
        <translation>Tréninkový scénář se nepublikuje; publikujte scénář hovoru, který procvičuje.</translation>
    </message>
    <message>
        <source>Not published: the playbook has errors. First: %1</source>
        <translation>Nepublikováno: scénář obsahuje chyby. První: %1</translation>
    </message>
    <message>
        <source>Only a lead or admin of the team publishes playbooks.</source>
        <translation>Scénáře publikuje jen vedoucí nebo správce týmu.</translation>
    </message>
    <message>
        <source>The team server cannot be reached now, so nothing can be published or rolled back. Publishing is not queued: try again when the status bar says the team is online.</source>
        <translation>Týmový server teď není dostupný, nelze nic publikovat ani vrátit. Publikace se neřadí do fronty: zkuste to znovu, až stavový řádek ukáže, že tým je online.</translation>
    </message>
    <message>
        <source>Revision %1 is published already (the newest is %2). Raise the playbook&apos;s &quot;revision&quot; and save, then publish.</source>
        <translation>Revize %1 už je publikována (nejnovější je %2). Zvyšte &quot;revision&quot; scénáře, uložte a publikujte.</translation>
    </message>
    <message>
        <source>Nothing of this playbook was published to the team yet.</source>
        <translation>Tento scénář zatím nebyl týmu publikován.</translation>
    </message>
    <message>
        <source>Makes the chosen revision the one every desk uses from its next call.</source>
        <translation>Zvolená revize se bude na každém pracovišti používat od příštího hovoru.</translation>
    </message>
    <message>
        <source>Publishing revision %1 …</source>
        <translation>Publikuje se revize %1 …</translation>
    </message>
    <message>
        <source>Published revision %1 to the team. Every desk uses it from its next call.</source>
        <translation>Revize %1 publikována týmu. Každé pracoviště ji použije od příštího hovoru.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Vrácení revize</translation>
    </message>
    <message>
        <source>Every desk of the team will use revision %1 of “%2” from its next call, instead of revision %3. Calls already on keep their version.</source>
        <translation>Každé pracoviště týmu použije od příštího hovoru revizi %1 scénáře „%2“ místo revize %3. Probíhající hovory si ponechají svou verzi.</translation>
    </message>
    <message>
        <source>Roll back to revision %1</source>
        <translation>Vrátit se k revizi %1</translation>
    </message>
    <message>
        <source>Rolling back to revision %1 …</source>
        <translation>Vrací se revize %1 …</translation>
    </message>
    <message>
        <source>Revision %1 is the team&apos;s version again, from every desk&apos;s next call.</source>
        <translation>Revize %1 je opět verzí týmu, od příštího hovoru na každém pracovišti.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::RaisedHand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hand raised — waiting for your lead</source>
        <translation>Ruka zvednutá — čeká se na vedoucího</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Spustit ruku</translation>
    </message>
    <message>
        <source>Not in a rehearsal: a raised hand would call your team lead.</source>
        <translation>Ne při nácviku: zvednutá ruka by přivolala vedoucího týmu.</translation>
    </message>
    <message>
        <source>Asks your team lead for help with this step; the same key lowers it.</source>
        <translation>Požádá vedoucího týmu o pomoc s tímto krokem; stejná klávesa ruku spustí.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::RehearsalController</name>
    <message>
        <source>The scenario cannot be rehearsed: %1</source>
        <translation>Tuto scénku nelze nacvičit: %1</translation>
    </message>
    <message>
        <source>The scenario cannot be rehearsed.</source>
        <translation>Tuto scénku nelze nacvičit.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::RehearsalPanel</name>
    <message>
        <source>shouting</source>
        <translation>křičí</translation>
    </message>
    <message>
        <source>aggressive</source>
        <translation>agresivně</translation>
    </message>
    <message>
        <source>insulting</source>
        <translation>uráží</translation>
    </message>
    <message>
        <source>threatening</source>
        <translation>vyhrožuje</translation>
    </message>
    <message>
        <source>sarcastic</source>
        <translation>sarkasticky</translation>
    </message>
    <message>
        <source>upset</source>
        <translation>rozrušeně</translation>
    </message>
    <message>
        <source>venting</source>
        <translation>vybíjí si emoce</translation>
    </message>
    <message>
        <source>calming down</source>
        <translation>uklidňuje se</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>klidně</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>mlčí</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Nácvik: %1</translation>
    </message>
    <message>
        <source>This system has no voice for the scenario&apos;s language; the caller&apos;s lines are shown only.</source>
        <translation>Tento systém nemá hlas pro jazyk scénky; repliky zákazníka se jen zobrazují.</translation>
    </message>
    <message>
        <source>Caller (%1): %2</source>
        <translation>Volající (%1): %2</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vy: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Poznámka: %1</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Slib: %1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>%1 points: %2</source>
        <translation>Body: %1 — %2</translation>
    </message>
    <message>
        <source>%1 is not an option at this point of the rehearsal.</source>
        <translation>%1 v tomto bodě nácviku není k dispozici.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::ScenarioSummary</name>
    <message>
        <source>Scenarios are rehearsed from the Training window. Here you edit the file: it is checked against the playbook it trains as you type.</source>
        <translation>Scénky se nacvičují v okně Trénink. Zde upravujete soubor: během psaní se kontroluje vůči scénáři, který trénuje.</translation>
    </message>
    <message>
        <source>Fix the errors to see the scenario&apos;s title, playbook, turns and maximum score.</source>
        <translation>Opravte chyby, abyste viděli název scénky, scénář, repliky a maximální skóre.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Scénář</translation>
    </message>
    <message>
        <source>%1 — %2 (revision %3, needs %4 or later)</source>
        <translation>%1 — %2 (revize %3, vyžaduje %4 nebo novější)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Obtížnost</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Repliky</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Zakončení</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Maximální skóre</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n bod</numerusform>
            <numerusform>%n body</numerusform>
            <numerusform>%n bodů</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Hranice úspěchu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The text has errors: this is the last valid version.</source>
        <translation>Text obsahuje chyby: toto je poslední platná verze.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::SoftphoneFollower</name>
    <message>
        <source>The baresip address &quot;%1&quot; is not host:port (e.g. 127.0.0.1:4444).</source>
        <translation>Adresa baresip „%1“ nemá tvar host:port (např. 127.0.0.1:4444).</translation>
    </message>
    <message>
        <source>The listener&apos;s port %1 is not a port number.</source>
        <translation>Port pro naslouchání %1 není platné číslo portu.</translation>
    </message>
    <message>
        <source>A call is already in progress in Steadyline.</source>
        <translation>Ve Steadyline již probíhá hovor.</translation>
    </message>
    <message>
        <source>baresip connected</source>
        <translation>baresip připojen</translation>
    </message>
    <message>
        <source>waiting for baresip</source>
        <translation>čekání na baresip</translation>
    </message>
    <message>
        <source>listening on 127.0.0.1:%1</source>
        <translation>naslouchání na 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Softphone: %1</source>
        <translation>Softphone: %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::StepCard</name>
    <message>
        <source>Note &quot;%1&quot; with the time</source>
        <translation>Zaznamenat „%1“ s časem</translation>
    </message>
    <message>
        <source>Undo the last step (a slipped key)</source>
        <translation>Vrátit poslední krok (omylem stisknutá klávesa)</translation>
    </message>
    <message>
        <source>The call can end now</source>
        <translation>Hovor teď můžete ukončit</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
    <message>
        <source>Phrasing %1 of %2 — %3 for another</source>
        <translation>Formulace %1 z %2 — %3 pro jinou</translation>
    </message>
    <message>
        <source>Act now</source>
        <translation>Jednejte teď</translation>
    </message>
    <message>
        <source>Finish call</source>
        <translation>Dokončit hovor</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Ukončit hovor</translation>
    </message>
    <message numerus="yes">
        <source>Hang up in %n s</source>
        <translation>
            <numerusform>Zavěste za %n s</numerusform>
            <numerusform>Zavěste za %n s</numerusform>
            <numerusform>Zavěste za %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc stops · Ctrl+↑/↓ ±1 s · F6 calmed</source>
        <translation>Esc zastaví · Ctrl+↑/↓ ±1 s · F6 zákazník se uklidnil</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zastaveno</translation>
    </message>
    <message>
        <source>F5 hang up now · F6 calmed</source>
        <translation>F5 zavěsit hned · F6 zákazník se uklidnil</translation>
    </message>
    <message>
        <source>F5 call security now · F6 calmed</source>
        <translation>F5 zavolat vedoucího nebo ostrahu hned · F6 zákazník se uklidnil</translation>
    </message>
    <message>
        <source>End the conversation now</source>
        <translation>Ukončete teď rozhovor</translation>
    </message>
    <message>
        <source>Hand the call over to your colleague now</source>
        <translation>Předejte teď hovor někomu z týmu</translation>
    </message>
    <message>
        <source>Call the manager or security now</source>
        <translation>Zavolejte teď vedoucího nebo ostrahu</translation>
    </message>
    <message>
        <source>Call the manager or security now: %1</source>
        <translation>Zavolejte teď vedoucího nebo ostrahu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Call the manager or security in %n s</source>
        <translation>
            <numerusform>Zavolejte vedoucího nebo ostrahu za %n s</numerusform>
            <numerusform>Zavolejte vedoucího nebo ostrahu za %n s</numerusform>
            <numerusform>Zavolejte vedoucího nebo ostrahu za %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Now, without another word: the end has been announced</source>
        <translation>Teď, bez dalších slov: konec hovoru už byl ohlášen</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::SummaryView</name>
    <message>
        <source>Call summary</source>
        <translation>Shrnutí hovoru</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 min %4 s) · outcome: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>%1 – %2 (%3 min %4 s) · výsledek: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (undo)</source>
        <translation> (vráceno)</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Sliby</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Nácvik: %1</translation>
    </message>
    <message>
        <source>Passed: %1 of %2 points (%3 %, pass mark %4 %)</source>
        <translation>Splněno: %1 z %2 bodů (%3 %, hranice úspěchu %4 %)</translation>
    </message>
    <message>
        <source>Not passed: %1 of %2 points (%3 %, pass mark %4 %)</source>
        <translation>Nesplněno: %1 z %2 bodů (%3 %, hranice úspěchu %4 %)</translation>
    </message>
    <message>
        <source>No mistakes.</source>
        <translation>Bez chyb.</translation>
    </message>
    <message>
        <source>Mistakes and what to do instead</source>
        <translation>Chyby a co udělat jinak</translation>
    </message>
    <message>
        <source>Critical: </source>
        <translation>Kritické: </translation>
    </message>
    <message>
        <source>at turn &apos;%1&apos;</source>
        <translation>v replice „%1“</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Přepis</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Volající</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Slib</translation>
    </message>
    <message>
        <source>Rehearsal passed: %1 %</source>
        <translation>Nácvik splněn: %1 %</translation>
    </message>
    <message>
        <source>Rehearsal not passed: %1 %</source>
        <translation>Nácvik nesplněn: %1 %</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamBoardWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konzultant</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čeká</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpověď</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Zvednuté ruce</translation>
    </message>
    <message>
        <source>On my way</source>
        <translation>Už jdu</translation>
    </message>
    <message>
        <source>Answer to the raised hand</source>
        <translation>Odpověď na zvednutou ruku</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Odpovědět</translation>
    </message>
    <message>
        <source>Sends the text (or “On my way” when it is empty) to the consultant (Enter)</source>
        <translation>Pošle text konzultantovi (prázdný: „Už jdu“) (Enter)</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>Odpo&amp;věď:</translation>
    </message>
    <message>
        <source>On this step</source>
        <translation>Na tomto kroku</translation>
    </message>
    <message>
        <source>In the call</source>
        <translation>V hovoru</translation>
    </message>
    <message>
        <source>In a call now</source>
        <translation>Právě v hovoru</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Zbývá</translation>
    </message>
    <message>
        <source>In a cool-down</source>
        <translation>Na přestávce po těžkém hovoru</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ukončen</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Jak skončil</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Označení</translation>
    </message>
    <message numerus="yes">
        <source>Abusive calls, last %n days</source>
        <translation>
            <numerusform>Agresivní hovory, poslední %n den</numerusform>
            <numerusform>Agresivní hovory, poslední %n dny</numerusform>
            <numerusform>Agresivní hovory, posledních %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of the chosen call</source>
        <translation>Průběh vybraného hovoru</translation>
    </message>
    <message>
        <source>Choose a call to read its timeline.</source>
        <translation>Vyberte hovor a uvidíte jeho průběh.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Průběh</translation>
    </message>
    <message>
        <source>The journal is not open, so the team&apos;s calls cannot be read.</source>
        <translation>Deník není otevřený, hovory týmu proto nelze načíst.</translation>
    </message>
    <message>
        <source>%1 raised a hand</source>
        <translation>%1 žádá o pomoc</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Krok: %1</translation>
    </message>
    <message>
        <source>Abusive call: %1</source>
        <translation>Agresivní hovor: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 v %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in a call</source>
        <translation>
            <numerusform>%n v hovoru</numerusform>
            <numerusform>%n v hovoru</numerusform>
            <numerusform>%n v hovoru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n raised hands</source>
        <translation>
            <numerusform>%n zvednutá ruka</numerusform>
            <numerusform>%n zvednuté ruce</numerusform>
            <numerusform>%n zvednutých rukou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a cool-down</source>
        <translation>
            <numerusform>%n na přestávce</numerusform>
            <numerusform>%n na přestávce</numerusform>
            <numerusform>%n na přestávce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abusive calls today</source>
        <translation>
            <numerusform>%n agresivní hovor dnes</numerusform>
            <numerusform>%n agresivní hovory dnes</numerusform>
            <numerusform>%n agresivních hovorů dnes</numerusform>
        </translation>
    </message>
    <message>
        <source>No raised hand to answer.</source>
        <translation>Není žádná zvednutá ruka, na kterou odpovědět.</translation>
    </message>
    <message>
        <source>Answer sent to %1: %2</source>
        <translation>Odesláno pro %1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Team dashboard — Steadyline</source>
        <translation>Nástěnka týmu — Steadyline</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Teď</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiky</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportováno do %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamFeatures</name>
    <message numerus="yes">
        <source>%n promise(s) of a colleague handed to you by your lead; see Promises (Ctrl+P).</source>
        <translation>
            <numerusform>Vedoucí vám předal %n slib kolegy; viz Sliby (Ctrl+P).</numerusform>
            <numerusform>Vedoucí vám předal %n sliby kolegy; viz Sliby (Ctrl+P).</numerusform>
            <numerusform>Vedoucí vám předal %n slibů kolegy; viz Sliby (Ctrl+P).</numerusform>
        </translation>
    </message>
    <message>
        <source>Promise handed to you</source>
        <translation>Byl vám předán slib</translation>
    </message>
    <message>
        <source>Opening this call could not be written in the team&apos;s audit log: the desk is not linked to the team server.</source>
        <translation>Otevření tohoto hovoru se nepodařilo zapsat do auditního záznamu týmu: pracoviště není připojeno k serveru týmu.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamInCall</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your lead answered: %1</source>
        <translation>Odpověď vedoucího: %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamLink</name>
    <message>
        <source>Team: online</source>
        <translation>Tým: připojeno</translation>
    </message>
    <message numerus="yes">
        <source>Team: online · %n waiting</source>
        <translation>
            <numerusform>Tým: připojeno · %n čeká</numerusform>
            <numerusform>Tým: připojeno · %n čekají</numerusform>
            <numerusform>Tým: připojeno · %n čeká</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: offline · %n waiting</source>
        <translation>
            <numerusform>Tým: bez spojení · %n čeká</numerusform>
            <numerusform>Tým: bez spojení · %n čekají</numerusform>
            <numerusform>Tým: bez spojení · %n čeká</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Týmový server: %1</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Naposledy odesláno: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Naposledy přijato: %1</translation>
    </message>
    <message>
        <source>Calls, notes and promises are kept on this desk and sent when the server is back.</source>
        <translation>Hovory, poznámky a sliby zůstávají na tomto pracovišti a odešlou se, až bude server zpět.</translation>
    </message>
    <message>
        <source>Team server problem</source>
        <translation>Problém s týmovým serverem</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Zkusit znovu</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skrýt</translation>
    </message>
    <message>
        <source>Hides this message until the problem changes; the status bar keeps it.</source>
        <translation>Skryje tuto zprávu, dokud se problém nezmění; stavový řádek ji dál ukazuje.</translation>
    </message>
    <message>
        <source>The team server does not take this desk&apos;s changes: %1 Your work is kept on this desk. Preferences → Team (Ctrl+,) joins again with another password or address.</source>
        <translation>Týmový server nepřijímá změny z tohoto pracoviště: %1 Vaše práce zůstává na tomto pracovišti. V Předvolbách → Tým (Ctrl+,) se připojíte znovu s jiným heslem nebo adresou.</translation>
    </message>
    <message>
        <source>This desk is not in a team: there is no team to publish to.</source>
        <translation>Toto pracoviště není v týmu: není komu publikovat.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n odmítnuta</numerusform>
            <numerusform>%n odmítnuty</numerusform>
            <numerusform>%n odmítnuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1 They are kept on this desk and no longer wait.</source>
        <translation>
            <numerusform>%n změna odmítnuta serverem: %1 Je ponechána na tomto pracovišti a už nečeká.</numerusform>
            <numerusform>%n změny odmítnuty serverem: %1 Jsou ponechány na tomto pracovišti a už nečekají.</numerusform>
            <numerusform>%n změn odmítnuto serverem: %1 Jsou ponechány na tomto pracovišti a už nečekají.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamPage</name>
    <message>
        <source>never</source>
        <comment>no changes sent or received yet</comment>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Join a team server</source>
        <translation>Připojit se k týmovému serveru</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Adresa týmového serveru</translation>
    </message>
    <message>
        <source>The address your team&apos;s admin gave you. It is saved in the settings; the password never is.</source>
        <translation>Adresa, kterou vám dal správce týmu. Ukládá se do nastavení; heslo nikdy.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresa serveru:</translation>
    </message>
    <message>
        <source>Your login on the team server</source>
        <translation>Vaše přihlašovací jméno na týmovém serveru</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Přihlašovací &amp;jméno:</translation>
    </message>
    <message>
        <source>Your password on the team server</source>
        <translation>Vaše heslo na týmovém serveru</translation>
    </message>
    <message>
        <source>Kept in libpq&apos;s password file (~/.pgpass), readable by you alone; never in the settings or the log.</source>
        <translation>Uloženo v souboru hesel libpq (~/.pgpass), čitelném jen pro vás; nikdy v nastavení ani v protokolu.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Hes&amp;lo:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Připojit</translation>
    </message>
    <message>
        <source>Checking the team server</source>
        <translation>Kontrola týmového serveru</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Toto pracoviště</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchronizovat &amp;teď</translation>
    </message>
    <message>
        <source>Lea&amp;ve the team…</source>
        <translation>&amp;Opustit tým…</translation>
    </message>
    <message>
        <source>Sending and receiving now; the state below follows.</source>
        <translation>Probíhá odesílání a příjem; stav níže se aktualizuje.</translation>
    </message>
    <message>
        <source>The journal could not be opened, so this desk cannot join a team now. Restart Steadyline; if it says so again, see the message at its start.</source>
        <translation>Deník nelze otevřít, takže se toto pracoviště teď nemůže připojit k týmu. Spusťte Steadyline znovu; pokud se to opakuje, přečtěte si zprávu při jeho spuštění.</translation>
    </message>
    <message>
        <source>Enter the password your team&apos;s admin gave you.</source>
        <translation>Zadejte heslo, které vám dal správce týmu.</translation>
    </message>
    <message>
        <source>Checking %1 … the rest of Steadyline keeps working meanwhile.</source>
        <translation>Kontroluje se %1 … zbytek Steadyline mezitím normálně funguje.</translation>
    </message>
    <message>
        <source>Joining was cancelled; nothing was changed on this desk.</source>
        <translation>Připojení bylo zrušeno; na tomto pracovišti se nic nezměnilo.</translation>
    </message>
    <message>
        <source>Nothing was changed on this desk.</source>
        <translation>Na tomto pracovišti se nic nezměnilo.</translation>
    </message>
    <message>
        <source>Joined team &apos;%1&apos; as %2 (%3). From now on calls, notes, promises and rehearsals are shared with the team.</source>
        <translation>Připojeno k týmu &apos;%1&apos; jako %2 (%3). Od teď se hovory, poznámky, sliby a nácviky sdílejí s týmem.</translation>
    </message>
    <message>
        <source>Leave team &apos;%1&apos; on %2?

Your own calls, notes and promises stay in this desk&apos;s journal. What the team shared with you is removed from this desk, and so is the password; new calls are no longer shared.</source>
        <translation>Opustit tým &apos;%1&apos; na %2?

Vaše hovory, poznámky a sliby zůstanou v deníku tohoto pracoviště. Co s vámi tým sdílel, se z tohoto pracoviště odstraní, stejně jako heslo; nové hovory se už nebudou sdílet.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes have not reached the server yet. Leaving now discards them: they stay in your journal, but the team never gets them. To send them first, cancel and use Sync now while the team is online.</source>
        <translation>
            <numerusform>%n změna se ještě nedostala na server. Odchodem teď ji zahodíte: zůstane ve vašem deníku, ale tým ji nedostane. Chcete-li ji nejdřív odeslat, zrušte to a použijte „Synchronizovat teď“, dokud je tým online.</numerusform>
            <numerusform>%n změny se ještě nedostaly na server. Odchodem teď je zahodíte: zůstanou ve vašem deníku, ale tým je nedostane. Chcete-li je nejdřív odeslat, zrušte to a použijte „Synchronizovat teď“, dokud je tým online.</numerusform>
            <numerusform>%n změn se ještě nedostalo na server. Odchodem teď je zahodíte: zůstanou ve vašem deníku, ale tým je nedostane. Chcete-li je nejdřív odeslat, zrušte to a použijte „Synchronizovat teď“, dokud je tým online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave and discard %n changes</source>
        <translation>
            <numerusform>Opustit a zahodit %n změnu</numerusform>
            <numerusform>Opustit a zahodit %n změny</numerusform>
            <numerusform>Opustit a zahodit %n změn</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>Opustit tým</translation>
    </message>
    <message numerus="yes">
        <source>Left team &apos;%1&apos;; %n changes not sent were discarded.</source>
        <translation>
            <numerusform>Tým &apos;%1&apos; opuštěn; %n neodeslaná změna byla zahozena.</numerusform>
            <numerusform>Tým &apos;%1&apos; opuštěn; %n neodeslané změny byly zahozeny.</numerusform>
            <numerusform>Tým &apos;%1&apos; opuštěn; %n neodeslaných změn bylo zahozeno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left team &apos;%1&apos;. Your own journal stays on this desk.</source>
        <translation>Tým &apos;%1&apos; opuštěn. Váš deník zůstává na tomto pracovišti.</translation>
    </message>
    <message>
        <source>This desk is not in a team: its journal stays on this computer alone.</source>
        <translation>Toto pracoviště není v týmu: jeho deník je jen na tomto počítači.</translation>
    </message>
    <message>
        <source>Team &apos;%1&apos; on %2, as %3.</source>
        <translation>Tým &apos;%1&apos; na %2, jako %3.</translation>
    </message>
    <message numerus="yes">
        <source>Online; %n changes waiting to be sent.</source>
        <translation>
            <numerusform>Online; %n změna čeká na odeslání.</numerusform>
            <numerusform>Online; %n změny čekají na odeslání.</numerusform>
            <numerusform>Online; %n změn čeká na odeslání.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline; %n changes waiting, kept on this desk until the server is back.</source>
        <translation>
            <numerusform>Offline; %n změna čeká, uložená na tomto pracovišti, dokud se server nevrátí.</numerusform>
            <numerusform>Offline; %n změny čekají, uložené na tomto pracovišti, dokud se server nevrátí.</numerusform>
            <numerusform>Offline; %n změn čeká, uložených na tomto pracovišti, dokud se server nevrátí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sent: %1. Last received: %2.</source>
        <translation>Naposledy odesláno: %1. Naposledy přijato: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to be sent.</source>
        <translation>
            <numerusform>%n změna čeká na odeslání.</numerusform>
            <numerusform>%n změny čekají na odeslání.</numerusform>
            <numerusform>%n změn čeká na odeslání.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel joinin&amp;g</source>
        <translation>Zr&amp;ušit připojení</translation>
    </message>
    <message>
        <source>The server said yes; stopping the link to the old server first …</source>
        <translation>Server souhlasil; nejprve se zastavuje spojení se starým serverem …</translation>
    </message>
    <message>
        <source>Leaving team &apos;%1&apos; … the link to the server is stopping; the rest of Steadyline keeps working meanwhile.</source>
        <translation>Opouštění týmu &apos;%1&apos; … spojení se serverem se zastavuje; zbytek Steadyline mezitím dál funguje.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1 They are kept on this desk and no longer wait.</source>
        <translation>
            <numerusform>%n změna odmítnuta serverem: %1 Je ponechána na tomto pracovišti a už nečeká.</numerusform>
            <numerusform>%n změny odmítnuty serverem: %1 Jsou ponechány na tomto pracovišti a už nečekají.</numerusform>
            <numerusform>%n změn odmítnuto serverem: %1 Jsou ponechány na tomto pracovišti a už nečekají.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamPromisesWindow</name>
    <message>
        <source>Team promises — Steadyline</source>
        <translation>Sliby týmu — Steadyline</translation>
    </message>
    <message>
        <source>Open promises of the team</source>
        <translation>Otevřené sliby týmu</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Slib</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Drží</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Dal(a)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Kolega:</translation>
    </message>
    <message>
        <source>Colleague to give the promise to</source>
        <translation>Kolega, kterému slib předat</translation>
    </message>
    <message>
        <source>Reassign to colleague</source>
        <translation>Předat kolegovi</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Převzít</translation>
    </message>
    <message>
        <source>Reassign all of the holder…</source>
        <translation>Předat všechny od držitele…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Server odmítl (%1): %2</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Hotovo: %1.</translation>
    </message>
    <message>
        <source>handed back</source>
        <translation>vráceno</translation>
    </message>
    <message>
        <source>no due time</source>
        <translation>bez termínu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po termínu</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>čeká na server</translation>
    </message>
    <message>
        <source>queued: sent when the server is back</source>
        <translation>ve frontě: odešle se, až bude server dostupný</translation>
    </message>
    <message>
        <source>No open promises in the team.</source>
        <translation>V týmu nejsou žádné otevřené sliby.</translation>
    </message>
    <message>
        <source>Pick a colleague first (Alt+C).</source>
        <translation>Nejdřív vyberte kolegu (Alt+C).</translation>
    </message>
    <message>
        <source>%1 could not be reassigned: %2</source>
        <translation>%1 se nepodařilo předat: %2</translation>
    </message>
    <message>
        <source>you take %1</source>
        <translation>přebíráte %1</translation>
    </message>
    <message>
        <source>%1 goes to %2</source>
        <translation>%1 dostane %2</translation>
    </message>
    <message>
        <source>Sent: %1.</source>
        <translation>Odesláno: %1.</translation>
    </message>
    <message>
        <source>Queued while offline: %1. It is sent when the server is back.</source>
        <translation>Ve frontě (offline): %1. Odešle se, až bude server opět dostupný.</translation>
    </message>
    <message>
        <source>%1 holds these promises already; pick another colleague.</source>
        <translation>%1 už tyto sliby drží; vyberte jiného kolegu.</translation>
    </message>
    <message>
        <source>Reassign all promises</source>
        <translation>Předat všechny sliby</translation>
    </message>
    <message numerus="yes">
        <source>Give every open promise %1 holds (%n known here) to %2?</source>
        <translation>
            <numerusform>Předat všechny otevřené sliby, které drží %1 (zde znám %n), kolegovi %2?</numerusform>
            <numerusform>Předat všechny otevřené sliby, které drží %1 (zde známy %n), kolegovi %2?</numerusform>
            <numerusform>Předat všechny otevřené sliby, které drží %1 (zde známo %n), kolegovi %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign all</source>
        <translation>Předat všechny</translation>
    </message>
    <message>
        <source>The promises could not be reassigned: %1</source>
        <translation>Sliby se nepodařilo předat: %1</translation>
    </message>
    <message>
        <source>every open promise of %1 goes to %2</source>
        <translation>všechny otevřené sliby od %1 dostane %2</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrainingAssignmentWindow</name>
    <message>
        <source>Training assignments — Steadyline</source>
        <translation>Úkoly k tréninku — Steadyline</translation>
    </message>
    <message>
        <source>Assign training</source>
        <translation>Zadat trénink</translation>
    </message>
    <message>
        <source>Scenarios to assign</source>
        <translation>Scénáře k zadání</translation>
    </message>
    <message>
        <source>Consultants to assign to</source>
        <translation>Konzultanti, kterým zadat</translation>
    </message>
    <message>
        <source>&amp;Scenarios (Space ticks one):</source>
        <translation>&amp;Scénáře (mezerník zaškrtne):</translation>
    </message>
    <message>
        <source>&amp;Consultants:</source>
        <translation>&amp;Konzultanti:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Termín:</translation>
    </message>
    <message>
        <source>Optional: why, what to look out for</source>
        <translation>Volitelně: proč, na co si dát pozor</translation>
    </message>
    <message>
        <source>Note to the consultants</source>
        <translation>Poznámka pro konzultanty</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
    <message>
        <source>&amp;Assign  [Ctrl+Enter]</source>
        <translation>Z&amp;adat  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>Assign the ticked scenarios to the ticked consultants</source>
        <translation>Zadat zaškrtnuté scénáře zaškrtnutým konzultantům</translation>
    </message>
    <message>
        <source>The team&apos;s training assignments</source>
        <translation>Úkoly k tréninku týmu</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konzultant</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénář</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Nejlepší</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Poslední</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>The &amp;team&apos;s assignments (scores of the attempts since each was assigned):</source>
        <translation>Úkoly &amp;týmu (výsledky pokusů od zadání):</translation>
    </message>
    <message>
        <source>&amp;Withdraw  [Del]</source>
        <translation>&amp;Stáhnout  [Del]</translation>
    </message>
    <message>
        <source>Withdraw the selected assignment</source>
        <translation>Stáhnout vybraný úkol</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zadat</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Stáhnout</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Načíst znovu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Waiting for the server for the team&apos;s full list; shown: whom this desk has seen in the team&apos;s calls.</source>
        <translation>Čeká se na úplný seznam týmu ze serveru; zobrazeni jsou ti, které toto pracoviště vidělo v hovorech týmu.</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Čeká na server</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Hotovo %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po termínu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřené</translation>
    </message>
    <message>
        <source>Tick at least one scenario and one consultant first.</source>
        <translation>Nejprve zaškrtněte alespoň jeden scénář a jednoho konzultanta.</translation>
    </message>
    <message>
        <source>The journal is not open, so nothing can be queued for the server.</source>
        <translation>Deník není otevřený, takže nic nelze zařadit pro server.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) queued for the server.</source>
        <translation>
            <numerusform>%n úkol čeká na server.</numerusform>
            <numerusform>%n úkoly čekají na server.</numerusform>
            <numerusform>%n úkolů čeká na server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an assignment to withdraw first.</source>
        <translation>Nejprve vyberte úkol ke stažení.</translation>
    </message>
    <message>
        <source>Withdraw the assignment</source>
        <translation>Stáhnout úkol</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot; from %2? It leaves their Training window.</source>
        <translation>Stáhnout „%1“ od %2? Zmizí z jeho okna Trénink.</translation>
    </message>
    <message>
        <source>Withdrawal queued for the server.</source>
        <translation>Stažení čeká na server.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrainingWindow</name>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Jakákoli obtížnost</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Nacvičit</translation>
    </message>
    <message>
        <source>&amp;Rehearse  [Enter]</source>
        <translation>&amp;Nacvičit  [Enter]</translation>
    </message>
    <message>
        <source>Rehearse the selected scenario in the assist window (Enter in the list, or %1 anywhere)</source>
        <translation>Nacvičit vybranou scénku v okně asistenta (Enter v seznamu nebo %1 kdekoli)</translation>
    </message>
    <message>
        <source>Reload scenarios and attempts</source>
        <translation>Znovu načíst scénky a pokusy</translation>
    </message>
    <message>
        <source>Scenarios and attempts read again.</source>
        <translation>Scénky a pokusy byly znovu načteny.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Všechny jazyky</translation>
    </message>
    <message>
        <source>Your attempts cannot be read. %1</source>
        <translation>Vaše pokusy nelze načíst. %1</translation>
    </message>
    <message>
        <source>There are no scenarios yet. Scenarios come with Steadyline, or put them in the &quot;scenarios&quot; folder of the team&apos;s or your playbook folder (Preferences), then press F5.</source>
        <translation>Zatím nejsou žádné scénky. Scénky jsou dodávány se Steadyline, nebo je vložte do složky „scenarios“ ve složce scénářů týmu či ve vlastní (Nastavení) a stiskněte F5.</translation>
    </message>
    <message>
        <source>No scenario matches this language and difficulty. Choose &quot;All languages&quot; or &quot;Any difficulty&quot; to see the others.</source>
        <translation>Tomuto jazyku a obtížnosti neodpovídá žádná scénka. Ostatní uvidíte volbou „Všechny jazyky“ nebo „Jakákoli obtížnost“.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s).</source>
        <translation>
            <numerusform>%n scénka.</numerusform>
            <numerusform>%n scénky.</numerusform>
            <numerusform>%n scének.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scenario(s) shown.</source>
        <translation>
            <numerusform>Zobrazeno %1 z %n scénky.</numerusform>
            <numerusform>Zobrazeno %1 z %n scének.</numerusform>
            <numerusform>Zobrazeno %1 z %n scének.</numerusform>
        </translation>
    </message>
    <message>
        <source>trains %1</source>
        <translation>trénuje %1</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>po telefonu</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>osobně</translation>
    </message>
    <message>
        <source>Why it cannot be rehearsed</source>
        <translation>Proč ji nelze nacvičit</translation>
    </message>
    <message>
        <source>Fix the file (steadyline validate shows the same), then press F5.</source>
        <translation>Opravte soubor (steadyline validate ukáže totéž) a stiskněte F5.</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Zadání</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cíle</translation>
    </message>
    <message>
        <source>You have not rehearsed this scenario yet.</source>
        <translation>Tuto scénku jste ještě nenacvičovali.</translation>
    </message>
    <message numerus="yes">
        <source>You rehearsed it %n time(s); your best score is %1%2.</source>
        <translation>
            <numerusform>Nacvičeno %nkrát; nejlepší výsledek je %1%2.</numerusform>
            <numerusform>Nacvičeno %nkrát; nejlepší výsledek je %1%2.</numerusform>
            <numerusform>Nacvičeno %nkrát; nejlepší výsledek je %1%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, a pass</source>
        <translation>, splněno</translation>
    </message>
    <message>
        <source>To pass: %1 of the points, without a critical mistake.</source>
        <translation>Pro splnění: %1 bodů, bez kritické chyby.</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Nejprve vyberte scénku.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be rehearsed: the file has errors, listed beside the list.</source>
        <translation>„%1“ nelze nacvičit: soubor obsahuje chyby, uvedené vedle seznamu.</translation>
    </message>
    <message>
        <source>Rehearsing &quot;%1&quot; in the assist window.</source>
        <translation>Nácvik „%1“ v okně asistenta.</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the journal could not be opened, so rehearsals are not being saved. The scenarios can still be rehearsed.</source>
        <translation>Váš pokrok nelze zobrazit: deník se nepodařilo otevřít, takže se nácviky neukládají. Scénky lze nacvičovat i tak.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>splněno</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>nesplněno</translation>
    </message>
    <message>
        <source>No rehearsals yet. Each rehearsal you finish appears here with its score and mistakes.</source>
        <translation>Zatím žádné nácviky. Každý dokončený nácvik se zde objeví se skóre a chybami.</translation>
    </message>
    <message numerus="yes">
        <source>Attempts: %1. Scenarios rehearsed: %n. Under each scenario, the oldest attempt comes first.</source>
        <translation>
            <numerusform>Pokusy: %1. Nacvičené scénky: %n. U každé scénky je nejstarší pokus první.</numerusform>
            <numerusform>Pokusy: %1. Nacvičené scénky: %n. U každé scénky je nejstarší pokus první.</numerusform>
            <numerusform>Pokusy: %1. Nacvičené scénky: %n. U každé scénky je nejstarší pokus první.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n záznam se zatím nepodařilo uložit; objeví se zde, jakmile bude možné do deníku zapisovat.</numerusform>
            <numerusform>%n záznamy se zatím nepodařilo uložit; objeví se zde, jakmile bude možné do deníku zapisovat.</numerusform>
            <numerusform>%n záznamů se zatím nepodařilo uložit; objeví se zde, jakmile bude možné do deníku zapisovat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your scores, oldest first: %1</source>
        <translation>Vaše výsledky, od nejstaršího: %1</translation>
    </message>
    <message>
        <source>Choose an attempt to see its mistakes.</source>
        <translation>Vyberte pokus, abyste viděli jeho chyby.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 points (%4) — %5</source>
        <translation>%1 — %2 z %3 bodů (%4) — %5</translation>
    </message>
    <message>
        <source>The mistakes of this attempt cannot be read.</source>
        <translation>Chyby tohoto pokusu nelze načíst.</translation>
    </message>
    <message>
        <source>No mistakes. Well done.</source>
        <translation>Bez chyb. Výborně.</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Chyby</translation>
    </message>
    <message>
        <source>critical: the attempt cannot pass</source>
        <translation>kritická: pokus nemůže být splněn</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>Kde: %1</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Místo toho: %1</translation>
    </message>
    <message>
        <source>&amp;Assigned to you by your lead:</source>
        <translation>Z&amp;adáno vaším vedoucím:</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Zadáno vám</translation>
    </message>
    <message>
        <source>Press Enter to rehearse the selected assignment</source>
        <translation>Stiskněte Enter pro nácvik vybraného úkolu</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénář</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Done · best %1</source>
        <translation>Hotovo · nejlepší %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po termínu</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Termín dnes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřené</translation>
    </message>
    <message>
        <source>This scenario is not in your library (%1); ask your lead where to find it.</source>
        <translation>Tento scénář ve vaší knihovně není (%1); zeptejte se vedoucího, kde ho najdete.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in your scenario library, so it cannot be rehearsed here. Ask your lead where to find it.</source>
        <translation>„%1“ ve vaší knihovně scénářů není, takže ho zde nelze nacvičit. Zeptejte se vedoucího, kde ho najdete.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrayIcon</name>
    <message>
        <source>Next step</source>
        <translation>Další krok</translation>
    </message>
    <message>
        <source>Calmed down</source>
        <translation>Zákazník se uklidnil</translation>
    </message>
    <message>
        <source>Start or stop the countdown</source>
        <translation>Spustit nebo zastavit odpočet</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nová poznámka</translation>
    </message>
    <message>
        <source>Show Steadyline</source>
        <translation>Zobrazit Steadyline</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>Steadyline — %1</source>
        <translation>Steadyline — %1</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>Zvednout ruku</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Spustit ruku</translation>
    </message>
</context>
<context>
    <name>steadyline::journal</name>
    <message>
        <source>%1 cannot be used.</source>
        <translation>%1 nelze použít.</translation>
    </message>
    <message>
        <source>The recovery file %1 is not your own private file; it was not read.</source>
        <translation>Soubor pro obnovu %1 není váš soukromý soubor; nebyl načten.</translation>
    </message>
    <message>
        <source>The recovery file %1 could not be written back: %2</source>
        <translation>Soubor pro obnovu %1 se nepodařilo zapsat zpět: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and could not be moved aside to %2. Nothing was deleted; move or repair the file, then start Steadyline again.</source>
        <translation>Deník %1 je poškozený a nepodařilo se ho přesunout do %2. Nic nebylo smazáno; soubor přesuňte nebo opravte a pak Steadyline spusťte znovu.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged; it was moved to %2, but its %3 file could not be moved. Move it next to %2, then start Steadyline again.</source>
        <translation>Deník %1 je poškozený; byl přesunut do %2, ale jeho soubor %3 se přesunout nepodařilo. Přesuňte ho vedle %2 a pak Steadyline spusťte znovu.</translation>
    </message>
    <message>
        <source>The journal was damaged and could not be read, so a new, empty journal was started. The damaged file was kept as %1; earlier calls may be recoverable from it.</source>
        <translation>Deník byl poškozený a nešel přečíst, proto byl založen nový, prázdný deník. Poškozený soubor byl zachován jako %1; dřívější hovory z něj možná půjde obnovit.</translation>
    </message>
    <message>
        <source>A timeline event needs a kind.</source>
        <translation>Událost v průběhu hovoru musí mít druh.</translation>
    </message>
    <message>
        <source>An empty note is not saved.</source>
        <translation>Prázdná poznámka se neukládá.</translation>
    </message>
    <message>
        <source>A promise needs a text: what was promised.</source>
        <translation>Slib musí mít text: co bylo slíbeno.</translation>
    </message>
    <message>
        <source>A training attempt needs the id of its scenario.</source>
        <translation>Tréninkový pokus musí mít identifikátor své scénky.</translation>
    </message>
    <message>
        <source>A training attempt&apos;s percentage must be between 0 and 100.</source>
        <translation>Procentní výsledek tréninkového pokusu musí být mezi 0 a 100.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are still waiting to be saved.</source>
        <translation>
            <numerusform>%n záznam stále čeká na uložení.</numerusform>
            <numerusform>%n záznamy stále čekají na uložení.</numerusform>
            <numerusform>%n záznamů stále čeká na uložení.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened. %2</source>
        <translation>Deník %1 nelze otevřít. %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: its folder does not allow the write-ahead log SQLite needs. Check that the folder may be written.</source>
        <translation>Deník %1 nelze otevřít: jeho složka nedovoluje soubor WAL (zápis s předstihem), který SQLite potřebuje. Zkontrolujte, zda lze do složky zapisovat.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of Steadyline (schema %2; this version reads up to %3). Update Steadyline to open it.</source>
        <translation>Deník %1 byl zapsán novější verzí Steadyline (schéma %2; tato verze čte schémata do %3). Aktualizujte Steadyline, abyste ho mohli otevřít.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be upgraded. %2</source>
        <translation>Deník %1 nelze aktualizovat. %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be upgraded from version %2. %3</source>
        <translation>Deník %1 nelze aktualizovat z verze %2. %3</translation>
    </message>
    <message>
        <source>No folder was given for the journal.</source>
        <translation>Nebyla zadána složka deníku.</translation>
    </message>
    <message>
        <source>There is no journal in %1.</source>
        <translation>V %1 není žádný deník.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged; nothing was read or changed. Start the Steadyline window: it moves the damaged file aside (keeping it) and starts a new one.</source>
        <translation>Deník %1 je poškozený; nic nebylo přečteno ani změněno. Spusťte okno Steadyline: poškozený soubor odsune stranou (ponechá ho) a založí nový.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and moved aside, but the new one cannot be used either. Check the disk.</source>
        <translation>Deník %1 byl poškozený a byl odsunut stranou, ale ani nový nelze použít. Zkontrolujte disk.</translation>
    </message>
    <message>
        <source>The recovery file is not one Steadyline can read.</source>
        <translation>Tento soubor pro obnovu Steadyline neumí přečíst.</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>přístup odepřen</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>operace není povolena</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>systém souborů jen pro čtení</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>na disku není místo</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>překročena disková kvóta</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>soubor nebo složka neexistuje</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>není to složka</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>název souboru je příliš dlouhý</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>chyba vstupu/výstupu</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be used: %2.</source>
        <translation>Složku deníku %1 nelze použít: %2.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created.</source>
        <translation>Složku deníku %1 nelze vytvořit.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2.</source>
        <translation>Složku deníku %1 nelze vytvořit: %2.</translation>
    </message>
    <message>
        <source>The journal folder %1 is a file, not a folder.</source>
        <translation>Složka deníku %1 je soubor, ne složka.</translation>
    </message>
    <message>
        <source>The journal folder %1 belongs to another user. Steadyline keeps the journal only in a folder of your own; choose another one with --data-dir.</source>
        <translation>Složka deníku %1 patří jinému uživateli. Steadyline ukládá deník jen do vaší vlastní složky; zvolte jinou pomocí --data-dir.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be made private (readable by you alone): %2.</source>
        <translation>Složku deníku %1 nelze učinit soukromou (čitelnou jen pro vás): %2.</translation>
    </message>
    <message>
        <source>The journal %1 is a symbolic link; Steadyline opens only the file itself.</source>
        <translation>Deník %1 je symbolický odkaz; Steadyline otevírá jen samotný soubor.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2. Check the permissions of the file and its folder.</source>
        <translation>Do deníku %1 nelze zapisovat: %2. Zkontrolujte oprávnění souboru a jeho složky.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2.</source>
        <translation>Deník %1 nelze otevřít: %2.</translation>
    </message>
    <message>
        <source>The journal %1 is not a regular file.</source>
        <translation>Deník %1 není běžný soubor.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to another user, who could read it; Steadyline does not write into it. Move it away or choose another folder with --data-dir.</source>
        <translation>Deník %1 patří jinému uživateli, který by ho mohl číst; Steadyline do něj nezapisuje. Přesuňte ho jinam nebo zvolte jinou složku pomocí --data-dir.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be made private (readable by you alone): %2.</source>
        <translation>Deník %1 nelze učinit soukromým (čitelným jen pro vás): %2.</translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation>Deník se nepodařilo přečíst.</translation>
    </message>
    <message>
        <source>Calls are kept for at least one day.</source>
        <translation>Hovory se uchovávají alespoň jeden den.</translation>
    </message>
    <message>
        <source>Old calls could not be deleted.</source>
        <translation>Staré hovory se nepodařilo smazat.</translation>
    </message>
    <message>
        <source>The journal is in use by another program (perhaps Steadyline is running twice).</source>
        <translation>Deník používá jiný program (možná Steadyline běží dvakrát).</translation>
    </message>
    <message>
        <source>The computer ran out of memory while using the journal.</source>
        <translation>Počítači došla paměť při práci s deníkem.</translation>
    </message>
    <message>
        <source>The journal cannot be written: the file or its folder is read-only.</source>
        <translation>Do deníku nelze zapisovat: soubor nebo jeho složka je jen pro čtení.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing the journal.</source>
        <translation>Disk při zápisu deníku ohlásil chybu.</translation>
    </message>
    <message>
        <source>The journal file is damaged.</source>
        <translation>Soubor deníku je poškozený.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal cannot be written.</source>
        <translation>Disk je plný, do deníku proto nelze zapisovat.</translation>
    </message>
    <message>
        <source>The journal file cannot be opened: check that its folder exists and may be written.</source>
        <translation>Soubor deníku nelze otevřít: zkontrolujte, zda jeho složka existuje a lze do ní zapisovat.</translation>
    </message>
    <message>
        <source>The journal refused the entry because it does not fit the record (for example, its call is not in the journal).</source>
        <translation>Deník záznam odmítl, protože neodpovídá uloženým údajům (například jeho hovor v deníku není).</translation>
    </message>
    <message>
        <source>The journal could not be used.</source>
        <translation>Deník nebylo možné použít.</translation>
    </message>
    <message>
        <source>(SQLite error %1)</source>
        <translation>(chyba SQLite %1)</translation>
    </message>
    <message>
        <source>An earlier call start could not be saved: %1</source>
        <translation>Dřívější zahájení hovoru se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>An earlier timeline event could not be saved: %1</source>
        <translation>Dřívější událost v průběhu hovoru se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>An earlier note could not be saved: %1</source>
        <translation>Dřívější poznámku se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>An earlier promise could not be saved: %1</source>
        <translation>Dřívější slib se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>An earlier promise status could not be saved: %1</source>
        <translation>Dřívější změnu stavu slibu se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>An earlier draft could not be saved: %1</source>
        <translation>Dříve rozepsaný text se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>An earlier draft removal could not be saved: %1</source>
        <translation>Dřívější odstranění rozepsaného textu se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>An earlier call end could not be saved: %1</source>
        <translation>Dřívější ukončení hovoru se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>An earlier interruption could not be saved: %1</source>
        <translation>Dřívější přerušení hovoru se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>An earlier resumption could not be saved: %1</source>
        <translation>Dřívější pokračování hovoru se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>An earlier training attempt could not be saved: %1</source>
        <translation>Dřívější tréninkový pokus se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <source>Too many entries are waiting to be saved; this one was not kept.</source>
        <translation>Na uložení čeká příliš mnoho záznamů; tento nebyl uchován.</translation>
    </message>
    <message>
        <source>It is kept in memory and will be saved as soon as the journal can be written again.</source>
        <translation>Záznam je uchován v paměti a uloží se, jakmile bude možné do deníku znovu zapisovat.</translation>
    </message>
    <message>
        <source>That call is not in the journal.</source>
        <translation>Tento hovor v deníku není.</translation>
    </message>
    <message>
        <source>The call this belongs to could not be saved, so neither can this.</source>
        <translation>Hovor, ke kterému to patří, se nepodařilo uložit, takže ani tohle nelze uložit.</translation>
    </message>
    <message>
        <source>That promise could not be saved, so its status cannot be set.</source>
        <translation>Tento slib se nepodařilo uložit, a proto nelze nastavit jeho stav.</translation>
    </message>
    <message>
        <source>That promise is not in the journal.</source>
        <translation>Tento slib v deníku není.</translation>
    </message>
    <message>
        <source>That call has already ended.</source>
        <translation>Tento hovor už skončil.</translation>
    </message>
    <message>
        <source>That call is not unfinished.</source>
        <translation>Tento hovor není nedokončený.</translation>
    </message>
    <message>
        <source>Only an interrupted call can be continued.</source>
        <translation>Pokračovat lze jen v přerušeném hovoru.</translation>
    </message>
</context>
<context>
    <name>steadyline::report</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tým</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Abusive calls</source>
        <translation>Agresivní hovory</translation>
    </message>
    <message>
        <source>Cool-downs taken</source>
        <translation>Využité přestávky</translation>
    </message>
    <message>
        <source>A PDF can only be made with a graphical application running.</source>
        <translation>PDF lze vytvořit jen se spuštěnou grafickou aplikací.</translation>
    </message>
    <message>
        <source>Abusive calls: incident report</source>
        <translation>Agresivní hovory: hlášení o incidentech</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Období: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Vytvořeno %1</translation>
    </message>
    <message>
        <source>An abusive call (incident) is a call that reached the end of the method (the consultant hung up or called security) or that the consultant marked as an insult or a threat. Rehearsals are not counted. A cool-down is the break taken after an incident; one skipped is not counted. The report holds counts only: no consultant, no caller.</source>
        <translation>Agresivní hovor (incident) je hovor, který došel na konec metody (konzultant zavěsil nebo přivolal ostrahu), nebo který konzultant označil jako urážku či výhrůžku. Nácviky se nepočítají. Přestávka je odpočinek po incidentu; přeskočená se nepočítá. Hlášení obsahuje jen počty: bez konzultantů a zákazníků.</translation>
    </message>
    <message>
        <source>In all: %1 abusive calls, %2 cool-downs taken</source>
        <translation>Celkem: agresivní hovory: %1, využité přestávky: %2</translation>
    </message>
    <message>
        <source>No abusive calls in this period.</source>
        <translation>V tomto období nebyly žádné agresivní hovory.</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Podle měsíce</translation>
    </message>
    <message>
        <source>Per team</source>
        <translation>Podle týmu</translation>
    </message>
    <message>
        <source>Per month, team and outcome</source>
        <translation>Podle měsíce, týmu a výsledku</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF se nepodařilo vytvořit.</translation>
    </message>
</context>
<context>
    <name>steadyline::server::DashboardQueries</name>
    <message>
        <source>the team server is too old for the dashboard&apos;s statistics (schema %1 is needed); ask the admin to run: steadyline server init</source>
        <translation>týmový server je pro statistiky přehledu příliš starý (je potřeba schéma %1); požádejte správce, ať spustí: steadyline server init</translation>
    </message>
</context>
<context>
    <name>steadyline::softphone</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Složku %1 nelze vytvořit.</translation>
    </message>
    <message>
        <source>%1 is not your own private file (readable by you alone); remove it and try again.</source>
        <translation>%1 není váš soukromý soubor (čitelný jen pro vás); odstraňte ho a zkuste to znovu.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 nelze přečíst.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 nelze zapsat.</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>řádek %1: </translation>
    </message>
    <message>
        <source>a rule is PATTERN = PLAYBOOK-ID (e.g. +420* = complaint-cs).</source>
        <translation>pravidlo má tvar VZOR = PLAYBOOK-ID (např. +420* = complaint-cs).</translation>
    </message>
    <message>
        <source>the pattern before &quot;=&quot; is empty.</source>
        <translation>vzor před „=“ je prázdný.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playbook id (lower-case letters, digits and dashes).</source>
        <translation>„%1“ není identifikátor scénáře (malá písmena, číslice a pomlčky).</translation>
    </message>
</context>
<context>
    <name>steadyline::sync</name>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Soubor s hesly %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>The password file %1 cannot be written: %2</source>
        <translation>Soubor s hesly %1 nelze zapsat: %2</translation>
    </message>
    <message>
        <source>The login or its password is wrong, or the login does not exist on the server. Check them with your team&apos;s admin and join again.</source>
        <translation>Přihlašovací jméno nebo heslo je chybné, nebo jméno na serveru neexistuje. Ověřte je u správce týmu a připojte se znovu.</translation>
    </message>
    <message>
        <source>The server has no such database. Check the address with your team&apos;s admin.</source>
        <translation>Server takovou databázi nemá. Ověřte adresu u správce týmu.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the CA file (sslrootcert) and that the host name in the address is the one in the certificate.</source>
        <translation>Certifikát serveru se nepodařilo ověřit. Zkontrolujte soubor CA (sslrootcert) a že jméno hostitele v adrese je to z certifikátu.</translation>
    </message>
    <message>
        <source>The server does not accept this login from this computer. Ask your team&apos;s admin.</source>
        <translation>Server z tohoto počítače toto přihlašovací jméno nepřijímá. Obraťte se na správce týmu.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network; the desk keeps working offline and sends its changes later.</source>
        <translation>Server není dostupný. Zkontrolujte adresu a síť; pracoviště dál funguje offline a změny odešle později.</translation>
    </message>
    <message>
        <source>The team server refused: %1</source>
        <translation>Server týmu odmítl: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is missing: install the package libqt6sql6-psql.</source>
        <translation>Chybí ovladač PostgreSQL pro Qt (QPSQL): nainstalujte balíček libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1. %2</source>
        <translation>Nelze se připojit k serveru týmu %1. %2</translation>
    </message>
    <message>
        <source>The journal could not be read or written for the team: %1</source>
        <translation>Deník se pro tým nepodařilo přečíst ani zapsat: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost. The desk keeps working offline and sends its changes when the server is back.</source>
        <translation>Spojení se serverem týmu se přerušilo. Pracoviště dál funguje offline a změny odešle, až bude server zpět.</translation>
    </message>
    <message>
        <source>The team&apos;s calls could not be read from the journal: %1</source>
        <translation>Hovory týmu nelze načíst z deníku: %1</translation>
    </message>
    <message>
        <source>An answer to a raised hand has 1 to %1 characters.</source>
        <translation>Odpověď na zvednutou ruku má 1 až %1 znaků.</translation>
    </message>
    <message>
        <source>The call to answer is not one the team shares.</source>
        <translation>Hovor, na který chcete odpovědět, není sdílen s týmem.</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address, as your team&apos;s admin gave it (postgresql://…).</source>
        <translation>Zadejte adresu týmového serveru, jak vám ji dal správce týmu (postgresql://…).</translation>
    </message>
    <message>
        <source>Enter your login on the team server.</source>
        <translation>Zadejte své přihlašovací jméno na týmovém serveru.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for on its own and kept in libpq&apos;s password file.</source>
        <translation>Heslo do adresy nepište: zadává se zvlášť a ukládá se do souboru hesel libpq.</translation>
    </message>
    <message>
        <source>Enter the password your team&apos;s admin gave you.</source>
        <translation>Zadejte heslo, které vám dal správce týmu.</translation>
    </message>
    <message>
        <source>This desk is not in a team.</source>
        <translation>Toto pracoviště není v týmu.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes have not reached the team server yet. Send them first (Sync now, or steadyline team sync), or leave and discard them: they stay in this desk&apos;s journal but the team never gets them.</source>
        <translation>
            <numerusform>%n změna se ještě nedostala na týmový server. Nejdřív ji odešlete (Synchronizovat teď nebo steadyline team sync), nebo tým opusťte a změnu zahoďte: zůstane v deníku tohoto pracoviště, ale tým ji nedostane.</numerusform>
            <numerusform>%n změny se ještě nedostaly na týmový server. Nejdřív je odešlete (Synchronizovat teď nebo steadyline team sync), nebo tým opusťte a změny zahoďte: zůstanou v deníku tohoto pracoviště, ale tým je nedostane.</numerusform>
            <numerusform>%n změn se ještě nedostalo na týmový server. Nejdřív je odešlete (Synchronizovat teď nebo steadyline team sync), nebo tým opusťte a změny zahoďte: zůstanou v deníku tohoto pracoviště, ale tým je nedostane.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server cannot be reached now, so nothing was sent to the team. Try again when the status bar says the team is online.</source>
        <translation>Týmový server teď není dostupný, týmu nebylo nic odesláno. Zkuste to znovu, až stavový řádek ukáže, že tým je online.</translation>
    </message>
    <message>
        <source>An assignment needs a consultant, a scenario and a due date.</source>
        <translation>Úkol potřebuje konzultanta, scénář a termín.</translation>
    </message>
    <message>
        <source>The note to the consultant has at most %1 characters.</source>
        <translation>Poznámka pro konzultanta má nejvýše %1 znaků.</translation>
    </message>
    <message>
        <source>There is no such training assignment to withdraw.</source>
        <translation>Takový úkol k tréninku, který by šlo stáhnout, neexistuje.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached, so this desk did not join. Check the address and the port, and that this computer is on the network that reaches the server; if they are right, ask your team&apos;s admin whether the server is running and accepts connections from here.</source>
        <translation>Server týmu %1 je nedosažitelný, takže se toto pracoviště nepřipojilo. Zkontrolujte adresu a port a to, zda je tento počítač v síti, ze které je server dostupný; pokud jsou v pořádku, zeptejte se správce týmu, zda server běží a přijímá odsud připojení.</translation>
    </message>
</context>
<context>
    <name>steadyline::sync::TeamExchange</name>
    <message>
        <source>The database %1 is not a Steadyline team server (it may belong to another application). Check the address with your team&apos;s admin.</source>
        <translation>Databáze %1 není serverem týmu Steadyline (může patřit jiné aplikaci). Ověřte adresu u správce týmu.</translation>
    </message>
    <message>
        <source>The login %1 is not a member of any team on this server. Ask your team&apos;s admin to add it (steadyline server add-user).</source>
        <translation>Přihlašovací jméno %1 nepatří na tomto serveru do žádného týmu. Požádejte správce týmu, aby ho přidal (steadyline server add-user).</translation>
    </message>
    <message>
        <source>The team server is newer (schema %1) than this Steadyline knows (%2). Update Steadyline on this desk; until then it keeps working offline and keeps its changes.</source>
        <translation>Server týmu je novější (schéma %1), než zná tento Steadyline (%2). Aktualizujte Steadyline na tomto pracovišti; do té doby funguje offline a změny si ponechá.</translation>
    </message>
    <message>
        <source>The team server is older (schema %1) than this Steadyline needs (%2). Ask your team&apos;s admin to run: steadyline server init</source>
        <translation>Server týmu je starší (schéma %1), než potřebuje tento Steadyline (%2). Požádejte správce týmu, aby spustil: steadyline server init</translation>
    </message>
    <message>
        <source>The team server gave no key for caller references; ask your team&apos;s admin to run: steadyline server init</source>
        <translation>Týmový server neposkytl klíč pro čísla případů zákazníků; požádejte správce týmu, aby spustil: steadyline server init</translation>
    </message>
    <message>
        <source>The team server refused: %1</source>
        <translation>Server týmu odmítl: %1</translation>
    </message>
    <message>
        <source>The desk queued a request the team server does not know: %1</source>
        <translation>Pracoviště zařadilo požadavek, který týmový server nezná: %1</translation>
    </message>
</context>
</TS>
