<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AssistWindow</name>
    <message>
        <source>Steadyline</source>
        <translation>Steadyline</translation>
    </message>
    <message>
        <source>Start a call</source>
        <translation>Rozpocznij rozmowę</translation>
    </message>
    <message>
        <source>&amp;Playbook:</source>
        <translation>&amp;Scenariusz:</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>&amp;Address the caller as:</source>
        <translation>&amp;Zwracaj się do klienta:</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Forma zwracania się</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;Numer sprawy:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Numer sprawy</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Rozpocznij rozmowę</translation>
    </message>
    <message>
        <source>Journal notices</source>
        <translation>Komunikaty dziennika</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Tytuł kroku</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Dotychczasowe kroki</translation>
    </message>
    <message>
        <source>Say now</source>
        <translation>Powiedz teraz</translation>
    </message>
    <message>
        <source>Phrasing</source>
        <translation>Sformułowanie</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Co zrobić teraz</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Wskazówki</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Termin obietnicy</translation>
    </message>
    <message>
        <source>Notes and promises of this call</source>
        <translation>Notatki i obietnice z tej rozmowy</translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation>Podsumowanie rozmowy</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Rozmowa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
</context>
<context>
    <name>AttemptModel</name>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n podejście</numerusform>
            <numerusform>%n podejścia</numerusform>
            <numerusform>%n podejść</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>najlepszy %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>zaliczone</translation>
    </message>
    <message>
        <source>not passed yet</source>
        <translation>jeszcze niezaliczone</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>niezaliczone</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Scenario / finished</source>
        <translation>Scenka / zakończono</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Błędy</translation>
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
        <translation>Osobiście</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, wersja %2</translation>
    </message>
    <message>
        <source>no case reference</source>
        <translation>brak numeru sprawy</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Scenariusz</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Call history — Steadyline</source>
        <translation>Historia rozmów — Steadyline</translation>
    </message>
    <message>
        <source>Journal problem</source>
        <translation>Problem z dziennikiem</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>Search notes, promises and case references</source>
        <translation>Szukaj w notatkach, obietnicach i numerach spraw</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Daty:</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zakres dat</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Brak rozmów</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Szczegóły rozmowy</translation>
    </message>
    <message>
        <source>Days calls are kept</source>
        <translation>Liczba dni przechowywania rozmów</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>&amp;Mask personal data</source>
        <translation>&amp;Ukryj dane osobowe</translation>
    </message>
    <message>
        <source>Card numbers, IBANs, PESEL numbers, e-mail addresses and phone numbers are replaced in the report</source>
        <translation>Numery kart, IBAN, numery PESEL, adresy e-mail i numery telefonów są w raporcie zastępowane</translation>
    </message>
    <message>
        <source>Delete old calls now</source>
        <translation>Usuń teraz stare rozmowy</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Playbook library — Steadyline</source>
        <translation>Biblioteka scenariuszy — Steadyline</translation>
    </message>
    <message>
        <source>Playbook problems</source>
        <translation>Problemy ze scenariuszami</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Scenariusze</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <source>Playbook details</source>
        <translation>Szczegóły scenariusza</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>Scenki &amp;treningowe</translation>
    </message>
    <message>
        <source>Scenario files</source>
        <translation>Pliki scenek treningowych</translation>
    </message>
    <message>
        <source>&amp;Edit playbook…</source>
        <translation>&amp;Edytuj scenariusz…</translation>
    </message>
    <message>
        <source>Opens the playbook in use in the editor (Enter or a double-click in the list does the same). Built-in playbooks open read-only: Save As makes your own copy.</source>
        <translation>Otwiera używany scenariusz w edytorze (to samo robi Enter lub dwukrotne kliknięcie na liście). Wbudowane scenariusze otwierają się tylko do odczytu: Zapisz jako tworzy własną kopię.</translation>
    </message>
    <message>
        <source>E&amp;dit scenario…</source>
        <translation>Edytuj &amp;scenkę…</translation>
    </message>
    <message>
        <source>Opens the scenario in the editor (Enter or a double-click in the list does the same). Built-in scenarios open read-only: Save As makes your own copy.</source>
        <translation>Otwiera scenkę w edytorze (to samo robi Enter lub dwukrotne kliknięcie na liście). Wbudowane scenki otwierają się tylko do odczytu: Zapisz jako tworzy własną kopię.</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <source>Playbook editor</source>
        <translation>Edytor scenariuszy</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>Playbook text</source>
        <translation>Tekst scenariusza</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostyka</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Preview: the step card as the consultant sees it</source>
        <translation>Podgląd: karta kroku tak, jak widzi ją konsultant</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Przepływ</translation>
    </message>
    <message>
        <source>Flow diagram</source>
        <translation>Diagram przepływu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Przejdź</translation>
    </message>
    <message>
        <source>the file is too large to be a playbook</source>
        <translation>plik jest zbyt duży jak na scenariusz</translation>
    </message>
    <message>
        <source>Scenario summary</source>
        <translation>Podsumowanie scenki</translation>
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
        <translation>osobiście</translation>
    </message>
    <message>
        <source>timer %1</source>
        <translation>odliczanie %1</translation>
    </message>
    <message>
        <source>timer %1 (%2–%3)</source>
        <translation>odliczanie %1 (%2–%3)</translation>
    </message>
    <message>
        <source>any step</source>
        <translation>dowolny krok</translation>
    </message>
    <message>
        <source>(not in %1)</source>
        <translation>(oprócz %1)</translation>
    </message>
</context>
<context>
    <name>PlaybookListModel</name>
    <message>
        <source>Its file now has errors or cannot be reached; the last good version is used.</source>
        <translation>Jego plik zawiera teraz błędy lub jest niedostępny; w użyciu jest ostatnia poprawna wersja.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Steadyline</source>
        <translation>Ustawienia — Steadyline</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Strony ustawień</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Ty</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Twoje &amp;imię:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Twoje imię</translation>
    </message>
    <message>
        <source>Your lines speak of &amp;you as:</source>
        <translation>&amp;Rodzaj gramatyczny w Twoich kwestiach:</translation>
    </message>
    <message>
        <source>Grammatical gender of your lines</source>
        <translation>Rodzaj gramatyczny Twoich kwestii</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Język interfejsu:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Rozmowy</translation>
    </message>
    <message>
        <source>&amp;Default channel:</source>
        <translation>&amp;Domyślny kanał:</translation>
    </message>
    <message>
        <source>Default channel of a new call</source>
        <translation>Domyślny kanał nowej rozmowy</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s number:</source>
        <translation>Numer &amp;kierownika:</translation>
    </message>
    <message>
        <source>Manager&apos;s number or extension</source>
        <translation>Numer lub numer wewnętrzny kierownika</translation>
    </message>
    <message>
        <source>&amp;Security&apos;s number:</source>
        <translation>Numer &amp;ochrony:</translation>
    </message>
    <message>
        <source>Security&apos;s number or extension</source>
        <translation>Numer lub numer wewnętrzny ochrony</translation>
    </message>
    <message>
        <source>Sound when the c&amp;ountdown ends</source>
        <translation>Dźwięk po zakończeniu &amp;odliczania</translation>
    </message>
    <message>
        <source>&amp;Keep calls for:</source>
        <translation>&amp;Przechowuj rozmowy przez:</translation>
    </message>
    <message>
        <source>Days to keep calls in the journal</source>
        <translation>Liczba dni przechowywania rozmów w dzienniku</translation>
    </message>
    <message>
        <source>Older calls are deleted at start, except those with an open promise</source>
        <translation>Starsze rozmowy są usuwane przy uruchomieniu, z wyjątkiem tych z otwartą obietnicą</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Scenariusze</translation>
    </message>
    <message>
        <source>&amp;Team&apos;s folder:</source>
        <translation>Folder &amp;zespołu:</translation>
    </message>
    <message>
        <source>Folder of the team&apos;s playbooks</source>
        <translation>Folder ze scenariuszami zespołu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Choose the team&apos;s folder</source>
        <translation>Wybierz folder zespołu</translation>
    </message>
    <message>
        <source>Your &amp;own folder:</source>
        <translation>&amp;Własny folder:</translation>
    </message>
    <message>
        <source>Folder of your own playbooks</source>
        <translation>Folder z własnymi scenariuszami</translation>
    </message>
    <message>
        <source>Choose your own folder</source>
        <translation>Wybierz własny folder</translation>
    </message>
    <message>
        <source>Playbooks in these folders are offered beside the built-in ones. Leave a field empty for none.</source>
        <translation>Scenariusze z tych folderów są dostępne obok wbudowanych. Pozostaw pole puste, jeśli nie ma folderu.</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>&amp;Skróty</translation>
    </message>
    <message>
        <source>Use &amp;global shortcuts</source>
        <translation>Używaj skrótów &amp;globalnych</translation>
    </message>
    <message>
        <source>The main actions work while another application, such as the softphone, has the focus</source>
        <translation>Główne działania są dostępne, gdy aktywna jest inna aplikacja, np. softphone</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Następny krok:</translation>
    </message>
    <message>
        <source>Global key for the next step</source>
        <translation>Klawisz globalny: następny krok</translation>
    </message>
    <message>
        <source>Calmed down:</source>
        <translation>Klient się uspokoił:</translation>
    </message>
    <message>
        <source>Global key for calmed down</source>
        <translation>Klawisz globalny: klient się uspokoił</translation>
    </message>
    <message>
        <source>Start or stop the countdown:</source>
        <translation>Uruchom lub zatrzymaj odliczanie:</translation>
    </message>
    <message>
        <source>Global key to start or stop the countdown</source>
        <translation>Klawisz globalny: uruchom lub zatrzymaj odliczanie</translation>
    </message>
    <message>
        <source>New note:</source>
        <translation>Nowa notatka:</translation>
    </message>
    <message>
        <source>Global key for a new note</source>
        <translation>Klawisz globalny: nowa notatka</translation>
    </message>
    <message>
        <source>&amp;Restore the default keys</source>
        <translation>&amp;Przywróć domyślne klawisze</translation>
    </message>
    <message>
        <source>The main window and the tray menu switch at once; other open windows when opened again. The playbook&apos;s language is chosen separately, on the start page.</source>
        <translation>Okno główne i menu w zasobniku zmieniają język od razu; pozostałe otwarte okna — po ponownym otwarciu. Język scenariusza wybiera się osobno, na stronie startowej.</translation>
    </message>
    <message>
        <source>S&amp;oftphone</source>
        <translation>So&amp;ftphone</translation>
    </message>
    <message>
        <source>Follow &amp;baresip (calls start when answered and end when hung up)</source>
        <translation>Śledź &amp;baresip (rozmowy zaczynają się po odebraniu i kończą po rozłączeniu)</translation>
    </message>
    <message>
        <source>Connects to baresip&apos;s ctrl_tcp interface</source>
        <translation>Łączy się z interfejsem ctrl_tcp programu baresip</translation>
    </message>
    <message>
        <source>baresip&apos;s &amp;address:</source>
        <translation>&amp;Adres baresip:</translation>
    </message>
    <message>
        <source>Address of baresip&apos;s ctrl_tcp interface</source>
        <translation>Adres interfejsu ctrl_tcp programu baresip</translation>
    </message>
    <message>
        <source>&amp;Listen for call events on this computer (127.0.0.1 only)</source>
        <translation>&amp;Nasłuchuj zdarzeń rozmów na tym komputerze (tylko 127.0.0.1)</translation>
    </message>
    <message>
        <source>For softphones and telephone systems that open a URL on call events</source>
        <translation>Przydatne, gdy softphone lub centrala telefoniczna otwiera adres URL przy zdarzeniach rozmów</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port of the call-event listener</source>
        <translation>Port nasłuchu zdarzeń rozmów</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>URL for call events, with its secret token</source>
        <translation>Adres URL dla zdarzeń rozmów, z tajnym tokenem</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy the URL for call events</source>
        <translation>Kopiuj adres URL dla zdarzeń rozmów</translation>
    </message>
    <message>
        <source>Use the caller&apos;s &amp;number as caller reference</source>
        <translation>Używaj numeru &amp;dzwoniącego jako numeru sprawy</translation>
    </message>
    <message>
        <source>Earlier calls and promises with the same number are shown when a call starts</source>
        <translation>Na początku rozmowy wyświetlane są wcześniejsze rozmowy i obietnice z tym samym numerem</translation>
    </message>
    <message>
        <source>Playbook &amp;rules:</source>
        <translation>R&amp;eguły wyboru scenariusza:</translation>
    </message>
    <message>
        <source>Which playbook a softphone call starts on, by number or queue</source>
        <translation>Scenariusz, od którego zaczyna się rozmowa z telefonu programowego, wybierany według numeru lub kolejki</translation>
    </message>
    <message>
        <source>+420* = complaint-cs
queue:complaints = complaint-pl</source>
        <translation>+420* = complaint-cs
queue:reklamacje = complaint-pl</translation>
    </message>
    <message>
        <source>Softphones that run a program on call events can call &quot;steadyline call-event answered --peer NUMBER&quot; instead. See docs/softphones.md.</source>
        <translation>Jeśli softphone uruchamia program przy zdarzeniach rozmów, może zamiast tego wywołać „steadyline call-event answered --peer NUMER”. Zobacz docs/softphones.md.</translation>
    </message>
    <message>
        <source>Raise or lower your hand (team):</source>
        <translation>Podnieś lub opuść rękę (zespół):</translation>
    </message>
    <message>
        <source>Global key to raise or lower your hand for the lead</source>
        <translation>Globalny klawisz podnoszący lub opuszczający rękę dla lidera</translation>
    </message>
</context>
<context>
    <name>PromiseModel</name>
    <message>
        <source>%1 — none</source>
        <translation>%1 — brak</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Obietnica</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Obiecano</translation>
    </message>
</context>
<context>
    <name>PromisesWindow</name>
    <message>
        <source>Promises — Steadyline</source>
        <translation>Obietnice — Steadyline</translation>
    </message>
    <message>
        <source>Journal problem</source>
        <translation>Problem z dziennikiem</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Otwarte obietnice</translation>
    </message>
    <message>
        <source>No open promises</source>
        <translation>Brak otwartych obietnic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Rehearsal</source>
        <translation>Próba</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenka</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Przebieg rozmowy</translation>
    </message>
    <message>
        <source>What the caller said, what you answered, and the feedback</source>
        <translation>Wypowiedzi klienta, Twoje odpowiedzi i informacja zwrotna</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Informacja zwrotna</translation>
    </message>
    <message>
        <source>Say:</source>
        <translation>Powiedz:</translation>
    </message>
    <message>
        <source>Read the caller&apos;s lines aloud</source>
        <translation>Czytaj na głos kwestie klienta</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Początkujący</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Średnio zaawansowany</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Zaawansowany</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — cannot be rehearsed</source>
        <translation>%1 — nie można przećwiczyć</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, passed</source>
        <translation>%1, zaliczone</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenka</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Podejścia</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Najlepszy</translation>
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
        <translation>rozmowa się rozpoczęła</translation>
    </message>
    <message>
        <source>the countdown ran out</source>
        <translation>odliczanie dobiegło końca</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>cofnięcie</translation>
    </message>
    <message>
        <source>Entered %1</source>
        <translation>Wejście: %1</translation>
    </message>
    <message>
        <source>Entered %1 (%2)</source>
        <translation>Wejście: %1 (%2)</translation>
    </message>
    <message>
        <source>Said: “%1”</source>
        <translation>Powiedziano: „%1”</translation>
    </message>
    <message>
        <source>Countdown started: %1</source>
        <translation>Odliczanie rozpoczęte: %1</translation>
    </message>
    <message>
        <source>Countdown set to %1</source>
        <translation>Odliczanie ustawione na %1</translation>
    </message>
    <message>
        <source>Countdown stopped</source>
        <translation>Odliczanie zatrzymane</translation>
    </message>
    <message>
        <source>Countdown ran out</source>
        <translation>Odliczanie dobiegło końca</translation>
    </message>
    <message>
        <source>Final action: hang up</source>
        <translation>Działanie końcowe: rozłączenie się</translation>
    </message>
    <message>
        <source>Final action: call the manager / security</source>
        <translation>Działanie końcowe: wezwanie kierownika / ochrony</translation>
    </message>
    <message>
        <source>Final action: hand over to a colleague</source>
        <translation>Działanie końcowe: przekazanie rozmowy osobie z zespołu</translation>
    </message>
    <message>
        <source>Final action: end the call</source>
        <translation>Działanie końcowe: zakończenie rozmowy</translation>
    </message>
    <message>
        <source>Final action: %1</source>
        <translation>Działanie końcowe: %1</translation>
    </message>
    <message>
        <source>Interrupted: the app or the computer stopped during the call</source>
        <translation>Przerwana: aplikacja lub komputer przestały działać w trakcie rozmowy</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Wznowiona</translation>
    </message>
    <message>
        <source>Raised a hand for the lead at %1</source>
        <translation>Poprosił(a) lidera o pomoc przy: %1</translation>
    </message>
    <message>
        <source>The hand went down with the end of the call</source>
        <translation>Prośba o pomoc wygasła wraz z końcem rozmowy</translation>
    </message>
    <message>
        <source>Lowered the hand</source>
        <translation>Wycofał(a) prośbę o pomoc</translation>
    </message>
    <message numerus="yes">
        <source>Cool-down began (%n min)</source>
        <translation>
            <numerusform>Początek przerwy (%n min)</numerusform>
            <numerusform>Początek przerwy (%n min)</numerusform>
            <numerusform>Początek przerwy (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cool-down began</source>
        <translation>Początek przerwy po trudnej rozmowie</translation>
    </message>
    <message>
        <source>Cool-down skipped</source>
        <translation>Przerwa pominięta</translation>
    </message>
    <message>
        <source>Cool-down ended by a new call</source>
        <translation>Przerwę zakończyła nowa rozmowa</translation>
    </message>
    <message>
        <source>Cool-down over</source>
        <translation>Koniec przerwy</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <source>Training — Steadyline</source>
        <translation>Trening — Steadyline</translation>
    </message>
    <message>
        <source>Training problem</source>
        <translation>Problem z treningiem</translation>
    </message>
    <message>
        <source>Training sections</source>
        <translation>Sekcje treningu</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>Scenki &amp;treningowe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Language of the scenarios</source>
        <translation>Język scenek</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Poziom:</translation>
    </message>
    <message>
        <source>Difficulty of the scenarios</source>
        <translation>Poziom trudności scenek</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenki</translation>
    </message>
    <message>
        <source>Press Enter to rehearse the selected scenario</source>
        <translation>Naciśnij Enter, aby przećwiczyć wybraną scenkę</translation>
    </message>
    <message>
        <source>No scenarios</source>
        <translation>Brak scenek</translation>
    </message>
    <message>
        <source>Briefing and goals</source>
        <translation>Wprowadzenie i cele</translation>
    </message>
    <message>
        <source>Rehearse the selected scenario</source>
        <translation>Przećwicz wybraną scenkę</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Postępy</translation>
    </message>
    <message>
        <source>About your progress</source>
        <translation>Twoje postępy</translation>
    </message>
    <message>
        <source>Your attempts, by scenario</source>
        <translation>Twoje podejścia według scenek</translation>
    </message>
    <message>
        <source>Mistakes of the selected attempt</source>
        <translation>Błędy w wybranym podejściu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run &apos;steadyline --help&apos; for usage.</source>
        <translation>Uruchom „steadyline --help”, aby zobaczyć sposób użycia.</translation>
    </message>
</context>
<context>
    <name>steadyline::CallRecorder</name>
    <message>
        <source>Could not save to the journal: %1</source>
        <translation>Nie udało się zapisać w dzienniku: %1</translation>
    </message>
    <message>
        <source>The journal cannot be written right now (%1); notes are kept in memory and saved as soon as it works again.</source>
        <translation>Zapis do dziennika jest teraz niemożliwy (%1); notatki są przechowywane w pamięci i zostaną zapisane, gdy tylko zapis znów zadziała.</translation>
    </message>
</context>
<context>
    <name>steadyline::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source> Did you mean &apos;%1&apos;?</source>
        <translation> Czy chodziło o „%1”?</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document; a JSON file holds exactly one value</source>
        <translation>nieoczekiwany tekst po końcu dokumentu; plik JSON zawiera dokładnie jedną wartość</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte offset %1); save it as UTF-8 in your editor</source>
        <translation>plik nie jest poprawnym UTF-8 (bajt nr %1); zapisz go w edytorze jako UTF-8</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>koniec pliku</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>znak sterujący</translation>
    </message>
    <message>
        <source>a no-break space (U+00A0); replace it with a normal space</source>
        <translation>twarda spacja (U+00A0); zastąp ją zwykłą spacją</translation>
    </message>
    <message>
        <source>an invisible zero-width character; delete it</source>
        <translation>niewidoczny znak o zerowej szerokości; usuń go</translation>
    </message>
    <message>
        <source>a typographic quote %1; JSON needs straight double quotes (&quot;)</source>
        <translation>cudzysłów typograficzny %1; JSON wymaga prostych cudzysłowów (&quot;)</translation>
    </message>
    <message>
        <source>&apos;/&apos;; JSON does not allow comments</source>
        <translation>&apos;/&apos;; JSON nie dopuszcza komentarzy</translation>
    </message>
    <message>
        <source>this &apos;&quot;&apos; ends the text, but the text goes on after it; if the quote belongs to the text, write it as \&quot; or use typographic quotes such as „ “ or « »</source>
        <translation>ten znak &apos;&quot;&apos; kończy tekst, ale tekst biegnie dalej; jeśli cudzysłów należy do tekstu, zapisz go jako \&quot; albo użyj cudzysłowów typograficznych, np. „ ” lub « »</translation>
    </message>
    <message>
        <source>expected a value but found the end of the file; the file may be truncated</source>
        <translation>oczekiwano wartości, a plik się skończył; plik może być ucięty</translation>
    </message>
    <message>
        <source>strings must be in double quotes (&quot;), not single quotes</source>
        <translation>teksty muszą być w podwójnych cudzysłowach (&quot;), nie w pojedynczych</translation>
    </message>
    <message>
        <source>expected a value (an object, array, string, number, true, false or null) but found %1</source>
        <translation>oczekiwano wartości (obiektu, tablicy, tekstu, liczby, true, false lub null), a napotkano: %1</translation>
    </message>
    <message>
        <source>expected a value but found %1; text must be in double quotes</source>
        <translation>oczekiwano wartości, a napotkano: %1; tekst musi być w podwójnych cudzysłowach</translation>
    </message>
    <message>
        <source>the document is nested more than %1 levels deep</source>
        <translation>dokument jest zagnieżdżony głębiej niż na %1 poziomów</translation>
    </message>
    <message>
        <source>the object is not closed: expected &apos;}&apos; before the end of the file</source>
        <translation>obiekt nie jest zamknięty: przed końcem pliku brakuje &apos;}&apos;</translation>
    </message>
    <message>
        <source>a comma must not follow the last member of an object; remove it</source>
        <translation>po ostatnim polu obiektu nie może być przecinka; usuń go</translation>
    </message>
    <message>
        <source>expected a member name in double quotes but found %1</source>
        <translation>oczekiwano nazwy pola w podwójnych cudzysłowach, a napotkano: %1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name &quot;%1&quot; but found %2</source>
        <translation>po nazwie pola „%1” oczekiwano &apos;:&apos;, a napotkano: %2</translation>
    </message>
    <message>
        <source>the object is not closed: expected &apos;,&apos; or &apos;}&apos; before the end of the file</source>
        <translation>obiekt nie jest zamknięty: przed końcem pliku oczekiwano &apos;,&apos; lub &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member but found %1; is a comma missing?</source>
        <translation>po polu oczekiwano &apos;,&apos; lub &apos;}&apos;, a napotkano: %1; czy brakuje przecinka?</translation>
    </message>
    <message>
        <source>a comma must not follow the last element of an array; remove it</source>
        <translation>po ostatnim elemencie tablicy nie może być przecinka; usuń go</translation>
    </message>
    <message>
        <source>the array is not closed: expected &apos;,&apos; or &apos;]&apos; before the end of the file</source>
        <translation>tablica nie jest zamknięta: przed końcem pliku oczekiwano &apos;,&apos; lub &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element but found %1; is a comma missing?</source>
        <translation>po elemencie tablicy oczekiwano &apos;,&apos; lub &apos;]&apos;, a napotkano: %1; czy brakuje przecinka?</translation>
    </message>
    <message>
        <source>the \u escape needs four hexadecimal digits</source>
        <translation>sekwencja \u wymaga czterech cyfr szesnastkowych</translation>
    </message>
    <message>
        <source>the string is not closed: a &apos;&quot;&apos; is missing before the end of the file</source>
        <translation>tekst nie jest zamknięty: przed końcem pliku brakuje &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>the string is not closed before the end of the line; write a line break inside a string as \n</source>
        <translation>tekst nie jest zamknięty przed końcem wiersza; podział wiersza w tekście zapisz jako \n</translation>
    </message>
    <message>
        <source>a control character must be escaped inside a string (for a tab write \t)</source>
        <translation>znak sterujący w tekście trzeba zapisać sekwencją (tabulator jako \t)</translation>
    </message>
    <message>
        <source>a \u escape of a high surrogate must be followed by a low surrogate</source>
        <translation>po sekwencji \u z górnym surogatem musi następować dolny surogat</translation>
    </message>
    <message>
        <source>a \u escape holds a lone low surrogate</source>
        <translation>sekwencja \u zawiera samotny dolny surogat</translation>
    </message>
    <message>
        <source>unknown escape sequence &apos;\%1&apos;</source>
        <translation>nieznana sekwencja &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>a number needs at least one digit</source>
        <translation>liczba musi mieć co najmniej jedną cyfrę</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros; write 7000, not 07000</source>
        <translation>liczby nie mogą zaczynać się od zera; pisz 7000, nie 07000</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>po kropce dziesiętnej musi być cyfra</translation>
    </message>
    <message>
        <source>a digit must follow the exponent</source>
        <translation>po wykładniku musi być cyfra</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>liczba %1 jest poza zakresem</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>tablica</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>liczba dziesiętna</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>%1 has no member &apos;%2&apos;.%3 Allowed members: %4.</source>
        <translation>%1 nie ma pola „%2”.%3 Dozwolone pola: %4.</translation>
    </message>
    <message>
        <source>%1 is missing the required member &apos;%2&apos;.</source>
        <translation>%1: brakuje wymaganego pola „%2”.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be %3, not %4.</source>
        <translation>%2: „%1” musi być typu: %3, a nie: %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is &quot;%3&quot;; %4.</source>
        <translation>%2: „%1” ma wartość „%3”; %4.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <source>an array ([…])</source>
        <translation>tablica ([…])</translation>
    </message>
    <message>
        <source>an object ({…})</source>
        <translation>obiekt ({…})</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has no version in the base locale &quot;%2&quot;, but a &quot;%3&quot; version. Did you mean &apos;%2&apos;?</source>
        <translation>tekst „%1” nie ma wersji w języku bazowym „%2”, ale ma wersję „%3”. Czy chodziło o „%2”?</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has a &quot;%2&quot; version, but &quot;%2&quot; is not in &apos;locales&apos;. Did you mean &apos;%3&apos;? The text has no &quot;%3&quot; version.</source>
        <translation>tekst „%1” ma wersję „%2”, ale „%2” nie ma w „locales”. Czy chodziło o „%3”? Tekst nie ma wersji „%3”.</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has no version in the base locale &quot;%2&quot;; consultants working in %2 would see it in another language (%3). Add a &quot;%2&quot; version.</source>
        <translation>tekst „%1” nie ma wersji w języku bazowym „%2”; konsultanci pracujący w języku %2 zobaczyliby go w innym języku (%3). Dodaj wersję „%2”.</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has no translation for %2 (declared in &apos;locales&apos;); consultants in that language will see the %3 text.</source>
        <translation>tekst „%1” nie ma tłumaczenia na: %2 (zadeklarowane w „locales”); konsultanci w tym języku zobaczą tekst w języku %3.</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has a &quot;%2&quot; version, but &quot;%2&quot; is not in &apos;locales&apos;; add it there or remove the text.</source>
        <translation>tekst „%1” ma wersję „%2”, ale „%2” nie ma w „locales”; dodaj go tam albo usuń ten tekst.</translation>
    </message>
    <message>
        <source>a &apos;}&apos; has no matching &apos;{&apos;; write &apos;}}&apos; for a literal brace</source>
        <translation>znak &apos;}&apos; nie ma pary &apos;{&apos;; dosłowny nawias zapisz jako &apos;}}&apos;</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is not closed; write &apos;{{&apos; for a literal brace</source>
        <translation>znak &apos;{&apos; nie jest zamknięty; dosłowny nawias zapisz jako &apos;{{&apos;</translation>
    </message>
    <message>
        <source>placeholders cannot be nested</source>
        <translation>znaczników nie można zagnieżdżać</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; needs exactly two forms separated by &apos;|&apos;, male first, e.g. %2</source>
        <translation>„{%1}” wymaga dokładnie dwóch form rozdzielonych znakiem &apos;|&apos;, najpierw męska, np. %2</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; takes no forms; write {%2}</source>
        <translation>„{%1}” nie przyjmuje form; zapisz {%2}</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; has spaces inside the braces, which would show as extra spaces in the text; write {%2}</source>
        <translation>„{%1}” ma spacje wewnątrz nawiasów, które pojawiłyby się w tekście jako dodatkowe spacje; zapisz {%2}</translation>
    </message>
    <message>
        <source> This follows from the step at line %1, whose id &quot;%2&quot; is not a valid id; write it as &apos;%3&apos; there.</source>
        <translation> To skutek kroku w wierszu %1, którego id „%2” nie jest poprawnym id; zapisz je tam jako „%3”.</translation>
    </message>
    <message>
        <source>the playbook has %1 steps; at most %2 are allowed. Split it into several playbooks.</source>
        <translation>scenariusz ma za dużo kroków (%1, dozwolone najwyżej %2). Podziel go na kilka scenariuszy.</translation>
    </message>
    <message>
        <source> Steps refer to &apos;%1&apos;, which no step has: was this step meant to be &apos;%2&apos;?</source>
        <translation> Kroki odwołują się do „%1”, którego nie ma żaden krok: czy ten krok miał się nazywać „%2”?</translation>
    </message>
    <message>
        <source>the step id &apos;%1&apos; is used twice (first at line %2); every step needs its own id.%3</source>
        <translation>id kroku „%1” występuje dwukrotnie (pierwsze w wierszu %2); każdy krok potrzebuje własnego id.%3</translation>
    </message>
    <message>
        <source> This probably follows from the duplicate step id &apos;%1&apos; at line %2; fix that first.</source>
        <translation> To prawdopodobnie skutek powtórzonego id kroku „%1” w wierszu %2; popraw najpierw tamto.</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos; is declared twice; declare each event once.</source>
        <translation>zdarzenie „%1” jest zadeklarowane dwa razy; zadeklaruj każde zdarzenie raz.</translation>
    </message>
    <message>
        <source>&apos;initialStep&apos; names the step &apos;%1&apos;, which does not exist.%2</source>
        <translation>„initialStep” wskazuje krok „%1”, który nie istnieje.%2</translation>
    </message>
    <message>
        <source>the transition leads to the step &apos;%1&apos;, which does not exist.%2</source>
        <translation>przejście prowadzi do kroku „%1”, który nie istnieje.%2</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos; is not declared in &apos;events&apos;.%2 Declared events: %3.</source>
        <translation>zdarzenie „%1” nie jest zadeklarowane w „events”.%2 Zadeklarowane zdarzenia: %3.</translation>
    </message>
    <message>
        <source>%1 already has a transition for the event &apos;%2&apos; that applies here; give the two different &apos;when&apos; guards or remove one.</source>
        <translation>%1: istnieje już przejście dla zdarzenia „%2”, które tu obowiązuje; nadaj obu różne warunki „when” albo usuń jedno.</translation>
    </message>
    <message>
        <source>%1 already has an expiry target that applies here; give the targets different &apos;when&apos; guards or remove one.</source>
        <translation>%1: istnieje już cel po upływie czasu, który tu obowiązuje; nadaj celom różne warunki „when” albo usuń jeden.</translation>
    </message>
    <message>
        <source>&apos;except&apos; names the step &apos;%1&apos;, which does not exist.%2</source>
        <translation>„except” wskazuje krok „%1”, który nie istnieje.%2</translation>
    </message>
    <message>
        <source>global transitions %1 and %2 both handle the event &apos;%3&apos; in step &apos;%4&apos;; give them different &apos;when&apos; guards or &apos;except&apos; lists, or remove one.</source>
        <translation>przejścia globalne %1 i %2 obsługują to samo zdarzenie „%3” w kroku „%4”; nadaj im różne warunki „when” lub listy „except” albo usuń jedno z nich.</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;</source>
        <translation>krok „%1”</translation>
    </message>
    <message>
        <source>the timer of %1</source>
        <translation>odliczanie (%1)</translation>
    </message>
    <message>
        <source>no path from the initial step &apos;%1&apos; leads to the step &apos;%2&apos;; add a transition to it or remove it.</source>
        <translation>z kroku początkowego „%1” nie prowadzi żadna droga do kroku „%2”; dodaj do niego przejście albo go usuń.</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; is final, so its transitions and timer are never used; remove them or drop &quot;final&quot;: true.</source>
        <translation>krok „%1” jest końcowy, więc jego przejścia i odliczanie nigdy nie zadziałają; usuń je albo usuń &quot;final&quot;: true.</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; has no way out: give it a transition (&apos;on&apos;) or a timer, or mark it &quot;final&quot;: true if the call ends there.</source>
        <translation>z kroku „%1” nie ma wyjścia: dodaj mu przejście („on”) lub odliczanie albo oznacz go &quot;final&quot;: true, jeśli tu kończy się rozmowa.</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; has no way on of its own: only global transitions (&apos;%2&apos;) lead out of it, so the method stops there. Give it a transition (&apos;on&apos;) to the next step or a timer, or mark it &quot;final&quot;: true if the call ends there.</source>
        <translation>krok „%1” nie ma własnej drogi dalej: wychodzą z niego tylko przejścia globalne („%2”), więc metoda się na nim zatrzymuje. Dodaj mu przejście („on”) do następnego kroku lub odliczanie albo oznacz go &quot;final&quot;: true, jeśli tu kończy się rozmowa.</translation>
    </message>
    <message>
        <source>when the timer of step &apos;%1&apos; expires on the &quot;%2&quot; channel, no target applies and the step stays; add a target for &quot;%2&quot;.</source>
        <translation>gdy odliczanie kroku „%1” dobiegnie końca na kanale „%2”, żaden cel nie pasuje i krok się nie zmienia; dodaj cel dla „%2”.</translation>
    </message>
    <message>
        <source>the timer of step &apos;%1&apos; must satisfy minMs ≤ defaultMs ≤ maxMs, but it has minMs %2, defaultMs %3, maxMs %4.</source>
        <translation>odliczanie kroku „%1” musi spełniać minMs ≤ defaultMs ≤ maxMs, a ma minMs %2, defaultMs %3, maxMs %4.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; has %3 characters; a text may have at most %4. Shorten it: the consultant reads it during a call.</source>
        <translation>tekst „%1” w „%2” jest za długi (znaków: %3, najwyżej %4). Skróć go: konsultant czyta go w trakcie rozmowy.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; is empty; write the text or remove the entry.</source>
        <translation>tekst „%1” w „%2” jest pusty; wpisz tekst albo usuń wpis.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; contains the invisible character %3 (%4), which can make the text show other than it is; remove it.</source>
        <translation>tekst „%1” w „%2” zawiera niewidoczny znak %3 (%4), przez który tekst może wyglądać inaczej, niż jest zapisany; usuń go.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; contains what looks like HTML; the window shows texts as written, tags included.</source>
        <translation>tekst „%1” w „%2” zawiera coś, co wygląda na HTML; okno pokazuje teksty tak, jak są zapisane, razem ze znacznikami.</translation>
    </message>
    <message>
        <source>in the &quot;%1&quot; text of &quot;%2&quot;: %3</source>
        <translation>w tekście „%1” w „%2”: %3</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; contains &quot;%3&quot;, which would %4 as written; use %5 for grammatical forms%6, or write {/} for a slash you mean (24{/}7).</source>
        <translation>tekst „%1” w „%2” zawiera „%3”, co zostałoby %4 dosłownie; dla form gramatycznych użyj %5%6 albo zapisz {/}, jeśli ukośnik jest zamierzony (24{/}7).</translation>
    </message>
    <message>
        <source>be read out</source>
        <translation>odczytane</translation>
    </message>
    <message>
        <source>show on the card</source>
        <translation>pokazane na karcie</translation>
    </message>
    <message>
        <source>, separate &apos;say&apos; entries for alternatives</source>
        <translation>, a dla wariantów osobnych wpisów „say”</translation>
    </message>
    <message>
        <source>this is a folder, not a %1 file.</source>
        <translation>to jest folder, a nie plik (%1).</translation>
    </message>
    <message>
        <source>cannot open the file: %1.</source>
        <translation>nie można otworzyć pliku: %1.</translation>
    </message>
    <message>
        <source>the file is %1 MB; %2 files are limited to %3 MB. Is this the right file?</source>
        <translation>plik ma %1 MB; limit dla typu „%2” to %3 MB. Czy to właściwy plik?</translation>
    </message>
    <message>
        <source>cannot read the file: %1.</source>
        <translation>nie można odczytać pliku: %1.</translation>
    </message>
    <message>
        <source>the file grew beyond the size limit while it was read.</source>
        <translation>plik przekroczył limit rozmiaru w trakcie odczytu.</translation>
    </message>
    <message>
        <source>the file is empty; a %1 is a JSON object ({…}).</source>
        <translation>plik jest pusty; %1 to obiekt JSON ({…}).</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice in one object (first at line %2); only the first is used. Remove or rename one.</source>
        <translation>pole „%1” występuje dwa razy w jednym obiekcie (pierwsze w wierszu %2); używane jest tylko pierwsze. Usuń jedno albo zmień jego nazwę.</translation>
    </message>
    <message>
        <source>playbook</source>
        <translation>scenariusz</translation>
    </message>
    <message>
        <source>a playbook file must hold one JSON object ({…}), not %1.</source>
        <translation>plik scenariusza musi zawierać jeden obiekt JSON ({…}), a nie: %1.</translation>
    </message>
    <message>
        <source>the playbook</source>
        <translation>scenariusz</translation>
    </message>
    <message>
        <source>this playbook uses format version %1, but this Steadyline reads versions up to %2; update Steadyline or save the playbook in version %2.</source>
        <translation>ten scenariusz używa wersji formatu %1, a ten Steadyline czyta wersje do %2; zaktualizuj Steadyline albo zapisz scenariusz w wersji %2.</translation>
    </message>
    <message>
        <source>&apos;schemaVersion&apos; must be 1 or more, not %1.</source>
        <translation>„schemaVersion” musi wynosić 1 lub więcej, a nie %1.</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, e.g. &quot;aggressive-caller-3.5&quot;</source>
        <translation>użyj małych liter, cyfr, &apos;.&apos;, &apos;_&apos; i &apos;-&apos;, np. &quot;aggressive-caller-3.5&quot;</translation>
    </message>
    <message>
        <source>&apos;revision&apos; must be between 1 and 1000000, not %1; raise it by one each time you hand out a changed playbook.</source>
        <translation>„revision” musi mieścić się między 1 a 1000000, a nie %1; zwiększaj ją o jeden za każdym razem, gdy udostępniasz zmieniony scenariusz.</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;_&apos;, starting with a letter, e.g. &quot;final_warning&quot;</source>
        <translation>użyj małych liter, cyfr i &apos;_&apos;, zaczynając od litery, np. &quot;final_warning&quot;</translation>
    </message>
    <message>
        <source>use a language code such as &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; or &quot;en-GB&quot;</source>
        <translation>użyj kodu języka, np. &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; lub &quot;en-GB&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &apos;translatedFrom&apos; is not a locale; %2.</source>
        <translation>„%1” w „translatedFrom” nie jest kodem języka; %2.</translation>
    </message>
    <message>
        <source>&apos;translatedFrom&apos; of &quot;%1&quot; must be an object of text key → fingerprint, not %2.</source>
        <translation>„translatedFrom” dla „%1” musi być obiektem klucz tekstu → odcisk, a nie: %2.</translation>
    </message>
    <message>
        <source>the record of &quot;%1&quot; in &apos;translatedFrom&apos; must be the 12 hex digits that &apos;steadyline i18n-status --mark-current %2 FILE&apos; writes.</source>
        <translation>wpis „%1” w „translatedFrom” musi mieć 12 cyfr szesnastkowych, które zapisuje &apos;steadyline i18n-status --mark-current %2 PLIK&apos;.</translation>
    </message>
    <message>
        <source>each entry of &apos;locales&apos; must be a string, not %1.</source>
        <translation>każdy wpis „locales” musi być tekstem, a nie: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale; %2.</source>
        <translation>„%1” nie jest kodem języka; %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>„%1” (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a locale; %3.</source>
        <translation>„%1” w %2 nie jest kodem języka; %3.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of %2 must be a string, not %3.</source>
        <translation>tekst „%1” w %2 musi być tekstem, a nie: %3.</translation>
    </message>
    <message>
        <source>%1 has no text; give at least the base locale, e.g. {&quot;%2&quot;: &quot;…&quot;}.</source>
        <translation>%1 nie ma tekstu; podaj co najmniej wersję w języku bazowym, np. {&quot;%2&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>%1 must be a string or an object of texts per locale, not %2.</source>
        <translation>%1 musi być tekstem albo obiektem tekstów w poszczególnych językach, a nie: %2.</translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; of %3</source>
        <translation>wpis %1 w „%2” (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty; it needs at least one %3.</source>
        <translation>%2: „%1” jest puste; potrzebny jest co najmniej jeden element (%3).</translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; must be an object ({…}) describing a %3, not %4.</source>
        <translation>wpis %1 w „%2” musi być obiektem ({…}) opisującym element (%3), a nie: %4.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>zdarzenie</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>zdarzenie %1</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;</source>
        <translation>zdarzenie „%1”</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; of %2.%3 Use one of: %4.</source>
        <translation>nieznana rola „%1” (%2).%3 Użyj jednej z: %4.</translation>
    </message>
    <message>
        <source>the guard (&apos;when&apos;) of %1</source>
        <translation>warunek („when”) – %1</translation>
    </message>
    <message>
        <source>unknown guard &apos;%1&apos;; a guard can test only &apos;channel&apos; (&quot;phone&quot; or &quot;in_person&quot;).%2</source>
        <translation>nieznany warunek „%1”; warunek może sprawdzać tylko „channel” (&quot;phone&quot; lub &quot;in_person&quot;).%2</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; in a guard; use &quot;phone&quot; or &quot;in_person&quot;.%2</source>
        <translation>nieznany kanał „%1” w warunku; użyj &quot;phone&quot; lub &quot;in_person&quot;.%2</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>przejście</translation>
    </message>
    <message>
        <source>global transition %1</source>
        <translation>przejście globalne %1</translation>
    </message>
    <message>
        <source>each entry of &apos;except&apos; must be a step id string, not %1.</source>
        <translation>każdy wpis „except” musi być tekstem z id kroku, a nie: %1.</translation>
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
        <translation>etykieta (%1) jest pusta; wpisz numer kroku taki, jaki zna konsultant, np. &quot;1&quot; lub &quot;3½&quot;.</translation>
    </message>
    <message>
        <source>transition %1 of %2</source>
        <translation>przejście %1 (%2)</translation>
    </message>
    <message>
        <source>action</source>
        <translation>akcja</translation>
    </message>
    <message>
        <source>action %1 of %2</source>
        <translation>akcja %1 (%2)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>expiry target %1 of %2</source>
        <translation>cel po upływie czasu %1 (%2)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;.%2 Known actions: %3.</source>
        <translation>nieznana akcja „%1”.%2 Znane akcje: %3.</translation>
    </message>
    <message>
        <source>the %1 action</source>
        <translation>akcja %1</translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos;.%3 Its parameters: %4.</source>
        <translation>%1 nie ma parametru „%2”.%3 Jej parametry: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>unknown call outcome &quot;%1&quot;.%2 Use one of: %3.</source>
        <translation>nieznany wynik rozmowy „%1”.%2 Użyj jednego z: %3.</translation>
    </message>
    <message>
        <source>unknown final action &quot;%1&quot;.%2 Use one of: %3.</source>
        <translation>nieznane działanie końcowe „%1”.%2 Użyj jednego z: %3.</translation>
    </message>
    <message>
        <source>%1 needs &apos;finalAction&apos; (hang_up, call_security, hand_over or end), &apos;outcome&apos;, or both.</source>
        <translation>%1 wymaga „finalAction” (hang_up, call_security, hand_over lub end), „outcome” albo obu.</translation>
    </message>
    <message>
        <source>the countdown of step &apos;%1&apos; cannot be stopped with F6 (&quot;the caller calmed down&quot;): no event has &quot;role&quot;: &quot;calmed&quot;. Give the event for a caller who calms down that role, so F6, the tray item and the global shortcut fire it.</source>
        <translation>odliczania w kroku „%1” nie da się zatrzymać klawiszem F6 („klient się uspokoił”): żadne zdarzenie nie ma &quot;role&quot;: &quot;calmed&quot;. Nadaj tę rolę zdarzeniu dla klienta, który się uspokaja, aby uruchamiały je F6, pozycja w zasobniku i skrót globalny.</translation>
    </message>
    <message>
        <source>F6 (&quot;the caller calmed down&quot;) does nothing during the countdown of step &apos;%1&apos;: neither the step nor a global transition uses event &apos;%2&apos;.</source>
        <translation>F6 („klient się uspokoił”) nic nie robi podczas odliczania w kroku „%1”: ani krok, ani żadne przejście globalne nie używa zdarzenia „%2”.</translation>
    </message>
    <message>
        <source>the call would stay in it after it has ended</source>
        <translation>rozmowa pozostałaby w nim już po zakończeniu</translation>
    </message>
    <message>
        <source>the consultant would still be offered %1 after the call has ended</source>
        <translation>konsultant po zakończeniu rozmowy nadal widziałby %1</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; ends the call (end_call) but is not final, so %2; add &quot;final&quot;: true to the step.</source>
        <translation>krok „%1” kończy rozmowę (end_call), ale nie jest końcowy, więc %2; dodaj do kroku &quot;final&quot;: true.</translation>
    </message>
    <message>
        <source>&apos;translatedFrom&apos; has records for &quot;%1&quot;, which is not a translated locale of this playbook (&apos;locales&apos; beside the base locale &quot;%2&quot;); remove them.</source>
        <translation>„translatedFrom” ma wpisy dla „%1”, a to nie jest język tłumaczenia tego scenariusza („locales” poza językiem bazowym „%2”); usuń je.</translation>
    </message>
    <message>
        <source>&apos;translatedFrom&apos; records a &quot;%1&quot; translation of the text &quot;%2&quot;, which this playbook does not have (renamed or removed?); &apos;steadyline i18n-status --mark-current %1 FILE&apos; tidies the records.</source>
        <translation>„translatedFrom” zapisuje tłumaczenie „%1” tekstu „%2”, którego ten scenariusz nie ma (zmieniono nazwę lub usunięto?); &apos;steadyline i18n-status --mark-current %1 PLIK&apos; porządkuje te wpisy.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; was translated from an earlier &quot;%3&quot; text; check the translation, then run &apos;steadyline i18n-status --mark-current %1 FILE&apos;.</source>
        <translation>tekst „%1” w „%2” przetłumaczono z wcześniejszej wersji „%3”; sprawdź tłumaczenie, a potem uruchom &apos;steadyline i18n-status --mark-current %1 PLIK&apos;.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <source>options &apos;%1&apos; and &apos;%2&apos; of turn &apos;%3&apos; both fire the event &apos;%4&apos;. In the rehearsal window the event&apos;s button always plays &apos;%1&apos;, so &apos;%2&apos; can never be chosen there. Give &apos;%2&apos; another event, or make the difference a &apos;say&apos; option.</source>
        <translation>opcje „%1” i „%2” kwestii „%3” wywołują to samo zdarzenie „%4”. W oknie próby przycisk zdarzenia zawsze odtwarza „%1”, więc „%2” nie da się tam wybrać. Daj „%2” inne zdarzenie albo zrób z różnicy opcję „say”.</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>przez telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>osobiście</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice; turns and endings need distinct ids.</source>
        <translation>id „%1” występuje dwa razy; kwestie i zakończenia potrzebują różnych id.</translation>
    </message>
    <message>
        <source>turn &apos;%1&apos; has two options with the id &apos;%2&apos;; option ids must be distinct within a turn.</source>
        <translation>kwestia „%1” ma dwie opcje o id „%2”; id opcji w obrębie kwestii muszą być różne.</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos;, which is neither a turn nor an ending.%3</source>
        <translation>%1 wskazuje „%2”, a to nie jest ani kwestia, ani zakończenie.%3</translation>
    </message>
    <message>
        <source>&apos;start&apos; names &apos;%1&apos;, which is not a turn.%2</source>
        <translation>„start” wskazuje „%1”, a to nie jest kwestia.%2</translation>
    </message>
    <message>
        <source>the scenario is in &apos;%1&apos; but playbook &apos;%2&apos; has no text in that language (it is in %3); the step card will not match the caller.</source>
        <translation>scenka jest w języku „%1”, ale scenariusz „%2” nie ma tekstów w tym języku (jest w: %3); karta kroku nie będzie pasować do klienta.</translation>
    </message>
    <message>
        <source>turn &apos;%1&apos;</source>
        <translation>kwestia „%1”</translation>
    </message>
    <message>
        <source>%1 names step &apos;%2&apos;, which playbook &apos;%3&apos; does not have.%4</source>
        <translation>%1 wskazuje krok „%2”, którego scenariusz „%3” nie ma.%4</translation>
    </message>
    <message>
        <source>%1, the playbook is at step &apos;%2&apos;, but the next turn &apos;%3&apos; says step &apos;%4&apos;; make them agree.</source>
        <translation>%1 scenariusz jest w kroku „%2”, ale następna kwestia „%3” podaje krok „%4”; uzgodnij je.</translation>
    </message>
    <message>
        <source>&apos;onTimer&apos; of %1</source>
        <translation>„onTimer” (%1)</translation>
    </message>
    <message>
        <source>%1 is at step &apos;%2&apos;, whose countdown leads to &apos;%3&apos; at zero; add &apos;onTimer&apos; naming the turn or ending that follows.</source>
        <translation>%1 jest w kroku „%2”, którego odliczanie po dojściu do zera prowadzi do „%3”; dodaj „onTimer” wskazujący następną kwestię lub zakończenie.</translation>
    </message>
    <message>
        <source>%1 has &apos;onTimer&apos;, but step &apos;%2&apos; has no countdown; it never fires.</source>
        <translation>%1 ma „onTimer”, ale krok „%2” nie ma odliczania; nigdy się nie uruchomi.</translation>
    </message>
    <message>
        <source>When the countdown of %1 reaches zero</source>
        <translation>Gdy odliczanie dobiegnie końca (%1),</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of %2</source>
        <translation>opcja „%1” (%2)</translation>
    </message>
    <message>
        <source>&apos;next&apos; of %1</source>
        <translation>„next” (%1)</translation>
    </message>
    <message>
        <source>%1 ends the call, so its &apos;next&apos; must be an ending, not turn &apos;%2&apos;.</source>
        <translation>%1 kończy rozmowę, więc jej „next” musi wskazywać zakończenie, a nie kwestię „%2”.</translation>
    </message>
    <message>
        <source>%1 fires event &apos;%2&apos;, which playbook &apos;%3&apos; does not declare.%4</source>
        <translation>%1 wywołuje zdarzenie „%2”, którego scenariusz „%3” nie deklaruje.%4</translation>
    </message>
    <message>
        <source>%1 fires event &apos;%2&apos;, which leads nowhere from step &apos;%3&apos; %4. From there: %5.</source>
        <translation>%1 wywołuje zdarzenie „%2”, które z kroku „%3” (%4) nigdzie nie prowadzi. Stamtąd: %5.</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>brak zdarzeń</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Po wyborze (%1)</translation>
    </message>
    <message>
        <source>this leads back to turn &apos;%1&apos;, which comes earlier; a scenario moves forward, so use a new turn instead.</source>
        <translation>to prowadzi z powrotem do kwestii „%1”, która jest wcześniej; scenka idzie tylko do przodu, więc użyj nowej kwestii.</translation>
    </message>
    <message>
        <source>turn &apos;%1&apos; cannot be reached from the start.</source>
        <translation>do kwestii „%1” nie da się dojść od startu.</translation>
    </message>
    <message>
        <source>ending &apos;%1&apos; cannot be reached from the start.</source>
        <translation>do zakończenia „%1” nie da się dojść od startu.</translation>
    </message>
    <message>
        <source>no path from the start earns any points, so no rehearsal can pass; give the good options positive points.</source>
        <translation>żadna droga od startu nie daje punktów, więc żadna próba nie może się udać; przyznaj dobrym opcjom punkty dodatnie.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenka</translation>
    </message>
    <message>
        <source>no playbook with the id &apos;%1&apos; was found.%2 Give its file on the same command line, or put it beside the scenario or in the folder above.</source>
        <translation>nie znaleziono scenariusza o id „%1”.%2 Podaj jego plik w tym samym wierszu poleceń albo umieść go obok scenki lub w folderze nadrzędnym.</translation>
    </message>
    <message>
        <source>the scenario needs revision %1 or later of playbook &apos;%2&apos;, but the one found is revision %3.</source>
        <translation>scenka wymaga rewizji %1 lub nowszej scenariusza „%2”, a znaleziony ma rewizję %3.</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos;, e.g. &quot;calms-after-boundary-pl&quot;</source>
        <translation>użyj małych liter, cyfr i &apos;-&apos;, np. &quot;calms-after-boundary-pl&quot;</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, e.g. &quot;aggressive-caller-pl&quot;</source>
        <translation>użyj małych liter, cyfr, &apos;.&apos;, &apos;_&apos; i &apos;-&apos;, np. &quot;aggressive-caller-pl&quot;</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, e.g. &quot;offer_help&quot; or &quot;hung-up&quot;</source>
        <translation>użyj małych liter, cyfr, &apos;_&apos; i &apos;-&apos;, np. &quot;offer_help&quot; lub &quot;hung-up&quot;</translation>
    </message>
    <message>
        <source>a scenario file must hold one JSON object ({…}), not %1.</source>
        <translation>plik scenki musi zawierać jeden obiekt JSON ({…}), a nie: %1.</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>scenka</translation>
    </message>
    <message>
        <source>&apos;kind&apos; of a scenario must be &quot;scenario&quot;, not &quot;%1&quot;.</source>
        <translation>„kind” scenki musi mieć wartość &quot;scenario&quot;, a nie „%1”.</translation>
    </message>
    <message>
        <source>this scenario uses format version %1, but this Steadyline reads versions up to %2; update Steadyline or save the scenario in version %2.</source>
        <translation>ta scenka używa wersji formatu %1, a ten Steadyline czyta wersje do %2; zaktualizuj Steadyline albo zapisz scenkę w wersji %2.</translation>
    </message>
    <message>
        <source>use a language code such as &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; or &quot;en&quot;</source>
        <translation>użyj kodu języka, np. &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; lub &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be between %3 and %4, not %5.</source>
        <translation>%2: „%1” musi mieścić się między %3 a %4, a nie %5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty; write the text the trainee will read.</source>
        <translation>%2: „%1” jest puste; wpisz tekst, który przeczyta szkolony.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is &quot;%3&quot;;%4 choose one of: %5.</source>
        <translation>%2: „%1” ma wartość „%3”;%4 wybierz jedną z: %5.</translation>
    </message>
    <message>
        <source>&apos;goals&apos; is empty; name at least one thing the rehearsal teaches.</source>
        <translation>„goals” jest puste; wymień co najmniej jedną rzecz, której uczy próba.</translation>
    </message>
    <message>
        <source>each goal must be a non-empty string.</source>
        <translation>każdy cel musi być niepustym tekstem.</translation>
    </message>
    <message>
        <source>&apos;turns&apos; is empty; a scenario needs at least one turn of the caller.</source>
        <translation>„turns” jest puste; scenka potrzebuje co najmniej jednej kwestii klienta.</translation>
    </message>
    <message>
        <source>turn %1 must be an object ({…}), not %2.</source>
        <translation>kwestia %1 musi być obiektem ({…}), a nie: %2.</translation>
    </message>
    <message>
        <source>turn %1</source>
        <translation>kwestia %1</translation>
    </message>
    <message>
        <source>use the id of a step of the playbook, e.g. &quot;boundary&quot;</source>
        <translation>użyj id kroku scenariusza, np. &quot;boundary&quot;</translation>
    </message>
    <message>
        <source>the caller of %1</source>
        <translation>klient (%1)</translation>
    </message>
    <message>
        <source>%1 offers no options; give the trainee at least one.</source>
        <translation>%1 nie ma żadnych opcji; daj szkolonemu co najmniej jedną.</translation>
    </message>
    <message>
        <source>option %1 of %2 must be an object ({…}), not %3.</source>
        <translation>opcja %1 (%2) musi być obiektem ({…}), a nie: %3.</translation>
    </message>
    <message>
        <source>option %1 of %2</source>
        <translation>opcja %1 (%2)</translation>
    </message>
    <message>
        <source>%1 does nothing; give it exactly one of: event, say, promise, note, stopCountdown, endCall.</source>
        <translation>%1 nic nie robi; daj jej dokładnie jedno z: event, say, promise, note, stopCountdown, endCall.</translation>
    </message>
    <message>
        <source>%1 has %2; give it exactly one of them.</source>
        <translation>%1 ma: %2; daj jej dokładnie jedno z nich.</translation>
    </message>
    <message>
        <source>use the id of an event of the playbook, e.g. &quot;no_change&quot;</source>
        <translation>użyj id zdarzenia scenariusza, np. &quot;no_change&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only be true; to offer something else, use another member.</source>
        <translation>„%1” może mieć tylko wartość true; aby zaoferować coś innego, użyj innego pola.</translation>
    </message>
    <message>
        <source>&apos;endings&apos; is empty; a scenario needs at least one ending.</source>
        <translation>„endings” jest puste; scenka potrzebuje co najmniej jednego zakończenia.</translation>
    </message>
    <message>
        <source>ending %1 must be an object ({…}), not %2.</source>
        <translation>zakończenie %1 musi być obiektem ({…}), a nie: %2.</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>zakończenie %1</translation>
    </message>
    <message numerus="yes">
        <source>%n texts have a version in &quot;%1&quot; (the first is &quot;%2&quot;), but &quot;%1&quot; is not in &apos;locales&apos;; add &quot;%1&quot; to &apos;locales&apos; or remove those versions.</source>
        <translation>
            <numerusform>%n tekst ma wersję w „%1” (pierwszy to „%2”), ale „%1” nie ma w „locales”; dodaj „%1” do „locales” albo usuń te wersje.</numerusform>
            <numerusform>%n teksty mają wersję w „%1” (pierwszy to „%2”), ale „%1” nie ma w „locales”; dodaj „%1” do „locales” albo usuń te wersje.</numerusform>
            <numerusform>%n tekstów ma wersję w „%1” (pierwszy to „%2”), ale „%1” nie ma w „locales”; dodaj „%1” do „locales” albo usuń te wersje.</numerusform>
        </translation>
    </message>
    <message>
        <source>a bidirectional control</source>
        <translation>znak sterujący kierunkiem tekstu</translation>
    </message>
    <message>
        <source>a zero-width character</source>
        <translation>znak o zerowej szerokości</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;{%1}&apos;; known are {address:…|…}, {agent:…|…}, {channel:…|…}, {agentName} and {caseRef}</source>
        <translation>nieznany znacznik „{%1}”; znane to {address:…|…}, {agent:…|…}, {channel:…|…}, {agentName} i {caseRef}</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; needs exactly two forms separated by &apos;|&apos;, the phone&apos;s first, e.g. {channel:hovor|rozhovor}</source>
        <translation>„{%1}” wymaga dokładnie dwóch form rozdzielonych znakiem &apos;|&apos;, najpierw forma dla rozmowy telefonicznej, np. {channel:hovor|rozhovor}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of the timer of step &apos;%2&apos; is %3 ms; timers run from 1000 to 300000 ms (1 s to 5 min).</source>
        <translation>„%1” odliczania kroku „%2” wynosi %3 ms; odliczanie trwa od 1000 do 300000 ms (od 1 s do 5 min).</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is the method&apos;s 3½ wait, which lasts 5–10 s, but its timer runs from %2 to %3 ms; give it minMs ≥ 5000 and maxMs ≤ 10000, or label a longer pause otherwise (e.g. &quot;‖&quot;).</source>
        <translation>krok „%1” to odczekanie 3½ z metody, które trwa 5–10 s, a jego odliczanie trwa od %2 do %3 ms; ustaw minMs ≥ 5000 i maxMs ≤ 10000 albo oznacz dłuższą przerwę inaczej (np. &quot;‖&quot;).</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; needs two or three forms separated by &apos;|&apos;: the man&apos;s, the woman&apos;s and, for a couple or a caller of unknown gender, the plural, e.g. {address:Panu|Pani|Państwu}</source>
        <translation>&apos;{%1}&apos; wymaga dwóch lub trzech form rozdzielonych znakiem &apos;|&apos;: dla mężczyzny, dla kobiety oraz — dla pary lub osoby o nieznanej płci — formy mnogiej, np. {address:Panu|Pani|Państwu}</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; has an {address:…|…} without the third, plural form that other texts of this playbook give; a couple or a caller of unknown gender would see both forms (&quot;Panu/Pani&quot;). Add it: {address:Panu|Pani|Państwu}.</source>
        <translation>tekst „%1” w „%2” ma {address:…|…} bez trzeciej, mnogiej formy, którą podają inne teksty tego scenariusza; para lub osoba o nieznanej płci zobaczyłaby obie formy („Panu/Pani”). Dodaj ją: {address:Panu|Pani|Państwu}.</translation>
    </message>
    <message>
        <source>the scenario&apos;s caller is addressed in the plural (formal_plural), but the playbook &apos;%1&apos; has lines with only two forms of address, which the rehearsal would show as both (&quot;Panu/Pani&quot;); give them the third form, or address the caller as formal_male or formal_female.</source>
        <translation>do klienta w tej scence zwracamy się w liczbie mnogiej (formal_plural), ale scenariusz &apos;%1&apos; ma zdania tylko z dwiema formami zwracania się, które ćwiczenie pokazałoby razem („Panu/Pani”); dodaj im trzecią formę albo zwracaj się do klienta jako formal_male lub formal_female.</translation>
    </message>
    <message>
        <source>the scenario&apos;s caller is addressed in the plural (formal_plural), but this {address:…|…} has no plural form, so the rehearsal would show both forms (&quot;Panu/Pani&quot;); add it: {address:Panu|Pani|Państwu}.</source>
        <translation>do klienta w tej scence zwracamy się w liczbie mnogiej (formal_plural), ale to {address:…|…} nie ma formy mnogiej, więc ćwiczenie pokazałoby obie formy („Panu/Pani”); dodaj ją: {address:Panu|Pani|Państwu}.</translation>
    </message>
    <message>
        <source>the recording &apos;%1&apos; of turn &apos;%2&apos; must be given relative to the scenario&apos;s folder, e.g. &quot;audio/opening.wav&quot;.</source>
        <translation>nagranie „%1” kwestii „%2” trzeba podać względem folderu scenki, np. &quot;audio/opening.wav&quot;.</translation>
    </message>
    <message>
        <source>the recording &apos;%1&apos; of turn &apos;%2&apos; was not found: there is no readable file %3. Put it there, or remove &apos;audio&apos; to have the line read by a synthetic voice.</source>
        <translation>nie znaleziono nagrania „%1” kwestii „%2”: nie ma pliku %3, który dałoby się odczytać. Umieść je tam albo usuń „audio”, aby kwestię czytał syntetyczny głos.</translation>
    </message>
</context>
<context>
    <name>steadyline::Labels</name>
    <message>
        <source>not ended</source>
        <translation>niezakończona</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>sprawa załatwiona</translation>
    </message>
    <message>
        <source>ended by the consultant</source>
        <translation>zakończona przez konsultanta</translation>
    </message>
    <message>
        <source>escalated to the manager / security</source>
        <translation>przekazana kierownikowi / ochronie</translation>
    </message>
    <message>
        <source>the caller hung up</source>
        <translation>klient się rozłączył</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>przerwana</translation>
    </message>
    <message>
        <source>team folder</source>
        <translation>folder zespołu</translation>
    </message>
    <message>
        <source>your folder</source>
        <translation>Twój folder</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>wbudowany</translation>
    </message>
    <message>
        <source>handed over to a colleague</source>
        <translation>przekazana osobie z zespołu</translation>
    </message>
    <message>
        <source>published by your team</source>
        <translation>opublikowany przez zespół</translation>
    </message>
</context>
<context>
    <name>steadyline::PlaybookCatalog</name>
    <message>
        <source>revision %1 (%2)</source>
        <translation>wersja %1 (%2)</translation>
    </message>
    <message>
        <source>The only version: revision %1, %2.</source>
        <translation>Jedyna wersja: wersja %1, %2.</translation>
    </message>
    <message>
        <source>Revision %1 (%2) is the highest; also found: %3.</source>
        <translation>Wersja %1 (%2) jest najwyższa; znaleziono też: %3.</translation>
    </message>
    <message>
        <source>Two files in %1 have revision %2; %3 is used (first by name). Also found: %4.</source>
        <translation>Dwa pliki w %1 mają wersję %2; używany jest %3 (pierwszy według nazwy). Znaleziono też: %4.</translation>
    </message>
    <message>
        <source>Revision %1 (%2) ties with %3; on equal revisions the team folder wins over your folder, and your folder over the built-in playbooks.</source>
        <translation>Wersja %1 (%2) jest równa %3; przy równych wersjach folder zespołu ma pierwszeństwo przed Twoim folderem, a Twój folder przed scenariuszami wbudowanymi.</translation>
    </message>
    <message>
        <source>Its folder cannot be reached now; the version loaded last stays in use.</source>
        <translation>Jego folder jest teraz niedostępny; w użyciu pozostaje ostatnio wczytana wersja.</translation>
    </message>
    <message>
        <source>Its file now has errors; the last good version stays in use.</source>
        <translation>Jego plik zawiera teraz błędy; w użyciu pozostaje ostatnia poprawna wersja.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be reached; the playbooks last loaded from it stay in use, and they reload when it is back.</source>
        <translation>%1 %2 jest niedostępny; w użyciu pozostają ostatnio z niego wczytane scenariusze, które zostaną wczytane ponownie, gdy znów będzie dostępny.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>%1 has errors (%2); revision %3 loaded before stays in use.</source>
        <translation>%1 zawiera błędy (%2); w użyciu pozostaje wcześniej wczytana wersja %3.</translation>
    </message>
    <message>
        <source>%1 has errors (%2); it is not used until they are fixed.</source>
        <translation>%1 zawiera błędy (%2); nie będzie używany, dopóki nie zostaną poprawione.</translation>
    </message>
    <message>
        <source>The team&apos;s published version is used: %1. Also found: %2.</source>
        <translation>Używana jest wersja opublikowana przez zespół: %1. Znaleziono też: %2.</translation>
    </message>
</context>
<context>
    <name>steadyline::PublishedPlaybooks</name>
    <message>
        <source>Cannot make the folder %1 for the team&apos;s published playbooks.</source>
        <translation>Nie można utworzyć folderu %1 na scenariusze opublikowane przez zespół.</translation>
    </message>
    <message>
        <source>Cannot remove %1, a playbook the team no longer publishes.</source>
        <translation>Nie można usunąć %1, scenariusza, którego zespół już nie publikuje.</translation>
    </message>
    <message>
        <source>published by your team (revision %1, by %2, %3)</source>
        <translation>opublikowany przez zespół (wersja %1, %2, %3)</translation>
    </message>
</context>
<context>
    <name>steadyline::ScenarioLibrary</name>
    <message>
        <source>The folder %1 does not exist, so its scenarios cannot be listed. Check the playbook folders in the preferences.</source>
        <translation>Folder %1 nie istnieje, więc nie można wyświetlić jego scenek. Sprawdź foldery scenariuszy w ustawieniach.</translation>
    </message>
</context>
<context>
    <name>steadyline::TrainingRun</name>
    <message>
        <source>You acted after %1 s of the 3½ wait.</source>
        <translation>Działanie nastąpiło po %1 s oczekiwania w kroku 3½.</translation>
    </message>
    <message>
        <source>Give the caller at least %1 s after the final warning: it is their last chance to change the tone.</source>
        <translation>Po ostatnim ostrzeżeniu daj klientowi co najmniej %1 s: to jego ostatnia szansa na zmianę tonu.</translation>
    </message>
    <message>
        <source>You waited %1 s after the final warning.</source>
        <translation>Oczekiwanie po ostatnim ostrzeżeniu trwało %1 s.</translation>
    </message>
    <message>
        <source>Keep the 3½ wait within %1 s: a warning that is not followed through loses its meaning.</source>
        <translation>Utrzymaj oczekiwanie w kroku 3½ w granicach %1 s: ostrzeżenie bez konsekwencji traci znaczenie.</translation>
    </message>
    <message>
        <source>You ended the call while the caller was calming down.</source>
        <translation>Rozmowa została zakończona, gdy klient się uspokajał.</translation>
    </message>
    <message>
        <source>When the caller calms down, leave the escalation and turn to their problem.</source>
        <translation>Gdy klient się uspokaja, nie przechodź do kolejnych ostrzeżeń — zajmij się jego problemem.</translation>
    </message>
    <message>
        <source>You ended the call before giving the final warning (step 3).</source>
        <translation>Rozmowa została zakończona przed ostatnim ostrzeżeniem (krok 3).</translation>
    </message>
    <message>
        <source>Take the steps in order: offer help, set the boundary, give the final warning, wait, and only then end the call.</source>
        <translation>Przechodź przez kroki po kolei: zaproponuj pomoc, wyznacz granicę, daj ostatnie ostrzeżenie, odczekaj i dopiero wtedy zakończ rozmowę.</translation>
    </message>
    <message>
        <source>You chose &quot;%1&quot;.</source>
        <translation>Wybrano „%1”.</translation>
    </message>
    <message>
        <source>You said: &quot;%1&quot;</source>
        <translation>Twoja wypowiedź: „%1”</translation>
    </message>
    <message>
        <source>You promised: &quot;%1&quot;</source>
        <translation>Twoja obietnica: „%1”</translation>
    </message>
    <message>
        <source>You noted: &quot;%1&quot;</source>
        <translation>Twoja notatka: „%1”</translation>
    </message>
    <message>
        <source>You stopped the countdown.</source>
        <translation>Odliczanie zostało zatrzymane.</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>Rozmowa została zakończona.</translation>
    </message>
    <message>
        <source>You moved to step %1 while the caller was calming down.</source>
        <translation>Przejście do kroku %1 nastąpiło, gdy klient się uspokajał.</translation>
    </message>
    <message>
        <source>When the caller calms down, leave the escalation and turn to their problem (F6).</source>
        <translation>Gdy klient się uspokaja, nie przechodź do kolejnych ostrzeżeń — zajmij się jego problemem (F6).</translation>
    </message>
    <message>
        <source>You went from step %1 to step %2.</source>
        <translation>Przejście z kroku %1 do kroku %2.</translation>
    </message>
    <message>
        <source>Take every step in order: each one gives the caller a chance to change the tone.</source>
        <translation>Przechodź przez każdy krok po kolei: każdy daje klientowi szansę na zmianę tonu.</translation>
    </message>
    <message>
        <source>The call ended without the 3½ wait being kept.</source>
        <translation>Rozmowa zakończyła się bez odczekania 5–10 s (krok 3½).</translation>
    </message>
    <message>
        <source>After the final warning, wait %1 s before you act.</source>
        <translation>Po ostatnim ostrzeżeniu odczekaj %1 s, zanim zareagujesz.</translation>
    </message>
    <message>
        <source>No promise was recorded in this call.</source>
        <translation>W tej rozmowie nie zapisano żadnej obietnicy.</translation>
    </message>
    <message>
        <source>A promise was made but not recorded.</source>
        <translation>Padła obietnica, ale nie została zapisana.</translation>
    </message>
    <message>
        <source>Record every promise (F9) with what, to whom and by when, so it is followed up.</source>
        <translation>Zapisuj każdą obietnicę (F9): co, komu i do kiedy, aby ją zrealizować.</translation>
    </message>
    <message>
        <source>No note was taken during the call.</source>
        <translation>W trakcie rozmowy nie sporządzono notatki.</translation>
    </message>
    <message>
        <source>Note what happened (F8): date, time, details and every resolution.</source>
        <translation>Zanotuj, co się wydarzyło (F8): datę, godzinę, szczegóły i każde ustalenie.</translation>
    </message>
    <message>
        <source>The caller&apos;s real problem was never dealt with.</source>
        <translation>Prawdziwym problemem klienta nikt się nie zajął.</translation>
    </message>
    <message>
        <source>Listen for what is really wrong and ask about it (&quot;It seems something upset you?&quot;).</source>
        <translation>Wsłuchaj się, co naprawdę jest nie tak, i zapytaj o to („Wygląda na to, że coś jest nie tak?”).</translation>
    </message>
    <message>
        <source>You apologised again for the same thing.</source>
        <translation>Przeprosiłeś ponownie za to samo.</translation>
    </message>
    <message>
        <source>&quot;Sorry&quot; works only once: an apology repeated for the same failure only annoys. Apologise sincerely once, then act — and make sure it does not happen again.</source>
        <translation>„Przepraszam” działa tylko raz: przeprosiny powtarzane za to samo tylko irytują. Przeproś szczerze raz, a potem działaj — i zadbaj, by to się nie powtórzyło.</translation>
    </message>
    <message>
        <source>The countdown ended the call although the caller had calmed down.</source>
        <translation>Odliczanie zakończyło rozmowę, choć klient już się uspokoił.</translation>
    </message>
    <message>
        <source>The 3½ wait is the caller&apos;s last chance: when they calm down, stop it with F6 and turn to their problem.</source>
        <translation>Odczekanie w kroku 3½ to ostatnia szansa klienta: gdy się uspokoi, zatrzymaj odliczanie klawiszem F6 i zajmij się jego problemem.</translation>
    </message>
</context>
<context>
    <name>steadyline::app::WindowOptions</name>
    <message>
        <source>The folder of the journal.</source>
        <translation>Folder dziennika.</translation>
    </message>
    <message>
        <source>Log in detail, also to the terminal.</source>
        <translation>Szczegółowy dziennik zdarzeń, także w terminalu.</translation>
    </message>
    <message>
        <source>Start a call on this channel.</source>
        <translation>Rozpocznij rozmowę w tym kanale.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir wymaga folderu.</translation>
    </message>
    <message>
        <source>--start-call takes phone or in_person, not &apos;%1&apos;.</source>
        <translation>--start-call przyjmuje phone lub in_person, nie „%1”.</translation>
    </message>
    <message>
        <source>Rehearse this training scenario at once.</source>
        <translation>Od razu przećwicz tę scenkę treningową.</translation>
    </message>
</context>
<context>
    <name>steadyline::cli</name>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>name the team server&apos;s URL.</source>
        <translation>podaj adres URL serwera zespołu.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Hasło dla %1: </translation>
    </message>
    <message>
        <source>no password was given on standard input.</source>
        <translation>nie podano hasła na standardowym wejściu.</translation>
    </message>
    <message>
        <source>Joined team &apos;%1&apos; on %2 as %3 (%4). Changes from now on are shared; run steadyline team sync or start Steadyline to send them.</source>
        <translation>Dołączono do zespołu &apos;%1&apos; na %2 jako %3 (%4). Od teraz zmiany są udostępniane; uruchom steadyline team sync albo Steadyline, aby je wysłać.</translation>
    </message>
    <message>
        <source>this desk has not joined a team: run steadyline team join URL --login LOGIN first.</source>
        <translation>to stanowisko nie dołączyło do zespołu: najpierw uruchom steadyline team join URL --login LOGIN.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>połączono</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>bez połączenia: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serwer: %1</translation>
    </message>
    <message>
        <source>Login: %1 (team &apos;%2&apos;)</source>
        <translation>Login: %1 (zespół &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Połączenie: %1</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Zmiany oczekujące: %1</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>Ostatnie wysłanie: %1</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>Ostatnie pobranie: %1</translation>
    </message>
    <message>
        <source>%1 changes are still waiting on this desk; they are kept and sent by the next sync.</source>
        <translation>Zmiany oczekujące na tym stanowisku: %1; są zachowane i zostaną wysłane przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Sent %1 changes, received %2; nothing is waiting.</source>
        <translation>Wysłano zmian: %1, pobrano: %2; nic nie czeka.</translation>
    </message>
    <message>
        <source>Nothing is waiting on this desk, but the team&apos;s changes could not be received.</source>
        <translation>Na tym stanowisku nic nie czeka, ale nie udało się pobrać zmian zespołu.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes have not reached the team server yet. Run steadyline team sync first, or leave with --discard-waiting to drop them (they stay in this desk&apos;s journal, but the team never gets them).</source>
        <translation>
            <numerusform>%n zmiana nie dotarła jeszcze na serwer zespołu. Najpierw uruchom steadyline team sync albo opuść zespół z --discard-waiting, aby ją porzucić (zostaje w dzienniku tego stanowiska, ale zespół jej nie dostanie).</numerusform>
            <numerusform>%n zmiany nie dotarły jeszcze na serwer zespołu. Najpierw uruchom steadyline team sync albo opuść zespół z --discard-waiting, aby je porzucić (zostają w dzienniku tego stanowiska, ale zespół ich nie dostanie).</numerusform>
            <numerusform>%n zmian nie dotarło jeszcze na serwer zespołu. Najpierw uruchom steadyline team sync albo opuść zespół z --discard-waiting, aby je porzucić (zostają w dzienniku tego stanowiska, ale zespół ich nie dostanie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left team &apos;%1&apos;; %n changes that had not been sent were discarded. Your own calls, notes and promises stay in this desk&apos;s journal.</source>
        <translation>
            <numerusform>Opuszczono zespół &apos;%1&apos;; porzucono %n niewysłaną zmianę. Twoje rozmowy, notatki i obietnice zostają w dzienniku tego stanowiska.</numerusform>
            <numerusform>Opuszczono zespół &apos;%1&apos;; porzucono %n niewysłane zmiany. Twoje rozmowy, notatki i obietnice zostają w dzienniku tego stanowiska.</numerusform>
            <numerusform>Opuszczono zespół &apos;%1&apos;; porzucono %n niewysłanych zmian. Twoje rozmowy, notatki i obietnice zostają w dzienniku tego stanowiska.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left team &apos;%1&apos;. Your own calls, notes and promises stay in this desk&apos;s journal.</source>
        <translation>Opuszczono zespół &apos;%1&apos;. Twoje rozmowy, notatki i obietnice zostają w dzienniku tego stanowiska.</translation>
    </message>
    <message>
        <source>give one playbook file.</source>
        <translation>podaj jeden plik scenariusza rozmowy.</translation>
    </message>
    <message>
        <source>%1 has errors and was not published; run steadyline validate %1 for all of them.</source>
        <translation>%1 zawiera błędy i nie został opublikowany; wszystkie pokaże steadyline validate %1.</translation>
    </message>
    <message>
        <source>Published revision %1 of &apos;%2&apos; to team &apos;%3&apos;; desks use it from their next call.</source>
        <translation>Opublikowano wersję %1 scenariusza &apos;%2&apos; dla zespołu &apos;%3&apos;; stanowiska użyją jej od następnej rozmowy.</translation>
    </message>
    <message>
        <source>Nothing is published to team &apos;%1&apos; yet.</source>
        <translation>Dla zespołu &apos;%1&apos; nic jeszcze nie opublikowano.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>w użyciu</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>wcześniejsza</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;: use join, status, sync, leave, publish or playbooks.</source>
        <translation>nieznane polecenie &apos;%1&apos;: użyj join, status, sync, leave, publish lub playbooks.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the team server and kept on this desk, no longer waiting (steadyline team status lists them): %1</source>
        <translation>
            <numerusform>%n zmiana odrzucona przez serwer zespołu i zachowana na tym stanowisku, już nie czeka (steadyline team status ją pokazuje): %1</numerusform>
            <numerusform>%n zmiany odrzucone przez serwer zespołu i zachowane na tym stanowisku, już nie czekają (steadyline team status je pokazuje): %1</numerusform>
            <numerusform>%n zmian odrzuconych przez serwer zespołu i zachowanych na tym stanowisku, już nie czekają (steadyline team status je pokazuje): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1</source>
        <translation>
            <numerusform>%n zmiana odrzucona przez serwer: %1</numerusform>
            <numerusform>%n zmiany odrzucone przez serwer: %1</numerusform>
            <numerusform>%n zmian odrzuconych przez serwer: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::common</name>
    <message>
        <source>Cannot write %1: it is a symbolic link. Name the file itself.</source>
        <translation>Nie można zapisać %1: to dowiązanie symboliczne. Wskaż sam plik.</translation>
    </message>
    <message>
        <source>Cannot write %1: other users can write into %2. Choose a folder of your own.</source>
        <translation>Nie można zapisać %1: inni użytkownicy mogą zapisywać w %2. Wybierz własny folder.</translation>
    </message>
    <message>
        <source>No file was named to write to.</source>
        <translation>Nie wskazano pliku do zapisania.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Name a file.</source>
        <translation>Nie można zapisać %1: to folder. Wskaż plik.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Nie można zapisać %1: %2.</translation>
    </message>
    <message>
        <source>Cannot make %1 private (readable by you alone): %2.</source>
        <translation>Nie można uczynić %1 prywatnym (do odczytu tylko przez Ciebie): %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>Nie można zapisać %1: %2. Niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>steadyline::desktop::CallEventListener</name>
    <message>
        <source>The listener needs a token of at least 16 characters.</source>
        <translation>Nasłuch wymaga tokenu o długości co najmniej 16 znaków.</translation>
    </message>
    <message>
        <source>Cannot listen for call events on 127.0.0.1:%1: %2</source>
        <translation>Nie można nasłuchiwać zdarzeń rozmów na 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>steadyline::desktop::SingleInstance</name>
    <message>
        <source>Steadyline is not running (no window has this journal open).</source>
        <translation>Steadyline nie jest uruchomiony (żadne okno nie ma otwartego tego dziennika).</translation>
    </message>
    <message>
        <source>The running Steadyline did not understand the request.</source>
        <translation>Uruchomiony Steadyline nie zrozumiał żądania.</translation>
    </message>
    <message>
        <source>Steadyline is already running but does not answer (%1).</source>
        <translation>Steadyline jest już uruchomiony, ale nie odpowiada (%1).</translation>
    </message>
    <message>
        <source>The running Steadyline window took the call event.</source>
        <translation>Otwarte okno Steadyline przyjęło zdarzenie rozmowy.</translation>
    </message>
    <message>
        <source>The call was started in the running Steadyline window.</source>
        <translation>Rozmowę rozpoczęto w otwartym oknie Steadyline.</translation>
    </message>
    <message>
        <source>Steadyline is already running; its window was brought to the front.</source>
        <translation>Steadyline jest już uruchomiony; jego okno przeniesiono na wierzch.</translation>
    </message>
    <message>
        <source>Steadyline is already running but did not answer in time.</source>
        <translation>Steadyline jest już uruchomiony, ale nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>Later starts of Steadyline (a softphone&apos;s call events, --start-call) cannot reach this window: %1</source>
        <translation>Kolejne uruchomienia Steadyline (zdarzenia rozmów z telefonu, --start-call) nie mogą dotrzeć do tego okna: %1</translation>
    </message>
    <message>
        <source>the data folder&apos;s path is too long</source>
        <translation>ścieżka folderu danych jest za długa</translation>
    </message>
    <message>
        <source>The socket %1 belongs to another user; the request was not sent.</source>
        <translation>Gniazdo %1 należy do innego użytkownika; żądanie nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The rehearsal was started in the running Steadyline window.</source>
        <translation>Próbę rozpoczęto w otwartym oknie Steadyline.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::Accessibility</name>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::AssistWindow</name>
    <message>
        <source>&amp;Tips</source>
        <translation>W&amp;skazówki</translation>
    </message>
    <message>
        <source>Playbook problems</source>
        <translation>Problemy ze scenariuszami</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Rozpocznij rozmowę</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Calmed down</source>
        <translation>Klient się uspokoił</translation>
    </message>
    <message>
        <source>Other phrasing</source>
        <translation>Inne sformułowanie</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>Cofnij krok</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Obietnica</translation>
    </message>
    <message>
        <source>Promise due: next choice</source>
        <translation>Termin obietnicy: następna opcja</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Zakończ rozmowę</translation>
    </message>
    <message>
        <source>Stop countdown</source>
        <translation>Zatrzymaj odliczanie</translation>
    </message>
    <message>
        <source>Countdown +1 s</source>
        <translation>Odliczanie +1 s</translation>
    </message>
    <message>
        <source>Countdown −1 s</source>
        <translation>Odliczanie −1 s</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Następna rozmowa</translation>
    </message>
    <message>
        <source>Continue the interrupted call</source>
        <translation>Kontynuuj przerwaną rozmowę</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Zawsze na wierzchu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Insult</source>
        <translation>Obelga</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Groźba</translation>
    </message>
    <message>
        <source>Asked for a manager</source>
        <translation>Prosi o kierownika</translation>
    </message>
    <message>
        <source>Manager?</source>
        <translation>Kierownik?</translation>
    </message>
    <message>
        <source>Time mark</source>
        <translation>Znacznik czasu</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Znacznik</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Playbook library…</source>
        <translation>Biblioteka scenariuszy…</translation>
    </message>
    <message>
        <source>Playbook editor…</source>
        <translation>Edytor scenariuszy…</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>Historia rozmów…</translation>
    </message>
    <message>
        <source>Promises…</source>
        <translation>Obietnice…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>The playbook of the interrupted call (%1) is not available.</source>
        <translation>Scenariusz przerwanej rozmowy (%1) jest niedostępny.</translation>
    </message>
    <message>
        <source>Continuing the call started at %1; the playbook starts again at step 1.</source>
        <translation>Kontynuacja rozmowy rozpoczętej %1; scenariusz zaczyna się ponownie od kroku 1.</translation>
    </message>
    <message>
        <source>Call started at %1</source>
        <translation>Rozmowa rozpoczęta o %1</translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>Rozmowa zakończona: %1</translation>
    </message>
    <message>
        <source>End this call?</source>
        <translation>Zakończyć tę rozmowę?</translation>
    </message>
    <message>
        <source>A call is in progress. End it and start a new one?</source>
        <translation>Trwa rozmowa. Zakończyć ją i rozpocząć nową?</translation>
    </message>
    <message>
        <source>Next call   [Enter]</source>
        <translation>Następna rozmowa   [Enter]</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Brak rozmowy</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Rozmowa zakończona</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Krok %1 · %2</translation>
    </message>
    <message>
        <source>A call is already in progress in Steadyline.</source>
        <translation>W Steadyline trwa już rozmowa.</translation>
    </message>
    <message>
        <source>Steadyline has no playbook to start a call with.</source>
        <translation>Steadyline nie ma scenariusza, od którego można rozpocząć rozmowę.</translation>
    </message>
    <message>
        <source>Close during a call?</source>
        <translation>Zamknąć w trakcie rozmowy?</translation>
    </message>
    <message>
        <source>A call is in progress. Its notes are not saved yet. End the call and close?</source>
        <translation>Trwa rozmowa. Jej notatki nie są jeszcze zapisane. Zakończyć rozmowę i zamknąć?</translation>
    </message>
    <message>
        <source>End call and close</source>
        <translation>Zakończ rozmowę i zamknij</translation>
    </message>
    <message>
        <source>Ending the call</source>
        <translation>Zakończenie rozmowy</translation>
    </message>
    <message>
        <source>Stop this rehearsal?</source>
        <translation>Przerwać tę próbę?</translation>
    </message>
    <message>
        <source>The rehearsal has not reached its end; it will not be scored.</source>
        <translation>Próba nie dobiegła końca; nie zostanie oceniona.</translation>
    </message>
    <message>
        <source>Stop rehearsal</source>
        <translation>Przerwij próbę</translation>
    </message>
    <message>
        <source>Finish the call in progress before a rehearsal.</source>
        <translation>Przed próbą zakończ trwającą rozmowę.</translation>
    </message>
    <message>
        <source>Rehearsal started: %1</source>
        <translation>Rozpoczęto próbę: %1</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Trening…</translation>
    </message>
    <message>
        <source>The playbook &quot;%1&quot; that the softphone rules choose is not available; the start page&apos;s is used.</source>
        <translation>Scenariusz „%1” wybrany przez reguły z karty Softphone jest niedostępny; używany jest scenariusz ze strony startowej.</translation>
    </message>
    <message>
        <source>Quit with entries not saved?</source>
        <translation>Zakończyć, choć są niezapisane wpisy?</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved: the journal cannot be written. If you quit now, they are kept in a recovery file and written to the journal at the next start.</source>
        <translation>
            <numerusform>Nie udało się zapisać %n wpisu: nie można zapisać dziennika. Jeśli teraz zakończysz, zostanie zachowany w pliku odzyskiwania i zapisany w dzienniku przy następnym uruchomieniu.</numerusform>
            <numerusform>Nie udało się zapisać %n wpisów: nie można zapisać dziennika. Jeśli teraz zakończysz, zostaną zachowane w pliku odzyskiwania i zapisane w dzienniku przy następnym uruchomieniu.</numerusform>
            <numerusform>Nie udało się zapisać %n wpisów: nie można zapisać dziennika. Jeśli teraz zakończysz, zostaną zachowane w pliku odzyskiwania i zapisane w dzienniku przy następnym uruchomieniu.</numerusform>
        </translation>
    </message>
    <message>
        <source>A short break after the call</source>
        <translation>Krótka przerwa po rozmowie</translation>
    </message>
    <message>
        <source>During a call: F5 next step, F6 calmed down, F7 other phrasing, Shift+F5 undo, F8 note, F9 promise, Esc stop the countdown, F10 end the call, F12 raise your hand for your lead.</source>
        <translation>W trakcie rozmowy: F5 następny krok, F6 klient się uspokoił, F7 inne sformułowanie, Shift+F5 cofnij, F8 notatka, F9 obietnica, Esc zatrzymaj odliczanie, F10 zakończ rozmowę, F12 podnieś rękę (prośba o pomoc lidera).</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>Podnieś rękę</translation>
    </message>
    <message>
        <source>Team board…</source>
        <translation>Tablica zespołu…</translation>
    </message>
    <message>
        <source>Team promises…</source>
        <translation>Obietnice zespołu…</translation>
    </message>
    <message>
        <source>Assign training…</source>
        <translation>Przydziel trening…</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallCommands</name>
    <message>
        <source>Acting now</source>
        <translation>Działam od razu</translation>
    </message>
    <message>
        <source>Stopping the countdown</source>
        <translation>Zatrzymanie odliczania</translation>
    </message>
    <message>
        <source>Recording a promise</source>
        <translation>Zapisanie obietnicy</translation>
    </message>
    <message>
        <source>Taking a note</source>
        <translation>Sporządzenie notatki</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallStartForm</name>
    <message>
        <source>Sir (Mr)</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>Madam (Ms)</source>
        <translation>Pani</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Wersja %1 · %2</translation>
    </message>
    <message>
        <source>Where the playbook comes from</source>
        <translation>Skąd pochodzi scenariusz</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>W użyciu: %1</translation>
    </message>
    <message>
        <source>%1
The lead&apos;s note: %2</source>
        <translation>%1
Notatka lidera: %2</translation>
    </message>
    <message>
        <source>You (a couple, or gender unknown)</source>
        <translation>Państwo (para lub płeć nieznana)</translation>
    </message>
    <message>
        <source>%1 (some lines show both forms)</source>
        <translation>%1 (niektóre zdania pokażą obie formy)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallerBanner</name>
    <message>
        <source>Incoming call</source>
        <translation>Połączenie przychodzące</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Połączenie przychodzące: %1</translation>
    </message>
    <message>
        <source>Call started at %1 · %2: %3</source>
        <translation>Rozmowa rozpoczęta o %1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallerIncidentsBanner</name>
    <message numerus="yes">
        <source>%n abusive calls from this reference in the last %1 days</source>
        <translation>
            <numerusform>%n obraźliwa rozmowa z tym numerem sprawy w ostatnich %1 dniach</numerusform>
            <numerusform>%n obraźliwe rozmowy z tym numerem sprawy w ostatnich %1 dniach</numerusform>
            <numerusform>%n obraźliwych rozmów z tym numerem sprawy w ostatnich %1 dniach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abusive calls from this reference in the last %1 days (this desk)</source>
        <translation>
            <numerusform>%n obraźliwa rozmowa z tym numerem sprawy w ostatnich %1 dniach (to stanowisko)</numerusform>
            <numerusform>%n obraźliwe rozmowy z tym numerem sprawy w ostatnich %1 dniach (to stanowisko)</numerusform>
            <numerusform>%n obraźliwych rozmów z tym numerem sprawy w ostatnich %1 dniach (to stanowisko)</numerusform>
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
        <translation>Pozostało %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>Pozostała %n sekunda</numerusform>
            <numerusform>Pozostały %n sekundy</numerusform>
            <numerusform>Pozostało %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Czas minął</translation>
    </message>
    <message>
        <source>Saved for your lead: %1</source>
        <translation>Zapisano dla lidera: %1</translation>
    </message>
    <message>
        <source>The journal cannot be written right now (%1); the break is kept in memory and saved as soon as it works again.</source>
        <translation>Zapis do dziennika jest teraz niemożliwy (%1); przerwa jest przechowywana w pamięci i zostanie zapisana, gdy tylko zapis znów zadziała.</translation>
    </message>
    <message>
        <source>Could not save to the journal: %1</source>
        <translation>Nie udało się zapisać w dzienniku: %1</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Krótka przerwa</translation>
    </message>
    <message>
        <source>That call was abusive. Take a moment before the next one: stand up, breathe out, have a drink of water.</source>
        <translation>Ta rozmowa była obraźliwa. Przed następną chwila oddechu: można wstać, spokojnie odetchnąć, napić się wody.</translation>
    </message>
    <message>
        <source>&amp;What happened, for your lead (optional):</source>
        <translation>&amp;Co się stało — dla lidera (opcjonalnie):</translation>
    </message>
    <message>
        <source>What happened, for your lead</source>
        <translation>Co się stało — dla lidera</translation>
    </message>
    <message>
        <source>one line; Enter saves it</source>
        <translation>jedna linijka; Enter zapisuje</translation>
    </message>
    <message>
        <source>Skip  [Esc]</source>
        <translation>Pomiń  [Esc]</translation>
    </message>
    <message>
        <source>Skip the break</source>
        <translation>Pomiń przerwę</translation>
    </message>
    <message>
        <source>Back to work  [Enter]</source>
        <translation>Powrót do pracy  [Enter]</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>Powrót do pracy</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <translation>Odliczanie</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Pozostała %n sekunda</numerusform>
            <numerusform>Pozostały %n sekundy</numerusform>
            <numerusform>Pozostało %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown stopped</source>
        <translation>Odliczanie zatrzymane</translation>
    </message>
    <message>
        <source>last seconds</source>
        <translation>ostatnie sekundy</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardCharts</name>
    <message>
        <source>no figures yet</source>
        <translation>jeszcze brak liczb</translation>
    </message>
    <message>
        <source>Abusive calls</source>
        <translation>Agresywne rozmowy</translation>
    </message>
    <message>
        <source>Cool-downs taken</source>
        <translation>Wykorzystane przerwy</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>tydzień od %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Calmed at 1</source>
        <translation>Uspokojony na 1</translation>
    </message>
    <message>
        <source>Calmed at 2</source>
        <translation>Uspokojony na 2</translation>
    </message>
    <message>
        <source>Calmed at 3</source>
        <translation>Uspokojony na 3</translation>
    </message>
    <message>
        <source>Ended at 3½</source>
        <translation>Zakończona na 3½</translation>
    </message>
    <message>
        <source>Not calmed</source>
        <translation>Nieuspokojony</translation>
    </message>
    <message>
        <source>Median time to calm (seconds)</source>
        <translation>Mediana czasu do uspokojenia (sekundy)</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Dotrzymane w terminie</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Dotrzymane po terminie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Otwarte, po terminie</translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation>Otwarte, przed terminem</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Mean score (%)</source>
        <translation>Średni wynik (%)</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Obietnice</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardSource</name>
    <message>
        <source>This desk is not connected to a team server.</source>
        <translation>To stanowisko nie jest połączone z serwerem zespołu.</translation>
    </message>
    <message>
        <source>this login may open the dashboard of no team.</source>
        <translation>ten login nie może otworzyć pulpitu żadnego zespołu.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardStatistics</name>
    <message>
        <source>The incident report could not be read from the server: %1</source>
        <translation>Nie udało się pobrać raportu incydentów z serwera: %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Wybrane dni</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>O&amp;kres:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
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
        <translation>&amp;Aktualizuj</translation>
    </message>
    <message>
        <source>Asks the team server for the figures again</source>
        <translation>Ponownie pobiera liczby z serwera zespołu</translation>
    </message>
    <message>
        <source>Abusive calls per day</source>
        <translation>Agresywne rozmowy dziennie</translation>
    </message>
    <message>
        <source>Abusive calls per week</source>
        <translation>Agresywne rozmowy tygodniowo</translation>
    </message>
    <message>
        <source>How far escalations went</source>
        <translation>Jak daleko zaszła eskalacja</translation>
    </message>
    <message>
        <source>Time to calm</source>
        <translation>Czas do uspokojenia</translation>
    </message>
    <message>
        <source>Promises due in the period</source>
        <translation>Obietnice z terminem w okresie</translation>
    </message>
    <message>
        <source>Training scores</source>
        <translation>Wyniki treningów</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Wykres:</translation>
    </message>
    <message>
        <source>Save chart as PN&amp;G…</source>
        <translation>Zapisz wykres jako PN&amp;G…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>Save table as &amp;CSV…</source>
        <translation>Zapisz tabelę jako &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Incident report…</source>
        <translation>&amp;Raport incydentów…</translation>
    </message>
    <message>
        <source>Abusive calls per month, team and outcome for health and safety, as CSV or PDF (counts only: no consultant, no caller)</source>
        <translation>Agresywne rozmowy według miesiąca, zespołu i zakończenia dla BHP, jako CSV lub PDF (same liczby: bez konsultantów i klientów)</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Zapisz wykres jako PNG</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>wykres.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>Zapisz tabelę jako CSV</translation>
    </message>
    <message>
        <source>table.csv</source>
        <translation>tabela.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the incident report</source>
        <translation>Zapisz raport incydentów</translation>
    </message>
    <message>
        <source>incident-report.pdf</source>
        <translation>raport-incydentow.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>Dokumenty PDF (*.pdf);;Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>The statistics come from the team server, and this desk is not connected to one.</source>
        <translation>Statystyki pochodzą z serwera zespołu, a to stanowisko nie jest z nim połączone.</translation>
    </message>
    <message>
        <source>Waiting for the server… (figures from %1 shown)</source>
        <translation>Czekam na serwer… (widoczne liczby z %1)</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Czekam na serwer…</translation>
    </message>
    <message>
        <source>Offline: figures from %1. They are brought up to date when the server can be reached (Update).</source>
        <translation>Offline: liczby z %1. Zostaną zaktualizowane, gdy serwer będzie osiągalny (Aktualizuj).</translation>
    </message>
    <message>
        <source>Offline: no figures yet. The server could not be reached: %1</source>
        <translation>Offline: jeszcze brak liczb. Nie udało się połączyć z serwerem: %1</translation>
    </message>
    <message>
        <source>The server did not give the figures: %1</source>
        <translation>Serwer nie podał liczb: %1</translation>
    </message>
    <message>
        <source>Figures from %1.</source>
        <translation>Liczby z %1.</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Nie ma jeszcze liczb do eksportu.</translation>
    </message>
    <message>
        <source>The chart could not be drawn as an image.</source>
        <translation>Nie udało się narysować wykresu jako obrazu.</translation>
    </message>
    <message>
        <source>Nothing was exported: an export is first written in the team&apos;s audit log, and the server could not take it (%1).</source>
        <translation>Nic nie wyeksportowano: eksport najpierw trafia do dziennika audytu zespołu, a serwer nie mógł go przyjąć (%1).</translation>
    </message>
    <message>
        <source>The team whose figures and incident report are shown (an admin&apos;s choice)</source>
        <translation>Zespół, którego liczby i raport o incydentach są pokazane (wybór administratora)</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Zespół:</translation>
    </message>
    <message>
        <source>%1 (own team)</source>
        <translation>%1 (własny zespół)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardTables</name>
    <message>
        <source>Abusive calls</source>
        <translation>Agresywne rozmowy</translation>
    </message>
    <message>
        <source>Cool-downs taken</source>
        <translation>Wykorzystane przerwy</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Dotrzymane w terminie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Calmed at step 1</source>
        <translation>Uspokojony na kroku 1</translation>
    </message>
    <message>
        <source>Calmed at step 2</source>
        <translation>Uspokojony na kroku 2</translation>
    </message>
    <message>
        <source>Calmed at step 3</source>
        <translation>Uspokojony na kroku 3</translation>
    </message>
    <message>
        <source>Ended at step 3½</source>
        <translation>Zakończona na kroku 3½</translation>
    </message>
    <message>
        <source>Method used, not calmed</source>
        <translation>Metoda użyta, bez uspokojenia</translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation>Obietnice z terminem</translation>
    </message>
    <message>
        <source>Promises kept on time</source>
        <translation>Obietnice dotrzymane w terminie</translation>
    </message>
    <message>
        <source>Promises kept on time (share)</source>
        <translation>Obietnice dotrzymane w terminie (odsetek)</translation>
    </message>
    <message>
        <source>Training attempts</source>
        <translation>Podejścia do treningu</translation>
    </message>
    <message>
        <source>Mean training score</source>
        <translation>Średni wynik treningu</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalacje</translation>
    </message>
    <message>
        <source>How far it went</source>
        <translation>Jak daleko zaszło</translation>
    </message>
    <message>
        <source>Median time to calm</source>
        <translation>Mediana czasu do uspokojenia</translation>
    </message>
    <message>
        <source>Mean time to calm</source>
        <translation>Średni czas do uspokojenia</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Dziennie</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Tygodniowo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Tydzień od</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trening</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Podejścia</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Średni wynik</translation>
    </message>
    <message>
        <source>Per consultant</source>
        <translation>Według konsultanta</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Calmed</source>
        <translation>Uspokojone</translation>
    </message>
    <message>
        <source>Training assigned, done</source>
        <translation>Zadane ćwiczenia, wykonane</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Training assigned, overdue</source>
        <translation>Zadane ćwiczenia, po terminie</translation>
    </message>
    <message>
        <source>Training assigned</source>
        <translation>Zadane ćwiczenia</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Najlepszy wynik</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>wykonane %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DesktopIntegration</name>
    <message>
        <source>Steadyline: next step</source>
        <translation>Steadyline: następny krok</translation>
    </message>
    <message>
        <source>Steadyline: the caller calmed down</source>
        <translation>Steadyline: klient się uspokoił</translation>
    </message>
    <message>
        <source>Steadyline: start or stop the countdown</source>
        <translation>Steadyline: uruchom lub zatrzymaj odliczanie</translation>
    </message>
    <message>
        <source>Steadyline: new note</source>
        <translation>Steadyline: nowa notatka</translation>
    </message>
    <message>
        <source>Steadyline is waiting for an answer in a dialog; answer it first, then start the call.</source>
        <translation>Steadyline czeka na odpowiedź w oknie dialogowym; najpierw odpowiedz, potem rozpocznij rozmowę.</translation>
    </message>
    <message>
        <source>Steadyline: raise or lower your hand for the lead</source>
        <translation>Steadyline: podnieś lub opuść rękę dla lidera</translation>
    </message>
    <message>
        <source>Steadyline is waiting for an answer in a dialog; answer it first, then start the rehearsal.</source>
        <translation>Steadyline czeka na odpowiedź w oknie dialogowym; najpierw odpowiedz, potem rozpocznij próbę.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DiagnosticsPanel</name>
    <message>
        <source>Valid: no errors, no warnings</source>
        <translation>Poprawny: bez błędów i ostrzeżeń</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source> — the preview shows the last valid version</source>
        <translation> — podgląd pokazuje ostatnią poprawną wersję</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Wiersz %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DraftBanner</name>
    <message>
        <source>a new playbook</source>
        <translation>nowy scenariusz</translation>
    </message>
    <message>
        <source>Unsaved changes to %1 from %2 were kept when the editor closed unexpectedly.</source>
        <translation>Niezapisane zmiany w %1 z %2 zostały zachowane, gdy edytor nieoczekiwanie się zamknął.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::EditorFile</name>
    <message>
        <source>New playbook</source>
        <translation>Nowy scenariusz</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>The changes to this playbook are not saved. Discard them?</source>
        <translation>Zmiany w tym scenariuszu nie są zapisane. Odrzucić je?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Otwarto %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>New playbook from %1: give it a file name with Save (Ctrl+S)</source>
        <translation>Nowy scenariusz na podstawie %1: nadaj mu nazwę pliku poleceniem Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <source>A new revision?</source>
        <translation>Nowa wersja?</translation>
    </message>
    <message>
        <source>The playbook changed since revision %1. Save it as revision %2, so the library uses this version and call records name it?</source>
        <translation>Scenariusz zmienił się od wersji %1. Zapisać go jako wersję %2, aby biblioteka używała tej wersji, a zapisy rozmów ją wskazywały?</translation>
    </message>
    <message>
        <source>Save as revision %1</source>
        <translation>Zapisz jako wersję %1</translation>
    </message>
    <message>
        <source>Keep revision %1</source>
        <translation>Zachowaj wersję %1</translation>
    </message>
    <message>
        <source>This playbook has no file yet: use Save As (Ctrl+Shift+S).</source>
        <translation>Ten scenariusz nie ma jeszcze pliku: użyj polecenia Zapisz jako (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Built-in playbooks cannot be changed: use Save As (Ctrl+Shift+S) to save your own copy.</source>
        <translation>Wbudowanych scenariuszy nie można zmieniać: użyj polecenia Zapisz jako (Ctrl+Shift+S), aby zapisać własną kopię.</translation>
    </message>
    <message>
        <source>Not saved: %1 is a team or read-only playbook and the text has errors. Fix them (F8 goes to the next one), or save a draft elsewhere with Save As (Ctrl+Shift+S).</source>
        <translation>Nie zapisano: %1 to scenariusz zespołu lub tylko do odczytu, a tekst zawiera błędy. Popraw je (F8 przechodzi do następnego) albo zapisz wersję roboczą gdzie indziej poleceniem Zapisz jako (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Saved %1 — with errors: it will not load until they are fixed.</source>
        <translation>Zapisano %1 — z błędami: scenariusz nie zostanie wczytany, dopóki nie zostaną poprawione.</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2).</source>
        <translation>Zapisano %1 (wersja %2).</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Nie udało się zapisać wersji roboczej: %1</translation>
    </message>
    <message>
        <source>Draft restored; save to keep it.</source>
        <translation>Przywrócono wersję roboczą; zapisz, aby ją zachować.</translation>
    </message>
    <message>
        <source>Save the playbook as</source>
        <translation>Zapisz scenariusz jako</translation>
    </message>
    <message>
        <source>Start from the shipped playbook:</source>
        <translation>Zacznij od dostarczonego scenariusza:</translation>
    </message>
    <message>
        <source>Open a playbook or scenario</source>
        <translation>Otwórz scenariusz lub scenkę</translation>
    </message>
    <message>
        <source>Playbooks and scenarios (*.json);;All files (*)</source>
        <translation>Scenariusze i scenki (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Save the scenario as</source>
        <translation>Zapisz scenkę jako</translation>
    </message>
    <message>
        <source>Playbooks and scenarios (*.json)</source>
        <translation>Scenariusze i scenki (*.json)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::GlobalShortcuts</name>
    <message>
        <source>These keys work in every application, also while the softphone has the focus.</source>
        <translation>Te klawisze działają w każdej aplikacji, także gdy aktywny jest softphone.</translation>
    </message>
    <message>
        <source>These keys work in every application through your desktop, which may ask you to confirm them or let you change them in its own settings.</source>
        <translation>Te klawisze działają w każdej aplikacji za pośrednictwem pulpitu, który może poprosić o ich potwierdzenie lub pozwolić je zmienić we własnych ustawieniach.</translation>
    </message>
    <message>
        <source>This desktop offers no global shortcuts to applications: only the keys inside the Steadyline window work (F5, F6, Esc, F8, …). The tray icon&apos;s menu works from anywhere.</source>
        <translation>Ten pulpit nie udostępnia aplikacjom skrótów globalnych: działają tylko klawisze w oknie Steadyline (F5, F6, Esc, F8, …). Menu ikony w zasobniku działa zawsze.</translation>
    </message>
    <message>
        <source>%1 (%2): this key cannot be grabbed here; choose a function key or a letter.</source>
        <translation>%1 (%2): tego klawisza nie można tu przechwycić; wybierz klawisz funkcyjny lub literę.</translation>
    </message>
    <message>
        <source>%1 (%2): another application already uses this combination; choose another.</source>
        <translation>%1 (%2): tej kombinacji używa już inna aplikacja; wybierz inną.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::HistoryWindow</name>
    <message>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>dotrzymana %1</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>dotrzymana</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowana</translation>
    </message>
    <message>
        <source>Words in notes, promises or case references — Ctrl+F</source>
        <translation>Słowa w notatkach, obietnicach lub numerach spraw — Ctrl+F</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Dowolny wynik</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Wszystkie daty</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Eksportuj raport…</translation>
    </message>
    <message>
        <source>Export report…  [%1]</source>
        <translation>Eksportuj raport…  [%1]</translation>
    </message>
    <message>
        <source>Export call report</source>
        <translation>Eksport raportu z rozmów</translation>
    </message>
    <message>
        <source>Markdown report (*.md);;PDF report (*.pdf);;JSON (*.json)</source>
        <translation>Raport Markdown (*.md);;Raport PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>The call history cannot be shown. %1</source>
        <translation>Nie można wyświetlić historii rozmów. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n wpisu nie udało się jeszcze zapisać; pojawi się tu, gdy zapis do dziennika będzie możliwy.</numerusform>
            <numerusform>%n wpisów nie udało się jeszcze zapisać; pojawią się tu, gdy zapis do dziennika będzie możliwy.</numerusform>
            <numerusform>%n wpisów nie udało się jeszcze zapisać; pojawią się tu, gdy zapis do dziennika będzie możliwy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls cannot be shown (see the message above).</source>
        <translation>Nie można wyświetlić rozmów (zob. komunikat powyżej).</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.
Try fewer or shorter words, any outcome, or all dates.</source>
        <translation>Nic nie pasuje do „%1”.
Spróbuj mniej lub krótszych słów, dowolnego wyniku albo wszystkich dat.</translation>
    </message>
    <message>
        <source>No calls with this outcome in these dates.
Choose any outcome or all dates.</source>
        <translation>Brak rozmów z tym wynikiem w tych datach.
Wybierz dowolny wynik lub wszystkie daty.</translation>
    </message>
    <message>
        <source>No calls yet.
Calls you take in the assist window appear here with their timeline, notes and promises.</source>
        <translation>Nie ma jeszcze rozmów.
Rozmowy prowadzone w oknie asystenta pojawiają się tutaj wraz z przebiegiem, notatkami i obietnicami.</translation>
    </message>
    <message>
        <source>Showing the newest %1 calls; search or choose fewer dates to find older ones.</source>
        <translation>Wyświetlane są najnowsze rozmowy (%1); aby znaleźć starsze, użyj wyszukiwania lub zawęź daty.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>sprawa %1</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>playbook %1, revision %2</source>
        <translation>scenariusz %1, wersja %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <source>The timeline of this call cannot be shown. %1</source>
        <translation>Nie można wyświetlić przebiegu tej rozmowy. %1</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Nic nie zapisano.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>The notes of this call cannot be shown. %1</source>
        <translation>Nie można wyświetlić notatek z tej rozmowy. %1</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Brak notatek.</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Obietnice</translation>
    </message>
    <message>
        <source>The promises of this call cannot be shown. %1</source>
        <translation>Nie można wyświetlić obietnic z tej rozmowy. %1</translation>
    </message>
    <message>
        <source>No promises.</source>
        <translation>Brak obietnic.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termin %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <source>Calls older than 1 day are deleted, except those with an open promise.</source>
        <translation>Rozmowy starsze niż 1 dzień są usuwane, z wyjątkiem tych z otwartą obietnicą.</translation>
    </message>
    <message>
        <source>Calls older than %1 days are deleted, except those with an open promise.</source>
        <translation>Rozmowy starsze niż %1 dni są usuwane, z wyjątkiem tych z otwartą obietnicą.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Nie udało się przygotować raportu: %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Nie udało się zapisać raportu: %1</translation>
    </message>
    <message>
        <source>%1 call(s) exported to %2 (readable by you alone).</source>
        <translation>Wyeksportowano rozmowy (%1) do %2 (do odczytu tylko przez Ciebie).</translation>
    </message>
    <message>
        <source>No calls older than %1 days to delete (calls with an open promise are kept).</source>
        <translation>Brak rozmów starszych niż %1 dni do usunięcia (rozmowy z otwartą obietnicą zostają).</translation>
    </message>
    <message>
        <source>1 call older than %1 days deleted, with its notes and promises.</source>
        <translation>Usunięto 1 rozmowę starszą niż %1 dni wraz z notatkami i obietnicami.</translation>
    </message>
    <message>
        <source>%1 calls older than %2 days deleted, with their notes and promises.</source>
        <translation>Usunięto rozmowy starsze niż %2 dni (%1) wraz z notatkami i obietnicami.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::JournalNotices</name>
    <message>
        <source>The journal could not be opened: %1 Calls work, but their notes are not saved.</source>
        <translation>Nie udało się otworzyć dziennika: %1 Rozmowy działają, ale ich notatki nie są zapisywane.</translation>
    </message>
    <message>
        <source>Old calls could not be deleted: %1</source>
        <translation>Nie udało się usunąć starych rozmów: %1</translation>
    </message>
    <message>
        <source>%1 call(s) older than %2 days were deleted (calls with an open promise are kept).</source>
        <translation>Usunięto rozmowy starsze niż %2 dni: %1 (rozmowy z otwartą obietnicą zostają).</translation>
    </message>
    <message>
        <source>The call started at %1 was interrupted; its notes and the text being typed are saved in the journal.</source>
        <translation>Rozmowa rozpoczęta %1 została przerwana; jej notatki i wpisywany tekst są zapisane w dzienniku.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R continues the last interrupted call (its record goes on); starting a new call leaves it closed as interrupted.</source>
        <translation>Ctrl+Shift+R kontynuuje ostatnią przerwaną rozmowę (jej zapis jest kontynuowany); nowa rozmowa pozostawia ją zamkniętą jako przerwaną.</translation>
    </message>
    <message>
        <source>Promises: %1 overdue, %2 due today.</source>
        <translation>Obietnice: zaległe %1, na dziś %2.</translation>
    </message>
    <message>
        <source>• overdue: %1</source>
        <translation>• zaległa: %1</translation>
    </message>
    <message>
        <source>• today: %1</source>
        <translation>• na dziś: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are waiting to be saved: the journal cannot be written (a full disk or a read-only folder?). Steadyline keeps them and tries again every few seconds; do not switch the computer off.</source>
        <translation>
            <numerusform>%n wpis czeka na zapisanie: nie można zapisać dziennika (pełny dysk albo folder tylko do odczytu?). Steadyline go przechowuje i co kilka sekund próbuje ponownie; nie wyłączaj komputera.</numerusform>
            <numerusform>%n wpisy czekają na zapisanie: nie można zapisać dziennika (pełny dysk albo folder tylko do odczytu?). Steadyline je przechowuje i co kilka sekund próbuje ponownie; nie wyłączaj komputera.</numerusform>
            <numerusform>%n wpisów czeka na zapisanie: nie można zapisać dziennika (pełny dysk albo folder tylko do odczytu?). Steadyline je przechowuje i co kilka sekund próbuje ponownie; nie wyłączaj komputera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries that could not be saved when Steadyline last ended were written to the journal now.</source>
        <translation>
            <numerusform>%n wpis, którego nie udało się zapisać przy ostatnim zamknięciu Steadyline, został teraz zapisany w dzienniku.</numerusform>
            <numerusform>%n wpisy, których nie udało się zapisać przy ostatnim zamknięciu Steadyline, zostały teraz zapisane w dzienniku.</numerusform>
            <numerusform>%n wpisów, których nie udało się zapisać przy ostatnim zamknięciu Steadyline, zostało teraz zapisanych w dzienniku.</numerusform>
        </translation>
    </message>
    <message>
        <source>A promise is due now: %1</source>
        <translation>Teraz mija termin obietnicy: %1</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Termin obietnicy</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) due now; the details are in Steadyline.</source>
        <translation>
            <numerusform>Nadszedł termin %n obietnicy; szczegóły są w Steadyline.</numerusform>
            <numerusform>Nadszedł termin %n obietnic; szczegóły są w Steadyline.</numerusform>
            <numerusform>Nadszedł termin %n obietnic; szczegóły są w Steadyline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s)</source>
        <translation>
            <numerusform>%n wcześniejsza rozmowa</numerusform>
            <numerusform>%n wcześniejsze rozmowy</numerusform>
            <numerusform>%n wcześniejszych rozmów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n otwarta obietnica</numerusform>
            <numerusform>%n otwarte obietnice</numerusform>
            <numerusform>%n otwartych obietnic</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::LibraryMenu</name>
    <message>
        <source>%1 · %2 · revision %3</source>
        <translation>%1 · %2 · wersja %3</translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation> (nieużywany)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenki</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no playbooks found)</source>
        <translation>(nie znaleziono scenariuszy)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::LibraryWindow</name>
    <message numerus="yes">
        <source>%n playbook(s) loaded</source>
        <translation>
            <numerusform>Wczytano %n scenariusz</numerusform>
            <numerusform>Wczytano %n scenariusze</numerusform>
            <numerusform>Wczytano %n scenariuszy</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 · languages: %2</source>
        <translation>Wersja %1 · języki: %2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Cannot open %1 in the editor</source>
        <translation>Nie można otworzyć %1 w edytorze</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::NotesPanel</name>
    <message>
        <source>Note: type and press Enter</source>
        <translation>Notatka: wpisz i naciśnij Enter</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termin: dziś</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>termin: jutro</translation>
    </message>
    <message>
        <source>due in 2 days</source>
        <translation>termin: za 2 dni</translation>
    </message>
    <message>
        <source>due in a week</source>
        <translation>termin: za tydzień</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <source>What was promised, to whom</source>
        <translation>Co obiecano i komu</translation>
    </message>
    <message>
        <source>Enter to record</source>
        <translation>Enter, aby zapisać</translation>
    </message>
    <message>
        <source>[not saved yet]</source>
        <translation>[jeszcze nie zapisano]</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (termin %1)</translation>
    </message>
    <message>
        <source>%1  Promise: %2%3</source>
        <translation>%1  Obietnica: %2%3</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PlaybookDiagram</name>
    <message numerus="yes">
        <source>This playbook has %n steps: too many to draw here.
For its flow run: steadyline graph FILE | dot -Tsvg -o flow.svg</source>
        <translation>
            <numerusform>Ten scenariusz ma %n krok: zbyt wiele, by go tu narysować.
Aby zobaczyć przepływ, uruchom: steadyline graph PLIK | dot -Tsvg -o flow.svg</numerusform>
            <numerusform>Ten scenariusz ma %n kroki: zbyt wiele, by je tu narysować.
Aby zobaczyć przepływ, uruchom: steadyline graph PLIK | dot -Tsvg -o flow.svg</numerusform>
            <numerusform>Ten scenariusz ma %n kroków: zbyt wiele, by je tu narysować.
Aby zobaczyć przepływ, uruchom: steadyline graph PLIK | dot -Tsvg -o flow.svg</numerusform>
        </translation>
    </message>
    <message>
        <source>any step</source>
        <translation>dowolny krok</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PlaybookEditor</name>
    <message>
        <source>&amp;New playbook from a shipped one…</source>
        <translation>&amp;Nowy scenariusz na podstawie dostarczonego…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Next diagnostic</source>
        <translation>&amp;Następny komunikat diagnostyki</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostyka</translation>
    </message>
    <message>
        <source>Preview: button %1</source>
        <translation>Podgląd: przycisk %1</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nowy scenariusz</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (wbudowany)</translation>
    </message>
    <message>
        <source>%1[*] — Playbook editor</source>
        <translation>%1[*] — Edytor scenariuszy</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>new playbook</source>
        <translation>nowy scenariusz</translation>
    </message>
    <message>
        <source>Close the editor?</source>
        <translation>Zamknąć edytor?</translation>
    </message>
    <message>
        <source>The changes to this playbook are not saved. Close and discard them?</source>
        <translation>Zmiany w tym scenariuszu nie są zapisane. Zamknąć i je odrzucić?</translation>
    </message>
    <message>
        <source>Open from the &amp;library</source>
        <translation>Otwórz z &amp;biblioteki</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenka</translation>
    </message>
    <message>
        <source>Flow of the playbook it trains: %1</source>
        <translation>Przepływ ćwiczonego scenariusza: %1</translation>
    </message>
    <message>
        <source>&amp;Publish to team…</source>
        <translation>&amp;Opublikuj dla zespołu…</translation>
    </message>
    <message>
        <source>the new playbook</source>
        <translation>nowy scenariusz</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, wiersz %2, kolumna %3: %4</translation>
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
        <translation>Osobiście</translation>
    </message>
    <message>
        <source>Consultant: woman</source>
        <translation>Konsultantka</translation>
    </message>
    <message>
        <source>Consultant: man</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanał</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Forma &amp;zwracania się</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Płeć</translation>
    </message>
    <message>
        <source>The text has errors: this is the last valid version.</source>
        <translation>Tekst zawiera błędy: to ostatnia poprawna wersja.</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>Cofnij krok</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <source>Anna</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>No valid version of this playbook yet.</source>
        <translation>Ten scenariusz nie ma jeszcze poprawnej wersji.</translation>
    </message>
    <message>
        <source>Other phrasings (F7 in a call):</source>
        <translation>Inne sformułowania (F7 w trakcie rozmowy):</translation>
    </message>
    <message>
        <source>Countdown %1 s (%2–%3 s)</source>
        <translation>Odliczanie %1 s (%2–%3 s)</translation>
    </message>
    <message>
        <source>Final step. </source>
        <translation>Krok końcowy. </translation>
    </message>
    <message>
        <source>On entering: %1</source>
        <translation>Przy wejściu: %1</translation>
    </message>
    <message>
        <source>Fire the event &quot;%1&quot; (Ctrl+%2)</source>
        <translation>Wywołaj zdarzenie „%1” (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Timer runs out</source>
        <translation>Upływ czasu</translation>
    </message>
    <message>
        <source>The countdown ends now (Ctrl+%1)</source>
        <translation>Odliczanie kończy się teraz (Ctrl+%1)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Jak w systemie (%1)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>The team&apos;s playbook folder</source>
        <translation>Folder ze scenariuszami zespołu</translation>
    </message>
    <message>
        <source>Your own playbook folder</source>
        <translation>Folder z własnymi scenariuszami</translation>
    </message>
    <message>
        <source>%1 is given to two actions; only one of them would work.</source>
        <translation>%1 jest przypisany do dwóch działań; działałoby tylko jedno z nich.</translation>
    </message>
    <message>
        <source>One rule a line, the first that matches wins: a number pattern (* any digits) or queue:NAME, then = and the playbook&apos;s id. Without a match, the start page&apos;s playbook.</source>
        <translation>Jedna reguła w wierszu, wygrywa pierwsza pasująca: wzorzec numeru (* to dowolne cyfry) lub queue:NAME, potem = i identyfikator scenariusza. Gdy nic nie pasuje — scenariusz ze strony startowej.</translation>
    </message>
    <message>
        <source>%1 alone would be taken from every application all day; add Ctrl, Alt or Meta, or use a function key.</source>
        <translation>Klawisz %1 bez modyfikatora byłby przez cały dzień odbierany wszystkim aplikacjom; dodaj Ctrl, Alt lub Meta albo użyj klawisza funkcyjnego.</translation>
    </message>
    <message>
        <source>female</source>
        <comment>the consultant&apos;s grammatical gender; translations may add an example, e.g. Polish “będę zmuszona”</comment>
        <translation>żeński (będę zmuszona)</translation>
    </message>
    <message>
        <source>male</source>
        <comment>the consultant&apos;s grammatical gender; translations may add an example, e.g. Polish “będę zmuszony”</comment>
        <translation>męski (będę zmuszony)</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>Zes&amp;pół</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PromisesWindow</name>
    <message>
        <source>Mark kept</source>
        <translation>Oznacz jako dotrzymaną</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Oznacz jako anulowaną</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>The promise was kept and the customer told</source>
        <translation>Obietnica została dotrzymana, a klient poinformowany</translation>
    </message>
    <message>
        <source>The promise no longer applies</source>
        <translation>Obietnica jest już nieaktualna</translation>
    </message>
    <message>
        <source>Reopen the promise marked last (a slipped key)</source>
        <translation>Otwórz ponownie ostatnio oznaczoną obietnicę (przypadkowo naciśnięty klawisz)</translation>
    </message>
    <message>
        <source>Read the promises again</source>
        <translation>Wczytaj obietnice ponownie</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Eksportuj do kalendarza…</translation>
    </message>
    <message>
        <source>Export open promises</source>
        <translation>Eksport otwartych obietnic</translation>
    </message>
    <message>
        <source>Calendar (*.ics);;Spreadsheet (*.csv)</source>
        <translation>Kalendarz (*.ics);;Arkusz kalkulacyjny (*.csv)</translation>
    </message>
    <message>
        <source>Open promises as calendar tasks with their due dates, or as CSV</source>
        <translation>Otwarte obietnice jako zadania w kalendarzu z terminami lub jako CSV</translation>
    </message>
    <message>
        <source>Some promises cannot be shown:</source>
        <translation>Niektórych obietnic nie można wyświetlić:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n wpisu nie udało się jeszcze zapisać; pojawi się tu, gdy zapis do dziennika będzie możliwy.</numerusform>
            <numerusform>%n wpisów nie udało się jeszcze zapisać; pojawią się tu, gdy zapis do dziennika będzie możliwy.</numerusform>
            <numerusform>%n wpisów nie udało się jeszcze zapisać; pojawią się tu, gdy zapis do dziennika będzie możliwy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <source>No open promises.
Promises you record during a call (F9) appear here until they are marked kept or cancelled.</source>
        <translation>Brak otwartych obietnic.
Obietnice zapisane w trakcie rozmowy (F9) są widoczne tutaj, dopóki nie zostaną oznaczone jako dotrzymane lub anulowane.</translation>
    </message>
    <message>
        <source>Marked kept: %1. %2 reopens it.</source>
        <translation>Oznaczono jako dotrzymaną: %1. %2 otwiera ją ponownie.</translation>
    </message>
    <message>
        <source>Marked cancelled: %1. %2 reopens it.</source>
        <translation>Oznaczono jako anulowaną: %1. %2 otwiera ją ponownie.</translation>
    </message>
    <message>
        <source>%1 will be marked kept as soon as the journal can be written: %2</source>
        <translation>%1 zostanie oznaczona jako dotrzymana, gdy tylko zapis do dziennika będzie możliwy: %2</translation>
    </message>
    <message>
        <source>%1 will be marked cancelled as soon as the journal can be written: %2</source>
        <translation>%1 zostanie oznaczona jako anulowana, gdy tylko zapis do dziennika będzie możliwy: %2</translation>
    </message>
    <message>
        <source>%1 could not be marked kept: %2</source>
        <translation>Nie udało się oznaczyć „%1” jako dotrzymanej: %2</translation>
    </message>
    <message>
        <source>%1 could not be marked cancelled: %2</source>
        <translation>Nie udało się oznaczyć „%1” jako anulowanej: %2</translation>
    </message>
    <message>
        <source>The promises could not be read: %1</source>
        <translation>Nie udało się odczytać obietnic: %1</translation>
    </message>
    <message>
        <source>The promises could not be written: %1</source>
        <translation>Nie udało się zapisać obietnic: %1</translation>
    </message>
    <message>
        <source>%1 open promise(s) exported to %2 (readable by you alone).</source>
        <translation>Wyeksportowano otwarte obietnice (%1) do %2 (do odczytu tylko przez Ciebie).</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 jest ponownie otwarta.</translation>
    </message>
    <message>
        <source>%1 will be open again as soon as the journal can be written: %2</source>
        <translation>%1 zostanie ponownie otwarta, gdy tylko zapis do dziennika będzie możliwy: %2</translation>
    </message>
    <message>
        <source>%1 could not be reopened: %2</source>
        <translation>Nie udało się ponownie otworzyć „%1”: %2</translation>
    </message>
    <message>
        <source>Hand back…</source>
        <translation>Oddaj…</translation>
    </message>
    <message>
        <source>Give the promise back to your team&apos;s leads, who hand it on</source>
        <translation>Oddaj obietnicę liderom zespołu, którzy przekażą ją dalej</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>nieznana pora</translation>
    </message>
    <message>
        <source>%1&apos;s call, %2, %3</source>
        <translation>rozmowa: %1, %2, %3</translation>
    </message>
    <message>
        <source>Handed to you by your lead</source>
        <translation>Przekazane ci przez lidera</translation>
    </message>
    <message>
        <source>Marked kept: %1. The team learns it with the next sync.</source>
        <translation>Oznaczono jako dotrzymaną: %1. Zespół dowie się przy najbliższej synchronizacji.</translation>
    </message>
    <message>
        <source>Marked cancelled: %1. The team learns it with the next sync.</source>
        <translation>Oznaczono jako anulowaną: %1. Zespół dowie się przy najbliższej synchronizacji.</translation>
    </message>
    <message>
        <source>%1 was made before this desk joined the team and cannot be handed back.</source>
        <translation>%1 powstała, zanim to stanowisko dołączyło do zespołu, i nie można jej oddać.</translation>
    </message>
    <message>
        <source>Hand back the promise</source>
        <translation>Oddaj obietnicę</translation>
    </message>
    <message>
        <source>Hand %1 back to your team&apos;s leads? They give it to a colleague or keep it; it leaves your list and your reminders.</source>
        <translation>Oddać %1 liderom zespołu? Przekażą ją komuś lub zatrzymają; zniknie z twojej listy i przypomnień.</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Oddaj</translation>
    </message>
    <message>
        <source>%1 could not be handed back: %2</source>
        <translation>Nie udało się oddać %1: %2</translation>
    </message>
    <message>
        <source>Handed back: %1. It goes to your leads with the next sync; %2 keeps it here until then.</source>
        <translation>Oddano: %1. Trafi do liderów przy najbliższej synchronizacji; do tego czasu %2 ją zatrzymuje.</translation>
    </message>
    <message>
        <source>%1 stays yours: the hand-back was not sent.</source>
        <translation>%1 zostaje u ciebie: oddanie nie zostało wysłane.</translation>
    </message>
    <message>
        <source>%1 has gone to your leads already; ask them to give it back to you.</source>
        <translation>%1 trafiła już do liderów; poproś ich, by ci ją oddali.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PublishDialog</name>
    <message>
        <source>Publish to team</source>
        <translation>Publikacja dla zespołu</translation>
    </message>
    <message>
        <source>What changed, in a line the team will read</source>
        <translation>Co się zmieniło – jedno zdanie dla zespołu</translation>
    </message>
    <message>
        <source>Note for the team</source>
        <translation>Notatka dla zespołu</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>&amp;Publish to team</source>
        <translation>&amp;Opublikuj dla zespołu</translation>
    </message>
    <message>
        <source>Published &amp;revisions of this playbook:</source>
        <translation>Opublikowane &amp;wersje tego scenariusza:</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>Opublikowane wersje</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>W użyciu</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Opublikował(a)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Roll &amp;back to this revision…</source>
        <translation>&amp;Przywróć tę wersję…</translation>
    </message>
    <message>
        <source>Only a playbook is published to the team.</source>
        <translation>Dla zespołu publikuje się tylko scenariusze rozmów.</translation>
    </message>
    <message>
        <source>Publish revision %1 of “%2” to your team: every desk uses it from its next call; a call already on keeps its version.</source>
        <translation>Opublikuj wersję %1 scenariusza „%2” dla zespołu: każde stanowisko użyje jej od następnej rozmowy; trwająca rozmowa zachowuje swoją wersję.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>w użyciu</translation>
    </message>
    <message>
        <source>A training scenario is not published; publish the playbook it trains.</source>
        <translation>Scenariusza ćwiczeniowego się nie publikuje; opublikuj scenariusz rozmowy, który ćwiczy.</translation>
    </message>
    <message>
        <source>Not published: the playbook has errors. First: %1</source>
        <translation>Nie opublikowano: scenariusz zawiera błędy. Pierwszy: %1</translation>
    </message>
    <message>
        <source>Only a lead or admin of the team publishes playbooks.</source>
        <translation>Scenariusze publikuje tylko lider lub administrator zespołu.</translation>
    </message>
    <message>
        <source>The team server cannot be reached now, so nothing can be published or rolled back. Publishing is not queued: try again when the status bar says the team is online.</source>
        <translation>Serwer zespołu jest teraz nieosiągalny, więc nie można niczego opublikować ani przywrócić. Publikacja nie czeka w kolejce: spróbuj ponownie, gdy pasek stanu pokaże, że zespół jest online.</translation>
    </message>
    <message>
        <source>Revision %1 is published already (the newest is %2). Raise the playbook&apos;s &quot;revision&quot; and save, then publish.</source>
        <translation>Wersja %1 jest już opublikowana (najnowsza to %2). Zwiększ &quot;revision&quot; scenariusza, zapisz i opublikuj.</translation>
    </message>
    <message>
        <source>Nothing of this playbook was published to the team yet.</source>
        <translation>Tego scenariusza nie opublikowano jeszcze dla zespołu.</translation>
    </message>
    <message>
        <source>Makes the chosen revision the one every desk uses from its next call.</source>
        <translation>Wybrana wersja będzie używana na każdym stanowisku od następnej rozmowy.</translation>
    </message>
    <message>
        <source>Publishing revision %1 …</source>
        <translation>Publikowanie wersji %1 …</translation>
    </message>
    <message>
        <source>Published revision %1 to the team. Every desk uses it from its next call.</source>
        <translation>Opublikowano wersję %1 dla zespołu. Każde stanowisko użyje jej od następnej rozmowy.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Przywrócenie wersji</translation>
    </message>
    <message>
        <source>Every desk of the team will use revision %1 of “%2” from its next call, instead of revision %3. Calls already on keep their version.</source>
        <translation>Każde stanowisko zespołu użyje od następnej rozmowy wersji %1 scenariusza „%2” zamiast wersji %3. Trwające rozmowy zachowują swoją wersję.</translation>
    </message>
    <message>
        <source>Roll back to revision %1</source>
        <translation>Przywróć wersję %1</translation>
    </message>
    <message>
        <source>Rolling back to revision %1 …</source>
        <translation>Przywracanie wersji %1 …</translation>
    </message>
    <message>
        <source>Revision %1 is the team&apos;s version again, from every desk&apos;s next call.</source>
        <translation>Wersja %1 znów jest wersją zespołu, od następnej rozmowy na każdym stanowisku.</translation>
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
        <translation>Ręka podniesiona — oczekiwanie na lidera</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Opuść rękę</translation>
    </message>
    <message>
        <source>Not in a rehearsal: a raised hand would call your team lead.</source>
        <translation>Nie w trakcie próby: podniesiona ręka wezwałaby lidera zespołu.</translation>
    </message>
    <message>
        <source>Asks your team lead for help with this step; the same key lowers it.</source>
        <translation>Prosi lidera zespołu o pomoc przy tym kroku; ten sam klawisz opuszcza rękę.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::RehearsalController</name>
    <message>
        <source>The scenario cannot be rehearsed: %1</source>
        <translation>Tej scenki nie można przećwiczyć: %1</translation>
    </message>
    <message>
        <source>The scenario cannot be rehearsed.</source>
        <translation>Tej scenki nie można przećwiczyć.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::RehearsalPanel</name>
    <message>
        <source>shouting</source>
        <translation>krzyczy</translation>
    </message>
    <message>
        <source>aggressive</source>
        <translation>agresywnie</translation>
    </message>
    <message>
        <source>insulting</source>
        <translation>obraża</translation>
    </message>
    <message>
        <source>threatening</source>
        <translation>grozi</translation>
    </message>
    <message>
        <source>sarcastic</source>
        <translation>z sarkazmem</translation>
    </message>
    <message>
        <source>upset</source>
        <translation>ze zdenerwowaniem</translation>
    </message>
    <message>
        <source>venting</source>
        <translation>wyładowuje emocje</translation>
    </message>
    <message>
        <source>calming down</source>
        <translation>uspokaja się</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>spokojnie</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>milczy</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Próba: %1</translation>
    </message>
    <message>
        <source>This system has no voice for the scenario&apos;s language; the caller&apos;s lines are shown only.</source>
        <translation>Ten system nie ma głosu dla języka scenki; kwestie klienta są tylko wyświetlane.</translation>
    </message>
    <message>
        <source>Caller (%1): %2</source>
        <translation>Klient (%1): %2</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Ty: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notatka: %1</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Obietnica: %1</translation>
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
        <translation>Punkty: %1 — %2</translation>
    </message>
    <message>
        <source>%1 is not an option at this point of the rehearsal.</source>
        <translation>%1 nie jest dostępne na tym etapie próby.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::ScenarioSummary</name>
    <message>
        <source>Scenarios are rehearsed from the Training window. Here you edit the file: it is checked against the playbook it trains as you type.</source>
        <translation>Scenki ćwiczy się w oknie Trening. Tutaj edytujesz plik: w trakcie pisania jest sprawdzany względem scenariusza, który ćwiczy.</translation>
    </message>
    <message>
        <source>Fix the errors to see the scenario&apos;s title, playbook, turns and maximum score.</source>
        <translation>Popraw błędy, aby zobaczyć tytuł scenki, scenariusz, kwestie i maksymalny wynik.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>%1 — %2 (revision %3, needs %4 or later)</source>
        <translation>%1 — %2 (wersja %3, wymagana %4 lub nowsza)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Kwestie</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Zakończenia</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Maksymalny wynik</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkty</numerusform>
            <numerusform>%n punktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Próg zaliczenia</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The text has errors: this is the last valid version.</source>
        <translation>Tekst zawiera błędy: to ostatnia poprawna wersja.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::SoftphoneFollower</name>
    <message>
        <source>The baresip address &quot;%1&quot; is not host:port (e.g. 127.0.0.1:4444).</source>
        <translation>Adres baresip „%1” nie ma postaci host:port (np. 127.0.0.1:4444).</translation>
    </message>
    <message>
        <source>The listener&apos;s port %1 is not a port number.</source>
        <translation>Port nasłuchu %1 nie jest prawidłowym numerem portu.</translation>
    </message>
    <message>
        <source>A call is already in progress in Steadyline.</source>
        <translation>W Steadyline trwa już rozmowa.</translation>
    </message>
    <message>
        <source>baresip connected</source>
        <translation>połączono z baresip</translation>
    </message>
    <message>
        <source>waiting for baresip</source>
        <translation>oczekiwanie na baresip</translation>
    </message>
    <message>
        <source>listening on 127.0.0.1:%1</source>
        <translation>nasłuch na 127.0.0.1:%1</translation>
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
        <translation>Zanotuj „%1” z godziną</translation>
    </message>
    <message>
        <source>Undo the last step (a slipped key)</source>
        <translation>Cofnij ostatni krok (przypadkowo naciśnięty klawisz)</translation>
    </message>
    <message>
        <source>The call can end now</source>
        <translation>Rozmowę można teraz zakończyć</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
    <message>
        <source>Phrasing %1 of %2 — %3 for another</source>
        <translation>Sformułowanie %1 z %2 — %3, aby zmienić</translation>
    </message>
    <message>
        <source>Act now</source>
        <translation>Działaj teraz</translation>
    </message>
    <message>
        <source>Finish call</source>
        <translation>Zakończ rozmowę</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Zakończ rozmowę</translation>
    </message>
    <message numerus="yes">
        <source>Hang up in %n s</source>
        <translation>
            <numerusform>Rozłącz się za %n s</numerusform>
            <numerusform>Rozłącz się za %n s</numerusform>
            <numerusform>Rozłącz się za %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc stops · Ctrl+↑/↓ ±1 s · F6 calmed</source>
        <translation>Esc zatrzymuje · Ctrl+↑/↓ ±1 s · F6 klient się uspokoił</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymane</translation>
    </message>
    <message>
        <source>F5 hang up now · F6 calmed</source>
        <translation>F5 rozłącz się teraz · F6 klient się uspokoił</translation>
    </message>
    <message>
        <source>F5 call security now · F6 calmed</source>
        <translation>F5 wezwij teraz kierownika lub ochronę · F6 klient się uspokoił</translation>
    </message>
    <message>
        <source>End the conversation now</source>
        <translation>Zakończ teraz rozmowę</translation>
    </message>
    <message>
        <source>Hand the call over to your colleague now</source>
        <translation>Przekaż teraz rozmowę osobie z zespołu</translation>
    </message>
    <message>
        <source>Call the manager or security now</source>
        <translation>Wezwij teraz kierownika lub ochronę</translation>
    </message>
    <message>
        <source>Call the manager or security now: %1</source>
        <translation>Wezwij teraz kierownika lub ochronę: %1</translation>
    </message>
    <message numerus="yes">
        <source>Call the manager or security in %n s</source>
        <translation>
            <numerusform>Wezwij kierownika lub ochronę za %n s</numerusform>
            <numerusform>Wezwij kierownika lub ochronę za %n s</numerusform>
            <numerusform>Wezwij kierownika lub ochronę za %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Now, without another word: the end has been announced</source>
        <translation>Teraz, bez dalszych słów: koniec rozmowy został już zapowiedziany</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::SummaryView</name>
    <message>
        <source>Call summary</source>
        <translation>Podsumowanie rozmowy</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 min %4 s) · outcome: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>%1 – %2 (%3 min %4 s) · wynik: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (undo)</source>
        <translation> (cofnięte)</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Obietnice</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Próba: %1</translation>
    </message>
    <message>
        <source>Passed: %1 of %2 points (%3 %, pass mark %4 %)</source>
        <translation>Zaliczone: %1 z %2 pkt (%3 %, próg zaliczenia %4 %)</translation>
    </message>
    <message>
        <source>Not passed: %1 of %2 points (%3 %, pass mark %4 %)</source>
        <translation>Niezaliczone: %1 z %2 pkt (%3 %, próg zaliczenia %4 %)</translation>
    </message>
    <message>
        <source>No mistakes.</source>
        <translation>Bez błędów.</translation>
    </message>
    <message>
        <source>Mistakes and what to do instead</source>
        <translation>Błędy i co zrobić zamiast tego</translation>
    </message>
    <message>
        <source>Critical: </source>
        <translation>Krytyczne: </translation>
    </message>
    <message>
        <source>at turn &apos;%1&apos;</source>
        <translation>przy kwestii „%1”</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Przebieg rozmowy</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Obietnica</translation>
    </message>
    <message>
        <source>Rehearsal passed: %1 %</source>
        <translation>Próba zaliczona: %1 %</translation>
    </message>
    <message>
        <source>Rehearsal not passed: %1 %</source>
        <translation>Próba niezaliczona: %1 %</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamBoardWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Podniesione ręce</translation>
    </message>
    <message>
        <source>On my way</source>
        <translation>Już idę</translation>
    </message>
    <message>
        <source>Answer to the raised hand</source>
        <translation>Odpowiedź na podniesioną rękę</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Odpowiedz</translation>
    </message>
    <message>
        <source>Sends the text (or “On my way” when it is empty) to the consultant (Enter)</source>
        <translation>Wysyła tekst konsultantowi (pusty: „Już idę”) (Enter)</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>Odp&amp;owiedź:</translation>
    </message>
    <message>
        <source>On this step</source>
        <translation>Na tym kroku</translation>
    </message>
    <message>
        <source>In the call</source>
        <translation>W rozmowie</translation>
    </message>
    <message>
        <source>In a call now</source>
        <translation>Teraz w rozmowie</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Zostało</translation>
    </message>
    <message>
        <source>In a cool-down</source>
        <translation>Na przerwie po trudnej rozmowie</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Jak się zakończyła</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Oznaczenia</translation>
    </message>
    <message numerus="yes">
        <source>Abusive calls, last %n days</source>
        <translation>
            <numerusform>Agresywne rozmowy, ostatni %n dzień</numerusform>
            <numerusform>Agresywne rozmowy, ostatnie %n dni</numerusform>
            <numerusform>Agresywne rozmowy, ostatnie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of the chosen call</source>
        <translation>Przebieg wybranej rozmowy</translation>
    </message>
    <message>
        <source>Choose a call to read its timeline.</source>
        <translation>Wybierz rozmowę, aby zobaczyć jej przebieg.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <source>The journal is not open, so the team&apos;s calls cannot be read.</source>
        <translation>Dziennik nie jest otwarty, więc nie można odczytać rozmów zespołu.</translation>
    </message>
    <message>
        <source>%1 raised a hand</source>
        <translation>%1 prosi o pomoc</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Krok: %1</translation>
    </message>
    <message>
        <source>Abusive call: %1</source>
        <translation>Agresywna rozmowa: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in a call</source>
        <translation>
            <numerusform>%n w rozmowie</numerusform>
            <numerusform>%n w rozmowie</numerusform>
            <numerusform>%n w rozmowie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n raised hands</source>
        <translation>
            <numerusform>%n podniesiona ręka</numerusform>
            <numerusform>%n podniesione ręce</numerusform>
            <numerusform>%n podniesionych rąk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a cool-down</source>
        <translation>
            <numerusform>%n na przerwie</numerusform>
            <numerusform>%n na przerwie</numerusform>
            <numerusform>%n na przerwie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abusive calls today</source>
        <translation>
            <numerusform>%n agresywna rozmowa dziś</numerusform>
            <numerusform>%n agresywne rozmowy dziś</numerusform>
            <numerusform>%n agresywnych rozmów dziś</numerusform>
        </translation>
    </message>
    <message>
        <source>No raised hand to answer.</source>
        <translation>Nie ma podniesionej ręki, na którą można odpowiedzieć.</translation>
    </message>
    <message>
        <source>Answer sent to %1: %2</source>
        <translation>Wysłano do %1: %2</translation>
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
        <translation>Pulpit zespołu — Steadyline</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Teraz</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statystyki</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamFeatures</name>
    <message numerus="yes">
        <source>%n promise(s) of a colleague handed to you by your lead; see Promises (Ctrl+P).</source>
        <translation>
            <numerusform>Lider przekazał ci %n obietnicę innej osoby; zobacz Obietnice (Ctrl+P).</numerusform>
            <numerusform>Lider przekazał ci %n obietnice innej osoby; zobacz Obietnice (Ctrl+P).</numerusform>
            <numerusform>Lider przekazał ci %n obietnic innej osoby; zobacz Obietnice (Ctrl+P).</numerusform>
        </translation>
    </message>
    <message>
        <source>Promise handed to you</source>
        <translation>Przekazano ci obietnicę</translation>
    </message>
    <message>
        <source>Opening this call could not be written in the team&apos;s audit log: the desk is not linked to the team server.</source>
        <translation>Otwarcia tej rozmowy nie udało się zapisać w dzienniku audytu zespołu: stanowisko nie jest połączone z serwerem zespołu.</translation>
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
        <translation>Odpowiedź lidera: %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamLink</name>
    <message>
        <source>Team: online</source>
        <translation>Zespół: połączono</translation>
    </message>
    <message numerus="yes">
        <source>Team: online · %n waiting</source>
        <translation>
            <numerusform>Zespół: połączono · %n czeka</numerusform>
            <numerusform>Zespół: połączono · %n czekają</numerusform>
            <numerusform>Zespół: połączono · %n czeka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: offline · %n waiting</source>
        <translation>
            <numerusform>Zespół: bez połączenia · %n czeka</numerusform>
            <numerusform>Zespół: bez połączenia · %n czekają</numerusform>
            <numerusform>Zespół: bez połączenia · %n czeka</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Serwer zespołu: %1</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Ostatnio wysłano: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Ostatnio odebrano: %1</translation>
    </message>
    <message>
        <source>Calls, notes and promises are kept on this desk and sent when the server is back.</source>
        <translation>Rozmowy, notatki i obietnice zostają na tym stanowisku i zostaną wysłane, gdy serwer wróci.</translation>
    </message>
    <message>
        <source>Team server problem</source>
        <translation>Problem z serwerem zespołu</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Hides this message until the problem changes; the status bar keeps it.</source>
        <translation>Ukrywa ten komunikat, dopóki problem się nie zmieni; pasek stanu nadal go pokazuje.</translation>
    </message>
    <message>
        <source>The team server does not take this desk&apos;s changes: %1 Your work is kept on this desk. Preferences → Team (Ctrl+,) joins again with another password or address.</source>
        <translation>Serwer zespołu nie przyjmuje zmian z tego stanowiska: %1 Twoja praca zostaje na tym stanowisku. W Ustawieniach → Zespół (Ctrl+,) dołączysz ponownie z innym hasłem lub adresem.</translation>
    </message>
    <message>
        <source>This desk is not in a team: there is no team to publish to.</source>
        <translation>To stanowisko nie należy do zespołu: nie ma dla kogo publikować.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n odrzucona</numerusform>
            <numerusform>%n odrzucone</numerusform>
            <numerusform>%n odrzuconych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1 They are kept on this desk and no longer wait.</source>
        <translation>
            <numerusform>%n zmiana odrzucona przez serwer: %1 Jest zachowana na tym stanowisku i już nie czeka.</numerusform>
            <numerusform>%n zmiany odrzucone przez serwer: %1 Są zachowane na tym stanowisku i już nie czekają.</numerusform>
            <numerusform>%n zmian odrzuconych przez serwer: %1 Są zachowane na tym stanowisku i już nie czekają.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamPage</name>
    <message>
        <source>never</source>
        <comment>no changes sent or received yet</comment>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Join a team server</source>
        <translation>Dołącz do serwera zespołu</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Adres serwera zespołu</translation>
    </message>
    <message>
        <source>The address your team&apos;s admin gave you. It is saved in the settings; the password never is.</source>
        <translation>Adres od administratora zespołu. Zapisuje się go w ustawieniach; hasła nigdy.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <source>Your login on the team server</source>
        <translation>Twój login na serwerze zespołu</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Your password on the team server</source>
        <translation>Twoje hasło na serwerze zespołu</translation>
    </message>
    <message>
        <source>Kept in libpq&apos;s password file (~/.pgpass), readable by you alone; never in the settings or the log.</source>
        <translation>Przechowywane w pliku haseł libpq (~/.pgpass), czytelnym tylko dla Ciebie; nigdy w ustawieniach ani w logu.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Dołącz</translation>
    </message>
    <message>
        <source>Checking the team server</source>
        <translation>Sprawdzanie serwera zespołu</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>To stanowisko</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchro&amp;nizuj teraz</translation>
    </message>
    <message>
        <source>Lea&amp;ve the team…</source>
        <translation>&amp;Opuść zespół…</translation>
    </message>
    <message>
        <source>Sending and receiving now; the state below follows.</source>
        <translation>Trwa wysyłanie i odbieranie; stan poniżej się zaktualizuje.</translation>
    </message>
    <message>
        <source>The journal could not be opened, so this desk cannot join a team now. Restart Steadyline; if it says so again, see the message at its start.</source>
        <translation>Nie udało się otworzyć dziennika, więc to stanowisko nie może teraz dołączyć do zespołu. Uruchom Steadyline ponownie; jeśli komunikat się powtórzy, przeczytaj ten wyświetlany przy starcie.</translation>
    </message>
    <message>
        <source>Enter the password your team&apos;s admin gave you.</source>
        <translation>Wpisz hasło od administratora zespołu.</translation>
    </message>
    <message>
        <source>Checking %1 … the rest of Steadyline keeps working meanwhile.</source>
        <translation>Sprawdzanie %1 … reszta Steadyline w tym czasie działa normalnie.</translation>
    </message>
    <message>
        <source>Joining was cancelled; nothing was changed on this desk.</source>
        <translation>Dołączanie przerwano; na tym stanowisku nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Nothing was changed on this desk.</source>
        <translation>Na tym stanowisku nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Joined team &apos;%1&apos; as %2 (%3). From now on calls, notes, promises and rehearsals are shared with the team.</source>
        <translation>Dołączono do zespołu &apos;%1&apos; jako %2 (%3). Od teraz rozmowy, notatki, obietnice i ćwiczenia są udostępniane zespołowi.</translation>
    </message>
    <message>
        <source>Leave team &apos;%1&apos; on %2?

Your own calls, notes and promises stay in this desk&apos;s journal. What the team shared with you is removed from this desk, and so is the password; new calls are no longer shared.</source>
        <translation>Opuścić zespół &apos;%1&apos; na %2?

Twoje rozmowy, notatki i obietnice zostają w dzienniku tego stanowiska. To, co udostępnił Ci zespół, zostanie usunięte z tego stanowiska, podobnie jak hasło; nowe rozmowy nie będą już udostępniane.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes have not reached the server yet. Leaving now discards them: they stay in your journal, but the team never gets them. To send them first, cancel and use Sync now while the team is online.</source>
        <translation>
            <numerusform>%n zmiana nie dotarła jeszcze na serwer. Opuszczenie zespołu teraz ją porzuci: zostanie w Twoim dzienniku, ale zespół jej nie dostanie. Aby ją najpierw wysłać, anuluj i użyj „Synchronizuj teraz”, gdy zespół jest online.</numerusform>
            <numerusform>%n zmiany nie dotarły jeszcze na serwer. Opuszczenie zespołu teraz je porzuci: zostaną w Twoim dzienniku, ale zespół ich nie dostanie. Aby je najpierw wysłać, anuluj i użyj „Synchronizuj teraz”, gdy zespół jest online.</numerusform>
            <numerusform>%n zmian nie dotarło jeszcze na serwer. Opuszczenie zespołu teraz je porzuci: zostaną w Twoim dzienniku, ale zespół ich nie dostanie. Aby je najpierw wysłać, anuluj i użyj „Synchronizuj teraz”, gdy zespół jest online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave and discard %n changes</source>
        <translation>
            <numerusform>Opuść i porzuć %n zmianę</numerusform>
            <numerusform>Opuść i porzuć %n zmiany</numerusform>
            <numerusform>Opuść i porzuć %n zmian</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>Opuść zespół</translation>
    </message>
    <message numerus="yes">
        <source>Left team &apos;%1&apos;; %n changes not sent were discarded.</source>
        <translation>
            <numerusform>Opuszczono zespół &apos;%1&apos;; porzucono %n niewysłaną zmianę.</numerusform>
            <numerusform>Opuszczono zespół &apos;%1&apos;; porzucono %n niewysłane zmiany.</numerusform>
            <numerusform>Opuszczono zespół &apos;%1&apos;; porzucono %n niewysłanych zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left team &apos;%1&apos;. Your own journal stays on this desk.</source>
        <translation>Opuszczono zespół &apos;%1&apos;. Twój dziennik zostaje na tym stanowisku.</translation>
    </message>
    <message>
        <source>This desk is not in a team: its journal stays on this computer alone.</source>
        <translation>To stanowisko nie należy do zespołu: jego dziennik jest tylko na tym komputerze.</translation>
    </message>
    <message>
        <source>Team &apos;%1&apos; on %2, as %3.</source>
        <translation>Zespół &apos;%1&apos; na %2, jako %3.</translation>
    </message>
    <message numerus="yes">
        <source>Online; %n changes waiting to be sent.</source>
        <translation>
            <numerusform>Online; %n zmiana czeka na wysłanie.</numerusform>
            <numerusform>Online; %n zmiany czekają na wysłanie.</numerusform>
            <numerusform>Online; %n zmian czeka na wysłanie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline; %n changes waiting, kept on this desk until the server is back.</source>
        <translation>
            <numerusform>Offline; %n zmiana czeka, przechowywana na tym stanowisku do powrotu serwera.</numerusform>
            <numerusform>Offline; %n zmiany czekają, przechowywane na tym stanowisku do powrotu serwera.</numerusform>
            <numerusform>Offline; %n zmian czeka, przechowywanych na tym stanowisku do powrotu serwera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sent: %1. Last received: %2.</source>
        <translation>Ostatnio wysłano: %1. Ostatnio odebrano: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to be sent.</source>
        <translation>
            <numerusform>%n zmiana czeka na wysłanie.</numerusform>
            <numerusform>%n zmiany czekają na wysłanie.</numerusform>
            <numerusform>%n zmian czeka na wysłanie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel joinin&amp;g</source>
        <translation>Prz&amp;erwij dołączanie</translation>
    </message>
    <message>
        <source>The server said yes; stopping the link to the old server first …</source>
        <translation>Serwer się zgodził; najpierw zatrzymuję połączenie ze starym serwerem …</translation>
    </message>
    <message>
        <source>Leaving team &apos;%1&apos; … the link to the server is stopping; the rest of Steadyline keeps working meanwhile.</source>
        <translation>Opuszczanie zespołu &apos;%1&apos; … połączenie z serwerem jest zatrzymywane; reszta Steadyline w tym czasie działa dalej.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1 They are kept on this desk and no longer wait.</source>
        <translation>
            <numerusform>%n zmiana odrzucona przez serwer: %1 Jest zachowana na tym stanowisku i już nie czeka.</numerusform>
            <numerusform>%n zmiany odrzucone przez serwer: %1 Są zachowane na tym stanowisku i już nie czekają.</numerusform>
            <numerusform>%n zmian odrzuconych przez serwer: %1 Są zachowane na tym stanowisku i już nie czekają.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamPromisesWindow</name>
    <message>
        <source>Team promises — Steadyline</source>
        <translation>Obietnice zespołu — Steadyline</translation>
    </message>
    <message>
        <source>Open promises of the team</source>
        <translation>Otwarte obietnice zespołu</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Obietnica</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Ma ją</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Złożył(a)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Współpracownik:</translation>
    </message>
    <message>
        <source>Colleague to give the promise to</source>
        <translation>Osoba, której przekazać obietnicę</translation>
    </message>
    <message>
        <source>Reassign to colleague</source>
        <translation>Przekaż współpracownikowi</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Przejmij</translation>
    </message>
    <message>
        <source>Reassign all of the holder…</source>
        <translation>Przekaż wszystkie tej osoby…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Serwer odmówił (%1): %2</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Zrobione: %1.</translation>
    </message>
    <message>
        <source>handed back</source>
        <translation>oddana</translation>
    </message>
    <message>
        <source>no due time</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>czeka na serwer</translation>
    </message>
    <message>
        <source>queued: sent when the server is back</source>
        <translation>w kolejce: wyślemy, gdy serwer wróci</translation>
    </message>
    <message>
        <source>No open promises in the team.</source>
        <translation>Brak otwartych obietnic w zespole.</translation>
    </message>
    <message>
        <source>Pick a colleague first (Alt+C).</source>
        <translation>Najpierw wybierz osobę (Alt+C).</translation>
    </message>
    <message>
        <source>%1 could not be reassigned: %2</source>
        <translation>Nie udało się przekazać %1: %2</translation>
    </message>
    <message>
        <source>you take %1</source>
        <translation>przejmujesz %1</translation>
    </message>
    <message>
        <source>%1 goes to %2</source>
        <translation>%1 trafia do: %2</translation>
    </message>
    <message>
        <source>Sent: %1.</source>
        <translation>Wysłano: %1.</translation>
    </message>
    <message>
        <source>Queued while offline: %1. It is sent when the server is back.</source>
        <translation>W kolejce (offline): %1. Zostanie wysłane, gdy serwer wróci.</translation>
    </message>
    <message>
        <source>%1 holds these promises already; pick another colleague.</source>
        <translation>%1 ma już te obietnice; wybierz inną osobę.</translation>
    </message>
    <message>
        <source>Reassign all promises</source>
        <translation>Przekaż wszystkie obietnice</translation>
    </message>
    <message numerus="yes">
        <source>Give every open promise %1 holds (%n known here) to %2?</source>
        <translation>
            <numerusform>Przekazać wszystkie otwarte obietnice, które ma %1 (tu znana %n), osobie %2?</numerusform>
            <numerusform>Przekazać wszystkie otwarte obietnice, które ma %1 (tu znane %n), osobie %2?</numerusform>
            <numerusform>Przekazać wszystkie otwarte obietnice, które ma %1 (tu znanych %n), osobie %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign all</source>
        <translation>Przekaż wszystkie</translation>
    </message>
    <message>
        <source>The promises could not be reassigned: %1</source>
        <translation>Nie udało się przekazać obietnic: %1</translation>
    </message>
    <message>
        <source>every open promise of %1 goes to %2</source>
        <translation>wszystkie otwarte obietnice %1 trafiają do: %2</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrainingAssignmentWindow</name>
    <message>
        <source>Training assignments — Steadyline</source>
        <translation>Przydziały treningów — Steadyline</translation>
    </message>
    <message>
        <source>Assign training</source>
        <translation>Przydziel trening</translation>
    </message>
    <message>
        <source>Scenarios to assign</source>
        <translation>Scenariusze do przydzielenia</translation>
    </message>
    <message>
        <source>Consultants to assign to</source>
        <translation>Konsultanci, którym przydzielić</translation>
    </message>
    <message>
        <source>&amp;Scenarios (Space ticks one):</source>
        <translation>&amp;Scenariusze (Spacja zaznacza):</translation>
    </message>
    <message>
        <source>&amp;Consultants:</source>
        <translation>&amp;Konsultanci:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>Optional: why, what to look out for</source>
        <translation>Opcjonalnie: dlaczego, na co uważać</translation>
    </message>
    <message>
        <source>Note to the consultants</source>
        <translation>Uwaga dla konsultantów</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Uwaga:</translation>
    </message>
    <message>
        <source>&amp;Assign  [Ctrl+Enter]</source>
        <translation>&amp;Przydziel  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>Assign the ticked scenarios to the ticked consultants</source>
        <translation>Przydziel zaznaczone scenariusze zaznaczonym konsultantom</translation>
    </message>
    <message>
        <source>The team&apos;s training assignments</source>
        <translation>Przydziały treningów zespołu</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Najlepszy</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ostatni</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Podejścia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>The &amp;team&apos;s assignments (scores of the attempts since each was assigned):</source>
        <translation>P&amp;rzydziały zespołu (wyniki podejść od chwili przydziału):</translation>
    </message>
    <message>
        <source>&amp;Withdraw  [Del]</source>
        <translation>&amp;Wycofaj  [Del]</translation>
    </message>
    <message>
        <source>Withdraw the selected assignment</source>
        <translation>Wycofaj wybrany przydział</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Waiting for the server for the team&apos;s full list; shown: whom this desk has seen in the team&apos;s calls.</source>
        <translation>Czekam na serwer z pełną listą zespołu; widać tych, których to stanowisko widziało w rozmowach zespołu.</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Czeka na serwer</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Zrobione %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Tick at least one scenario and one consultant first.</source>
        <translation>Najpierw zaznacz co najmniej jeden scenariusz i jednego konsultanta.</translation>
    </message>
    <message>
        <source>The journal is not open, so nothing can be queued for the server.</source>
        <translation>Dziennik nie jest otwarty, więc nic nie może czekać na serwer.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) queued for the server.</source>
        <translation>
            <numerusform>%n przydział czeka na serwer.</numerusform>
            <numerusform>%n przydziały czekają na serwer.</numerusform>
            <numerusform>%n przydziałów czeka na serwer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an assignment to withdraw first.</source>
        <translation>Najpierw wybierz przydział do wycofania.</translation>
    </message>
    <message>
        <source>Withdraw the assignment</source>
        <translation>Wycofaj przydział</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot; from %2? It leaves their Training window.</source>
        <translation>Wycofać „%1” u %2? Zniknie z okna Trening tej osoby.</translation>
    </message>
    <message>
        <source>Withdrawal queued for the server.</source>
        <translation>Wycofanie czeka na serwer.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrainingWindow</name>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Dowolny poziom</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Przećwicz</translation>
    </message>
    <message>
        <source>&amp;Rehearse  [Enter]</source>
        <translation>&amp;Przećwicz  [Enter]</translation>
    </message>
    <message>
        <source>Rehearse the selected scenario in the assist window (Enter in the list, or %1 anywhere)</source>
        <translation>Przećwicz wybraną scenkę w oknie asystenta (Enter na liście lub %1 w dowolnym miejscu)</translation>
    </message>
    <message>
        <source>Reload scenarios and attempts</source>
        <translation>Wczytaj ponownie scenki i podejścia</translation>
    </message>
    <message>
        <source>Scenarios and attempts read again.</source>
        <translation>Scenki i podejścia wczytano ponownie.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>Your attempts cannot be read. %1</source>
        <translation>Nie można odczytać Twoich podejść. %1</translation>
    </message>
    <message>
        <source>There are no scenarios yet. Scenarios come with Steadyline, or put them in the &quot;scenarios&quot; folder of the team&apos;s or your playbook folder (Preferences), then press F5.</source>
        <translation>Nie ma jeszcze scenek. Scenki są dostarczane ze Steadyline; możesz też umieścić je w folderze „scenarios” w folderze scenariuszy zespołu lub własnym (Ustawienia), a potem nacisnąć F5.</translation>
    </message>
    <message>
        <source>No scenario matches this language and difficulty. Choose &quot;All languages&quot; or &quot;Any difficulty&quot; to see the others.</source>
        <translation>Żadna scenka nie pasuje do tego języka i poziomu. Wybierz „Wszystkie języki” lub „Dowolny poziom”, aby zobaczyć pozostałe.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s).</source>
        <translation>
            <numerusform>%n scenka.</numerusform>
            <numerusform>%n scenki.</numerusform>
            <numerusform>%n scenek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scenario(s) shown.</source>
        <translation>
            <numerusform>Wyświetlono %1 z %n scenki.</numerusform>
            <numerusform>Wyświetlono %1 z %n scenek.</numerusform>
            <numerusform>Wyświetlono %1 z %n scenek.</numerusform>
        </translation>
    </message>
    <message>
        <source>trains %1</source>
        <translation>ćwiczy %1</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>przez telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>osobiście</translation>
    </message>
    <message>
        <source>Why it cannot be rehearsed</source>
        <translation>Dlaczego nie można jej przećwiczyć</translation>
    </message>
    <message>
        <source>Fix the file (steadyline validate shows the same), then press F5.</source>
        <translation>Popraw plik (steadyline validate pokazuje to samo), a potem naciśnij F5.</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Wprowadzenie</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>You have not rehearsed this scenario yet.</source>
        <translation>Ta scenka nie była jeszcze ćwiczona.</translation>
    </message>
    <message numerus="yes">
        <source>You rehearsed it %n time(s); your best score is %1%2.</source>
        <translation>
            <numerusform>Liczba prób: %n; najlepszy wynik: %1%2.</numerusform>
            <numerusform>Liczba prób: %n; najlepszy wynik: %1%2.</numerusform>
            <numerusform>Liczba prób: %n; najlepszy wynik: %1%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, a pass</source>
        <translation>, zaliczone</translation>
    </message>
    <message>
        <source>To pass: %1 of the points, without a critical mistake.</source>
        <translation>Aby zaliczyć: %1 punktów, bez błędu krytycznego.</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Najpierw wybierz scenkę.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be rehearsed: the file has errors, listed beside the list.</source>
        <translation>Nie można przećwiczyć „%1”: plik zawiera błędy, wymienione obok listy.</translation>
    </message>
    <message>
        <source>Rehearsing &quot;%1&quot; in the assist window.</source>
        <translation>Próba „%1” w oknie asystenta.</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the journal could not be opened, so rehearsals are not being saved. The scenarios can still be rehearsed.</source>
        <translation>Nie można pokazać Twoich postępów: nie udało się otworzyć dziennika, więc próby nie są zapisywane. Scenki nadal można ćwiczyć.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>zaliczone</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>niezaliczone</translation>
    </message>
    <message>
        <source>No rehearsals yet. Each rehearsal you finish appears here with its score and mistakes.</source>
        <translation>Nie ma jeszcze prób. Każda ukończona próba pojawi się tutaj z wynikiem i błędami.</translation>
    </message>
    <message numerus="yes">
        <source>Attempts: %1. Scenarios rehearsed: %n. Under each scenario, the oldest attempt comes first.</source>
        <translation>
            <numerusform>Podejścia: %1. Przećwiczone scenki: %n. W każdej scence najstarsze podejście jest pierwsze.</numerusform>
            <numerusform>Podejścia: %1. Przećwiczone scenki: %n. W każdej scence najstarsze podejście jest pierwsze.</numerusform>
            <numerusform>Podejścia: %1. Przećwiczone scenki: %n. W każdej scence najstarsze podejście jest pierwsze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n wpisu nie udało się jeszcze zapisać; pojawi się tu, gdy zapis do dziennika będzie możliwy.</numerusform>
            <numerusform>%n wpisów nie udało się jeszcze zapisać; pojawią się tu, gdy zapis do dziennika będzie możliwy.</numerusform>
            <numerusform>%n wpisów nie udało się jeszcze zapisać; pojawią się tu, gdy zapis do dziennika będzie możliwy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your scores, oldest first: %1</source>
        <translation>Twoje wyniki, od najstarszego: %1</translation>
    </message>
    <message>
        <source>Choose an attempt to see its mistakes.</source>
        <translation>Wybierz podejście, aby zobaczyć jego błędy.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 points (%4) — %5</source>
        <translation>%1 — %2 z %3 pkt (%4) — %5</translation>
    </message>
    <message>
        <source>The mistakes of this attempt cannot be read.</source>
        <translation>Nie można odczytać błędów z tego podejścia.</translation>
    </message>
    <message>
        <source>No mistakes. Well done.</source>
        <translation>Bez błędów. Dobra robota.</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Błędy</translation>
    </message>
    <message>
        <source>critical: the attempt cannot pass</source>
        <translation>krytyczny: podejście nie może zostać zaliczone</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>Moment: %1</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Zamiast tego: %1</translation>
    </message>
    <message>
        <source>&amp;Assigned to you by your lead:</source>
        <translation>&amp;Przydzielone ci przez lidera:</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Przydzielone tobie</translation>
    </message>
    <message>
        <source>Press Enter to rehearse the selected assignment</source>
        <translation>Naciśnij Enter, aby przećwiczyć wybrany przydział</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Done · best %1</source>
        <translation>Zrobione · najlepszy %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Termin dziś</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>This scenario is not in your library (%1); ask your lead where to find it.</source>
        <translation>Tego scenariusza nie ma w twojej bibliotece (%1); zapytaj lidera, gdzie go znaleźć.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in your scenario library, so it cannot be rehearsed here. Ask your lead where to find it.</source>
        <translation>„%1” nie ma w twojej bibliotece scenariuszy, więc nie da się go tu przećwiczyć. Zapytaj lidera, gdzie go znaleźć.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrayIcon</name>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Calmed down</source>
        <translation>Klient się uspokoił</translation>
    </message>
    <message>
        <source>Start or stop the countdown</source>
        <translation>Uruchom lub zatrzymaj odliczanie</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nowa notatka</translation>
    </message>
    <message>
        <source>Show Steadyline</source>
        <translation>Pokaż Steadyline</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Steadyline — %1</source>
        <translation>Steadyline — %1</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>Podnieś rękę</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Opuść rękę</translation>
    </message>
</context>
<context>
    <name>steadyline::journal</name>
    <message>
        <source>%1 cannot be used.</source>
        <translation>Nie można użyć %1.</translation>
    </message>
    <message>
        <source>The recovery file %1 is not your own private file; it was not read.</source>
        <translation>Plik odzyskiwania %1 nie jest twoim prywatnym plikiem; nie został odczytany.</translation>
    </message>
    <message>
        <source>The recovery file %1 could not be written back: %2</source>
        <translation>Nie udało się zapisać z powrotem pliku odzyskiwania %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and could not be moved aside to %2. Nothing was deleted; move or repair the file, then start Steadyline again.</source>
        <translation>Dziennik %1 jest uszkodzony i nie udało się go przenieść do %2. Nic nie zostało usunięte; przenieś lub napraw plik, a potem uruchom Steadyline ponownie.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged; it was moved to %2, but its %3 file could not be moved. Move it next to %2, then start Steadyline again.</source>
        <translation>Dziennik %1 jest uszkodzony; przeniesiono go do %2, ale nie udało się przenieść jego pliku %3. Przenieś ten plik obok %2, a potem uruchom Steadyline ponownie.</translation>
    </message>
    <message>
        <source>The journal was damaged and could not be read, so a new, empty journal was started. The damaged file was kept as %1; earlier calls may be recoverable from it.</source>
        <translation>Dziennik był uszkodzony i nie dało się go odczytać, więc założono nowy, pusty dziennik. Uszkodzony plik zachowano jako %1; być może da się z niego odzyskać wcześniejsze rozmowy.</translation>
    </message>
    <message>
        <source>A timeline event needs a kind.</source>
        <translation>Zdarzenie w przebiegu rozmowy musi mieć rodzaj.</translation>
    </message>
    <message>
        <source>An empty note is not saved.</source>
        <translation>Pusta notatka nie jest zapisywana.</translation>
    </message>
    <message>
        <source>A promise needs a text: what was promised.</source>
        <translation>Obietnica musi mieć treść: co obiecano.</translation>
    </message>
    <message>
        <source>A training attempt needs the id of its scenario.</source>
        <translation>Podejście treningowe musi mieć identyfikator swojej scenki.</translation>
    </message>
    <message>
        <source>A training attempt&apos;s percentage must be between 0 and 100.</source>
        <translation>Wynik procentowy podejścia treningowego musi mieścić się między 0 a 100.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are still waiting to be saved.</source>
        <translation>
            <numerusform>%n wpis nadal czeka na zapisanie.</numerusform>
            <numerusform>%n wpisy nadal czekają na zapisanie.</numerusform>
            <numerusform>%n wpisów nadal czeka na zapisanie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened. %2</source>
        <translation>Nie można otworzyć dziennika %1. %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: its folder does not allow the write-ahead log SQLite needs. Check that the folder may be written.</source>
        <translation>Nie można otworzyć dziennika %1: jego folder nie pozwala na plik WAL (zapis z wyprzedzeniem), którego potrzebuje SQLite. Sprawdź, czy w folderze można zapisywać.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of Steadyline (schema %2; this version reads up to %3). Update Steadyline to open it.</source>
        <translation>Dziennik %1 został zapisany przez nowszą wersję Steadyline (schemat %2; ta wersja odczytuje schematy do %3). Zaktualizuj Steadyline, aby go otworzyć.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be upgraded. %2</source>
        <translation>Nie można zaktualizować dziennika %1. %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be upgraded from version %2. %3</source>
        <translation>Nie można zaktualizować dziennika %1 z wersji %2. %3</translation>
    </message>
    <message>
        <source>No folder was given for the journal.</source>
        <translation>Nie podano folderu dziennika.</translation>
    </message>
    <message>
        <source>There is no journal in %1.</source>
        <translation>W %1 nie ma dziennika.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged; nothing was read or changed. Start the Steadyline window: it moves the damaged file aside (keeping it) and starts a new one.</source>
        <translation>Dziennik %1 jest uszkodzony; niczego nie odczytano ani nie zmieniono. Uruchom okno Steadyline: przeniesie uszkodzony plik na bok (zachowując go) i założy nowy.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and moved aside, but the new one cannot be used either. Check the disk.</source>
        <translation>Dziennik %1 był uszkodzony i został przeniesiony na bok, ale nowego też nie można użyć. Sprawdź dysk.</translation>
    </message>
    <message>
        <source>The recovery file is not one Steadyline can read.</source>
        <translation>Steadyline nie potrafi odczytać tego pliku odzyskiwania.</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>operacja niedozwolona</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>system plików tylko do odczytu</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>brak miejsca na dysku</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>przekroczono przydział miejsca na dysku</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>nie ma takiego pliku ani folderu</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>to nie jest folder</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>za długa nazwa pliku</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>błąd wejścia/wyjścia</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be used: %2.</source>
        <translation>Nie można użyć folderu dziennika %1: %2.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu dziennika %1.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2.</source>
        <translation>Nie można utworzyć folderu dziennika %1: %2.</translation>
    </message>
    <message>
        <source>The journal folder %1 is a file, not a folder.</source>
        <translation>Folder dziennika %1 jest plikiem, a nie folderem.</translation>
    </message>
    <message>
        <source>The journal folder %1 belongs to another user. Steadyline keeps the journal only in a folder of your own; choose another one with --data-dir.</source>
        <translation>Folder dziennika %1 należy do innego użytkownika. Steadyline przechowuje dziennik tylko w twoim własnym folderze; wybierz inny za pomocą --data-dir.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be made private (readable by you alone): %2.</source>
        <translation>Nie można uczynić folderu dziennika %1 prywatnym (dostępnym tylko dla ciebie): %2.</translation>
    </message>
    <message>
        <source>The journal %1 is a symbolic link; Steadyline opens only the file itself.</source>
        <translation>Dziennik %1 jest dowiązaniem symbolicznym; Steadyline otwiera tylko sam plik.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2. Check the permissions of the file and its folder.</source>
        <translation>Nie można zapisać dziennika %1: %2. Sprawdź uprawnienia pliku i jego folderu.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2.</source>
        <translation>Nie można otworzyć dziennika %1: %2.</translation>
    </message>
    <message>
        <source>The journal %1 is not a regular file.</source>
        <translation>Dziennik %1 nie jest zwykłym plikiem.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to another user, who could read it; Steadyline does not write into it. Move it away or choose another folder with --data-dir.</source>
        <translation>Dziennik %1 należy do innego użytkownika, który mógłby go odczytać; Steadyline nie zapisuje w nim. Przenieś go gdzie indziej lub wybierz inny folder za pomocą --data-dir.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be made private (readable by you alone): %2.</source>
        <translation>Nie można uczynić dziennika %1 prywatnym (dostępnym tylko dla ciebie): %2.</translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation>Nie udało się odczytać dziennika.</translation>
    </message>
    <message>
        <source>Calls are kept for at least one day.</source>
        <translation>Rozmowy są przechowywane przez co najmniej jeden dzień.</translation>
    </message>
    <message>
        <source>Old calls could not be deleted.</source>
        <translation>Nie udało się usunąć starych rozmów.</translation>
    </message>
    <message>
        <source>The journal is in use by another program (perhaps Steadyline is running twice).</source>
        <translation>Dziennik jest używany przez inny program (może Steadyline działa dwa razy).</translation>
    </message>
    <message>
        <source>The computer ran out of memory while using the journal.</source>
        <translation>Komputerowi zabrakło pamięci podczas używania dziennika.</translation>
    </message>
    <message>
        <source>The journal cannot be written: the file or its folder is read-only.</source>
        <translation>Nie można zapisać dziennika: plik lub jego folder jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing the journal.</source>
        <translation>Dysk zgłosił błąd podczas zapisu dziennika.</translation>
    </message>
    <message>
        <source>The journal file is damaged.</source>
        <translation>Plik dziennika jest uszkodzony.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal cannot be written.</source>
        <translation>Dysk jest pełny, więc nie można zapisać dziennika.</translation>
    </message>
    <message>
        <source>The journal file cannot be opened: check that its folder exists and may be written.</source>
        <translation>Nie można otworzyć pliku dziennika: sprawdź, czy jego folder istnieje i czy można w nim zapisywać.</translation>
    </message>
    <message>
        <source>The journal refused the entry because it does not fit the record (for example, its call is not in the journal).</source>
        <translation>Dziennik odrzucił wpis, ponieważ nie pasuje on do zapisanych danych (na przykład jego rozmowy nie ma w dzienniku).</translation>
    </message>
    <message>
        <source>The journal could not be used.</source>
        <translation>Nie można było użyć dziennika.</translation>
    </message>
    <message>
        <source>(SQLite error %1)</source>
        <translation>(błąd SQLite %1)</translation>
    </message>
    <message>
        <source>An earlier call start could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniejszego rozpoczęcia rozmowy: %1</translation>
    </message>
    <message>
        <source>An earlier timeline event could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniejszego zdarzenia w przebiegu rozmowy: %1</translation>
    </message>
    <message>
        <source>An earlier note could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniejszej notatki: %1</translation>
    </message>
    <message>
        <source>An earlier promise could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniejszej obietnicy: %1</translation>
    </message>
    <message>
        <source>An earlier promise status could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniejszej zmiany stanu obietnicy: %1</translation>
    </message>
    <message>
        <source>An earlier draft could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniej wpisywanego tekstu: %1</translation>
    </message>
    <message>
        <source>An earlier draft removal could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniejszego usunięcia wpisywanego tekstu: %1</translation>
    </message>
    <message>
        <source>An earlier call end could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniejszego zakończenia rozmowy: %1</translation>
    </message>
    <message>
        <source>An earlier interruption could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniejszego przerwania rozmowy: %1</translation>
    </message>
    <message>
        <source>An earlier resumption could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniejszego wznowienia rozmowy: %1</translation>
    </message>
    <message>
        <source>An earlier training attempt could not be saved: %1</source>
        <translation>Nie udało się zapisać wcześniejszego podejścia treningowego: %1</translation>
    </message>
    <message>
        <source>Too many entries are waiting to be saved; this one was not kept.</source>
        <translation>Zbyt wiele wpisów czeka na zapisanie; ten nie został zachowany.</translation>
    </message>
    <message>
        <source>It is kept in memory and will be saved as soon as the journal can be written again.</source>
        <translation>Wpis jest przechowywany w pamięci i zostanie zapisany, gdy tylko zapis do dziennika znów będzie możliwy.</translation>
    </message>
    <message>
        <source>That call is not in the journal.</source>
        <translation>Tej rozmowy nie ma w dzienniku.</translation>
    </message>
    <message>
        <source>The call this belongs to could not be saved, so neither can this.</source>
        <translation>Nie udało się zapisać rozmowy, do której to należy, więc tego też nie można zapisać.</translation>
    </message>
    <message>
        <source>That promise could not be saved, so its status cannot be set.</source>
        <translation>Nie udało się zapisać tej obietnicy, więc nie można ustawić jej stanu.</translation>
    </message>
    <message>
        <source>That promise is not in the journal.</source>
        <translation>Tej obietnicy nie ma w dzienniku.</translation>
    </message>
    <message>
        <source>That call has already ended.</source>
        <translation>Ta rozmowa została już zakończona.</translation>
    </message>
    <message>
        <source>That call is not unfinished.</source>
        <translation>Ta rozmowa nie jest niedokończona.</translation>
    </message>
    <message>
        <source>Only an interrupted call can be continued.</source>
        <translation>Kontynuować można tylko przerwaną rozmowę.</translation>
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
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <source>Abusive calls</source>
        <translation>Agresywne rozmowy</translation>
    </message>
    <message>
        <source>Cool-downs taken</source>
        <translation>Wykorzystane przerwy</translation>
    </message>
    <message>
        <source>A PDF can only be made with a graphical application running.</source>
        <translation>PDF można utworzyć tylko przy działającej aplikacji graficznej.</translation>
    </message>
    <message>
        <source>Abusive calls: incident report</source>
        <translation>Agresywne rozmowy: raport incydentów</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Okres: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Sporządzono %1</translation>
    </message>
    <message>
        <source>An abusive call (incident) is a call that reached the end of the method (the consultant hung up or called security) or that the consultant marked as an insult or a threat. Rehearsals are not counted. A cool-down is the break taken after an incident; one skipped is not counted. The report holds counts only: no consultant, no caller.</source>
        <translation>Agresywna rozmowa (incydent) to rozmowa, która doszła do końca metody (konsultant się rozłączył lub wezwał ochronę) albo którą konsultant oznaczył jako obrazę lub groźbę. Ćwiczenia nie są liczone. Przerwa to odpoczynek po incydencie; pominięta nie jest liczona. Raport zawiera same liczby: bez konsultantów i klientów.</translation>
    </message>
    <message>
        <source>In all: %1 abusive calls, %2 cool-downs taken</source>
        <translation>Razem: agresywne rozmowy: %1, wykorzystane przerwy: %2</translation>
    </message>
    <message>
        <source>No abusive calls in this period.</source>
        <translation>W tym okresie nie było agresywnych rozmów.</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Według miesiąca</translation>
    </message>
    <message>
        <source>Per team</source>
        <translation>Według zespołu</translation>
    </message>
    <message>
        <source>Per month, team and outcome</source>
        <translation>Według miesiąca, zespołu i zakończenia</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Nie udało się utworzyć PDF.</translation>
    </message>
</context>
<context>
    <name>steadyline::server::DashboardQueries</name>
    <message>
        <source>the team server is too old for the dashboard&apos;s statistics (schema %1 is needed); ask the admin to run: steadyline server init</source>
        <translation>serwer zespołu jest zbyt stary na statystyki pulpitu (potrzebny jest schemat %1); poproś administratora o uruchomienie: steadyline server init</translation>
    </message>
</context>
<context>
    <name>steadyline::softphone</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>%1 is not your own private file (readable by you alone); remove it and try again.</source>
        <translation>%1 nie jest twoim prywatnym plikiem (do odczytu tylko przez Ciebie); usuń go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Nie można odczytać %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>wiersz %1: </translation>
    </message>
    <message>
        <source>a rule is PATTERN = PLAYBOOK-ID (e.g. +420* = complaint-cs).</source>
        <translation>reguła ma postać WZORZEC = PLAYBOOK-ID (np. +420* = complaint-cs).</translation>
    </message>
    <message>
        <source>the pattern before &quot;=&quot; is empty.</source>
        <translation>wzorzec przed „=” jest pusty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playbook id (lower-case letters, digits and dashes).</source>
        <translation>„%1” nie jest identyfikatorem scenariusza (małe litery, cyfry i myślniki).</translation>
    </message>
</context>
<context>
    <name>steadyline::sync</name>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku haseł %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 cannot be written: %2</source>
        <translation>Nie można zapisać pliku haseł %1: %2</translation>
    </message>
    <message>
        <source>The login or its password is wrong, or the login does not exist on the server. Check them with your team&apos;s admin and join again.</source>
        <translation>Login lub hasło są błędne albo login nie istnieje na serwerze. Sprawdź je z administratorem zespołu i dołącz ponownie.</translation>
    </message>
    <message>
        <source>The server has no such database. Check the address with your team&apos;s admin.</source>
        <translation>Na serwerze nie ma takiej bazy danych. Sprawdź adres z administratorem zespołu.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the CA file (sslrootcert) and that the host name in the address is the one in the certificate.</source>
        <translation>Nie udało się zweryfikować certyfikatu serwera. Sprawdź plik CA (sslrootcert) i czy nazwa hosta w adresie jest tą z certyfikatu.</translation>
    </message>
    <message>
        <source>The server does not accept this login from this computer. Ask your team&apos;s admin.</source>
        <translation>Serwer nie przyjmuje tego loginu z tego komputera. Zapytaj administratora zespołu.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network; the desk keeps working offline and sends its changes later.</source>
        <translation>Nie można połączyć się z serwerem. Sprawdź adres i sieć; stanowisko działa dalej bez połączenia i wyśle zmiany później.</translation>
    </message>
    <message>
        <source>The team server refused: %1</source>
        <translation>Serwer zespołu odmówił: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is missing: install the package libqt6sql6-psql.</source>
        <translation>Brak sterownika PostgreSQL dla Qt (QPSQL): zainstaluj pakiet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1. %2</source>
        <translation>Nie można połączyć się z serwerem zespołu %1. %2</translation>
    </message>
    <message>
        <source>The journal could not be read or written for the team: %1</source>
        <translation>Nie udało się odczytać ani zapisać dziennika dla zespołu: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost. The desk keeps working offline and sends its changes when the server is back.</source>
        <translation>Utracono połączenie z serwerem zespołu. Stanowisko działa dalej bez połączenia i wyśle zmiany, gdy serwer wróci.</translation>
    </message>
    <message>
        <source>The team&apos;s calls could not be read from the journal: %1</source>
        <translation>Nie można odczytać rozmów zespołu z dziennika: %1</translation>
    </message>
    <message>
        <source>An answer to a raised hand has 1 to %1 characters.</source>
        <translation>Odpowiedź na podniesioną rękę ma od 1 do %1 znaków.</translation>
    </message>
    <message>
        <source>The call to answer is not one the team shares.</source>
        <translation>Rozmowa, na którą chcesz odpowiedzieć, nie jest udostępniona zespołowi.</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address, as your team&apos;s admin gave it (postgresql://…).</source>
        <translation>Wpisz adres serwera zespołu, taki jak od administratora zespołu (postgresql://…).</translation>
    </message>
    <message>
        <source>Enter your login on the team server.</source>
        <translation>Wpisz swój login na serwerze zespołu.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for on its own and kept in libpq&apos;s password file.</source>
        <translation>Nie wpisuj hasła w adres: podaje się je osobno i przechowuje w pliku haseł libpq.</translation>
    </message>
    <message>
        <source>Enter the password your team&apos;s admin gave you.</source>
        <translation>Wpisz hasło od administratora zespołu.</translation>
    </message>
    <message>
        <source>This desk is not in a team.</source>
        <translation>To stanowisko nie należy do zespołu.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes have not reached the team server yet. Send them first (Sync now, or steadyline team sync), or leave and discard them: they stay in this desk&apos;s journal but the team never gets them.</source>
        <translation>
            <numerusform>%n zmiana nie dotarła jeszcze na serwer zespołu. Najpierw ją wyślij (Synchronizuj teraz albo steadyline team sync) albo opuść zespół i ją porzuć: zostanie w dzienniku tego stanowiska, ale zespół jej nie dostanie.</numerusform>
            <numerusform>%n zmiany nie dotarły jeszcze na serwer zespołu. Najpierw je wyślij (Synchronizuj teraz albo steadyline team sync) albo opuść zespół i je porzuć: zostaną w dzienniku tego stanowiska, ale zespół ich nie dostanie.</numerusform>
            <numerusform>%n zmian nie dotarło jeszcze na serwer zespołu. Najpierw je wyślij (Synchronizuj teraz albo steadyline team sync) albo opuść zespół i je porzuć: zostaną w dzienniku tego stanowiska, ale zespół ich nie dostanie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server cannot be reached now, so nothing was sent to the team. Try again when the status bar says the team is online.</source>
        <translation>Serwer zespołu jest teraz nieosiągalny, więc nic nie zostało wysłane do zespołu. Spróbuj ponownie, gdy pasek stanu pokaże, że zespół jest online.</translation>
    </message>
    <message>
        <source>An assignment needs a consultant, a scenario and a due date.</source>
        <translation>Przydział wymaga konsultanta, scenariusza i terminu.</translation>
    </message>
    <message>
        <source>The note to the consultant has at most %1 characters.</source>
        <translation>Uwaga dla konsultanta może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>There is no such training assignment to withdraw.</source>
        <translation>Nie ma takiego przydziału treningu do wycofania.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached, so this desk did not join. Check the address and the port, and that this computer is on the network that reaches the server; if they are right, ask your team&apos;s admin whether the server is running and accepts connections from here.</source>
        <translation>Serwer zespołu %1 jest nieosiągalny, więc to stanowisko nie dołączyło. Sprawdź adres i port oraz to, czy ten komputer jest w sieci, z której widać serwer; jeśli są poprawne, zapytaj administratora zespołu, czy serwer działa i przyjmuje połączenia stąd.</translation>
    </message>
</context>
<context>
    <name>steadyline::sync::TeamExchange</name>
    <message>
        <source>The database %1 is not a Steadyline team server (it may belong to another application). Check the address with your team&apos;s admin.</source>
        <translation>Baza danych %1 nie jest serwerem zespołu Steadyline (może należeć do innej aplikacji). Sprawdź adres z administratorem zespołu.</translation>
    </message>
    <message>
        <source>The login %1 is not a member of any team on this server. Ask your team&apos;s admin to add it (steadyline server add-user).</source>
        <translation>Login %1 nie należy do żadnego zespołu na tym serwerze. Poproś administratora zespołu o dodanie go (steadyline server add-user).</translation>
    </message>
    <message>
        <source>The team server is newer (schema %1) than this Steadyline knows (%2). Update Steadyline on this desk; until then it keeps working offline and keeps its changes.</source>
        <translation>Serwer zespołu jest nowszy (schemat %1), niż zna ten Steadyline (%2). Zaktualizuj Steadyline na tym stanowisku; do tego czasu działa ono bez połączenia i zachowuje zmiany.</translation>
    </message>
    <message>
        <source>The team server is older (schema %1) than this Steadyline needs (%2). Ask your team&apos;s admin to run: steadyline server init</source>
        <translation>Serwer zespołu jest starszy (schemat %1), niż potrzebuje ten Steadyline (%2). Poproś administratora zespołu o uruchomienie: steadyline server init</translation>
    </message>
    <message>
        <source>The team server gave no key for caller references; ask your team&apos;s admin to run: steadyline server init</source>
        <translation>Serwer zespołu nie podał klucza dla numerów spraw dzwoniących; poproś administratora zespołu o uruchomienie: steadyline server init</translation>
    </message>
    <message>
        <source>The team server refused: %1</source>
        <translation>Serwer zespołu odmówił: %1</translation>
    </message>
    <message>
        <source>The desk queued a request the team server does not know: %1</source>
        <translation>Stanowisko zakolejkowało żądanie, którego serwer zespołu nie zna: %1</translation>
    </message>
</context>
</TS>
