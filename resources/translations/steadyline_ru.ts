<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AssistWindow</name>
    <message>
        <source>Steadyline</source>
        <translation>Steadyline</translation>
    </message>
    <message>
        <source>Start a call</source>
        <translation>Начать звонок</translation>
    </message>
    <message>
        <source>&amp;Playbook:</source>
        <translation>&amp;Сценарий:</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>&amp;Address the caller as:</source>
        <translation>&amp;Обращаться к клиенту:</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Форма обращения</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;Номер обращения:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Номер обращения</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Начать звонок</translation>
    </message>
    <message>
        <source>Journal notices</source>
        <translation>Сообщения журнала</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Название шага</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Пройденные шаги</translation>
    </message>
    <message>
        <source>Say now</source>
        <translation>Скажите сейчас</translation>
    </message>
    <message>
        <source>Phrasing</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Что делать сейчас</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Срок обещания</translation>
    </message>
    <message>
        <source>Notes and promises of this call</source>
        <translation>Заметки и обещания этого звонка</translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation>Итоги звонка</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Звонок</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
</context>
<context>
    <name>AttemptModel</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытки</numerusform>
            <numerusform>%n попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>лучший %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>зачтено</translation>
    </message>
    <message>
        <source>not passed yet</source>
        <translation>ещё не зачтено</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>не зачтено</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Scenario / finished</source>
        <translation>Сценка / завершено</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Ошибки</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, редакция %2</translation>
    </message>
    <message>
        <source>no case reference</source>
        <translation>без номера обращения</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Сценарий</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Call history — Steadyline</source>
        <translation>История звонков — Steadyline</translation>
    </message>
    <message>
        <source>Journal problem</source>
        <translation>Проблема с журналом</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Search notes, promises and case references</source>
        <translation>Поиск по заметкам, обещаниям и номерам обращений</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Диапазон дат</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Нет звонков</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Подробности звонка</translation>
    </message>
    <message>
        <source>Days calls are kept</source>
        <translation>Сколько дней хранятся звонки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Mask personal data</source>
        <translation>&amp;Скрыть персональные данные</translation>
    </message>
    <message>
        <source>Card numbers, IBANs, PESEL numbers, e-mail addresses and phone numbers are replaced in the report</source>
        <translation>Номера карт, IBAN, номера PESEL, адреса электронной почты и номера телефонов в отчёте заменяются</translation>
    </message>
    <message>
        <source>Delete old calls now</source>
        <translation>Удалить старые звонки сейчас</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Playbook library — Steadyline</source>
        <translation>Библиотека сценариев — Steadyline</translation>
    </message>
    <message>
        <source>Playbook problems</source>
        <translation>Проблемы со сценариями</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Сценарии</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Playbook details</source>
        <translation>Подробности сценария</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Учебные сценки</translation>
    </message>
    <message>
        <source>Scenario files</source>
        <translation>Файлы учебных сценок</translation>
    </message>
    <message>
        <source>&amp;Edit playbook…</source>
        <translation>&amp;Изменить сценарий…</translation>
    </message>
    <message>
        <source>Opens the playbook in use in the editor (Enter or a double-click in the list does the same). Built-in playbooks open read-only: Save As makes your own copy.</source>
        <translation>Открывает используемый сценарий в редакторе (то же делает Enter или двойной щелчок в списке). Встроенные сценарии открываются только для чтения: «Сохранить как» создаёт вашу копию.</translation>
    </message>
    <message>
        <source>E&amp;dit scenario…</source>
        <translation>Изменить &amp;сценку…</translation>
    </message>
    <message>
        <source>Opens the scenario in the editor (Enter or a double-click in the list does the same). Built-in scenarios open read-only: Save As makes your own copy.</source>
        <translation>Открывает сценку в редакторе (то же делает Enter или двойной щелчок в списке). Встроенные сценки открываются только для чтения: «Сохранить как» создаёт вашу копию.</translation>
    </message>
</context>
<context>
    <name>PlaybookEditor</name>
    <message>
        <source>Playbook editor</source>
        <translation>Редактор сценариев</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>Playbook text</source>
        <translation>Текст сценария</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Preview: the step card as the consultant sees it</source>
        <translation>Предпросмотр: карточка шага так, как её видит консультант</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Flow diagram</source>
        <translation>Схема переходов</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>the file is too large to be a playbook</source>
        <translation>файл слишком велик для сценария</translation>
    </message>
    <message>
        <source>Scenario summary</source>
        <translation>Сводка сценки</translation>
    </message>
</context>
<context>
    <name>PlaybookGraph</name>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>timer %1</source>
        <translation>таймер %1</translation>
    </message>
    <message>
        <source>timer %1 (%2–%3)</source>
        <translation>таймер %1 (%2–%3)</translation>
    </message>
    <message>
        <source>any step</source>
        <translation>любой шаг</translation>
    </message>
    <message>
        <source>(not in %1)</source>
        <translation>(кроме %1)</translation>
    </message>
</context>
<context>
    <name>PlaybookListModel</name>
    <message>
        <source>Its file now has errors or cannot be reached; the last good version is used.</source>
        <translation>Его файл теперь содержит ошибки или недоступен; используется последняя исправная версия.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Steadyline</source>
        <translation>Настройки — Steadyline</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>&amp;You</source>
        <translation>&amp;Вы</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your lines speak of &amp;you as:</source>
        <translation>&amp;Род в ваших репликах:</translation>
    </message>
    <message>
        <source>Grammatical gender of your lines</source>
        <translation>Грамматический род ваших реплик</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Звонки</translation>
    </message>
    <message>
        <source>&amp;Default channel:</source>
        <translation>&amp;Канал по умолчанию:</translation>
    </message>
    <message>
        <source>Default channel of a new call</source>
        <translation>Канал нового звонка по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s number:</source>
        <translation>Номер &amp;руководителя:</translation>
    </message>
    <message>
        <source>Manager&apos;s number or extension</source>
        <translation>Номер или добавочный номер руководителя</translation>
    </message>
    <message>
        <source>&amp;Security&apos;s number:</source>
        <translation>Номер &amp;охраны:</translation>
    </message>
    <message>
        <source>Security&apos;s number or extension</source>
        <translation>Номер или добавочный номер охраны</translation>
    </message>
    <message>
        <source>Sound when the c&amp;ountdown ends</source>
        <translation>Звук по окончании &amp;отсчёта</translation>
    </message>
    <message>
        <source>&amp;Keep calls for:</source>
        <translation>&amp;Хранить звонки:</translation>
    </message>
    <message>
        <source>Days to keep calls in the journal</source>
        <translation>Сколько дней хранить звонки в журнале</translation>
    </message>
    <message>
        <source>Older calls are deleted at start, except those with an open promise</source>
        <translation>Более старые звонки удаляются при запуске, кроме звонков с открытым обещанием</translation>
    </message>
    <message>
        <source>&amp;Playbooks</source>
        <translation>&amp;Сценарии</translation>
    </message>
    <message>
        <source>&amp;Team&apos;s folder:</source>
        <translation>Папка &amp;команды:</translation>
    </message>
    <message>
        <source>Folder of the team&apos;s playbooks</source>
        <translation>Папка со сценариями команды</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the team&apos;s folder</source>
        <translation>Выбрать папку команды</translation>
    </message>
    <message>
        <source>Your &amp;own folder:</source>
        <translation>&amp;Своя папка:</translation>
    </message>
    <message>
        <source>Folder of your own playbooks</source>
        <translation>Папка с вашими сценариями</translation>
    </message>
    <message>
        <source>Choose your own folder</source>
        <translation>Выбрать свою папку</translation>
    </message>
    <message>
        <source>Playbooks in these folders are offered beside the built-in ones. Leave a field empty for none.</source>
        <translation>Сценарии из этих папок предлагаются наряду со встроенными. Оставьте поле пустым, если папки нет.</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Use &amp;global shortcuts</source>
        <translation>Использовать &amp;глобальные сочетания клавиш</translation>
    </message>
    <message>
        <source>The main actions work while another application, such as the softphone, has the focus</source>
        <translation>Основные действия работают, когда активно другое приложение, например софтфон</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Следующий шаг:</translation>
    </message>
    <message>
        <source>Global key for the next step</source>
        <translation>Глобальная клавиша: следующий шаг</translation>
    </message>
    <message>
        <source>Calmed down:</source>
        <translation>Клиент успокоился:</translation>
    </message>
    <message>
        <source>Global key for calmed down</source>
        <translation>Глобальная клавиша: клиент успокоился</translation>
    </message>
    <message>
        <source>Start or stop the countdown:</source>
        <translation>Запустить или остановить отсчёт:</translation>
    </message>
    <message>
        <source>Global key to start or stop the countdown</source>
        <translation>Глобальная клавиша: запустить или остановить отсчёт</translation>
    </message>
    <message>
        <source>New note:</source>
        <translation>Новая заметка:</translation>
    </message>
    <message>
        <source>Global key for a new note</source>
        <translation>Глобальная клавиша: новая заметка</translation>
    </message>
    <message>
        <source>&amp;Restore the default keys</source>
        <translation>&amp;Восстановить клавиши по умолчанию</translation>
    </message>
    <message>
        <source>The main window and the tray menu switch at once; other open windows when opened again. The playbook&apos;s language is chosen separately, on the start page.</source>
        <translation>Главное окно и меню в трее переключаются сразу; остальные открытые окна — при повторном открытии. Язык сценария выбирается отдельно, на начальной странице.</translation>
    </message>
    <message>
        <source>S&amp;oftphone</source>
        <translation>Со&amp;фтфон</translation>
    </message>
    <message>
        <source>Follow &amp;baresip (calls start when answered and end when hung up)</source>
        <translation>Сле&amp;дить за baresip (звонок начинается при ответе и заканчивается при отбое)</translation>
    </message>
    <message>
        <source>Connects to baresip&apos;s ctrl_tcp interface</source>
        <translation>Подключается к интерфейсу ctrl_tcp программы baresip</translation>
    </message>
    <message>
        <source>baresip&apos;s &amp;address:</source>
        <translation>&amp;Адрес baresip:</translation>
    </message>
    <message>
        <source>Address of baresip&apos;s ctrl_tcp interface</source>
        <translation>Адрес интерфейса ctrl_tcp программы baresip</translation>
    </message>
    <message>
        <source>&amp;Listen for call events on this computer (127.0.0.1 only)</source>
        <translation>При&amp;нимать события звонков на этом компьютере (только 127.0.0.1)</translation>
    </message>
    <message>
        <source>For softphones and telephone systems that open a URL on call events</source>
        <translation>Для софтфонов и АТС, которые при событиях звонков открывают URL</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>Port of the call-event listener</source>
        <translation>Порт приёма событий звонков</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>URL for call events, with its secret token</source>
        <translation>URL для событий звонков с секретным токеном</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the URL for call events</source>
        <translation>Скопировать URL для событий звонков</translation>
    </message>
    <message>
        <source>Use the caller&apos;s &amp;number as caller reference</source>
        <translation>&amp;Использовать номер звонящего как номер обращения</translation>
    </message>
    <message>
        <source>Earlier calls and promises with the same number are shown when a call starts</source>
        <translation>В начале звонка показываются предыдущие звонки и обещания с тем же номером</translation>
    </message>
    <message>
        <source>Playbook &amp;rules:</source>
        <translation>П&amp;равила выбора сценария:</translation>
    </message>
    <message>
        <source>Which playbook a softphone call starts on, by number or queue</source>
        <translation>С какого сценария начинается звонок из софтфона — по номеру или очереди</translation>
    </message>
    <message>
        <source>+420* = complaint-cs
queue:complaints = complaint-pl</source>
        <translation>+420* = complaint-cs
queue:жалобы = complaint-pl</translation>
    </message>
    <message>
        <source>Softphones that run a program on call events can call &quot;steadyline call-event answered --peer NUMBER&quot; instead. See docs/softphones.md.</source>
        <translation>Софтфоны, которые при событиях звонков запускают программу, могут вместо этого вызывать «steadyline call-event answered --peer НОМЕР». См. docs/softphones.md.</translation>
    </message>
    <message>
        <source>Raise or lower your hand (team):</source>
        <translation>Поднять или опустить руку (команда):</translation>
    </message>
    <message>
        <source>Global key to raise or lower your hand for the lead</source>
        <translation>Глобальная клавиша: поднять или опустить руку для руководителя</translation>
    </message>
</context>
<context>
    <name>PromiseModel</name>
    <message>
        <source>%1 — none</source>
        <translation>%1 — нет</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Обещано</translation>
    </message>
</context>
<context>
    <name>PromisesWindow</name>
    <message>
        <source>Promises — Steadyline</source>
        <translation>Обещания — Steadyline</translation>
    </message>
    <message>
        <source>Journal problem</source>
        <translation>Проблема с журналом</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Открытые обещания</translation>
    </message>
    <message>
        <source>No open promises</source>
        <translation>Нет открытых обещаний</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Rehearsal</source>
        <translation>Репетиция</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценка</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Стенограмма</translation>
    </message>
    <message>
        <source>What the caller said, what you answered, and the feedback</source>
        <translation>Что сказал клиент, что вы ответили и разбор</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Разбор</translation>
    </message>
    <message>
        <source>Say:</source>
        <translation>Скажите:</translation>
    </message>
    <message>
        <source>Read the caller&apos;s lines aloud</source>
        <translation>Читать реплики клиента вслух</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Начальный</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Продвинутый</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — cannot be rehearsed</source>
        <translation>%1 — нельзя отрепетировать</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, passed</source>
        <translation>%1, зачтено</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценка</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Сложность</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Лучший</translation>
    </message>
</context>
<context>
    <name>TimelineWording</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1 · %2</source>
        <translation>шаг %1 · %2</translation>
    </message>
    <message>
        <source>the call began</source>
        <translation>звонок начался</translation>
    </message>
    <message>
        <source>the countdown ran out</source>
        <translation>отсчёт истёк</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>отмена</translation>
    </message>
    <message>
        <source>Entered %1</source>
        <translation>Переход: %1</translation>
    </message>
    <message>
        <source>Entered %1 (%2)</source>
        <translation>Переход: %1 (%2)</translation>
    </message>
    <message>
        <source>Said: “%1”</source>
        <translation>Сказано: «%1»</translation>
    </message>
    <message>
        <source>Countdown started: %1</source>
        <translation>Отсчёт запущен: %1</translation>
    </message>
    <message>
        <source>Countdown set to %1</source>
        <translation>Отсчёт установлен на %1</translation>
    </message>
    <message>
        <source>Countdown stopped</source>
        <translation>Отсчёт остановлен</translation>
    </message>
    <message>
        <source>Countdown ran out</source>
        <translation>Отсчёт истёк</translation>
    </message>
    <message>
        <source>Final action: hang up</source>
        <translation>Итоговое действие: завершение звонка</translation>
    </message>
    <message>
        <source>Final action: call the manager / security</source>
        <translation>Итоговое действие: вызов руководителя / охраны</translation>
    </message>
    <message>
        <source>Final action: hand over to a colleague</source>
        <translation>Итоговое действие: передача разговора коллеге</translation>
    </message>
    <message>
        <source>Final action: end the call</source>
        <translation>Итоговое действие: завершение звонка</translation>
    </message>
    <message>
        <source>Final action: %1</source>
        <translation>Итоговое действие: %1</translation>
    </message>
    <message>
        <source>Interrupted: the app or the computer stopped during the call</source>
        <translation>Прервано: приложение или компьютер остановились во время звонка</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Возобновлён</translation>
    </message>
    <message>
        <source>Raised a hand for the lead at %1</source>
        <translation>Попросил(а) руководителя о помощи на шаге: %1</translation>
    </message>
    <message>
        <source>The hand went down with the end of the call</source>
        <translation>Просьба о помощи снята с окончанием разговора</translation>
    </message>
    <message>
        <source>Lowered the hand</source>
        <translation>Отменил(а) просьбу о помощи</translation>
    </message>
    <message numerus="yes">
        <source>Cool-down began (%n min)</source>
        <translation>
            <numerusform>Начало перерыва (%n мин)</numerusform>
            <numerusform>Начало перерыва (%n мин)</numerusform>
            <numerusform>Начало перерыва (%n мин)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cool-down began</source>
        <translation>Начало перерыва после трудного разговора</translation>
    </message>
    <message>
        <source>Cool-down skipped</source>
        <translation>Перерыв пропущен</translation>
    </message>
    <message>
        <source>Cool-down ended by a new call</source>
        <translation>Перерыв прерван новым разговором</translation>
    </message>
    <message>
        <source>Cool-down over</source>
        <translation>Перерыв окончен</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <source>Training — Steadyline</source>
        <translation>Обучение — Steadyline</translation>
    </message>
    <message>
        <source>Training problem</source>
        <translation>Проблема с обучением</translation>
    </message>
    <message>
        <source>Training sections</source>
        <translation>Разделы обучения</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Учебные сценки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of the scenarios</source>
        <translation>Язык сценок</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Сложность:</translation>
    </message>
    <message>
        <source>Difficulty of the scenarios</source>
        <translation>Сложность сценок</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценки</translation>
    </message>
    <message>
        <source>Press Enter to rehearse the selected scenario</source>
        <translation>Нажмите Enter, чтобы отрепетировать выбранную сценку</translation>
    </message>
    <message>
        <source>No scenarios</source>
        <translation>Нет сценок</translation>
    </message>
    <message>
        <source>Briefing and goals</source>
        <translation>Вводная и цели</translation>
    </message>
    <message>
        <source>Rehearse the selected scenario</source>
        <translation>Отрепетировать выбранную сценку</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Прогресс</translation>
    </message>
    <message>
        <source>About your progress</source>
        <translation>О вашем прогрессе</translation>
    </message>
    <message>
        <source>Your attempts, by scenario</source>
        <translation>Ваши попытки по сценкам</translation>
    </message>
    <message>
        <source>Mistakes of the selected attempt</source>
        <translation>Ошибки выбранной попытки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run &apos;steadyline --help&apos; for usage.</source>
        <translation>Запустите «steadyline --help», чтобы узнать, как пользоваться программой.</translation>
    </message>
</context>
<context>
    <name>steadyline::CallRecorder</name>
    <message>
        <source>Could not save to the journal: %1</source>
        <translation>Не удалось сохранить в журнал: %1</translation>
    </message>
    <message>
        <source>The journal cannot be written right now (%1); notes are kept in memory and saved as soon as it works again.</source>
        <translation>Запись в журнал сейчас невозможна (%1); заметки хранятся в памяти и будут сохранены, как только запись снова заработает.</translation>
    </message>
</context>
<context>
    <name>steadyline::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source> Did you mean &apos;%1&apos;?</source>
        <translation> Возможно, имелось в виду «%1»?</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document; a JSON file holds exactly one value</source>
        <translation>лишний текст после конца документа; файл JSON содержит ровно одно значение</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte offset %1); save it as UTF-8 in your editor</source>
        <translation>файл не в кодировке UTF-8 (смещение %1 байт); сохраните его в редакторе как UTF-8</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>конец файла</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>управляющий символ</translation>
    </message>
    <message>
        <source>a no-break space (U+00A0); replace it with a normal space</source>
        <translation>неразрывный пробел (U+00A0); замените его обычным пробелом</translation>
    </message>
    <message>
        <source>an invisible zero-width character; delete it</source>
        <translation>невидимый символ нулевой ширины; удалите его</translation>
    </message>
    <message>
        <source>a typographic quote %1; JSON needs straight double quotes (&quot;)</source>
        <translation>типографская кавычка %1; JSON требует прямых двойных кавычек (&quot;)</translation>
    </message>
    <message>
        <source>&apos;/&apos;; JSON does not allow comments</source>
        <translation>&apos;/&apos;; JSON не допускает комментариев</translation>
    </message>
    <message>
        <source>this &apos;&quot;&apos; ends the text, but the text goes on after it; if the quote belongs to the text, write it as \&quot; or use typographic quotes such as „ “ or « »</source>
        <translation>этот символ &apos;&quot;&apos; завершает текст, но текст продолжается дальше; если кавычка — часть текста, запишите её как \&quot; или используйте типографские кавычки, например « » или „ “</translation>
    </message>
    <message>
        <source>expected a value but found the end of the file; the file may be truncated</source>
        <translation>ожидалось значение, но файл закончился; возможно, файл обрезан</translation>
    </message>
    <message>
        <source>strings must be in double quotes (&quot;), not single quotes</source>
        <translation>строки должны быть в двойных кавычках (&quot;), а не в одинарных</translation>
    </message>
    <message>
        <source>expected a value (an object, array, string, number, true, false or null) but found %1</source>
        <translation>ожидалось значение (объект, массив, строка, число, true, false или null), но найдено: %1</translation>
    </message>
    <message>
        <source>expected a value but found %1; text must be in double quotes</source>
        <translation>ожидалось значение, но найдено: %1; текст должен быть в двойных кавычках</translation>
    </message>
    <message>
        <source>the document is nested more than %1 levels deep</source>
        <translation>документ вложен глубже чем на %1 уровней</translation>
    </message>
    <message>
        <source>the object is not closed: expected &apos;}&apos; before the end of the file</source>
        <translation>объект не закрыт: до конца файла не хватает &apos;}&apos;</translation>
    </message>
    <message>
        <source>a comma must not follow the last member of an object; remove it</source>
        <translation>после последнего поля объекта не должно быть запятой; удалите её</translation>
    </message>
    <message>
        <source>expected a member name in double quotes but found %1</source>
        <translation>ожидалось имя поля в двойных кавычках, но найдено: %1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name &quot;%1&quot; but found %2</source>
        <translation>после имени поля «%1» ожидалось &apos;:&apos;, но найдено: %2</translation>
    </message>
    <message>
        <source>the object is not closed: expected &apos;,&apos; or &apos;}&apos; before the end of the file</source>
        <translation>объект не закрыт: до конца файла ожидалось &apos;,&apos; или &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member but found %1; is a comma missing?</source>
        <translation>после поля ожидалось &apos;,&apos; или &apos;}&apos;, но найдено: %1; не пропущена ли запятая?</translation>
    </message>
    <message>
        <source>a comma must not follow the last element of an array; remove it</source>
        <translation>после последнего элемента массива не должно быть запятой; удалите её</translation>
    </message>
    <message>
        <source>the array is not closed: expected &apos;,&apos; or &apos;]&apos; before the end of the file</source>
        <translation>массив не закрыт: до конца файла ожидалось &apos;,&apos; или &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element but found %1; is a comma missing?</source>
        <translation>после элемента массива ожидалось &apos;,&apos; или &apos;]&apos;, но найдено: %1; не пропущена ли запятая?</translation>
    </message>
    <message>
        <source>the \u escape needs four hexadecimal digits</source>
        <translation>последовательности \u нужны четыре шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>the string is not closed: a &apos;&quot;&apos; is missing before the end of the file</source>
        <translation>строка не закрыта: до конца файла не хватает &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>the string is not closed before the end of the line; write a line break inside a string as \n</source>
        <translation>строка не закрыта до конца строки файла; перенос строки внутри текста запишите как \n</translation>
    </message>
    <message>
        <source>a control character must be escaped inside a string (for a tab write \t)</source>
        <translation>управляющий символ внутри строки нужно экранировать (табуляцию запишите как \t)</translation>
    </message>
    <message>
        <source>a \u escape of a high surrogate must be followed by a low surrogate</source>
        <translation>за последовательностью \u со старшим суррогатом должен следовать младший суррогат</translation>
    </message>
    <message>
        <source>a \u escape holds a lone low surrogate</source>
        <translation>последовательность \u содержит одиночный младший суррогат</translation>
    </message>
    <message>
        <source>unknown escape sequence &apos;\%1&apos;</source>
        <translation>неизвестная escape-последовательность &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>a number needs at least one digit</source>
        <translation>в числе должна быть хотя бы одна цифра</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros; write 7000, not 07000</source>
        <translation>числа не должны начинаться с нуля; пишите 7000, а не 07000</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>после десятичной точки должна быть цифра</translation>
    </message>
    <message>
        <source>a digit must follow the exponent</source>
        <translation>после показателя степени должна быть цифра</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>число %1 вне допустимого диапазона</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>дробное число</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>%1 has no member &apos;%2&apos;.%3 Allowed members: %4.</source>
        <translation>%1: нет поля «%2».%3 Допустимые поля: %4.</translation>
    </message>
    <message>
        <source>%1 is missing the required member &apos;%2&apos;.</source>
        <translation>%1: не хватает обязательного поля «%2».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be %3, not %4.</source>
        <translation>%2: «%1» должно иметь тип «%3», а не «%4».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is &quot;%3&quot;; %4.</source>
        <translation>%2: «%1» имеет значение «%3»; %4.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>an array ([…])</source>
        <translation>массив ([…])</translation>
    </message>
    <message>
        <source>an object ({…})</source>
        <translation>объект ({…})</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has no version in the base locale &quot;%2&quot;, but a &quot;%3&quot; version. Did you mean &apos;%2&apos;?</source>
        <translation>у текста «%1» нет версии на базовом языке «%2», но есть версия «%3». Возможно, имелось в виду «%2»?</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has a &quot;%2&quot; version, but &quot;%2&quot; is not in &apos;locales&apos;. Did you mean &apos;%3&apos;? The text has no &quot;%3&quot; version.</source>
        <translation>у текста «%1» есть версия «%2», но «%2» нет в «locales». Возможно, имелось в виду «%3»? У текста нет версии «%3».</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has no version in the base locale &quot;%2&quot;; consultants working in %2 would see it in another language (%3). Add a &quot;%2&quot; version.</source>
        <translation>у текста «%1» нет версии на базовом языке «%2»; консультанты, работающие на языке %2, увидели бы его на другом языке (%3). Добавьте версию «%2».</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has no translation for %2 (declared in &apos;locales&apos;); consultants in that language will see the %3 text.</source>
        <translation>у текста «%1» нет перевода на: %2 (указан в «locales»); консультанты на этом языке увидят текст на языке %3.</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; has a &quot;%2&quot; version, but &quot;%2&quot; is not in &apos;locales&apos;; add it there or remove the text.</source>
        <translation>у текста «%1» есть версия «%2», но «%2» нет в «locales»; добавьте его туда или удалите этот текст.</translation>
    </message>
    <message>
        <source>a &apos;}&apos; has no matching &apos;{&apos;; write &apos;}}&apos; for a literal brace</source>
        <translation>у &apos;}&apos; нет парной &apos;{&apos;; саму фигурную скобку запишите как &apos;}}&apos;</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is not closed; write &apos;{{&apos; for a literal brace</source>
        <translation>&apos;{&apos; не закрыта; саму фигурную скобку запишите как &apos;{{&apos;</translation>
    </message>
    <message>
        <source>placeholders cannot be nested</source>
        <translation>подстановки нельзя вкладывать друг в друга</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; needs exactly two forms separated by &apos;|&apos;, male first, e.g. %2</source>
        <translation>«{%1}» требует ровно двух форм через &apos;|&apos;, сначала мужская, например %2</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; takes no forms; write {%2}</source>
        <translation>«{%1}» не принимает форм; напишите {%2}</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; has spaces inside the braces, which would show as extra spaces in the text; write {%2}</source>
        <translation>в «{%1}» внутри скобок есть пробелы, которые в тексте превратятся в лишние пробелы; напишите {%2}</translation>
    </message>
    <message>
        <source> This follows from the step at line %1, whose id &quot;%2&quot; is not a valid id; write it as &apos;%3&apos; there.</source>
        <translation> Это следствие шага в строке %1, чей id «%2» недопустим; запишите его там как «%3».</translation>
    </message>
    <message>
        <source>the playbook has %1 steps; at most %2 are allowed. Split it into several playbooks.</source>
        <translation>в сценарии слишком много шагов (%1, допускается не более %2). Разделите его на несколько сценариев.</translation>
    </message>
    <message>
        <source> Steps refer to &apos;%1&apos;, which no step has: was this step meant to be &apos;%2&apos;?</source>
        <translation> Шаги ссылаются на «%1», которого нет ни у одного шага: может быть, этот шаг должен называться «%2»?</translation>
    </message>
    <message>
        <source>the step id &apos;%1&apos; is used twice (first at line %2); every step needs its own id.%3</source>
        <translation>id шага «%1» используется дважды (впервые в строке %2); у каждого шага должен быть свой id.%3</translation>
    </message>
    <message>
        <source> This probably follows from the duplicate step id &apos;%1&apos; at line %2; fix that first.</source>
        <translation> Вероятно, это следствие повторного id шага «%1» в строке %2; сначала исправьте его.</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos; is declared twice; declare each event once.</source>
        <translation>событие «%1» объявлено дважды; объявляйте каждое событие один раз.</translation>
    </message>
    <message>
        <source>&apos;initialStep&apos; names the step &apos;%1&apos;, which does not exist.%2</source>
        <translation>«initialStep» указывает на шаг «%1», которого нет.%2</translation>
    </message>
    <message>
        <source>the transition leads to the step &apos;%1&apos;, which does not exist.%2</source>
        <translation>переход ведёт к шагу «%1», которого нет.%2</translation>
    </message>
    <message>
        <source>the event &apos;%1&apos; is not declared in &apos;events&apos;.%2 Declared events: %3.</source>
        <translation>событие «%1» не объявлено в «events».%2 Объявленные события: %3.</translation>
    </message>
    <message>
        <source>%1 already has a transition for the event &apos;%2&apos; that applies here; give the two different &apos;when&apos; guards or remove one.</source>
        <translation>%1: уже есть переход для события «%2», который действует здесь; задайте им разные условия «when» или удалите один.</translation>
    </message>
    <message>
        <source>%1 already has an expiry target that applies here; give the targets different &apos;when&apos; guards or remove one.</source>
        <translation>%1: уже есть цель по истечении времени, которая действует здесь; задайте целям разные условия «when» или удалите одну.</translation>
    </message>
    <message>
        <source>&apos;except&apos; names the step &apos;%1&apos;, which does not exist.%2</source>
        <translation>«except» указывает на шаг «%1», которого нет.%2</translation>
    </message>
    <message>
        <source>global transitions %1 and %2 both handle the event &apos;%3&apos; in step &apos;%4&apos;; give them different &apos;when&apos; guards or &apos;except&apos; lists, or remove one.</source>
        <translation>глобальные переходы %1 и %2 обрабатывают одно и то же событие «%3» на шаге «%4»; задайте им разные условия «when» или списки «except» либо удалите один.</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;</source>
        <translation>шаг «%1»</translation>
    </message>
    <message>
        <source>the timer of %1</source>
        <translation>таймер (%1)</translation>
    </message>
    <message>
        <source>no path from the initial step &apos;%1&apos; leads to the step &apos;%2&apos;; add a transition to it or remove it.</source>
        <translation>из начального шага «%1» нет пути к шагу «%2»; добавьте переход к нему или удалите его.</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; is final, so its transitions and timer are never used; remove them or drop &quot;final&quot;: true.</source>
        <translation>шаг «%1» завершающий, поэтому его переходы и таймер никогда не используются; удалите их или уберите &quot;final&quot;: true.</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; has no way out: give it a transition (&apos;on&apos;) or a timer, or mark it &quot;final&quot;: true if the call ends there.</source>
        <translation>из шага «%1» нет выхода: добавьте ему переход («on») или таймер либо отметьте его &quot;final&quot;: true, если разговор на нём заканчивается.</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; has no way on of its own: only global transitions (&apos;%2&apos;) lead out of it, so the method stops there. Give it a transition (&apos;on&apos;) to the next step or a timer, or mark it &quot;final&quot;: true if the call ends there.</source>
        <translation>у шага «%1» нет собственного пути дальше: из него ведут только глобальные переходы («%2»), поэтому метод на нём останавливается. Добавьте ему переход («on») к следующему шагу или таймер либо отметьте его &quot;final&quot;: true, если разговор на нём заканчивается.</translation>
    </message>
    <message>
        <source>when the timer of step &apos;%1&apos; expires on the &quot;%2&quot; channel, no target applies and the step stays; add a target for &quot;%2&quot;.</source>
        <translation>когда таймер шага «%1» истекает на канале «%2», ни одна цель не подходит и шаг не меняется; добавьте цель для «%2».</translation>
    </message>
    <message>
        <source>the timer of step &apos;%1&apos; must satisfy minMs ≤ defaultMs ≤ maxMs, but it has minMs %2, defaultMs %3, maxMs %4.</source>
        <translation>таймер шага «%1» должен удовлетворять minMs ≤ defaultMs ≤ maxMs, а у него minMs %2, defaultMs %3, maxMs %4.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; has %3 characters; a text may have at most %4. Shorten it: the consultant reads it during a call.</source>
        <translation>текст «%1» в «%2» слишком длинный (символов: %3, не более %4). Сократите его: консультант читает его во время разговора.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; is empty; write the text or remove the entry.</source>
        <translation>текст «%1» в «%2» пуст; напишите текст или удалите запись.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; contains the invisible character %3 (%4), which can make the text show other than it is; remove it.</source>
        <translation>текст «%1» в «%2» содержит невидимый символ %3 (%4), из-за которого текст может выглядеть не так, как записан; удалите его.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; contains what looks like HTML; the window shows texts as written, tags included.</source>
        <translation>текст «%1» в «%2» содержит что-то похожее на HTML; окно показывает тексты так, как они записаны, вместе с тегами.</translation>
    </message>
    <message>
        <source>in the &quot;%1&quot; text of &quot;%2&quot;: %3</source>
        <translation>в тексте «%1» в «%2»: %3</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; contains &quot;%3&quot;, which would %4 as written; use %5 for grammatical forms%6, or write {/} for a slash you mean (24{/}7).</source>
        <translation>текст «%1» в «%2» содержит «%3», и это будет %4 как есть; для грамматических форм используйте %5%6 или напишите {/}, если косая черта нужна (24{/}7).</translation>
    </message>
    <message>
        <source>be read out</source>
        <translation>зачитано</translation>
    </message>
    <message>
        <source>show on the card</source>
        <translation>показано на карточке</translation>
    </message>
    <message>
        <source>, separate &apos;say&apos; entries for alternatives</source>
        <translation>, а для вариантов — отдельные записи «say»</translation>
    </message>
    <message>
        <source>this is a folder, not a %1 file.</source>
        <translation>это папка, а не файл (%1).</translation>
    </message>
    <message>
        <source>cannot open the file: %1.</source>
        <translation>не удаётся открыть файл: %1.</translation>
    </message>
    <message>
        <source>the file is %1 MB; %2 files are limited to %3 MB. Is this the right file?</source>
        <translation>размер файла %1 МБ; для типа «%2» предел %3 МБ. Это точно нужный файл?</translation>
    </message>
    <message>
        <source>cannot read the file: %1.</source>
        <translation>не удаётся прочитать файл: %1.</translation>
    </message>
    <message>
        <source>the file grew beyond the size limit while it was read.</source>
        <translation>файл превысил допустимый размер во время чтения.</translation>
    </message>
    <message>
        <source>the file is empty; a %1 is a JSON object ({…}).</source>
        <translation>файл пуст; %1 — это объект JSON ({…}).</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice in one object (first at line %2); only the first is used. Remove or rename one.</source>
        <translation>поле «%1» встречается в одном объекте дважды (впервые в строке %2); используется только первое. Удалите одно или переименуйте его.</translation>
    </message>
    <message>
        <source>playbook</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <source>a playbook file must hold one JSON object ({…}), not %1.</source>
        <translation>файл сценария должен содержать один объект JSON ({…}), а не: %1.</translation>
    </message>
    <message>
        <source>the playbook</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <source>this playbook uses format version %1, but this Steadyline reads versions up to %2; update Steadyline or save the playbook in version %2.</source>
        <translation>этот сценарий использует версию формата %1, а этот Steadyline читает версии до %2; обновите Steadyline или сохраните сценарий в версии %2.</translation>
    </message>
    <message>
        <source>&apos;schemaVersion&apos; must be 1 or more, not %1.</source>
        <translation>«schemaVersion» должно быть 1 или больше, а не %1.</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, e.g. &quot;aggressive-caller-3.5&quot;</source>
        <translation>используйте строчные латинские буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;, например &quot;aggressive-caller-3.5&quot;</translation>
    </message>
    <message>
        <source>&apos;revision&apos; must be between 1 and 1000000, not %1; raise it by one each time you hand out a changed playbook.</source>
        <translation>«revision» должно быть от 1 до 1000000, а не %1; увеличивайте его на единицу каждый раз, когда раздаёте изменённый сценарий.</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;_&apos;, starting with a letter, e.g. &quot;final_warning&quot;</source>
        <translation>используйте строчные латинские буквы, цифры и &apos;_&apos;, начиная с буквы, например &quot;final_warning&quot;</translation>
    </message>
    <message>
        <source>use a language code such as &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; or &quot;en-GB&quot;</source>
        <translation>используйте код языка, например &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; или &quot;en-GB&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &apos;translatedFrom&apos; is not a locale; %2.</source>
        <translation>«%1» в «translatedFrom» — не код языка; %2.</translation>
    </message>
    <message>
        <source>&apos;translatedFrom&apos; of &quot;%1&quot; must be an object of text key → fingerprint, not %2.</source>
        <translation>«translatedFrom» для «%1» должно быть объектом «ключ текста → отпечаток», а не: %2.</translation>
    </message>
    <message>
        <source>the record of &quot;%1&quot; in &apos;translatedFrom&apos; must be the 12 hex digits that &apos;steadyline i18n-status --mark-current %2 FILE&apos; writes.</source>
        <translation>запись «%1» в «translatedFrom» должна состоять из 12 шестнадцатеричных цифр, которые записывает &apos;steadyline i18n-status --mark-current %2 ФАЙЛ&apos;.</translation>
    </message>
    <message>
        <source>each entry of &apos;locales&apos; must be a string, not %1.</source>
        <translation>каждая запись «locales» должна быть строкой, а не: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale; %2.</source>
        <translation>«%1» — не код языка; %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a locale; %3.</source>
        <translation>«%1» в %2 — не код языка; %3.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of %2 must be a string, not %3.</source>
        <translation>текст «%1» в %2 должен быть строкой, а не: %3.</translation>
    </message>
    <message>
        <source>%1 has no text; give at least the base locale, e.g. {&quot;%2&quot;: &quot;…&quot;}.</source>
        <translation>%1: нет текста; укажите хотя бы версию на базовом языке, например {&quot;%2&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>%1 must be a string or an object of texts per locale, not %2.</source>
        <translation>%1 должно быть строкой или объектом текстов по языкам, а не: %2.</translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; of %3</source>
        <translation>запись %1 в «%2» (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty; it needs at least one %3.</source>
        <translation>%2: «%1» пусто; нужен хотя бы один элемент (%3).</translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; must be an object ({…}) describing a %3, not %4.</source>
        <translation>запись %1 в «%2» должна быть объектом ({…}), описывающим элемент (%3), а не: %4.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>событие %1</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;</source>
        <translation>событие «%1»</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; of %2.%3 Use one of: %4.</source>
        <translation>неизвестная роль «%1» (%2).%3 Используйте одну из: %4.</translation>
    </message>
    <message>
        <source>the guard (&apos;when&apos;) of %1</source>
        <translation>условие («when») — %1</translation>
    </message>
    <message>
        <source>unknown guard &apos;%1&apos;; a guard can test only &apos;channel&apos; (&quot;phone&quot; or &quot;in_person&quot;).%2</source>
        <translation>неизвестное условие «%1»; условие может проверять только «channel» (&quot;phone&quot; или &quot;in_person&quot;).%2</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; in a guard; use &quot;phone&quot; or &quot;in_person&quot;.%2</source>
        <translation>неизвестный канал «%1» в условии; используйте &quot;phone&quot; или &quot;in_person&quot;.%2</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>переход</translation>
    </message>
    <message>
        <source>global transition %1</source>
        <translation>глобальный переход %1</translation>
    </message>
    <message>
        <source>each entry of &apos;except&apos; must be a step id string, not %1.</source>
        <translation>каждая запись «except» должна быть строкой с id шага, а не: %1.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>шаг %1</translation>
    </message>
    <message>
        <source>the label of %1 is empty; write the step&apos;s number as the consultant knows it, e.g. &quot;1&quot; or &quot;3½&quot;.</source>
        <translation>метка (%1) пуста; напишите номер шага так, как его знает консультант, например &quot;1&quot; или &quot;3½&quot;.</translation>
    </message>
    <message>
        <source>transition %1 of %2</source>
        <translation>переход %1 (%2)</translation>
    </message>
    <message>
        <source>action</source>
        <translation>действие</translation>
    </message>
    <message>
        <source>action %1 of %2</source>
        <translation>действие %1 (%2)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>expiry target %1 of %2</source>
        <translation>цель по истечении времени %1 (%2)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;.%2 Known actions: %3.</source>
        <translation>неизвестное действие «%1».%2 Известные действия: %3.</translation>
    </message>
    <message>
        <source>the %1 action</source>
        <translation>действие %1</translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos;.%3 Its parameters: %4.</source>
        <translation>%1: нет параметра «%2».%3 Допустимые параметры: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>unknown call outcome &quot;%1&quot;.%2 Use one of: %3.</source>
        <translation>неизвестный итог разговора «%1».%2 Используйте один из: %3.</translation>
    </message>
    <message>
        <source>unknown final action &quot;%1&quot;.%2 Use one of: %3.</source>
        <translation>неизвестное завершающее действие «%1».%2 Используйте одно из: %3.</translation>
    </message>
    <message>
        <source>%1 needs &apos;finalAction&apos; (hang_up, call_security, hand_over or end), &apos;outcome&apos;, or both.</source>
        <translation>%1 требует «finalAction» (hang_up, call_security, hand_over или end), «outcome» или оба.</translation>
    </message>
    <message>
        <source>the countdown of step &apos;%1&apos; cannot be stopped with F6 (&quot;the caller calmed down&quot;): no event has &quot;role&quot;: &quot;calmed&quot;. Give the event for a caller who calms down that role, so F6, the tray item and the global shortcut fire it.</source>
        <translation>отсчёт на шаге «%1» нельзя остановить клавишей F6 («клиент успокоился»): ни у одного события нет &quot;role&quot;: &quot;calmed&quot;. Назначьте эту роль событию для успокоившегося клиента, чтобы его запускали F6, пункт в трее и глобальное сочетание клавиш.</translation>
    </message>
    <message>
        <source>F6 (&quot;the caller calmed down&quot;) does nothing during the countdown of step &apos;%1&apos;: neither the step nor a global transition uses event &apos;%2&apos;.</source>
        <translation>F6 («клиент успокоился») ничего не делает во время отсчёта на шаге «%1»: событие «%2» не использует ни шаг, ни какой-либо глобальный переход.</translation>
    </message>
    <message>
        <source>the call would stay in it after it has ended</source>
        <translation>разговор остался бы на нём и после завершения</translation>
    </message>
    <message>
        <source>the consultant would still be offered %1 after the call has ended</source>
        <translation>консультанту и после завершения разговора предлагалось бы %1</translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; ends the call (end_call) but is not final, so %2; add &quot;final&quot;: true to the step.</source>
        <translation>шаг «%1» завершает разговор (end_call), но не является завершающим, поэтому %2; добавьте шагу &quot;final&quot;: true.</translation>
    </message>
    <message>
        <source>&apos;translatedFrom&apos; has records for &quot;%1&quot;, which is not a translated locale of this playbook (&apos;locales&apos; beside the base locale &quot;%2&quot;); remove them.</source>
        <translation>в «translatedFrom» есть записи для «%1», но это не язык перевода этого сценария («locales», кроме базового языка «%2»); удалите их.</translation>
    </message>
    <message>
        <source>&apos;translatedFrom&apos; records a &quot;%1&quot; translation of the text &quot;%2&quot;, which this playbook does not have (renamed or removed?); &apos;steadyline i18n-status --mark-current %1 FILE&apos; tidies the records.</source>
        <translation>«translatedFrom» хранит перевод «%1» текста «%2», которого в этом сценарии нет (переименован или удалён?); &apos;steadyline i18n-status --mark-current %1 ФАЙЛ&apos; приведёт записи в порядок.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; was translated from an earlier &quot;%3&quot; text; check the translation, then run &apos;steadyline i18n-status --mark-current %1 FILE&apos;.</source>
        <translation>текст «%1» в «%2» переведён с более ранней версии «%3»; проверьте перевод, затем выполните &apos;steadyline i18n-status --mark-current %1 ФАЙЛ&apos;.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>options &apos;%1&apos; and &apos;%2&apos; of turn &apos;%3&apos; both fire the event &apos;%4&apos;. In the rehearsal window the event&apos;s button always plays &apos;%1&apos;, so &apos;%2&apos; can never be chosen there. Give &apos;%2&apos; another event, or make the difference a &apos;say&apos; option.</source>
        <translation>варианты «%1» и «%2» реплики «%3» запускают одно и то же событие «%4». В окне репетиции кнопка события всегда выбирает «%1», поэтому «%2» там выбрать нельзя. Дайте «%2» другое событие или сделайте разницу вариантом «say».</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>при личной встрече</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice; turns and endings need distinct ids.</source>
        <translation>id «%1» используется дважды; у реплик и концовок должны быть разные id.</translation>
    </message>
    <message>
        <source>turn &apos;%1&apos; has two options with the id &apos;%2&apos;; option ids must be distinct within a turn.</source>
        <translation>у реплики «%1» два варианта с id «%2»; id вариантов в пределах реплики должны различаться.</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos;, which is neither a turn nor an ending.%3</source>
        <translation>%1 указывает на «%2», но это не реплика и не концовка.%3</translation>
    </message>
    <message>
        <source>&apos;start&apos; names &apos;%1&apos;, which is not a turn.%2</source>
        <translation>«start» указывает на «%1», но это не реплика.%2</translation>
    </message>
    <message>
        <source>the scenario is in &apos;%1&apos; but playbook &apos;%2&apos; has no text in that language (it is in %3); the step card will not match the caller.</source>
        <translation>сценка на языке «%1», но в сценарии «%2» нет текстов на этом языке (он на: %3); карточка шага не будет соответствовать клиенту.</translation>
    </message>
    <message>
        <source>turn &apos;%1&apos;</source>
        <translation>реплика «%1»</translation>
    </message>
    <message>
        <source>%1 names step &apos;%2&apos;, which playbook &apos;%3&apos; does not have.%4</source>
        <translation>%1 указывает на шаг «%2», которого нет в сценарии «%3».%4</translation>
    </message>
    <message>
        <source>%1, the playbook is at step &apos;%2&apos;, but the next turn &apos;%3&apos; says step &apos;%4&apos;; make them agree.</source>
        <translation>%1 сценарий находится на шаге «%2», но следующая реплика «%3» указывает шаг «%4»; согласуйте их.</translation>
    </message>
    <message>
        <source>&apos;onTimer&apos; of %1</source>
        <translation>«onTimer» (%1)</translation>
    </message>
    <message>
        <source>%1 is at step &apos;%2&apos;, whose countdown leads to &apos;%3&apos; at zero; add &apos;onTimer&apos; naming the turn or ending that follows.</source>
        <translation>%1 находится на шаге «%2», чей отсчёт по истечении ведёт к «%3»; добавьте «onTimer» с репликой или концовкой, которая следует дальше.</translation>
    </message>
    <message>
        <source>%1 has &apos;onTimer&apos;, but step &apos;%2&apos; has no countdown; it never fires.</source>
        <translation>%1: задан «onTimer», но у шага «%2» нет отсчёта; он никогда не сработает.</translation>
    </message>
    <message>
        <source>When the countdown of %1 reaches zero</source>
        <translation>Когда отсчёт истекает (%1),</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; of %2</source>
        <translation>вариант «%1» (%2)</translation>
    </message>
    <message>
        <source>&apos;next&apos; of %1</source>
        <translation>«next» (%1)</translation>
    </message>
    <message>
        <source>%1 ends the call, so its &apos;next&apos; must be an ending, not turn &apos;%2&apos;.</source>
        <translation>%1 завершает разговор, поэтому его «next» должен указывать на концовку, а не на реплику «%2».</translation>
    </message>
    <message>
        <source>%1 fires event &apos;%2&apos;, which playbook &apos;%3&apos; does not declare.%4</source>
        <translation>%1 запускает событие «%2», которое сценарий «%3» не объявляет.%4</translation>
    </message>
    <message>
        <source>%1 fires event &apos;%2&apos;, which leads nowhere from step &apos;%3&apos; %4. From there: %5.</source>
        <translation>%1 запускает событие «%2», которое с шага «%3» (%4) никуда не ведёт. Оттуда: %5.</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>нет событий</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>После выбора (%1)</translation>
    </message>
    <message>
        <source>this leads back to turn &apos;%1&apos;, which comes earlier; a scenario moves forward, so use a new turn instead.</source>
        <translation>это ведёт назад к реплике «%1», которая идёт раньше; сценка движется только вперёд, поэтому используйте новую реплику.</translation>
    </message>
    <message>
        <source>turn &apos;%1&apos; cannot be reached from the start.</source>
        <translation>реплика «%1» недостижима от начала.</translation>
    </message>
    <message>
        <source>ending &apos;%1&apos; cannot be reached from the start.</source>
        <translation>концовка «%1» недостижима от начала.</translation>
    </message>
    <message>
        <source>no path from the start earns any points, so no rehearsal can pass; give the good options positive points.</source>
        <translation>ни один путь от начала не приносит баллов, поэтому ни одна репетиция не может быть успешной; дайте хорошим вариантам положительные баллы.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>сценка</translation>
    </message>
    <message>
        <source>no playbook with the id &apos;%1&apos; was found.%2 Give its file on the same command line, or put it beside the scenario or in the folder above.</source>
        <translation>сценарий с id «%1» не найден.%2 Укажите его файл в той же командной строке или положите его рядом со сценкой либо в папку выше.</translation>
    </message>
    <message>
        <source>the scenario needs revision %1 or later of playbook &apos;%2&apos;, but the one found is revision %3.</source>
        <translation>сценке нужна редакция %1 или новее сценария «%2», а найденный имеет редакцию %3.</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos;, e.g. &quot;calms-after-boundary-pl&quot;</source>
        <translation>используйте строчные латинские буквы, цифры и &apos;-&apos;, например &quot;calms-after-boundary-pl&quot;</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, e.g. &quot;aggressive-caller-pl&quot;</source>
        <translation>используйте строчные латинские буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;, например &quot;aggressive-caller-pl&quot;</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, e.g. &quot;offer_help&quot; or &quot;hung-up&quot;</source>
        <translation>используйте строчные латинские буквы, цифры, &apos;_&apos; и &apos;-&apos;, например &quot;offer_help&quot; или &quot;hung-up&quot;</translation>
    </message>
    <message>
        <source>a scenario file must hold one JSON object ({…}), not %1.</source>
        <translation>файл сценки должен содержать один объект JSON ({…}), а не: %1.</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>сценка</translation>
    </message>
    <message>
        <source>&apos;kind&apos; of a scenario must be &quot;scenario&quot;, not &quot;%1&quot;.</source>
        <translation>«kind» сценки должно быть &quot;scenario&quot;, а не «%1».</translation>
    </message>
    <message>
        <source>this scenario uses format version %1, but this Steadyline reads versions up to %2; update Steadyline or save the scenario in version %2.</source>
        <translation>эта сценка использует версию формата %1, а этот Steadyline читает версии до %2; обновите Steadyline или сохраните сценку в версии %2.</translation>
    </message>
    <message>
        <source>use a language code such as &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; or &quot;en&quot;</source>
        <translation>используйте код языка, например &quot;pl&quot;, &quot;cs&quot;, &quot;ru&quot; или &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be between %3 and %4, not %5.</source>
        <translation>%2: «%1» должно быть от %3 до %4, а не %5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is empty; write the text the trainee will read.</source>
        <translation>%2: «%1» пусто; напишите текст, который прочитает обучающийся.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 is &quot;%3&quot;;%4 choose one of: %5.</source>
        <translation>%2: «%1» имеет значение «%3»;%4 выберите одно из: %5.</translation>
    </message>
    <message>
        <source>&apos;goals&apos; is empty; name at least one thing the rehearsal teaches.</source>
        <translation>«goals» пусто; назовите хотя бы одну вещь, которой учит репетиция.</translation>
    </message>
    <message>
        <source>each goal must be a non-empty string.</source>
        <translation>каждая цель должна быть непустой строкой.</translation>
    </message>
    <message>
        <source>&apos;turns&apos; is empty; a scenario needs at least one turn of the caller.</source>
        <translation>«turns» пусто; сценке нужна хотя бы одна реплика клиента.</translation>
    </message>
    <message>
        <source>turn %1 must be an object ({…}), not %2.</source>
        <translation>реплика %1 должна быть объектом ({…}), а не: %2.</translation>
    </message>
    <message>
        <source>turn %1</source>
        <translation>реплика %1</translation>
    </message>
    <message>
        <source>use the id of a step of the playbook, e.g. &quot;boundary&quot;</source>
        <translation>используйте id шага сценария, например &quot;boundary&quot;</translation>
    </message>
    <message>
        <source>the caller of %1</source>
        <translation>клиент (%1)</translation>
    </message>
    <message>
        <source>%1 offers no options; give the trainee at least one.</source>
        <translation>%1 не предлагает вариантов; дайте обучающемуся хотя бы один.</translation>
    </message>
    <message>
        <source>option %1 of %2 must be an object ({…}), not %3.</source>
        <translation>вариант %1 (%2) должен быть объектом ({…}), а не: %3.</translation>
    </message>
    <message>
        <source>option %1 of %2</source>
        <translation>вариант %1 (%2)</translation>
    </message>
    <message>
        <source>%1 does nothing; give it exactly one of: event, say, promise, note, stopCountdown, endCall.</source>
        <translation>%1 ничего не делает; дайте ему ровно одно из: event, say, promise, note, stopCountdown, endCall.</translation>
    </message>
    <message>
        <source>%1 has %2; give it exactly one of them.</source>
        <translation>%1: задано несколько действий (%2); оставьте ровно одно из них.</translation>
    </message>
    <message>
        <source>use the id of an event of the playbook, e.g. &quot;no_change&quot;</source>
        <translation>используйте id события сценария, например &quot;no_change&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only be true; to offer something else, use another member.</source>
        <translation>«%1» может быть только true; чтобы предложить что-то другое, используйте другое поле.</translation>
    </message>
    <message>
        <source>&apos;endings&apos; is empty; a scenario needs at least one ending.</source>
        <translation>«endings» пусто; сценке нужна хотя бы одна концовка.</translation>
    </message>
    <message>
        <source>ending %1 must be an object ({…}), not %2.</source>
        <translation>концовка %1 должна быть объектом ({…}), а не: %2.</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>концовка %1</translation>
    </message>
    <message numerus="yes">
        <source>%n texts have a version in &quot;%1&quot; (the first is &quot;%2&quot;), but &quot;%1&quot; is not in &apos;locales&apos;; add &quot;%1&quot; to &apos;locales&apos; or remove those versions.</source>
        <translation>
            <numerusform>%n текст имеет версию на «%1» (первый — «%2»), но «%1» нет в «locales»; добавьте «%1» в «locales» или удалите эти версии.</numerusform>
            <numerusform>%n текста имеют версию на «%1» (первый — «%2»), но «%1» нет в «locales»; добавьте «%1» в «locales» или удалите эти версии.</numerusform>
            <numerusform>%n текстов имеют версию на «%1» (первый — «%2»), но «%1» нет в «locales»; добавьте «%1» в «locales» или удалите эти версии.</numerusform>
        </translation>
    </message>
    <message>
        <source>a bidirectional control</source>
        <translation>управляющий символ направления текста</translation>
    </message>
    <message>
        <source>a zero-width character</source>
        <translation>символ нулевой ширины</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;{%1}&apos;; known are {address:…|…}, {agent:…|…}, {channel:…|…}, {agentName} and {caseRef}</source>
        <translation>неизвестный заполнитель «{%1}»; известны {address:…|…}, {agent:…|…}, {channel:…|…}, {agentName} и {caseRef}</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; needs exactly two forms separated by &apos;|&apos;, the phone&apos;s first, e.g. {channel:hovor|rozhovor}</source>
        <translation>«{%1}» требует ровно двух форм, разделённых знаком &apos;|&apos;, сначала для телефона, например {channel:hovor|rozhovor}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of the timer of step &apos;%2&apos; is %3 ms; timers run from 1000 to 300000 ms (1 s to 5 min).</source>
        <translation>«%1» таймера шага «%2» равно %3 мс; таймеры длятся от 1000 до 300000 мс (от 1 с до 5 мин).</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is the method&apos;s 3½ wait, which lasts 5–10 s, but its timer runs from %2 to %3 ms; give it minMs ≥ 5000 and maxMs ≤ 10000, or label a longer pause otherwise (e.g. &quot;‖&quot;).</source>
        <translation>шаг «%1» — это ожидание 3½ по методу, оно длится 5–10 с, но его таймер идёт от %2 до %3 мс; задайте minMs ≥ 5000 и maxMs ≤ 10000 или обозначьте более долгую паузу иначе (например, &quot;‖&quot;).</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; needs two or three forms separated by &apos;|&apos;: the man&apos;s, the woman&apos;s and, for a couple or a caller of unknown gender, the plural, e.g. {address:Panu|Pani|Państwu}</source>
        <translation>&apos;{%1}&apos; требует две или три формы через &apos;|&apos;: для мужчины, для женщины и — для пары или собеседника неизвестного пола — форму множественного числа, например {address:Panu|Pani|Państwu}</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; text of &quot;%2&quot; has an {address:…|…} without the third, plural form that other texts of this playbook give; a couple or a caller of unknown gender would see both forms (&quot;Panu/Pani&quot;). Add it: {address:Panu|Pani|Państwu}.</source>
        <translation>текст «%1» в «%2» содержит {address:…|…} без третьей формы множественного числа, которая есть в других текстах этого сценария; пара или собеседник неизвестного пола увидят обе формы («Panu/Pani»). Добавьте её: {address:Panu|Pani|Państwu}.</translation>
    </message>
    <message>
        <source>the scenario&apos;s caller is addressed in the plural (formal_plural), but the playbook &apos;%1&apos; has lines with only two forms of address, which the rehearsal would show as both (&quot;Panu/Pani&quot;); give them the third form, or address the caller as formal_male or formal_female.</source>
        <translation>к собеседнику в этой сценке обращаются во множественном числе (formal_plural), но в сценарии &apos;%1&apos; есть фразы только с двумя формами обращения, и тренировка покажет обе («Panu/Pani»); добавьте им третью форму или обращайтесь к собеседнику как formal_male или formal_female.</translation>
    </message>
    <message>
        <source>the scenario&apos;s caller is addressed in the plural (formal_plural), but this {address:…|…} has no plural form, so the rehearsal would show both forms (&quot;Panu/Pani&quot;); add it: {address:Panu|Pani|Państwu}.</source>
        <translation>к собеседнику в этой сценке обращаются во множественном числе (formal_plural), но у этого {address:…|…} нет формы множественного числа, и тренировка покажет обе формы («Panu/Pani»); добавьте её: {address:Panu|Pani|Państwu}.</translation>
    </message>
    <message>
        <source>the recording &apos;%1&apos; of turn &apos;%2&apos; must be given relative to the scenario&apos;s folder, e.g. &quot;audio/opening.wav&quot;.</source>
        <translation>запись «%1» реплики «%2» нужно указать относительно папки сценки, например &quot;audio/opening.wav&quot;.</translation>
    </message>
    <message>
        <source>the recording &apos;%1&apos; of turn &apos;%2&apos; was not found: there is no readable file %3. Put it there, or remove &apos;audio&apos; to have the line read by a synthetic voice.</source>
        <translation>запись «%1» реплики «%2» не найдена: файла %3 нет или его нельзя прочитать. Положите её туда или уберите «audio», чтобы реплику читал синтетический голос.</translation>
    </message>
</context>
<context>
    <name>steadyline::Labels</name>
    <message>
        <source>not ended</source>
        <translation>не завершён</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>вопрос решён</translation>
    </message>
    <message>
        <source>ended by the consultant</source>
        <translation>завершён консультантом</translation>
    </message>
    <message>
        <source>escalated to the manager / security</source>
        <translation>передан руководителю / охране</translation>
    </message>
    <message>
        <source>the caller hung up</source>
        <translation>клиент положил трубку</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прерван</translation>
    </message>
    <message>
        <source>team folder</source>
        <translation>папка команды</translation>
    </message>
    <message>
        <source>your folder</source>
        <translation>ваша папка</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>handed over to a colleague</source>
        <translation>передан коллеге</translation>
    </message>
    <message>
        <source>published by your team</source>
        <translation>опубликовано командой</translation>
    </message>
</context>
<context>
    <name>steadyline::PlaybookCatalog</name>
    <message>
        <source>revision %1 (%2)</source>
        <translation>редакция %1 (%2)</translation>
    </message>
    <message>
        <source>The only version: revision %1, %2.</source>
        <translation>Единственная версия: редакция %1, %2.</translation>
    </message>
    <message>
        <source>Revision %1 (%2) is the highest; also found: %3.</source>
        <translation>Редакция %1 (%2) — самая новая; найдены также: %3.</translation>
    </message>
    <message>
        <source>Two files in %1 have revision %2; %3 is used (first by name). Also found: %4.</source>
        <translation>У двух файлов в %1 редакция %2; используется %3 (первый по имени). Найдены также: %4.</translation>
    </message>
    <message>
        <source>Revision %1 (%2) ties with %3; on equal revisions the team folder wins over your folder, and your folder over the built-in playbooks.</source>
        <translation>Редакция %1 (%2) совпадает с %3; при равных редакциях папка команды важнее вашей папки, а ваша папка — встроенных сценариев.</translation>
    </message>
    <message>
        <source>Its folder cannot be reached now; the version loaded last stays in use.</source>
        <translation>Его папка сейчас недоступна; используется последняя загруженная версия.</translation>
    </message>
    <message>
        <source>Its file now has errors; the last good version stays in use.</source>
        <translation>В его файле теперь есть ошибки; используется последняя исправная версия.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be reached; the playbooks last loaded from it stay in use, and they reload when it is back.</source>
        <translation>%1 %2 недоступна; используются сценарии, загруженные из неё последними, и они перезагрузятся, когда она снова станет доступна.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>%1 has errors (%2); revision %3 loaded before stays in use.</source>
        <translation>В %1 есть ошибки (%2); используется загруженная ранее редакция %3.</translation>
    </message>
    <message>
        <source>%1 has errors (%2); it is not used until they are fixed.</source>
        <translation>В %1 есть ошибки (%2); он не используется, пока они не исправлены.</translation>
    </message>
    <message>
        <source>The team&apos;s published version is used: %1. Also found: %2.</source>
        <translation>Используется версия, опубликованная командой: %1. Найдены также: %2.</translation>
    </message>
</context>
<context>
    <name>steadyline::PublishedPlaybooks</name>
    <message>
        <source>Cannot make the folder %1 for the team&apos;s published playbooks.</source>
        <translation>Не удаётся создать папку %1 для сценариев, опубликованных командой.</translation>
    </message>
    <message>
        <source>Cannot remove %1, a playbook the team no longer publishes.</source>
        <translation>Не удаётся удалить %1 — сценарий, который команда больше не публикует.</translation>
    </message>
    <message>
        <source>published by your team (revision %1, by %2, %3)</source>
        <translation>опубликовано командой (редакция %1, %2, %3)</translation>
    </message>
</context>
<context>
    <name>steadyline::ScenarioLibrary</name>
    <message>
        <source>The folder %1 does not exist, so its scenarios cannot be listed. Check the playbook folders in the preferences.</source>
        <translation>Папка %1 не существует, поэтому её сценки нельзя показать. Проверьте папки сценариев в настройках.</translation>
    </message>
</context>
<context>
    <name>steadyline::TrainingRun</name>
    <message>
        <source>You acted after %1 s of the 3½ wait.</source>
        <translation>Вы действовали через %1 с ожидания на шаге 3½.</translation>
    </message>
    <message>
        <source>Give the caller at least %1 s after the final warning: it is their last chance to change the tone.</source>
        <translation>После последнего предупреждения дайте клиенту не менее %1 с: это его последний шанс сменить тон.</translation>
    </message>
    <message>
        <source>You waited %1 s after the final warning.</source>
        <translation>После последнего предупреждения вы ждали %1 с.</translation>
    </message>
    <message>
        <source>Keep the 3½ wait within %1 s: a warning that is not followed through loses its meaning.</source>
        <translation>Держите ожидание на шаге 3½ в пределах %1 с: предупреждение без последствий теряет смысл.</translation>
    </message>
    <message>
        <source>You ended the call while the caller was calming down.</source>
        <translation>Вы завершили звонок, когда клиент успокаивался.</translation>
    </message>
    <message>
        <source>When the caller calms down, leave the escalation and turn to their problem.</source>
        <translation>Когда клиент успокаивается, не переходите к следующим предупреждениям — займитесь его проблемой.</translation>
    </message>
    <message>
        <source>You ended the call before giving the final warning (step 3).</source>
        <translation>Вы завершили звонок до последнего предупреждения (шаг 3).</translation>
    </message>
    <message>
        <source>Take the steps in order: offer help, set the boundary, give the final warning, wait, and only then end the call.</source>
        <translation>Проходите шаги по порядку: предложите помощь, обозначьте границу, дайте последнее предупреждение, подождите и только потом завершите звонок.</translation>
    </message>
    <message>
        <source>You chose &quot;%1&quot;.</source>
        <translation>Вы выбрали «%1».</translation>
    </message>
    <message>
        <source>You said: &quot;%1&quot;</source>
        <translation>Вы сказали: «%1»</translation>
    </message>
    <message>
        <source>You promised: &quot;%1&quot;</source>
        <translation>Вы пообещали: «%1»</translation>
    </message>
    <message>
        <source>You noted: &quot;%1&quot;</source>
        <translation>Вы записали: «%1»</translation>
    </message>
    <message>
        <source>You stopped the countdown.</source>
        <translation>Вы остановили отсчёт.</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>Вы завершили звонок.</translation>
    </message>
    <message>
        <source>You moved to step %1 while the caller was calming down.</source>
        <translation>Вы перешли к шагу %1, когда клиент успокаивался.</translation>
    </message>
    <message>
        <source>When the caller calms down, leave the escalation and turn to their problem (F6).</source>
        <translation>Когда клиент успокаивается, не переходите к следующим предупреждениям — займитесь его проблемой (F6).</translation>
    </message>
    <message>
        <source>You went from step %1 to step %2.</source>
        <translation>Вы перешли с шага %1 на шаг %2.</translation>
    </message>
    <message>
        <source>Take every step in order: each one gives the caller a chance to change the tone.</source>
        <translation>Проходите каждый шаг по порядку: каждый даёт клиенту шанс сменить тон.</translation>
    </message>
    <message>
        <source>The call ended without the 3½ wait being kept.</source>
        <translation>Звонок завершился без ожидания на шаге 3½.</translation>
    </message>
    <message>
        <source>After the final warning, wait %1 s before you act.</source>
        <translation>После последнего предупреждения подождите %1 с, прежде чем действовать.</translation>
    </message>
    <message>
        <source>No promise was recorded in this call.</source>
        <translation>В этом звонке не записано ни одного обещания.</translation>
    </message>
    <message>
        <source>A promise was made but not recorded.</source>
        <translation>Обещание было дано, но не записано.</translation>
    </message>
    <message>
        <source>Record every promise (F9) with what, to whom and by when, so it is followed up.</source>
        <translation>Записывайте каждое обещание (F9): что, кому и к какому сроку, чтобы его выполнили.</translation>
    </message>
    <message>
        <source>No note was taken during the call.</source>
        <translation>Во время звонка не сделано ни одной заметки.</translation>
    </message>
    <message>
        <source>Note what happened (F8): date, time, details and every resolution.</source>
        <translation>Запишите, что произошло (F8): дату, время, подробности и каждое решение.</translation>
    </message>
    <message>
        <source>The caller&apos;s real problem was never dealt with.</source>
        <translation>Настоящей проблемой клиента так и не занялись.</translation>
    </message>
    <message>
        <source>Listen for what is really wrong and ask about it (&quot;It seems something upset you?&quot;).</source>
        <translation>Прислушайтесь, что на самом деле не так, и спросите об этом («Похоже, вас что-то расстроило?»).</translation>
    </message>
    <message>
        <source>You apologised again for the same thing.</source>
        <translation>Вы снова извинились за то же самое.</translation>
    </message>
    <message>
        <source>&quot;Sorry&quot; works only once: an apology repeated for the same failure only annoys. Apologise sincerely once, then act — and make sure it does not happen again.</source>
        <translation>«Извините» работает только один раз: извинения, повторённые за то же самое, только раздражают. Извинитесь искренне один раз, затем действуйте — и сделайте так, чтобы это не повторилось.</translation>
    </message>
    <message>
        <source>The countdown ended the call although the caller had calmed down.</source>
        <translation>Отсчёт завершил разговор, хотя клиент уже успокоился.</translation>
    </message>
    <message>
        <source>The 3½ wait is the caller&apos;s last chance: when they calm down, stop it with F6 and turn to their problem.</source>
        <translation>Ожидание на шаге 3½ — последний шанс клиента: если он успокоился, остановите отсчёт клавишей F6 и займитесь его проблемой.</translation>
    </message>
</context>
<context>
    <name>steadyline::app::WindowOptions</name>
    <message>
        <source>The folder of the journal.</source>
        <translation>Папка журнала.</translation>
    </message>
    <message>
        <source>Log in detail, also to the terminal.</source>
        <translation>Подробный журнал событий, также в терминал.</translation>
    </message>
    <message>
        <source>Start a call on this channel.</source>
        <translation>Начать звонок по этому каналу.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>для --data-dir нужна папка.</translation>
    </message>
    <message>
        <source>--start-call takes phone or in_person, not &apos;%1&apos;.</source>
        <translation>--start-call принимает phone или in_person, а не «%1».</translation>
    </message>
    <message>
        <source>Rehearse this training scenario at once.</source>
        <translation>Сразу отрепетировать эту учебную сценку.</translation>
    </message>
</context>
<context>
    <name>steadyline::cli</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>name the team server&apos;s URL.</source>
        <translation>укажите URL сервера команды.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>no password was given on standard input.</source>
        <translation>пароль не передан на стандартный ввод.</translation>
    </message>
    <message>
        <source>Joined team &apos;%1&apos; on %2 as %3 (%4). Changes from now on are shared; run steadyline team sync or start Steadyline to send them.</source>
        <translation>Вы присоединились к команде &apos;%1&apos; на %2 как %3 (%4). Теперь изменения общие; запустите steadyline team sync или Steadyline, чтобы отправить их.</translation>
    </message>
    <message>
        <source>this desk has not joined a team: run steadyline team join URL --login LOGIN first.</source>
        <translation>это рабочее место не присоединено к команде: сначала выполните steadyline team join URL --login LOGIN.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>нет связи: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Login: %1 (team &apos;%2&apos;)</source>
        <translation>Логин: %1 (команда &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Соединение: %1</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Ожидающие изменения: %1</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>Последняя отправка: %1</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>Последнее получение: %1</translation>
    </message>
    <message>
        <source>%1 changes are still waiting on this desk; they are kept and sent by the next sync.</source>
        <translation>Ожидающих изменений на этом рабочем месте: %1; они сохранены и будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Sent %1 changes, received %2; nothing is waiting.</source>
        <translation>Отправлено изменений: %1, получено: %2; ничего не ожидает.</translation>
    </message>
    <message>
        <source>Nothing is waiting on this desk, but the team&apos;s changes could not be received.</source>
        <translation>На этом рабочем месте ничего не ожидает, но изменения команды получить не удалось.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes have not reached the team server yet. Run steadyline team sync first, or leave with --discard-waiting to drop them (they stay in this desk&apos;s journal, but the team never gets them).</source>
        <translation>
            <numerusform>%n изменение ещё не дошло до сервера команды. Сначала выполните steadyline team sync или покиньте команду с --discard-waiting, чтобы отбросить его (оно останется в журнале этого рабочего места, но команда его не получит).</numerusform>
            <numerusform>%n изменения ещё не дошли до сервера команды. Сначала выполните steadyline team sync или покиньте команду с --discard-waiting, чтобы отбросить их (они останутся в журнале этого рабочего места, но команда их не получит).</numerusform>
            <numerusform>%n изменений ещё не дошли до сервера команды. Сначала выполните steadyline team sync или покиньте команду с --discard-waiting, чтобы отбросить их (они останутся в журнале этого рабочего места, но команда их не получит).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left team &apos;%1&apos;; %n changes that had not been sent were discarded. Your own calls, notes and promises stay in this desk&apos;s journal.</source>
        <translation>
            <numerusform>Вы покинули команду &apos;%1&apos;; %n неотправленное изменение отброшено. Ваши звонки, заметки и обещания остаются в журнале этого рабочего места.</numerusform>
            <numerusform>Вы покинули команду &apos;%1&apos;; %n неотправленных изменения отброшены. Ваши звонки, заметки и обещания остаются в журнале этого рабочего места.</numerusform>
            <numerusform>Вы покинули команду &apos;%1&apos;; %n неотправленных изменений отброшено. Ваши звонки, заметки и обещания остаются в журнале этого рабочего места.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left team &apos;%1&apos;. Your own calls, notes and promises stay in this desk&apos;s journal.</source>
        <translation>Вы покинули команду &apos;%1&apos;. Ваши звонки, заметки и обещания остаются в журнале этого рабочего места.</translation>
    </message>
    <message>
        <source>give one playbook file.</source>
        <translation>укажите один файл сценария разговора.</translation>
    </message>
    <message>
        <source>%1 has errors and was not published; run steadyline validate %1 for all of them.</source>
        <translation>В %1 есть ошибки, файл не опубликован; все ошибки покажет steadyline validate %1.</translation>
    </message>
    <message>
        <source>Published revision %1 of &apos;%2&apos; to team &apos;%3&apos;; desks use it from their next call.</source>
        <translation>Редакция %1 сценария &apos;%2&apos; опубликована для команды &apos;%3&apos;; рабочие места используют её со следующего звонка.</translation>
    </message>
    <message>
        <source>Nothing is published to team &apos;%1&apos; yet.</source>
        <translation>Для команды &apos;%1&apos; пока ничего не опубликовано.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>прежняя</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;: use join, status, sync, leave, publish or playbooks.</source>
        <translation>неизвестная подкоманда &apos;%1&apos;: используйте join, status, sync, leave, publish или playbooks.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the team server and kept on this desk, no longer waiting (steadyline team status lists them): %1</source>
        <translation>
            <numerusform>%n изменение отклонено сервером команды и сохранено на этом рабочем месте, оно больше не ждёт (steadyline team status его показывает): %1</numerusform>
            <numerusform>%n изменения отклонены сервером команды и сохранены на этом рабочем месте, они больше не ждут (steadyline team status их показывает): %1</numerusform>
            <numerusform>%n изменений отклонено сервером команды и сохранено на этом рабочем месте, они больше не ждут (steadyline team status их показывает): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1</source>
        <translation>
            <numerusform>%n изменение отклонено сервером: %1</numerusform>
            <numerusform>%n изменения отклонены сервером: %1</numerusform>
            <numerusform>%n изменений отклонено сервером: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::common</name>
    <message>
        <source>Cannot write %1: it is a symbolic link. Name the file itself.</source>
        <translation>Не удалось записать %1: это символическая ссылка. Укажите сам файл.</translation>
    </message>
    <message>
        <source>Cannot write %1: other users can write into %2. Choose a folder of your own.</source>
        <translation>Не удалось записать %1: другие пользователи могут записывать в %2. Выберите собственную папку.</translation>
    </message>
    <message>
        <source>No file was named to write to.</source>
        <translation>Не указан файл для записи.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Name a file.</source>
        <translation>Не удалось записать %1: это папка. Укажите файл.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot make %1 private (readable by you alone): %2.</source>
        <translation>Не удалось сделать %1 личным (доступным для чтения только вам): %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>Не удалось записать %1: %2. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>steadyline::desktop::CallEventListener</name>
    <message>
        <source>The listener needs a token of at least 16 characters.</source>
        <translation>Для приёма событий нужен токен длиной не менее 16 символов.</translation>
    </message>
    <message>
        <source>Cannot listen for call events on 127.0.0.1:%1: %2</source>
        <translation>Не удаётся принимать события звонков на 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>steadyline::desktop::SingleInstance</name>
    <message>
        <source>Steadyline is not running (no window has this journal open).</source>
        <translation>Steadyline не запущен (этот журнал не открыт ни в одном окне).</translation>
    </message>
    <message>
        <source>The running Steadyline did not understand the request.</source>
        <translation>Запущенный Steadyline не понял запрос.</translation>
    </message>
    <message>
        <source>Steadyline is already running but does not answer (%1).</source>
        <translation>Steadyline уже запущен, но не отвечает (%1).</translation>
    </message>
    <message>
        <source>The running Steadyline window took the call event.</source>
        <translation>Открытое окно Steadyline приняло событие звонка.</translation>
    </message>
    <message>
        <source>The call was started in the running Steadyline window.</source>
        <translation>Звонок начат в открытом окне Steadyline.</translation>
    </message>
    <message>
        <source>Steadyline is already running; its window was brought to the front.</source>
        <translation>Steadyline уже запущен; его окно выведено на передний план.</translation>
    </message>
    <message>
        <source>Steadyline is already running but did not answer in time.</source>
        <translation>Steadyline уже запущен, но не ответил вовремя.</translation>
    </message>
    <message>
        <source>Later starts of Steadyline (a softphone&apos;s call events, --start-call) cannot reach this window: %1</source>
        <translation>Последующие запуски Steadyline (события звонков из софтфона, --start-call) не могут связаться с этим окном: %1</translation>
    </message>
    <message>
        <source>the data folder&apos;s path is too long</source>
        <translation>путь к папке данных слишком длинный</translation>
    </message>
    <message>
        <source>The socket %1 belongs to another user; the request was not sent.</source>
        <translation>Сокет %1 принадлежит другому пользователю; запрос не отправлен.</translation>
    </message>
    <message>
        <source>The rehearsal was started in the running Steadyline window.</source>
        <translation>Репетиция начата в открытом окне Steadyline.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::Accessibility</name>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::AssistWindow</name>
    <message>
        <source>&amp;Tips</source>
        <translation>&amp;Подсказки</translation>
    </message>
    <message>
        <source>Playbook problems</source>
        <translation>Проблемы со сценариями</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Начать звонок</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Calmed down</source>
        <translation>Клиент успокоился</translation>
    </message>
    <message>
        <source>Other phrasing</source>
        <translation>Другая формулировка</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>Отменить шаг</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Promise due: next choice</source>
        <translation>Срок обещания: следующий вариант</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <source>Stop countdown</source>
        <translation>Остановить отсчёт</translation>
    </message>
    <message>
        <source>Countdown +1 s</source>
        <translation>Отсчёт +1 с</translation>
    </message>
    <message>
        <source>Countdown −1 s</source>
        <translation>Отсчёт −1 с</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Следующий звонок</translation>
    </message>
    <message>
        <source>Continue the interrupted call</source>
        <translation>Продолжить прерванный звонок</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Поверх всех окон</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Insult</source>
        <translation>Оскорбление</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Asked for a manager</source>
        <translation>Просит руководителя</translation>
    </message>
    <message>
        <source>Manager?</source>
        <translation>Руководитель?</translation>
    </message>
    <message>
        <source>Time mark</source>
        <translation>Отметка времени</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Playbook library…</source>
        <translation>Библиотека сценариев…</translation>
    </message>
    <message>
        <source>Playbook editor…</source>
        <translation>Редактор сценариев…</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>История звонков…</translation>
    </message>
    <message>
        <source>Promises…</source>
        <translation>Обещания…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>The playbook of the interrupted call (%1) is not available.</source>
        <translation>Сценарий прерванного звонка (%1) недоступен.</translation>
    </message>
    <message>
        <source>Continuing the call started at %1; the playbook starts again at step 1.</source>
        <translation>Продолжение звонка, начатого %1; сценарий начинается снова с шага 1.</translation>
    </message>
    <message>
        <source>Call started at %1</source>
        <translation>Звонок начат в %1</translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>Звонок завершён: %1</translation>
    </message>
    <message>
        <source>End this call?</source>
        <translation>Завершить этот звонок?</translation>
    </message>
    <message>
        <source>A call is in progress. End it and start a new one?</source>
        <translation>Идёт звонок. Завершить его и начать новый?</translation>
    </message>
    <message>
        <source>Next call   [Enter]</source>
        <translation>Следующий звонок   [Enter]</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Нет звонка</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Звонок завершён</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Шаг %1 · %2</translation>
    </message>
    <message>
        <source>A call is already in progress in Steadyline.</source>
        <translation>В Steadyline уже идёт звонок.</translation>
    </message>
    <message>
        <source>Steadyline has no playbook to start a call with.</source>
        <translation>В Steadyline нет сценария, чтобы начать звонок.</translation>
    </message>
    <message>
        <source>Close during a call?</source>
        <translation>Закрыть во время звонка?</translation>
    </message>
    <message>
        <source>A call is in progress. Its notes are not saved yet. End the call and close?</source>
        <translation>Идёт звонок. Его заметки ещё не сохранены. Завершить звонок и закрыть?</translation>
    </message>
    <message>
        <source>End call and close</source>
        <translation>Завершить звонок и закрыть</translation>
    </message>
    <message>
        <source>Ending the call</source>
        <translation>Завершение звонка</translation>
    </message>
    <message>
        <source>Stop this rehearsal?</source>
        <translation>Прервать эту репетицию?</translation>
    </message>
    <message>
        <source>The rehearsal has not reached its end; it will not be scored.</source>
        <translation>Репетиция не доведена до конца; она не будет оценена.</translation>
    </message>
    <message>
        <source>Stop rehearsal</source>
        <translation>Прервать репетицию</translation>
    </message>
    <message>
        <source>Finish the call in progress before a rehearsal.</source>
        <translation>Перед репетицией завершите текущий звонок.</translation>
    </message>
    <message>
        <source>Rehearsal started: %1</source>
        <translation>Репетиция начата: %1</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Обучение…</translation>
    </message>
    <message>
        <source>The playbook &quot;%1&quot; that the softphone rules choose is not available; the start page&apos;s is used.</source>
        <translation>Сценарий «%1», выбранный правилами на вкладке «Софтфон», недоступен; используется сценарий с начальной страницы.</translation>
    </message>
    <message>
        <source>Quit with entries not saved?</source>
        <translation>Выйти, несмотря на несохранённые записи?</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved: the journal cannot be written. If you quit now, they are kept in a recovery file and written to the journal at the next start.</source>
        <translation>
            <numerusform>Не удалось сохранить %n запись: журнал недоступен для записи. Если выйти сейчас, она сохранится в файле восстановления и будет записана в журнал при следующем запуске.</numerusform>
            <numerusform>Не удалось сохранить %n записи: журнал недоступен для записи. Если выйти сейчас, они сохранятся в файле восстановления и будут записаны в журнал при следующем запуске.</numerusform>
            <numerusform>Не удалось сохранить %n записей: журнал недоступен для записи. Если выйти сейчас, они сохранятся в файле восстановления и будут записаны в журнал при следующем запуске.</numerusform>
        </translation>
    </message>
    <message>
        <source>A short break after the call</source>
        <translation>Короткий перерыв после звонка</translation>
    </message>
    <message>
        <source>During a call: F5 next step, F6 calmed down, F7 other phrasing, Shift+F5 undo, F8 note, F9 promise, Esc stop the countdown, F10 end the call, F12 raise your hand for your lead.</source>
        <translation>Во время звонка: F5 — следующий шаг, F6 — клиент успокоился, F7 — другая формулировка, Shift+F5 — отменить, F8 — заметка, F9 — обещание, Esc — остановить отсчёт, F10 — завершить звонок, F12 — поднять руку (позвать руководителя).</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>Поднять руку</translation>
    </message>
    <message>
        <source>Team board…</source>
        <translation>Панель команды…</translation>
    </message>
    <message>
        <source>Team promises…</source>
        <translation>Обещания команды…</translation>
    </message>
    <message>
        <source>Assign training…</source>
        <translation>Назначить обучение…</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallCommands</name>
    <message>
        <source>Acting now</source>
        <translation>Действие сейчас</translation>
    </message>
    <message>
        <source>Stopping the countdown</source>
        <translation>Остановка отсчёта</translation>
    </message>
    <message>
        <source>Recording a promise</source>
        <translation>Запись обещания</translation>
    </message>
    <message>
        <source>Taking a note</source>
        <translation>Запись заметки</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallStartForm</name>
    <message>
        <source>Sir (Mr)</source>
        <translation>мужчина</translation>
    </message>
    <message>
        <source>Madam (Ms)</source>
        <translation>женщина</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Редакция %1 · %2</translation>
    </message>
    <message>
        <source>Where the playbook comes from</source>
        <translation>Откуда взят сценарий</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Используется: %1</translation>
    </message>
    <message>
        <source>%1
The lead&apos;s note: %2</source>
        <translation>%1
Заметка руководителя: %2</translation>
    </message>
    <message>
        <source>You (a couple, or gender unknown)</source>
        <translation>пара или пол неизвестен</translation>
    </message>
    <message>
        <source>%1 (some lines show both forms)</source>
        <translation>%1 (некоторые фразы покажут обе формы)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallerBanner</name>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>Incoming call: %1</source>
        <translation>Входящий звонок: %1</translation>
    </message>
    <message>
        <source>Call started at %1 · %2: %3</source>
        <translation>Звонок начат в %1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallerIncidentsBanner</name>
    <message numerus="yes">
        <source>%n abusive calls from this reference in the last %1 days</source>
        <translation>
            <numerusform>%n оскорбительный звонок с этим номером обращения за последние %1 дн.</numerusform>
            <numerusform>%n оскорбительных звонка с этим номером обращения за последние %1 дн.</numerusform>
            <numerusform>%n оскорбительных звонков с этим номером обращения за последние %1 дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abusive calls from this reference in the last %1 days (this desk)</source>
        <translation>
            <numerusform>%n оскорбительный звонок с этим номером обращения за последние %1 дн. (это рабочее место)</numerusform>
            <numerusform>%n оскорбительных звонка с этим номером обращения за последние %1 дн. (это рабочее место)</numerusform>
            <numerusform>%n оскорбительных звонков с этим номером обращения за последние %1 дн. (это рабочее место)</numerusform>
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
        <translation>Осталось %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>Осталась %n секунда</numerusform>
            <numerusform>Осталось %n секунды</numerusform>
            <numerusform>Осталось %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <source>Saved for your lead: %1</source>
        <translation>Сохранено для руководителя: %1</translation>
    </message>
    <message>
        <source>The journal cannot be written right now (%1); the break is kept in memory and saved as soon as it works again.</source>
        <translation>Запись в журнал сейчас невозможна (%1); перерыв хранится в памяти и будет сохранён, как только запись снова заработает.</translation>
    </message>
    <message>
        <source>Could not save to the journal: %1</source>
        <translation>Не удалось сохранить в журнал: %1</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Короткий перерыв</translation>
    </message>
    <message>
        <source>That call was abusive. Take a moment before the next one: stand up, breathe out, have a drink of water.</source>
        <translation>Этот звонок был оскорбительным. Перед следующим — минута передышки: встать, спокойно выдохнуть, выпить воды.</translation>
    </message>
    <message>
        <source>&amp;What happened, for your lead (optional):</source>
        <translation>&amp;Что случилось — для руководителя (необязательно):</translation>
    </message>
    <message>
        <source>What happened, for your lead</source>
        <translation>Что случилось — для руководителя</translation>
    </message>
    <message>
        <source>one line; Enter saves it</source>
        <translation>одна строка; Enter сохраняет</translation>
    </message>
    <message>
        <source>Skip  [Esc]</source>
        <translation>Пропустить  [Esc]</translation>
    </message>
    <message>
        <source>Skip the break</source>
        <translation>Пропустить перерыв</translation>
    </message>
    <message>
        <source>Back to work  [Enter]</source>
        <translation>Вернуться к работе  [Enter]</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>Вернуться к работе</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <translation>Отсчёт</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Осталась %n секунда</numerusform>
            <numerusform>Осталось %n секунды</numerusform>
            <numerusform>Осталось %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown stopped</source>
        <translation>Отсчёт остановлен</translation>
    </message>
    <message>
        <source>last seconds</source>
        <translation>последние секунды</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardCharts</name>
    <message>
        <source>no figures yet</source>
        <translation>цифр пока нет</translation>
    </message>
    <message>
        <source>Abusive calls</source>
        <translation>Агрессивные разговоры</translation>
    </message>
    <message>
        <source>Cool-downs taken</source>
        <translation>Взятые перерывы</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>неделя с %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>Calmed at 1</source>
        <translation>Успокоен на 1</translation>
    </message>
    <message>
        <source>Calmed at 2</source>
        <translation>Успокоен на 2</translation>
    </message>
    <message>
        <source>Calmed at 3</source>
        <translation>Успокоен на 3</translation>
    </message>
    <message>
        <source>Ended at 3½</source>
        <translation>Завершён на 3½</translation>
    </message>
    <message>
        <source>Not calmed</source>
        <translation>Не успокоен</translation>
    </message>
    <message>
        <source>Median time to calm (seconds)</source>
        <translation>Медиана времени до успокоения (секунды)</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Выполнены в срок</translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation>Выполнены с опозданием</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменены</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Открыты, просрочены</translation>
    </message>
    <message>
        <source>Open, not yet due</source>
        <translation>Открыты, срок не наступил</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Mean score (%)</source>
        <translation>Средний результат (%)</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Обещания</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardSource</name>
    <message>
        <source>This desk is not connected to a team server.</source>
        <translation>Это рабочее место не подключено к серверу команды.</translation>
    </message>
    <message>
        <source>this login may open the dashboard of no team.</source>
        <translation>этот логин не может открыть панель ни одной команды.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardStatistics</name>
    <message>
        <source>The incident report could not be read from the server: %1</source>
        <translation>Не удалось получить отчёт об инцидентах с сервера: %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Выбранные дни</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>С &amp;даты:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>П&amp;о дату:</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Обно&amp;вить</translation>
    </message>
    <message>
        <source>Asks the team server for the figures again</source>
        <translation>Снова запрашивает цифры у сервера команды</translation>
    </message>
    <message>
        <source>Abusive calls per day</source>
        <translation>Агрессивные разговоры по дням</translation>
    </message>
    <message>
        <source>Abusive calls per week</source>
        <translation>Агрессивные разговоры по неделям</translation>
    </message>
    <message>
        <source>How far escalations went</source>
        <translation>Насколько далеко зашла эскалация</translation>
    </message>
    <message>
        <source>Time to calm</source>
        <translation>Время до успокоения</translation>
    </message>
    <message>
        <source>Promises due in the period</source>
        <translation>Обещания со сроком в периоде</translation>
    </message>
    <message>
        <source>Training scores</source>
        <translation>Результаты тренировок</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;График:</translation>
    </message>
    <message>
        <source>Save chart as PN&amp;G…</source>
        <translation>Сохранить график как PN&amp;G…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Save table as &amp;CSV…</source>
        <translation>Сохранить таблицу как &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Incident report…</source>
        <translation>Отчёт об &amp;инцидентах…</translation>
    </message>
    <message>
        <source>Abusive calls per month, team and outcome for health and safety, as CSV or PDF (counts only: no consultant, no caller)</source>
        <translation>Агрессивные разговоры по месяцам, командам и итогам для охраны труда, в CSV или PDF (только числа: без консультантов и клиентов)</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Сохранить график как PNG</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>grafik.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>Сохранить таблицу как CSV</translation>
    </message>
    <message>
        <source>table.csv</source>
        <translation>tablica.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the incident report</source>
        <translation>Сохранить отчёт об инцидентах</translation>
    </message>
    <message>
        <source>incident-report.pdf</source>
        <translation>otchet-ob-incidentah.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>Документы PDF (*.pdf);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The statistics come from the team server, and this desk is not connected to one.</source>
        <translation>Статистика берётся с сервера команды, а это рабочее место к нему не подключено.</translation>
    </message>
    <message>
        <source>Waiting for the server… (figures from %1 shown)</source>
        <translation>Ожидание сервера… (показаны цифры от %1)</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Ожидание сервера…</translation>
    </message>
    <message>
        <source>Offline: figures from %1. They are brought up to date when the server can be reached (Update).</source>
        <translation>Нет связи: цифры от %1. Они обновятся, когда сервер станет доступен (Обновить).</translation>
    </message>
    <message>
        <source>Offline: no figures yet. The server could not be reached: %1</source>
        <translation>Нет связи: цифр пока нет. Не удалось связаться с сервером: %1</translation>
    </message>
    <message>
        <source>The server did not give the figures: %1</source>
        <translation>Сервер не выдал цифры: %1</translation>
    </message>
    <message>
        <source>Figures from %1.</source>
        <translation>Цифры от %1.</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Пока нет цифр для экспорта.</translation>
    </message>
    <message>
        <source>The chart could not be drawn as an image.</source>
        <translation>Не удалось нарисовать график как изображение.</translation>
    </message>
    <message>
        <source>Nothing was exported: an export is first written in the team&apos;s audit log, and the server could not take it (%1).</source>
        <translation>Ничего не экспортировано: экспорт сначала записывается в журнал аудита команды, а сервер не смог его принять (%1).</translation>
    </message>
    <message>
        <source>The team whose figures and incident report are shown (an admin&apos;s choice)</source>
        <translation>Команда, чьи показатели и отчёт об инцидентах показаны (выбор администратора)</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>%1 (own team)</source>
        <translation>%1 (своя команда)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DashboardTables</name>
    <message>
        <source>Abusive calls</source>
        <translation>Агрессивные разговоры</translation>
    </message>
    <message>
        <source>Cool-downs taken</source>
        <translation>Взятые перерывы</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation>Выполнены в срок</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Calmed at step 1</source>
        <translation>Успокоен на шаге 1</translation>
    </message>
    <message>
        <source>Calmed at step 2</source>
        <translation>Успокоен на шаге 2</translation>
    </message>
    <message>
        <source>Calmed at step 3</source>
        <translation>Успокоен на шаге 3</translation>
    </message>
    <message>
        <source>Ended at step 3½</source>
        <translation>Завершён на шаге 3½</translation>
    </message>
    <message>
        <source>Method used, not calmed</source>
        <translation>Метод применён, не успокоен</translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation>Обещания со сроком</translation>
    </message>
    <message>
        <source>Promises kept on time</source>
        <translation>Обещания, выполненные в срок</translation>
    </message>
    <message>
        <source>Promises kept on time (share)</source>
        <translation>Обещания, выполненные в срок (доля)</translation>
    </message>
    <message>
        <source>Training attempts</source>
        <translation>Попытки тренировок</translation>
    </message>
    <message>
        <source>Mean training score</source>
        <translation>Средний результат тренировок</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Эскалации</translation>
    </message>
    <message>
        <source>How far it went</source>
        <translation>Насколько далеко зашло</translation>
    </message>
    <message>
        <source>Median time to calm</source>
        <translation>Медиана времени до успокоения</translation>
    </message>
    <message>
        <source>Mean time to calm</source>
        <translation>Среднее время до успокоения</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Неделя с</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренировки</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Средний результат</translation>
    </message>
    <message>
        <source>Per consultant</source>
        <translation>По консультантам</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Calmed</source>
        <translation>Успокоены</translation>
    </message>
    <message>
        <source>Training assigned, done</source>
        <translation>Назначенные тренировки, выполнено</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Training assigned, overdue</source>
        <translation>Назначенные тренировки, просрочено</translation>
    </message>
    <message>
        <source>Training assigned</source>
        <translation>Назначенные тренировки</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Лучший результат</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>выполнено %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DesktopIntegration</name>
    <message>
        <source>Steadyline: next step</source>
        <translation>Steadyline: следующий шаг</translation>
    </message>
    <message>
        <source>Steadyline: the caller calmed down</source>
        <translation>Steadyline: клиент успокоился</translation>
    </message>
    <message>
        <source>Steadyline: start or stop the countdown</source>
        <translation>Steadyline: запустить или остановить отсчёт</translation>
    </message>
    <message>
        <source>Steadyline: new note</source>
        <translation>Steadyline: новая заметка</translation>
    </message>
    <message>
        <source>Steadyline is waiting for an answer in a dialog; answer it first, then start the call.</source>
        <translation>Steadyline ждёт ответа в диалоговом окне; сначала ответьте, затем начните звонок.</translation>
    </message>
    <message>
        <source>Steadyline: raise or lower your hand for the lead</source>
        <translation>Steadyline: поднять или опустить руку для руководителя</translation>
    </message>
    <message>
        <source>Steadyline is waiting for an answer in a dialog; answer it first, then start the rehearsal.</source>
        <translation>Steadyline ждёт ответа в диалоговом окне; сначала ответьте, затем начните репетицию.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DiagnosticsPanel</name>
    <message>
        <source>Valid: no errors, no warnings</source>
        <translation>Корректен: без ошибок и предупреждений</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source> — the preview shows the last valid version</source>
        <translation> — в предпросмотре последняя корректная версия</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DraftBanner</name>
    <message>
        <source>a new playbook</source>
        <translation>новый сценарий</translation>
    </message>
    <message>
        <source>Unsaved changes to %1 from %2 were kept when the editor closed unexpectedly.</source>
        <translation>Несохранённые изменения в %1 от %2 удалось восстановить после неожиданного закрытия редактора.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::EditorFile</name>
    <message>
        <source>New playbook</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Отбросить изменения?</translation>
    </message>
    <message>
        <source>The changes to this playbook are not saved. Discard them?</source>
        <translation>Изменения в этом сценарии не сохранены. Отбросить их?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыт %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>New playbook from %1: give it a file name with Save (Ctrl+S)</source>
        <translation>Новый сценарий на основе %1: задайте имя файла командой «Сохранить» (Ctrl+S)</translation>
    </message>
    <message>
        <source>A new revision?</source>
        <translation>Новая редакция?</translation>
    </message>
    <message>
        <source>The playbook changed since revision %1. Save it as revision %2, so the library uses this version and call records name it?</source>
        <translation>Сценарий изменился после редакции %1. Сохранить его как редакцию %2, чтобы библиотека использовала эту версию, а записи звонков ссылались на неё?</translation>
    </message>
    <message>
        <source>Save as revision %1</source>
        <translation>Сохранить как редакцию %1</translation>
    </message>
    <message>
        <source>Keep revision %1</source>
        <translation>Оставить редакцию %1</translation>
    </message>
    <message>
        <source>This playbook has no file yet: use Save As (Ctrl+Shift+S).</source>
        <translation>У этого сценария ещё нет файла: используйте «Сохранить как» (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Built-in playbooks cannot be changed: use Save As (Ctrl+Shift+S) to save your own copy.</source>
        <translation>Встроенные сценарии менять нельзя: сохраните свою копию командой «Сохранить как» (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Not saved: %1 is a team or read-only playbook and the text has errors. Fix them (F8 goes to the next one), or save a draft elsewhere with Save As (Ctrl+Shift+S).</source>
        <translation>Не сохранено: %1 — сценарий команды или только для чтения, а в тексте есть ошибки. Исправьте их (F8 — к следующей) или сохраните черновик в другом месте командой «Сохранить как» (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Saved %1 — with errors: it will not load until they are fixed.</source>
        <translation>Сохранён %1 — с ошибками: сценарий не загрузится, пока они не исправлены.</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2).</source>
        <translation>Сохранён %1 (редакция %2).</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>Draft restored; save to keep it.</source>
        <translation>Черновик восстановлен; сохраните его, чтобы не потерять.</translation>
    </message>
    <message>
        <source>Save the playbook as</source>
        <translation>Сохранить сценарий как</translation>
    </message>
    <message>
        <source>Start from the shipped playbook:</source>
        <translation>Начать со встроенного сценария:</translation>
    </message>
    <message>
        <source>Open a playbook or scenario</source>
        <translation>Открыть сценарий или сценку</translation>
    </message>
    <message>
        <source>Playbooks and scenarios (*.json);;All files (*)</source>
        <translation>Сценарии и сценки (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save the scenario as</source>
        <translation>Сохранить сценку как</translation>
    </message>
    <message>
        <source>Playbooks and scenarios (*.json)</source>
        <translation>Сценарии и сценки (*.json)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::GlobalShortcuts</name>
    <message>
        <source>These keys work in every application, also while the softphone has the focus.</source>
        <translation>Эти клавиши работают в любом приложении, в том числе когда активен софтфон.</translation>
    </message>
    <message>
        <source>These keys work in every application through your desktop, which may ask you to confirm them or let you change them in its own settings.</source>
        <translation>Эти клавиши работают в любом приложении через ваше рабочее окружение, которое может попросить подтвердить их или позволит изменить их в своих настройках.</translation>
    </message>
    <message>
        <source>This desktop offers no global shortcuts to applications: only the keys inside the Steadyline window work (F5, F6, Esc, F8, …). The tray icon&apos;s menu works from anywhere.</source>
        <translation>Это рабочее окружение не предоставляет приложениям глобальные сочетания клавиш: работают только клавиши в окне Steadyline (F5, F6, Esc, F8, …). Меню значка в трее доступно всегда.</translation>
    </message>
    <message>
        <source>%1 (%2): this key cannot be grabbed here; choose a function key or a letter.</source>
        <translation>%1 (%2): эту клавишу здесь нельзя перехватить; выберите функциональную клавишу или букву.</translation>
    </message>
    <message>
        <source>%1 (%2): another application already uses this combination; choose another.</source>
        <translation>%1 (%2): это сочетание уже использует другое приложение; выберите другое.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::HistoryWindow</name>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>выполнено %1</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Words in notes, promises or case references — Ctrl+F</source>
        <translation>Слова в заметках, обещаниях или номерах обращений — Ctrl+F</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Любой итог</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Export report…  [%1]</source>
        <translation>Экспорт отчёта…  [%1]</translation>
    </message>
    <message>
        <source>Export call report</source>
        <translation>Экспорт отчёта о звонках</translation>
    </message>
    <message>
        <source>Markdown report (*.md);;PDF report (*.pdf);;JSON (*.json)</source>
        <translation>Отчёт Markdown (*.md);;Отчёт PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The call history cannot be shown. %1</source>
        <translation>Не удаётся показать историю звонков. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n запись пока не удалось сохранить; она появится здесь, когда запись в журнал станет возможной.</numerusform>
            <numerusform>%n записи пока не удалось сохранить; они появятся здесь, когда запись в журнал станет возможной.</numerusform>
            <numerusform>%n записей пока не удалось сохранить; они появятся здесь, когда запись в журнал станет возможной.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls cannot be shown (see the message above).</source>
        <translation>Не удаётся показать звонки (см. сообщение выше).</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.
Try fewer or shorter words, any outcome, or all dates.</source>
        <translation>Ничего не найдено по запросу «%1».
Попробуйте меньше слов или более короткие слова, любой итог или все даты.</translation>
    </message>
    <message>
        <source>No calls with this outcome in these dates.
Choose any outcome or all dates.</source>
        <translation>Нет звонков с таким итогом за эти даты.
Выберите любой итог или все даты.</translation>
    </message>
    <message>
        <source>No calls yet.
Calls you take in the assist window appear here with their timeline, notes and promises.</source>
        <translation>Звонков пока нет.
Звонки, принятые в окне помощника, появятся здесь с ходом разговора, заметками и обещаниями.</translation>
    </message>
    <message>
        <source>Showing the newest %1 calls; search or choose fewer dates to find older ones.</source>
        <translation>Показаны последние звонки (%1); чтобы найти более старые, воспользуйтесь поиском или сузьте даты.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>обращение %1</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>playbook %1, revision %2</source>
        <translation>сценарий %1, редакция %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ход звонка</translation>
    </message>
    <message>
        <source>The timeline of this call cannot be shown. %1</source>
        <translation>Не удаётся показать ход этого звонка. %1</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>The notes of this call cannot be shown. %1</source>
        <translation>Не удаётся показать заметки этого звонка. %1</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Заметок нет.</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Обещания</translation>
    </message>
    <message>
        <source>The promises of this call cannot be shown. %1</source>
        <translation>Не удаётся показать обещания этого звонка. %1</translation>
    </message>
    <message>
        <source>No promises.</source>
        <translation>Обещаний нет.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>Calls older than 1 day are deleted, except those with an open promise.</source>
        <translation>Звонки старше 1 дня удаляются, кроме звонков с открытым обещанием.</translation>
    </message>
    <message>
        <source>Calls older than %1 days are deleted, except those with an open promise.</source>
        <translation>Звонки старше %1 дн. удаляются, кроме звонков с открытым обещанием.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Не удалось составить отчёт: %1</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Не удалось записать отчёт: %1</translation>
    </message>
    <message>
        <source>%1 call(s) exported to %2 (readable by you alone).</source>
        <translation>Экспортировано звонков: %1 в %2 (доступно для чтения только вам).</translation>
    </message>
    <message>
        <source>No calls older than %1 days to delete (calls with an open promise are kept).</source>
        <translation>Нет звонков старше %1 дн. для удаления (звонки с открытым обещанием сохраняются).</translation>
    </message>
    <message>
        <source>1 call older than %1 days deleted, with its notes and promises.</source>
        <translation>Удалён 1 звонок старше %1 дн. вместе с заметками и обещаниями.</translation>
    </message>
    <message>
        <source>%1 calls older than %2 days deleted, with their notes and promises.</source>
        <translation>Удалено звонков старше %2 дн.: %1, вместе с заметками и обещаниями.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::JournalNotices</name>
    <message>
        <source>The journal could not be opened: %1 Calls work, but their notes are not saved.</source>
        <translation>Не удалось открыть журнал: %1 Звонки работают, но заметки к ним не сохраняются.</translation>
    </message>
    <message>
        <source>Old calls could not be deleted: %1</source>
        <translation>Не удалось удалить старые звонки: %1</translation>
    </message>
    <message>
        <source>%1 call(s) older than %2 days were deleted (calls with an open promise are kept).</source>
        <translation>Удалено звонков старше %2 дн.: %1 (звонки с открытым обещанием сохраняются).</translation>
    </message>
    <message>
        <source>The call started at %1 was interrupted; its notes and the text being typed are saved in the journal.</source>
        <translation>Звонок, начатый %1, был прерван; его заметки и набиравшийся текст сохранены в журнале.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R continues the last interrupted call (its record goes on); starting a new call leaves it closed as interrupted.</source>
        <translation>Ctrl+Shift+R продолжает последний прерванный звонок (его запись продолжается); новый звонок оставляет его закрытым как прерванный.</translation>
    </message>
    <message>
        <source>Promises: %1 overdue, %2 due today.</source>
        <translation>Обещания: просрочено %1, на сегодня %2.</translation>
    </message>
    <message>
        <source>• overdue: %1</source>
        <translation>• просрочено: %1</translation>
    </message>
    <message>
        <source>• today: %1</source>
        <translation>• на сегодня: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are waiting to be saved: the journal cannot be written (a full disk or a read-only folder?). Steadyline keeps them and tries again every few seconds; do not switch the computer off.</source>
        <translation>
            <numerusform>%n запись ожидает сохранения: журнал нельзя записать (диск заполнен или папка только для чтения?). Steadyline хранит её и повторяет попытку каждые несколько секунд; не выключайте компьютер.</numerusform>
            <numerusform>%n записи ожидают сохранения: журнал нельзя записать (диск заполнен или папка только для чтения?). Steadyline хранит их и повторяет попытку каждые несколько секунд; не выключайте компьютер.</numerusform>
            <numerusform>%n записей ожидают сохранения: журнал нельзя записать (диск заполнен или папка только для чтения?). Steadyline хранит их и повторяет попытку каждые несколько секунд; не выключайте компьютер.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries that could not be saved when Steadyline last ended were written to the journal now.</source>
        <translation>
            <numerusform>%n запись, которую не удалось сохранить при последнем закрытии Steadyline, теперь записана в журнал.</numerusform>
            <numerusform>%n записи, которые не удалось сохранить при последнем закрытии Steadyline, теперь записаны в журнал.</numerusform>
            <numerusform>%n записей, которые не удалось сохранить при последнем закрытии Steadyline, теперь записаны в журнал.</numerusform>
        </translation>
    </message>
    <message>
        <source>A promise is due now: %1</source>
        <translation>Сейчас наступает срок обещания: %1</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Срок обещания</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) due now; the details are in Steadyline.</source>
        <translation>
            <numerusform>Наступил срок %n обещания; подробности в Steadyline.</numerusform>
            <numerusform>Наступил срок %n обещаний; подробности в Steadyline.</numerusform>
            <numerusform>Наступил срок %n обещаний; подробности в Steadyline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s)</source>
        <translation>
            <numerusform>%n предыдущий звонок</numerusform>
            <numerusform>%n предыдущих звонка</numerusform>
            <numerusform>%n предыдущих звонков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n открытое обещание</numerusform>
            <numerusform>%n открытых обещания</numerusform>
            <numerusform>%n открытых обещаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::LibraryMenu</name>
    <message>
        <source>%1 · %2 · revision %3</source>
        <translation>%1 · %2 · редакция %3</translation>
    </message>
    <message>
        <source> (not in use)</source>
        <translation> (не используется)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценки</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no playbooks found)</source>
        <translation>(сценарии не найдены)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::LibraryWindow</name>
    <message numerus="yes">
        <source>%n playbook(s) loaded</source>
        <translation>
            <numerusform>Загружен %n сценарий</numerusform>
            <numerusform>Загружено %n сценария</numerusform>
            <numerusform>Загружено %n сценариев</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1 · languages: %2</source>
        <translation>Редакция %1 · языки: %2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Cannot open %1 in the editor</source>
        <translation>Не удаётся открыть %1 в редакторе</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::NotesPanel</name>
    <message>
        <source>Note: type and press Enter</source>
        <translation>Заметка: введите текст и нажмите Enter</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок: сегодня</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>срок: завтра</translation>
    </message>
    <message>
        <source>due in 2 days</source>
        <translation>срок: через 2 дня</translation>
    </message>
    <message>
        <source>due in a week</source>
        <translation>срок: через неделю</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>What was promised, to whom</source>
        <translation>Что обещано и кому</translation>
    </message>
    <message>
        <source>Enter to record</source>
        <translation>Enter — записать</translation>
    </message>
    <message>
        <source>[not saved yet]</source>
        <translation>[ещё не сохранено]</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (срок %1)</translation>
    </message>
    <message>
        <source>%1  Promise: %2%3</source>
        <translation>%1  Обещание: %2%3</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PlaybookDiagram</name>
    <message numerus="yes">
        <source>This playbook has %n steps: too many to draw here.
For its flow run: steadyline graph FILE | dot -Tsvg -o flow.svg</source>
        <translation>
            <numerusform>В этом сценарии %n шаг: слишком много, чтобы нарисовать здесь.
Схему можно получить командой: steadyline graph ФАЙЛ | dot -Tsvg -o flow.svg</numerusform>
            <numerusform>В этом сценарии %n шага: слишком много, чтобы нарисовать здесь.
Схему можно получить командой: steadyline graph ФАЙЛ | dot -Tsvg -o flow.svg</numerusform>
            <numerusform>В этом сценарии %n шагов: слишком много, чтобы нарисовать здесь.
Схему можно получить командой: steadyline graph ФАЙЛ | dot -Tsvg -o flow.svg</numerusform>
        </translation>
    </message>
    <message>
        <source>any step</source>
        <translation>любой шаг</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PlaybookEditor</name>
    <message>
        <source>&amp;New playbook from a shipped one…</source>
        <translation>&amp;Новый сценарий на основе встроенного…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Next diagnostic</source>
        <translation>&amp;Следующее сообщение диагностики</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Диагностика</translation>
    </message>
    <message>
        <source>Preview: button %1</source>
        <translation>Предпросмотр: кнопка %1</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (встроенный)</translation>
    </message>
    <message>
        <source>%1[*] — Playbook editor</source>
        <translation>%1[*] — Редактор сценариев</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message>
        <source>new playbook</source>
        <translation>новый сценарий</translation>
    </message>
    <message>
        <source>Close the editor?</source>
        <translation>Закрыть редактор?</translation>
    </message>
    <message>
        <source>The changes to this playbook are not saved. Close and discard them?</source>
        <translation>Изменения в этом сценарии не сохранены. Закрыть и отбросить их?</translation>
    </message>
    <message>
        <source>Open from the &amp;library</source>
        <translation>Открыть из &amp;библиотеки</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценка</translation>
    </message>
    <message>
        <source>Flow of the playbook it trains: %1</source>
        <translation>Схема тренируемого сценария: %1</translation>
    </message>
    <message>
        <source>&amp;Publish to team…</source>
        <translation>&amp;Опубликовать для команды…</translation>
    </message>
    <message>
        <source>the new playbook</source>
        <translation>новый сценарий</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, строка %2, столбец %3: %4</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PlaybookPreview</name>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Consultant: woman</source>
        <translation>Консультант: женщина</translation>
    </message>
    <message>
        <source>Consultant: man</source>
        <translation>Консультант: мужчина</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Род</translation>
    </message>
    <message>
        <source>The text has errors: this is the last valid version.</source>
        <translation>В тексте есть ошибки: это последняя корректная версия.</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>Отменить шаг</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>Anna</source>
        <translation>Анна</translation>
    </message>
    <message>
        <source>No valid version of this playbook yet.</source>
        <translation>У этого сценария пока нет корректной версии.</translation>
    </message>
    <message>
        <source>Other phrasings (F7 in a call):</source>
        <translation>Другие формулировки (F7 во время звонка):</translation>
    </message>
    <message>
        <source>Countdown %1 s (%2–%3 s)</source>
        <translation>Отсчёт %1 с (%2–%3 с)</translation>
    </message>
    <message>
        <source>Final step. </source>
        <translation>Последний шаг. </translation>
    </message>
    <message>
        <source>On entering: %1</source>
        <translation>При входе: %1</translation>
    </message>
    <message>
        <source>Fire the event &quot;%1&quot; (Ctrl+%2)</source>
        <translation>Вызвать событие «%1» (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Timer runs out</source>
        <translation>Истечение таймера</translation>
    </message>
    <message>
        <source>The countdown ends now (Ctrl+%1)</source>
        <translation>Отсчёт заканчивается сейчас (Ctrl+%1)</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The team&apos;s playbook folder</source>
        <translation>Папка со сценариями команды</translation>
    </message>
    <message>
        <source>Your own playbook folder</source>
        <translation>Папка с вашими сценариями</translation>
    </message>
    <message>
        <source>%1 is given to two actions; only one of them would work.</source>
        <translation>%1 назначено двум действиям; работало бы только одно из них.</translation>
    </message>
    <message>
        <source>One rule a line, the first that matches wins: a number pattern (* any digits) or queue:NAME, then = and the playbook&apos;s id. Without a match, the start page&apos;s playbook.</source>
        <translation>Одно правило на строку, срабатывает первое подходящее: шаблон номера (* — любые цифры) или queue:NAME, затем = и идентификатор сценария. Если ничего не подошло — сценарий с начальной страницы.</translation>
    </message>
    <message>
        <source>%1 alone would be taken from every application all day; add Ctrl, Alt or Meta, or use a function key.</source>
        <translation>Клавиша %1 без модификатора перехватывалась бы у всех приложений весь день; добавьте Ctrl, Alt или Meta либо используйте функциональную клавишу.</translation>
    </message>
    <message>
        <source>female</source>
        <comment>the consultant&apos;s grammatical gender; translations may add an example, e.g. Polish “będę zmuszona”</comment>
        <translation>женский (я буду вынуждена)</translation>
    </message>
    <message>
        <source>male</source>
        <comment>the consultant&apos;s grammatical gender; translations may add an example, e.g. Polish “będę zmuszony”</comment>
        <translation>мужской (я буду вынужден)</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>Ко&amp;манда</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PromisesWindow</name>
    <message>
        <source>Mark kept</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Отметить отменённым</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The promise was kept and the customer told</source>
        <translation>Обещание выполнено, клиент уведомлён</translation>
    </message>
    <message>
        <source>The promise no longer applies</source>
        <translation>Обещание больше не актуально</translation>
    </message>
    <message>
        <source>Reopen the promise marked last (a slipped key)</source>
        <translation>Снова открыть последнее отмеченное обещание (случайное нажатие)</translation>
    </message>
    <message>
        <source>Read the promises again</source>
        <translation>Перечитать обещания</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Экспорт в календарь…</translation>
    </message>
    <message>
        <source>Export open promises</source>
        <translation>Экспорт открытых обещаний</translation>
    </message>
    <message>
        <source>Calendar (*.ics);;Spreadsheet (*.csv)</source>
        <translation>Календарь (*.ics);;Таблица (*.csv)</translation>
    </message>
    <message>
        <source>Open promises as calendar tasks with their due dates, or as CSV</source>
        <translation>Открытые обещания как задачи календаря со сроками или как CSV</translation>
    </message>
    <message>
        <source>Some promises cannot be shown:</source>
        <translation>Некоторые обещания не удаётся показать:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n запись пока не удалось сохранить; она появится здесь, когда запись в журнал станет возможной.</numerusform>
            <numerusform>%n записи пока не удалось сохранить; они появятся здесь, когда запись в журнал станет возможной.</numerusform>
            <numerusform>%n записей пока не удалось сохранить; они появятся здесь, когда запись в журнал станет возможной.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сегодня</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>No open promises.
Promises you record during a call (F9) appear here until they are marked kept or cancelled.</source>
        <translation>Открытых обещаний нет.
Обещания, записанные во время звонка (F9), видны здесь, пока их не отметят выполненными или отменёнными.</translation>
    </message>
    <message>
        <source>Marked kept: %1. %2 reopens it.</source>
        <translation>Отмечено выполненным: %1. %2 — открыть снова.</translation>
    </message>
    <message>
        <source>Marked cancelled: %1. %2 reopens it.</source>
        <translation>Отмечено отменённым: %1. %2 — открыть снова.</translation>
    </message>
    <message>
        <source>%1 will be marked kept as soon as the journal can be written: %2</source>
        <translation>%1 будет отмечено выполненным, как только запись в журнал станет возможной: %2</translation>
    </message>
    <message>
        <source>%1 will be marked cancelled as soon as the journal can be written: %2</source>
        <translation>%1 будет отмечено отменённым, как только запись в журнал станет возможной: %2</translation>
    </message>
    <message>
        <source>%1 could not be marked kept: %2</source>
        <translation>Не удалось отметить «%1» выполненным: %2</translation>
    </message>
    <message>
        <source>%1 could not be marked cancelled: %2</source>
        <translation>Не удалось отметить «%1» отменённым: %2</translation>
    </message>
    <message>
        <source>The promises could not be read: %1</source>
        <translation>Не удалось прочитать обещания: %1</translation>
    </message>
    <message>
        <source>The promises could not be written: %1</source>
        <translation>Не удалось записать обещания: %1</translation>
    </message>
    <message>
        <source>%1 open promise(s) exported to %2 (readable by you alone).</source>
        <translation>Экспортировано открытых обещаний: %1 в %2 (доступно для чтения только вам).</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 снова открыто.</translation>
    </message>
    <message>
        <source>%1 will be open again as soon as the journal can be written: %2</source>
        <translation>%1 снова откроется, как только запись в журнал станет возможной: %2</translation>
    </message>
    <message>
        <source>%1 could not be reopened: %2</source>
        <translation>Не удалось снова открыть «%1»: %2</translation>
    </message>
    <message>
        <source>Hand back…</source>
        <translation>Вернуть…</translation>
    </message>
    <message>
        <source>Give the promise back to your team&apos;s leads, who hand it on</source>
        <translation>Вернуть обещание руководителям команды, которые передадут его дальше</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <source>%1&apos;s call, %2, %3</source>
        <translation>звонок: %1, %2, %3</translation>
    </message>
    <message>
        <source>Handed to you by your lead</source>
        <translation>Переданы вам руководителем</translation>
    </message>
    <message>
        <source>Marked kept: %1. The team learns it with the next sync.</source>
        <translation>Отмечено как выполненное: %1. Команда узнает об этом при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Marked cancelled: %1. The team learns it with the next sync.</source>
        <translation>Отмечено как отменённое: %1. Команда узнает об этом при следующей синхронизации.</translation>
    </message>
    <message>
        <source>%1 was made before this desk joined the team and cannot be handed back.</source>
        <translation>%1 создано до того, как это рабочее место присоединилось к команде, и не может быть возвращено.</translation>
    </message>
    <message>
        <source>Hand back the promise</source>
        <translation>Вернуть обещание</translation>
    </message>
    <message>
        <source>Hand %1 back to your team&apos;s leads? They give it to a colleague or keep it; it leaves your list and your reminders.</source>
        <translation>Вернуть %1 руководителям команды? Они передадут его коллеге или оставят себе; оно исчезнет из вашего списка и напоминаний.</translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>%1 could not be handed back: %2</source>
        <translation>Не удалось вернуть %1: %2</translation>
    </message>
    <message>
        <source>Handed back: %1. It goes to your leads with the next sync; %2 keeps it here until then.</source>
        <translation>Возвращено: %1. Оно уйдёт руководителям при следующей синхронизации; до тех пор %2 оставит его здесь.</translation>
    </message>
    <message>
        <source>%1 stays yours: the hand-back was not sent.</source>
        <translation>%1 остаётся за вами: возврат не был отправлен.</translation>
    </message>
    <message>
        <source>%1 has gone to your leads already; ask them to give it back to you.</source>
        <translation>%1 уже передано руководителям; попросите их вернуть его вам.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PublishDialog</name>
    <message>
        <source>Publish to team</source>
        <translation>Публикация для команды</translation>
    </message>
    <message>
        <source>What changed, in a line the team will read</source>
        <translation>Что изменилось — одна строка для команды</translation>
    </message>
    <message>
        <source>Note for the team</source>
        <translation>Заметка для команды</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>&amp;Publish to team</source>
        <translation>&amp;Опубликовать для команды</translation>
    </message>
    <message>
        <source>Published &amp;revisions of this playbook:</source>
        <translation>Опубликованные &amp;редакции этого сценария:</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>Опубликованные редакции</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Опубликовал(а)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Roll &amp;back to this revision…</source>
        <translation>&amp;Вернуть эту редакцию…</translation>
    </message>
    <message>
        <source>Only a playbook is published to the team.</source>
        <translation>Для команды публикуются только сценарии разговоров.</translation>
    </message>
    <message>
        <source>Publish revision %1 of “%2” to your team: every desk uses it from its next call; a call already on keeps its version.</source>
        <translation>Опубликовать редакцию %1 сценария «%2» для команды: каждое рабочее место использует её со следующего звонка; идущий звонок сохраняет свою версию.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>A training scenario is not published; publish the playbook it trains.</source>
        <translation>Учебный сценарий не публикуется; опубликуйте сценарий разговора, который он отрабатывает.</translation>
    </message>
    <message>
        <source>Not published: the playbook has errors. First: %1</source>
        <translation>Не опубликовано: в сценарии есть ошибки. Первая: %1</translation>
    </message>
    <message>
        <source>Only a lead or admin of the team publishes playbooks.</source>
        <translation>Сценарии публикует только руководитель или администратор команды.</translation>
    </message>
    <message>
        <source>The team server cannot be reached now, so nothing can be published or rolled back. Publishing is not queued: try again when the status bar says the team is online.</source>
        <translation>Сервер команды сейчас недоступен, поэтому ничего нельзя опубликовать или вернуть. Публикация не ставится в очередь: попробуйте снова, когда строка состояния покажет, что команда в сети.</translation>
    </message>
    <message>
        <source>Revision %1 is published already (the newest is %2). Raise the playbook&apos;s &quot;revision&quot; and save, then publish.</source>
        <translation>Редакция %1 уже опубликована (последняя — %2). Увеличьте &quot;revision&quot; сценария, сохраните и опубликуйте.</translation>
    </message>
    <message>
        <source>Nothing of this playbook was published to the team yet.</source>
        <translation>Этот сценарий ещё не публиковался для команды.</translation>
    </message>
    <message>
        <source>Makes the chosen revision the one every desk uses from its next call.</source>
        <translation>Выбранная редакция будет использоваться на каждом рабочем месте со следующего звонка.</translation>
    </message>
    <message>
        <source>Publishing revision %1 …</source>
        <translation>Публикуется редакция %1 …</translation>
    </message>
    <message>
        <source>Published revision %1 to the team. Every desk uses it from its next call.</source>
        <translation>Редакция %1 опубликована для команды. Каждое рабочее место использует её со следующего звонка.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Возврат редакции</translation>
    </message>
    <message>
        <source>Every desk of the team will use revision %1 of “%2” from its next call, instead of revision %3. Calls already on keep their version.</source>
        <translation>Каждое рабочее место команды со следующего звонка будет использовать редакцию %1 сценария «%2» вместо редакции %3. Идущие звонки сохраняют свою версию.</translation>
    </message>
    <message>
        <source>Roll back to revision %1</source>
        <translation>Вернуть редакцию %1</translation>
    </message>
    <message>
        <source>Rolling back to revision %1 …</source>
        <translation>Возврат к редакции %1 …</translation>
    </message>
    <message>
        <source>Revision %1 is the team&apos;s version again, from every desk&apos;s next call.</source>
        <translation>Редакция %1 снова версия команды — со следующего звонка на каждом рабочем месте.</translation>
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
        <translation>Рука поднята — ждём руководителя</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Опустить руку</translation>
    </message>
    <message>
        <source>Not in a rehearsal: a raised hand would call your team lead.</source>
        <translation>Не на репетиции: поднятая рука позвала бы руководителя группы.</translation>
    </message>
    <message>
        <source>Asks your team lead for help with this step; the same key lowers it.</source>
        <translation>Просит руководителя группы помочь с этим шагом; та же клавиша опускает руку.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::RehearsalController</name>
    <message>
        <source>The scenario cannot be rehearsed: %1</source>
        <translation>Эту сценку нельзя отрепетировать: %1</translation>
    </message>
    <message>
        <source>The scenario cannot be rehearsed.</source>
        <translation>Эту сценку нельзя отрепетировать.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::RehearsalPanel</name>
    <message>
        <source>shouting</source>
        <translation>кричит</translation>
    </message>
    <message>
        <source>aggressive</source>
        <translation>агрессивно</translation>
    </message>
    <message>
        <source>insulting</source>
        <translation>оскорбляет</translation>
    </message>
    <message>
        <source>threatening</source>
        <translation>угрожает</translation>
    </message>
    <message>
        <source>sarcastic</source>
        <translation>язвительно</translation>
    </message>
    <message>
        <source>upset</source>
        <translation>расстроенно</translation>
    </message>
    <message>
        <source>venting</source>
        <translation>выплёскивает эмоции</translation>
    </message>
    <message>
        <source>calming down</source>
        <translation>успокаивается</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>спокойно</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>молчит</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Репетиция: %1</translation>
    </message>
    <message>
        <source>This system has no voice for the scenario&apos;s language; the caller&apos;s lines are shown only.</source>
        <translation>В этой системе нет голоса для языка сценки; реплики клиента только показываются.</translation>
    </message>
    <message>
        <source>Caller (%1): %2</source>
        <translation>Клиент (%1): %2</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Вы: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Обещание: %1</translation>
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
        <translation>Баллы: %1 — %2</translation>
    </message>
    <message>
        <source>%1 is not an option at this point of the rehearsal.</source>
        <translation>%1 недоступно на этом этапе репетиции.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::ScenarioSummary</name>
    <message>
        <source>Scenarios are rehearsed from the Training window. Here you edit the file: it is checked against the playbook it trains as you type.</source>
        <translation>Сценки репетируют в окне «Обучение». Здесь вы редактируете файл: по мере ввода он проверяется по сценарию, который тренирует.</translation>
    </message>
    <message>
        <source>Fix the errors to see the scenario&apos;s title, playbook, turns and maximum score.</source>
        <translation>Исправьте ошибки, чтобы увидеть название сценки, сценарий, реплики и максимум баллов.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>%1 — %2 (revision %3, needs %4 or later)</source>
        <translation>%1 — %2 (редакция %3, нужна %4 или новее)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Сложность</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Реплики</translation>
    </message>
    <message>
        <source>Endings</source>
        <translation>Концовки</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Максимум баллов</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n балл</numerusform>
            <numerusform>%n балла</numerusform>
            <numerusform>%n баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Проходной порог</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The text has errors: this is the last valid version.</source>
        <translation>В тексте есть ошибки: это последняя корректная версия.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::SoftphoneFollower</name>
    <message>
        <source>The baresip address &quot;%1&quot; is not host:port (e.g. 127.0.0.1:4444).</source>
        <translation>Адрес baresip «%1» не в формате host:port (например, 127.0.0.1:4444).</translation>
    </message>
    <message>
        <source>The listener&apos;s port %1 is not a port number.</source>
        <translation>Порт приёма событий %1 не является допустимым номером порта.</translation>
    </message>
    <message>
        <source>A call is already in progress in Steadyline.</source>
        <translation>В Steadyline уже идёт звонок.</translation>
    </message>
    <message>
        <source>baresip connected</source>
        <translation>baresip подключён</translation>
    </message>
    <message>
        <source>waiting for baresip</source>
        <translation>ожидание baresip</translation>
    </message>
    <message>
        <source>listening on 127.0.0.1:%1</source>
        <translation>приём событий на 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Softphone: %1</source>
        <translation>Софтфон: %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::StepCard</name>
    <message>
        <source>Note &quot;%1&quot; with the time</source>
        <translation>Записать «%1» со временем</translation>
    </message>
    <message>
        <source>Undo the last step (a slipped key)</source>
        <translation>Отменить последний шаг (случайное нажатие)</translation>
    </message>
    <message>
        <source>The call can end now</source>
        <translation>Теперь звонок можно завершить</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Шаг %1</translation>
    </message>
    <message>
        <source>Phrasing %1 of %2 — %3 for another</source>
        <translation>Формулировка %1 из %2 — %3 для другой</translation>
    </message>
    <message>
        <source>Act now</source>
        <translation>Действовать сейчас</translation>
    </message>
    <message>
        <source>Finish call</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message numerus="yes">
        <source>Hang up in %n s</source>
        <translation>
            <numerusform>Завершите звонок через %n с</numerusform>
            <numerusform>Завершите звонок через %n с</numerusform>
            <numerusform>Завершите звонок через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Esc stops · Ctrl+↑/↓ ±1 s · F6 calmed</source>
        <translation>Esc — стоп · Ctrl+↑/↓ ±1 с · F6 — успокоился</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>F5 hang up now · F6 calmed</source>
        <translation>F5 — завершить звонок · F6 — успокоился</translation>
    </message>
    <message>
        <source>F5 call security now · F6 calmed</source>
        <translation>F5 — вызвать руководителя или охрану · F6 — успокоился</translation>
    </message>
    <message>
        <source>End the conversation now</source>
        <translation>Завершите разговор сейчас</translation>
    </message>
    <message>
        <source>Hand the call over to your colleague now</source>
        <translation>Передайте разговор коллеге сейчас</translation>
    </message>
    <message>
        <source>Call the manager or security now</source>
        <translation>Вызовите сейчас руководителя или охрану</translation>
    </message>
    <message>
        <source>Call the manager or security now: %1</source>
        <translation>Вызовите сейчас руководителя или охрану: %1</translation>
    </message>
    <message numerus="yes">
        <source>Call the manager or security in %n s</source>
        <translation>
            <numerusform>Вызовите руководителя или охрану через %n с</numerusform>
            <numerusform>Вызовите руководителя или охрану через %n с</numerusform>
            <numerusform>Вызовите руководителя или охрану через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Now, without another word: the end has been announced</source>
        <translation>Сейчас, без лишних слов: о завершении разговора вы уже предупредили</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::SummaryView</name>
    <message>
        <source>Call summary</source>
        <translation>Итоги звонка</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 min %4 s) · outcome: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>%1 – %2 (%3 мин %4 с) · итог: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (undo)</source>
        <translation> (отмена)</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Обещания</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Репетиция: %1</translation>
    </message>
    <message>
        <source>Passed: %1 of %2 points (%3 %, pass mark %4 %)</source>
        <translation>Зачтено: %1 из %2 баллов (%3 %, проходной порог %4 %)</translation>
    </message>
    <message>
        <source>Not passed: %1 of %2 points (%3 %, pass mark %4 %)</source>
        <translation>Не зачтено: %1 из %2 баллов (%3 %, проходной порог %4 %)</translation>
    </message>
    <message>
        <source>No mistakes.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message>
        <source>Mistakes and what to do instead</source>
        <translation>Ошибки и как поступить вместо этого</translation>
    </message>
    <message>
        <source>Critical: </source>
        <translation>Критично: </translation>
    </message>
    <message>
        <source>at turn &apos;%1&apos;</source>
        <translation>в реплике «%1»</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Стенограмма</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Rehearsal passed: %1 %</source>
        <translation>Репетиция зачтена: %1 %</translation>
    </message>
    <message>
        <source>Rehearsal not passed: %1 %</source>
        <translation>Репетиция не зачтена: %1 %</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamBoardWindow</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Поднятые руки</translation>
    </message>
    <message>
        <source>On my way</source>
        <translation>Иду</translation>
    </message>
    <message>
        <source>Answer to the raised hand</source>
        <translation>Ответ на поднятую руку</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>Sends the text (or “On my way” when it is empty) to the consultant (Enter)</source>
        <translation>Отправляет текст консультанту (пустой: «Иду») (Enter)</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>От&amp;вет:</translation>
    </message>
    <message>
        <source>On this step</source>
        <translation>На этом шаге</translation>
    </message>
    <message>
        <source>In the call</source>
        <translation>В разговоре</translation>
    </message>
    <message>
        <source>In a call now</source>
        <translation>Сейчас в разговоре</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>In a cool-down</source>
        <translation>На перерыве после трудного разговора</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Чем закончился</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Отметки</translation>
    </message>
    <message numerus="yes">
        <source>Abusive calls, last %n days</source>
        <translation>
            <numerusform>Агрессивные разговоры, последний %n день</numerusform>
            <numerusform>Агрессивные разговоры, последние %n дня</numerusform>
            <numerusform>Агрессивные разговоры, последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of the chosen call</source>
        <translation>Ход выбранного разговора</translation>
    </message>
    <message>
        <source>Choose a call to read its timeline.</source>
        <translation>Выберите разговор, чтобы увидеть его ход.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ход разговора</translation>
    </message>
    <message>
        <source>The journal is not open, so the team&apos;s calls cannot be read.</source>
        <translation>Журнал не открыт, поэтому разговоры команды прочитать нельзя.</translation>
    </message>
    <message>
        <source>%1 raised a hand</source>
        <translation>%1 просит помощи</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Шаг: %1</translation>
    </message>
    <message>
        <source>Abusive call: %1</source>
        <translation>Агрессивный разговор: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in a call</source>
        <translation>
            <numerusform>%n в разговоре</numerusform>
            <numerusform>%n в разговоре</numerusform>
            <numerusform>%n в разговоре</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n raised hands</source>
        <translation>
            <numerusform>%n поднятая рука</numerusform>
            <numerusform>%n поднятые руки</numerusform>
            <numerusform>%n поднятых рук</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a cool-down</source>
        <translation>
            <numerusform>%n на перерыве</numerusform>
            <numerusform>%n на перерыве</numerusform>
            <numerusform>%n на перерыве</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abusive calls today</source>
        <translation>
            <numerusform>%n агрессивный разговор сегодня</numerusform>
            <numerusform>%n агрессивных разговора сегодня</numerusform>
            <numerusform>%n агрессивных разговоров сегодня</numerusform>
        </translation>
    </message>
    <message>
        <source>No raised hand to answer.</source>
        <translation>Нет поднятой руки, на которую можно ответить.</translation>
    </message>
    <message>
        <source>Answer sent to %1: %2</source>
        <translation>Отправлено %1: %2</translation>
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
        <translation>Панель руководителя — Steadyline</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>С&amp;татистика</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamFeatures</name>
    <message numerus="yes">
        <source>%n promise(s) of a colleague handed to you by your lead; see Promises (Ctrl+P).</source>
        <translation>
            <numerusform>Руководитель передал вам %n обещание коллеги; см. Обещания (Ctrl+P).</numerusform>
            <numerusform>Руководитель передал вам %n обещания коллеги; см. Обещания (Ctrl+P).</numerusform>
            <numerusform>Руководитель передал вам %n обещаний коллеги; см. Обещания (Ctrl+P).</numerusform>
        </translation>
    </message>
    <message>
        <source>Promise handed to you</source>
        <translation>Вам передано обещание</translation>
    </message>
    <message>
        <source>Opening this call could not be written in the team&apos;s audit log: the desk is not linked to the team server.</source>
        <translation>Открытие этого звонка не удалось записать в журнал аудита команды: рабочее место не связано с сервером команды.</translation>
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
        <translation>Ответ руководителя: %1</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamLink</name>
    <message>
        <source>Team: online</source>
        <translation>Команда: в сети</translation>
    </message>
    <message numerus="yes">
        <source>Team: online · %n waiting</source>
        <translation>
            <numerusform>Команда: в сети · %n ждёт</numerusform>
            <numerusform>Команда: в сети · %n ждут</numerusform>
            <numerusform>Команда: в сети · %n ждут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: offline · %n waiting</source>
        <translation>
            <numerusform>Команда: нет связи · %n ждёт</numerusform>
            <numerusform>Команда: нет связи · %n ждут</numerusform>
            <numerusform>Команда: нет связи · %n ждут</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Сервер команды: %1</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>Последняя отправка: %1</translation>
    </message>
    <message>
        <source>Last received: %1</source>
        <translation>Последнее получение: %1</translation>
    </message>
    <message>
        <source>Calls, notes and promises are kept on this desk and sent when the server is back.</source>
        <translation>Звонки, заметки и обещания хранятся на этом рабочем месте и будут отправлены, когда сервер вернётся.</translation>
    </message>
    <message>
        <source>Team server problem</source>
        <translation>Проблема с сервером команды</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hides this message until the problem changes; the status bar keeps it.</source>
        <translation>Скрывает это сообщение, пока проблема не изменится; строка состояния продолжает его показывать.</translation>
    </message>
    <message>
        <source>The team server does not take this desk&apos;s changes: %1 Your work is kept on this desk. Preferences → Team (Ctrl+,) joins again with another password or address.</source>
        <translation>Сервер команды не принимает изменения с этого рабочего места: %1 Ваша работа сохраняется на этом рабочем месте. В Настройках → Команда (Ctrl+,) можно присоединиться снова с другим паролем или адресом.</translation>
    </message>
    <message>
        <source>This desk is not in a team: there is no team to publish to.</source>
        <translation>Это рабочее место не входит в команду: публиковать не для кого.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1 They are kept on this desk and no longer wait.</source>
        <translation>
            <numerusform>%n изменение отклонено сервером: %1 Оно сохранено на этом рабочем месте и больше не ждёт.</numerusform>
            <numerusform>%n изменения отклонены сервером: %1 Они сохранены на этом рабочем месте и больше не ждут.</numerusform>
            <numerusform>%n изменений отклонено сервером: %1 Они сохранены на этом рабочем месте и больше не ждут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamPage</name>
    <message>
        <source>never</source>
        <comment>no changes sent or received yet</comment>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Join a team server</source>
        <translation>Присоединиться к серверу команды</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Адрес сервера команды</translation>
    </message>
    <message>
        <source>The address your team&apos;s admin gave you. It is saved in the settings; the password never is.</source>
        <translation>Адрес, который дал администратор команды. Он сохраняется в настройках; пароль — никогда.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Your login on the team server</source>
        <translation>Ваш логин на сервере команды</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Your password on the team server</source>
        <translation>Ваш пароль на сервере команды</translation>
    </message>
    <message>
        <source>Kept in libpq&apos;s password file (~/.pgpass), readable by you alone; never in the settings or the log.</source>
        <translation>Хранится в файле паролей libpq (~/.pgpass), доступном только вам; никогда в настройках или журнале событий.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Вс&amp;тупить</translation>
    </message>
    <message>
        <source>Checking the team server</source>
        <translation>Проверка сервера команды</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать се&amp;йчас</translation>
    </message>
    <message>
        <source>Lea&amp;ve the team…</source>
        <translation>Пок&amp;инуть команду…</translation>
    </message>
    <message>
        <source>Sending and receiving now; the state below follows.</source>
        <translation>Идёт отправка и получение; состояние ниже обновится.</translation>
    </message>
    <message>
        <source>The journal could not be opened, so this desk cannot join a team now. Restart Steadyline; if it says so again, see the message at its start.</source>
        <translation>Не удалось открыть журнал, поэтому это рабочее место сейчас не может присоединиться к команде. Перезапустите Steadyline; если это повторится, прочитайте сообщение при запуске.</translation>
    </message>
    <message>
        <source>Enter the password your team&apos;s admin gave you.</source>
        <translation>Введите пароль, который дал администратор команды.</translation>
    </message>
    <message>
        <source>Checking %1 … the rest of Steadyline keeps working meanwhile.</source>
        <translation>Проверка %1 … остальной Steadyline тем временем работает.</translation>
    </message>
    <message>
        <source>Joining was cancelled; nothing was changed on this desk.</source>
        <translation>Присоединение отменено; на этом рабочем месте ничего не изменилось.</translation>
    </message>
    <message>
        <source>Nothing was changed on this desk.</source>
        <translation>На этом рабочем месте ничего не изменилось.</translation>
    </message>
    <message>
        <source>Joined team &apos;%1&apos; as %2 (%3). From now on calls, notes, promises and rehearsals are shared with the team.</source>
        <translation>Вы присоединились к команде &apos;%1&apos; как %2 (%3). Теперь звонки, заметки, обещания и тренировки доступны команде.</translation>
    </message>
    <message>
        <source>Leave team &apos;%1&apos; on %2?

Your own calls, notes and promises stay in this desk&apos;s journal. What the team shared with you is removed from this desk, and so is the password; new calls are no longer shared.</source>
        <translation>Покинуть команду &apos;%1&apos; на %2?

Ваши звонки, заметки и обещания останутся в журнале этого рабочего места. То, чем с вами поделилась команда, будет удалено с этого рабочего места, как и пароль; новые звонки больше не будут передаваться.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes have not reached the server yet. Leaving now discards them: they stay in your journal, but the team never gets them. To send them first, cancel and use Sync now while the team is online.</source>
        <translation>
            <numerusform>%n изменение ещё не дошло до сервера. Если покинуть команду сейчас, оно будет отброшено: останется в вашем журнале, но команда его не получит. Чтобы сначала отправить его, отмените и нажмите «Синхронизировать сейчас», пока команда онлайн.</numerusform>
            <numerusform>%n изменения ещё не дошли до сервера. Если покинуть команду сейчас, они будут отброшены: останутся в вашем журнале, но команда их не получит. Чтобы сначала отправить их, отмените и нажмите «Синхронизировать сейчас», пока команда онлайн.</numerusform>
            <numerusform>%n изменений ещё не дошли до сервера. Если покинуть команду сейчас, они будут отброшены: останутся в вашем журнале, но команда их не получит. Чтобы сначала отправить их, отмените и нажмите «Синхронизировать сейчас», пока команда онлайн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave and discard %n changes</source>
        <translation>
            <numerusform>Покинуть и отбросить %n изменение</numerusform>
            <numerusform>Покинуть и отбросить %n изменения</numerusform>
            <numerusform>Покинуть и отбросить %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>Покинуть команду</translation>
    </message>
    <message numerus="yes">
        <source>Left team &apos;%1&apos;; %n changes not sent were discarded.</source>
        <translation>
            <numerusform>Вы покинули команду &apos;%1&apos;; %n неотправленное изменение отброшено.</numerusform>
            <numerusform>Вы покинули команду &apos;%1&apos;; %n неотправленных изменения отброшены.</numerusform>
            <numerusform>Вы покинули команду &apos;%1&apos;; %n неотправленных изменений отброшено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left team &apos;%1&apos;. Your own journal stays on this desk.</source>
        <translation>Вы покинули команду &apos;%1&apos;. Ваш журнал остаётся на этом рабочем месте.</translation>
    </message>
    <message>
        <source>This desk is not in a team: its journal stays on this computer alone.</source>
        <translation>Это рабочее место не в команде: его журнал хранится только на этом компьютере.</translation>
    </message>
    <message>
        <source>Team &apos;%1&apos; on %2, as %3.</source>
        <translation>Команда &apos;%1&apos; на %2, как %3.</translation>
    </message>
    <message numerus="yes">
        <source>Online; %n changes waiting to be sent.</source>
        <translation>
            <numerusform>Онлайн; %n изменение ждёт отправки.</numerusform>
            <numerusform>Онлайн; %n изменения ждут отправки.</numerusform>
            <numerusform>Онлайн; %n изменений ждут отправки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline; %n changes waiting, kept on this desk until the server is back.</source>
        <translation>
            <numerusform>Офлайн; %n изменение ждёт и хранится на этом рабочем месте, пока сервер не вернётся.</numerusform>
            <numerusform>Офлайн; %n изменения ждут и хранятся на этом рабочем месте, пока сервер не вернётся.</numerusform>
            <numerusform>Офлайн; %n изменений ждут и хранятся на этом рабочем месте, пока сервер не вернётся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sent: %1. Last received: %2.</source>
        <translation>Последняя отправка: %1. Последнее получение: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to be sent.</source>
        <translation>
            <numerusform>%n изменение ждёт отправки.</numerusform>
            <numerusform>%n изменения ждут отправки.</numerusform>
            <numerusform>%n изменений ждут отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel joinin&amp;g</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>The server said yes; stopping the link to the old server first …</source>
        <translation>Сервер согласился; сначала останавливается связь со старым сервером …</translation>
    </message>
    <message>
        <source>Leaving team &apos;%1&apos; … the link to the server is stopping; the rest of Steadyline keeps working meanwhile.</source>
        <translation>Выход из команды &apos;%1&apos; … связь с сервером останавливается; остальная часть Steadyline тем временем продолжает работать.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1 They are kept on this desk and no longer wait.</source>
        <translation>
            <numerusform>%n изменение отклонено сервером: %1 Оно сохранено на этом рабочем месте и больше не ждёт.</numerusform>
            <numerusform>%n изменения отклонены сервером: %1 Они сохранены на этом рабочем месте и больше не ждут.</numerusform>
            <numerusform>%n изменений отклонено сервером: %1 Они сохранены на этом рабочем месте и больше не ждут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamPromisesWindow</name>
    <message>
        <source>Team promises — Steadyline</source>
        <translation>Обещания команды — Steadyline</translation>
    </message>
    <message>
        <source>Open promises of the team</source>
        <translation>Открытые обещания команды</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>У кого</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Дал(а)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Colleague:</source>
        <translation>&amp;Коллега:</translation>
    </message>
    <message>
        <source>Colleague to give the promise to</source>
        <translation>Коллега, которому передать обещание</translation>
    </message>
    <message>
        <source>Reassign to colleague</source>
        <translation>Передать коллеге</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Взять себе</translation>
    </message>
    <message>
        <source>Reassign all of the holder…</source>
        <translation>Передать все обещания держателя…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Сервер отказал (%1): %2</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Готово: %1.</translation>
    </message>
    <message>
        <source>handed back</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>no due time</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>ждёт сервер</translation>
    </message>
    <message>
        <source>queued: sent when the server is back</source>
        <translation>в очереди: отправим, когда сервер вернётся</translation>
    </message>
    <message>
        <source>No open promises in the team.</source>
        <translation>В команде нет открытых обещаний.</translation>
    </message>
    <message>
        <source>Pick a colleague first (Alt+C).</source>
        <translation>Сначала выберите коллегу (Alt+C).</translation>
    </message>
    <message>
        <source>%1 could not be reassigned: %2</source>
        <translation>Не удалось передать %1: %2</translation>
    </message>
    <message>
        <source>you take %1</source>
        <translation>вы берёте %1</translation>
    </message>
    <message>
        <source>%1 goes to %2</source>
        <translation>%1 передаётся: %2</translation>
    </message>
    <message>
        <source>Sent: %1.</source>
        <translation>Отправлено: %1.</translation>
    </message>
    <message>
        <source>Queued while offline: %1. It is sent when the server is back.</source>
        <translation>В очереди (офлайн): %1. Будет отправлено, когда сервер вернётся.</translation>
    </message>
    <message>
        <source>%1 holds these promises already; pick another colleague.</source>
        <translation>Эти обещания уже у %1; выберите другого коллегу.</translation>
    </message>
    <message>
        <source>Reassign all promises</source>
        <translation>Передать все обещания</translation>
    </message>
    <message numerus="yes">
        <source>Give every open promise %1 holds (%n known here) to %2?</source>
        <translation>
            <numerusform>Передать все открытые обещания %1 (здесь известно %n) коллеге %2?</numerusform>
            <numerusform>Передать все открытые обещания %1 (здесь известно %n) коллеге %2?</numerusform>
            <numerusform>Передать все открытые обещания %1 (здесь известно %n) коллеге %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign all</source>
        <translation>Передать все</translation>
    </message>
    <message>
        <source>The promises could not be reassigned: %1</source>
        <translation>Не удалось передать обещания: %1</translation>
    </message>
    <message>
        <source>every open promise of %1 goes to %2</source>
        <translation>все открытые обещания %1 передаются: %2</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrainingAssignmentWindow</name>
    <message>
        <source>Training assignments — Steadyline</source>
        <translation>Учебные задания — Steadyline</translation>
    </message>
    <message>
        <source>Assign training</source>
        <translation>Назначить обучение</translation>
    </message>
    <message>
        <source>Scenarios to assign</source>
        <translation>Сценарии для назначения</translation>
    </message>
    <message>
        <source>Consultants to assign to</source>
        <translation>Консультанты, которым назначить</translation>
    </message>
    <message>
        <source>&amp;Scenarios (Space ticks one):</source>
        <translation>&amp;Сценарии (пробел отмечает):</translation>
    </message>
    <message>
        <source>&amp;Consultants:</source>
        <translation>&amp;Консультанты:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Optional: why, what to look out for</source>
        <translation>Необязательно: зачем, на что обратить внимание</translation>
    </message>
    <message>
        <source>Note to the consultants</source>
        <translation>Заметка для консультантов</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>&amp;Assign  [Ctrl+Enter]</source>
        <translation>&amp;Назначить  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>Assign the ticked scenarios to the ticked consultants</source>
        <translation>Назначить отмеченные сценарии отмеченным консультантам</translation>
    </message>
    <message>
        <source>The team&apos;s training assignments</source>
        <translation>Учебные задания команды</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Лучший</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Последний</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>The &amp;team&apos;s assignments (scores of the attempts since each was assigned):</source>
        <translation>&amp;Задания команды (результаты попыток с момента назначения):</translation>
    </message>
    <message>
        <source>&amp;Withdraw  [Del]</source>
        <translation>&amp;Отозвать  [Del]</translation>
    </message>
    <message>
        <source>Withdraw the selected assignment</source>
        <translation>Отозвать выбранное задание</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Waiting for the server for the team&apos;s full list; shown: whom this desk has seen in the team&apos;s calls.</source>
        <translation>Ожидание полного списка команды с сервера; показаны те, кого это рабочее место видело в звонках команды.</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Ожидает сервер</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Выполнено %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Tick at least one scenario and one consultant first.</source>
        <translation>Сначала отметьте хотя бы один сценарий и одного консультанта.</translation>
    </message>
    <message>
        <source>The journal is not open, so nothing can be queued for the server.</source>
        <translation>Журнал не открыт, поэтому ничего нельзя поставить в очередь для сервера.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) queued for the server.</source>
        <translation>
            <numerusform>%n задание ожидает отправки на сервер.</numerusform>
            <numerusform>%n задания ожидают отправки на сервер.</numerusform>
            <numerusform>%n заданий ожидают отправки на сервер.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an assignment to withdraw first.</source>
        <translation>Сначала выберите задание для отзыва.</translation>
    </message>
    <message>
        <source>Withdraw the assignment</source>
        <translation>Отозвать задание</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot; from %2? It leaves their Training window.</source>
        <translation>Отозвать «%1» у %2? Задание исчезнет из окна «Обучение» этого человека.</translation>
    </message>
    <message>
        <source>Withdrawal queued for the server.</source>
        <translation>Отзыв ожидает отправки на сервер.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrainingWindow</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Любая сложность</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Отрепетировать</translation>
    </message>
    <message>
        <source>&amp;Rehearse  [Enter]</source>
        <translation>&amp;Отрепетировать  [Enter]</translation>
    </message>
    <message>
        <source>Rehearse the selected scenario in the assist window (Enter in the list, or %1 anywhere)</source>
        <translation>Отрепетировать выбранную сценку в окне помощника (Enter в списке или %1 где угодно)</translation>
    </message>
    <message>
        <source>Reload scenarios and attempts</source>
        <translation>Перечитать сценки и попытки</translation>
    </message>
    <message>
        <source>Scenarios and attempts read again.</source>
        <translation>Сценки и попытки перечитаны.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Your attempts cannot be read. %1</source>
        <translation>Не удаётся прочитать ваши попытки. %1</translation>
    </message>
    <message>
        <source>There are no scenarios yet. Scenarios come with Steadyline, or put them in the &quot;scenarios&quot; folder of the team&apos;s or your playbook folder (Preferences), then press F5.</source>
        <translation>Сценок пока нет. Сценки поставляются со Steadyline; также их можно положить в папку «scenarios» в папке сценариев команды или в своей (Настройки), затем нажать F5.</translation>
    </message>
    <message>
        <source>No scenario matches this language and difficulty. Choose &quot;All languages&quot; or &quot;Any difficulty&quot; to see the others.</source>
        <translation>Нет сценок с этим языком и сложностью. Выберите «Все языки» или «Любая сложность», чтобы увидеть остальные.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s).</source>
        <translation>
            <numerusform>%n сценка.</numerusform>
            <numerusform>%n сценки.</numerusform>
            <numerusform>%n сценок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scenario(s) shown.</source>
        <translation>
            <numerusform>Показано %1 из %n сценки.</numerusform>
            <numerusform>Показано %1 из %n сценок.</numerusform>
            <numerusform>Показано %1 из %n сценок.</numerusform>
        </translation>
    </message>
    <message>
        <source>trains %1</source>
        <translation>тренирует %1</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>Why it cannot be rehearsed</source>
        <translation>Почему её нельзя отрепетировать</translation>
    </message>
    <message>
        <source>Fix the file (steadyline validate shows the same), then press F5.</source>
        <translation>Исправьте файл (steadyline validate покажет то же самое), затем нажмите F5.</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Вводная</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>You have not rehearsed this scenario yet.</source>
        <translation>Вы ещё не репетировали эту сценку.</translation>
    </message>
    <message numerus="yes">
        <source>You rehearsed it %n time(s); your best score is %1%2.</source>
        <translation>
            <numerusform>Вы репетировали её %n раз; лучший результат — %1%2.</numerusform>
            <numerusform>Вы репетировали её %n раза; лучший результат — %1%2.</numerusform>
            <numerusform>Вы репетировали её %n раз; лучший результат — %1%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, a pass</source>
        <translation>, зачтено</translation>
    </message>
    <message>
        <source>To pass: %1 of the points, without a critical mistake.</source>
        <translation>Для зачёта: %1 баллов, без критической ошибки.</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Сначала выберите сценку.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be rehearsed: the file has errors, listed beside the list.</source>
        <translation>«%1» нельзя отрепетировать: в файле есть ошибки, они перечислены рядом со списком.</translation>
    </message>
    <message>
        <source>Rehearsing &quot;%1&quot; in the assist window.</source>
        <translation>Репетиция «%1» в окне помощника.</translation>
    </message>
    <message>
        <source>Your progress cannot be shown: the journal could not be opened, so rehearsals are not being saved. The scenarios can still be rehearsed.</source>
        <translation>Ваш прогресс нельзя показать: журнал не удалось открыть, поэтому репетиции не сохраняются. Сценки по-прежнему можно репетировать.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>зачтено</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>не зачтено</translation>
    </message>
    <message>
        <source>No rehearsals yet. Each rehearsal you finish appears here with its score and mistakes.</source>
        <translation>Репетиций пока нет. Каждая завершённая репетиция появится здесь с баллами и ошибками.</translation>
    </message>
    <message numerus="yes">
        <source>Attempts: %1. Scenarios rehearsed: %n. Under each scenario, the oldest attempt comes first.</source>
        <translation>
            <numerusform>Попыток: %1. Отрепетировано сценок: %n. В каждой сценке первой идёт самая ранняя попытка.</numerusform>
            <numerusform>Попыток: %1. Отрепетировано сценок: %n. В каждой сценке первой идёт самая ранняя попытка.</numerusform>
            <numerusform>Попыток: %1. Отрепетировано сценок: %n. В каждой сценке первой идёт самая ранняя попытка.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n запись пока не удалось сохранить; она появится здесь, когда запись в журнал станет возможной.</numerusform>
            <numerusform>%n записи пока не удалось сохранить; они появятся здесь, когда запись в журнал станет возможной.</numerusform>
            <numerusform>%n записей пока не удалось сохранить; они появятся здесь, когда запись в журнал станет возможной.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your scores, oldest first: %1</source>
        <translation>Ваши результаты, начиная с самого раннего: %1</translation>
    </message>
    <message>
        <source>Choose an attempt to see its mistakes.</source>
        <translation>Выберите попытку, чтобы увидеть её ошибки.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 points (%4) — %5</source>
        <translation>%1 — %2 из %3 баллов (%4) — %5</translation>
    </message>
    <message>
        <source>The mistakes of this attempt cannot be read.</source>
        <translation>Не удаётся прочитать ошибки этой попытки.</translation>
    </message>
    <message>
        <source>No mistakes. Well done.</source>
        <translation>Ошибок нет. Отлично.</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>critical: the attempt cannot pass</source>
        <translation>критическая: попытка не может быть зачтена</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>Где: %1</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Вместо этого: %1</translation>
    </message>
    <message>
        <source>&amp;Assigned to you by your lead:</source>
        <translation>&amp;Назначено вам руководителем:</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Назначено вам</translation>
    </message>
    <message>
        <source>Press Enter to rehearse the selected assignment</source>
        <translation>Нажмите Enter, чтобы отработать выбранное задание</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Done · best %1</source>
        <translation>Выполнено · лучший %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>This scenario is not in your library (%1); ask your lead where to find it.</source>
        <translation>Этого сценария нет в вашей библиотеке (%1); спросите руководителя, где его найти.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in your scenario library, so it cannot be rehearsed here. Ask your lead where to find it.</source>
        <translation>«%1» нет в вашей библиотеке сценариев, поэтому его нельзя отработать здесь. Спросите руководителя, где его найти.</translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrayIcon</name>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Calmed down</source>
        <translation>Клиент успокоился</translation>
    </message>
    <message>
        <source>Start or stop the countdown</source>
        <translation>Запустить или остановить отсчёт</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Show Steadyline</source>
        <translation>Показать Steadyline</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Steadyline — %1</source>
        <translation>Steadyline — %1</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <translation>Поднять руку</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <translation>Опустить руку</translation>
    </message>
</context>
<context>
    <name>steadyline::journal</name>
    <message>
        <source>%1 cannot be used.</source>
        <translation>%1 нельзя использовать.</translation>
    </message>
    <message>
        <source>The recovery file %1 is not your own private file; it was not read.</source>
        <translation>Файл восстановления %1 не является вашим личным файлом; он не прочитан.</translation>
    </message>
    <message>
        <source>The recovery file %1 could not be written back: %2</source>
        <translation>Не удалось записать обратно файл восстановления %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged and could not be moved aside to %2. Nothing was deleted; move or repair the file, then start Steadyline again.</source>
        <translation>Журнал %1 повреждён, и его не удалось переместить в %2. Ничего не удалено; переместите или восстановите файл, затем снова запустите Steadyline.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged; it was moved to %2, but its %3 file could not be moved. Move it next to %2, then start Steadyline again.</source>
        <translation>Журнал %1 повреждён; он перемещён в %2, но его файл %3 переместить не удалось. Переместите этот файл рядом с %2, затем снова запустите Steadyline.</translation>
    </message>
    <message>
        <source>The journal was damaged and could not be read, so a new, empty journal was started. The damaged file was kept as %1; earlier calls may be recoverable from it.</source>
        <translation>Журнал был повреждён и не читался, поэтому создан новый, пустой журнал. Повреждённый файл сохранён как %1; из него, возможно, удастся восстановить прежние звонки.</translation>
    </message>
    <message>
        <source>A timeline event needs a kind.</source>
        <translation>У события в ходе звонка должен быть тип.</translation>
    </message>
    <message>
        <source>An empty note is not saved.</source>
        <translation>Пустая заметка не сохраняется.</translation>
    </message>
    <message>
        <source>A promise needs a text: what was promised.</source>
        <translation>У обещания должен быть текст: что обещано.</translation>
    </message>
    <message>
        <source>A training attempt needs the id of its scenario.</source>
        <translation>У учебной попытки должен быть идентификатор её сценки.</translation>
    </message>
    <message>
        <source>A training attempt&apos;s percentage must be between 0 and 100.</source>
        <translation>Процент учебной попытки должен быть от 0 до 100.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are still waiting to be saved.</source>
        <translation>
            <numerusform>%n запись всё ещё ожидает сохранения.</numerusform>
            <numerusform>%n записи всё ещё ожидают сохранения.</numerusform>
            <numerusform>%n записей всё ещё ожидают сохранения.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened. %2</source>
        <translation>Не удаётся открыть журнал %1. %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: its folder does not allow the write-ahead log SQLite needs. Check that the folder may be written.</source>
        <translation>Не удаётся открыть журнал %1: его папка не допускает файл WAL (журнал упреждающей записи), который нужен SQLite. Проверьте, можно ли записывать в эту папку.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of Steadyline (schema %2; this version reads up to %3). Update Steadyline to open it.</source>
        <translation>Журнал %1 записан более новой версией Steadyline (схема %2; эта версия читает схемы до %3). Обновите Steadyline, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be upgraded. %2</source>
        <translation>Не удаётся обновить журнал %1. %2</translation>
    </message>
    <message>
        <source>The journal %1 cannot be upgraded from version %2. %3</source>
        <translation>Не удаётся обновить журнал %1 с версии %2. %3</translation>
    </message>
    <message>
        <source>No folder was given for the journal.</source>
        <translation>Не указана папка журнала.</translation>
    </message>
    <message>
        <source>There is no journal in %1.</source>
        <translation>В %1 нет журнала.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged; nothing was read or changed. Start the Steadyline window: it moves the damaged file aside (keeping it) and starts a new one.</source>
        <translation>Журнал %1 повреждён; ничего не прочитано и не изменено. Запустите окно Steadyline: оно отложит повреждённый файл в сторону (сохранив его) и создаст новый.</translation>
    </message>
    <message>
        <source>The journal %1 was damaged and moved aside, but the new one cannot be used either. Check the disk.</source>
        <translation>Журнал %1 был повреждён и отложен в сторону, но новый тоже нельзя использовать. Проверьте диск.</translation>
    </message>
    <message>
        <source>The recovery file is not one Steadyline can read.</source>
        <translation>Steadyline не может прочитать этот файл восстановления.</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>отказано в доступе</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>операция не позволена</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>файловая система только для чтения</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>на диске не осталось места</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>превышена дисковая квота</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>это не папка</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>ошибка ввода-вывода</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be used: %2.</source>
        <translation>Не удаётся использовать папку журнала %1: %2.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку журнала %1.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be created: %2.</source>
        <translation>Не удаётся создать папку журнала %1: %2.</translation>
    </message>
    <message>
        <source>The journal folder %1 is a file, not a folder.</source>
        <translation>Папка журнала %1 — это файл, а не папка.</translation>
    </message>
    <message>
        <source>The journal folder %1 belongs to another user. Steadyline keeps the journal only in a folder of your own; choose another one with --data-dir.</source>
        <translation>Папка журнала %1 принадлежит другому пользователю. Steadyline хранит журнал только в вашей собственной папке; выберите другую с помощью --data-dir.</translation>
    </message>
    <message>
        <source>The journal folder %1 cannot be made private (readable by you alone): %2.</source>
        <translation>Не удаётся сделать папку журнала %1 личной (доступной только вам): %2.</translation>
    </message>
    <message>
        <source>The journal %1 is a symbolic link; Steadyline opens only the file itself.</source>
        <translation>Журнал %1 — символическая ссылка; Steadyline открывает только сам файл.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: %2. Check the permissions of the file and its folder.</source>
        <translation>Не удаётся записать журнал %1: %2. Проверьте права доступа к файлу и его папке.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2.</source>
        <translation>Не удаётся открыть журнал %1: %2.</translation>
    </message>
    <message>
        <source>The journal %1 is not a regular file.</source>
        <translation>Журнал %1 — не обычный файл.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to another user, who could read it; Steadyline does not write into it. Move it away or choose another folder with --data-dir.</source>
        <translation>Журнал %1 принадлежит другому пользователю, который мог бы его прочитать; Steadyline в него не пишет. Переместите его или выберите другую папку с помощью --data-dir.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be made private (readable by you alone): %2.</source>
        <translation>Не удаётся сделать журнал %1 личным (доступным только вам): %2.</translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation>Не удалось прочитать журнал.</translation>
    </message>
    <message>
        <source>Calls are kept for at least one day.</source>
        <translation>Звонки хранятся не менее одного дня.</translation>
    </message>
    <message>
        <source>Old calls could not be deleted.</source>
        <translation>Не удалось удалить старые звонки.</translation>
    </message>
    <message>
        <source>The journal is in use by another program (perhaps Steadyline is running twice).</source>
        <translation>Журнал занят другой программой (возможно, Steadyline запущен дважды).</translation>
    </message>
    <message>
        <source>The computer ran out of memory while using the journal.</source>
        <translation>Компьютеру не хватило памяти при работе с журналом.</translation>
    </message>
    <message>
        <source>The journal cannot be written: the file or its folder is read-only.</source>
        <translation>Не удаётся записать журнал: файл или его папка доступны только для чтения.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing the journal.</source>
        <translation>Диск сообщил об ошибке при записи журнала.</translation>
    </message>
    <message>
        <source>The journal file is damaged.</source>
        <translation>Файл журнала повреждён.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal cannot be written.</source>
        <translation>Диск заполнен, поэтому журнал нельзя записать.</translation>
    </message>
    <message>
        <source>The journal file cannot be opened: check that its folder exists and may be written.</source>
        <translation>Не удаётся открыть файл журнала: проверьте, что его папка существует и в неё можно записывать.</translation>
    </message>
    <message>
        <source>The journal refused the entry because it does not fit the record (for example, its call is not in the journal).</source>
        <translation>Журнал отклонил запись, так как она не соответствует сохранённым данным (например, её звонка нет в журнале).</translation>
    </message>
    <message>
        <source>The journal could not be used.</source>
        <translation>Не удалось воспользоваться журналом.</translation>
    </message>
    <message>
        <source>(SQLite error %1)</source>
        <translation>(ошибка SQLite %1)</translation>
    </message>
    <message>
        <source>An earlier call start could not be saved: %1</source>
        <translation>Не удалось сохранить более раннее начало звонка: %1</translation>
    </message>
    <message>
        <source>An earlier timeline event could not be saved: %1</source>
        <translation>Не удалось сохранить более раннее событие в ходе звонка: %1</translation>
    </message>
    <message>
        <source>An earlier note could not be saved: %1</source>
        <translation>Не удалось сохранить более раннюю заметку: %1</translation>
    </message>
    <message>
        <source>An earlier promise could not be saved: %1</source>
        <translation>Не удалось сохранить более раннее обещание: %1</translation>
    </message>
    <message>
        <source>An earlier promise status could not be saved: %1</source>
        <translation>Не удалось сохранить более раннее изменение статуса обещания: %1</translation>
    </message>
    <message>
        <source>An earlier draft could not be saved: %1</source>
        <translation>Не удалось сохранить набиравшийся ранее текст: %1</translation>
    </message>
    <message>
        <source>An earlier draft removal could not be saved: %1</source>
        <translation>Не удалось сохранить более раннее удаление набиравшегося текста: %1</translation>
    </message>
    <message>
        <source>An earlier call end could not be saved: %1</source>
        <translation>Не удалось сохранить более раннее завершение звонка: %1</translation>
    </message>
    <message>
        <source>An earlier interruption could not be saved: %1</source>
        <translation>Не удалось сохранить более раннее прерывание звонка: %1</translation>
    </message>
    <message>
        <source>An earlier resumption could not be saved: %1</source>
        <translation>Не удалось сохранить более раннее возобновление звонка: %1</translation>
    </message>
    <message>
        <source>An earlier training attempt could not be saved: %1</source>
        <translation>Не удалось сохранить более раннюю учебную попытку: %1</translation>
    </message>
    <message>
        <source>Too many entries are waiting to be saved; this one was not kept.</source>
        <translation>Слишком много записей ожидают сохранения; эта запись не сохранена.</translation>
    </message>
    <message>
        <source>It is kept in memory and will be saved as soon as the journal can be written again.</source>
        <translation>Запись хранится в памяти и будет сохранена, как только журнал снова станет доступен для записи.</translation>
    </message>
    <message>
        <source>That call is not in the journal.</source>
        <translation>Этого звонка нет в журнале.</translation>
    </message>
    <message>
        <source>The call this belongs to could not be saved, so neither can this.</source>
        <translation>Не удалось сохранить звонок, к которому это относится, поэтому это тоже нельзя сохранить.</translation>
    </message>
    <message>
        <source>That promise could not be saved, so its status cannot be set.</source>
        <translation>Это обещание не удалось сохранить, поэтому его статус нельзя изменить.</translation>
    </message>
    <message>
        <source>That promise is not in the journal.</source>
        <translation>Этого обещания нет в журнале.</translation>
    </message>
    <message>
        <source>That call has already ended.</source>
        <translation>Этот звонок уже завершён.</translation>
    </message>
    <message>
        <source>That call is not unfinished.</source>
        <translation>Этот звонок не является незавершённым.</translation>
    </message>
    <message>
        <source>Only an interrupted call can be continued.</source>
        <translation>Продолжить можно только прерванный звонок.</translation>
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
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Abusive calls</source>
        <translation>Агрессивные разговоры</translation>
    </message>
    <message>
        <source>Cool-downs taken</source>
        <translation>Взятые перерывы</translation>
    </message>
    <message>
        <source>A PDF can only be made with a graphical application running.</source>
        <translation>PDF можно создать только при запущенном графическом приложении.</translation>
    </message>
    <message>
        <source>Abusive calls: incident report</source>
        <translation>Агрессивные разговоры: отчёт об инцидентах</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Составлен %1</translation>
    </message>
    <message>
        <source>An abusive call (incident) is a call that reached the end of the method (the consultant hung up or called security) or that the consultant marked as an insult or a threat. Rehearsals are not counted. A cool-down is the break taken after an incident; one skipped is not counted. The report holds counts only: no consultant, no caller.</source>
        <translation>Агрессивный разговор (инцидент) — это разговор, дошедший до конца метода (консультант положил трубку или вызвал охрану) или отмеченный консультантом как оскорбление или угроза. Тренировки не учитываются. Перерыв — отдых после инцидента; пропущенный не учитывается. Отчёт содержит только числа: без консультантов и клиентов.</translation>
    </message>
    <message>
        <source>In all: %1 abusive calls, %2 cool-downs taken</source>
        <translation>Всего: агрессивных разговоров: %1, взятых перерывов: %2</translation>
    </message>
    <message>
        <source>No abusive calls in this period.</source>
        <translation>В этом периоде агрессивных разговоров не было.</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Per team</source>
        <translation>По командам</translation>
    </message>
    <message>
        <source>Per month, team and outcome</source>
        <translation>По месяцам, командам и итогам</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Не удалось создать PDF.</translation>
    </message>
</context>
<context>
    <name>steadyline::server::DashboardQueries</name>
    <message>
        <source>the team server is too old for the dashboard&apos;s statistics (schema %1 is needed); ask the admin to run: steadyline server init</source>
        <translation>сервер команды слишком старый для статистики панели (нужна схема %1); попросите администратора выполнить: steadyline server init</translation>
    </message>
</context>
<context>
    <name>steadyline::softphone</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>%1 is not your own private file (readable by you alone); remove it and try again.</source>
        <translation>%1 — не ваш личный файл (доступный для чтения только вам); удалите его и попробуйте снова.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>строка %1: </translation>
    </message>
    <message>
        <source>a rule is PATTERN = PLAYBOOK-ID (e.g. +420* = complaint-cs).</source>
        <translation>правило имеет вид ШАБЛОН = PLAYBOOK-ID (например, +420* = complaint-cs).</translation>
    </message>
    <message>
        <source>the pattern before &quot;=&quot; is empty.</source>
        <translation>шаблон перед «=» пуст.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playbook id (lower-case letters, digits and dashes).</source>
        <translation>«%1» не является идентификатором сценария (строчные буквы, цифры и дефисы).</translation>
    </message>
</context>
<context>
    <name>steadyline::sync</name>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл паролей %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 cannot be written: %2</source>
        <translation>Не удаётся записать файл паролей %1: %2</translation>
    </message>
    <message>
        <source>The login or its password is wrong, or the login does not exist on the server. Check them with your team&apos;s admin and join again.</source>
        <translation>Логин или пароль неверны, либо такого логина нет на сервере. Проверьте их у администратора команды и присоединитесь снова.</translation>
    </message>
    <message>
        <source>The server has no such database. Check the address with your team&apos;s admin.</source>
        <translation>На сервере нет такой базы данных. Проверьте адрес у администратора команды.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the CA file (sslrootcert) and that the host name in the address is the one in the certificate.</source>
        <translation>Не удалось проверить сертификат сервера. Проверьте файл CA (sslrootcert) и что имя хоста в адресе совпадает с именем в сертификате.</translation>
    </message>
    <message>
        <source>The server does not accept this login from this computer. Ask your team&apos;s admin.</source>
        <translation>Сервер не принимает этот логин с этого компьютера. Обратитесь к администратору команды.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network; the desk keeps working offline and sends its changes later.</source>
        <translation>Сервер недоступен. Проверьте адрес и сеть; рабочее место продолжает работать без связи и отправит изменения позже.</translation>
    </message>
    <message>
        <source>The team server refused: %1</source>
        <translation>Сервер команды отказал: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is missing: install the package libqt6sql6-psql.</source>
        <translation>Нет драйвера PostgreSQL для Qt (QPSQL): установите пакет libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1. %2</source>
        <translation>Не удаётся подключиться к серверу команды %1. %2</translation>
    </message>
    <message>
        <source>The journal could not be read or written for the team: %1</source>
        <translation>Не удалось прочитать или записать журнал для команды: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost. The desk keeps working offline and sends its changes when the server is back.</source>
        <translation>Связь с сервером команды потеряна. Рабочее место продолжает работать без связи и отправит изменения, когда сервер вернётся.</translation>
    </message>
    <message>
        <source>The team&apos;s calls could not be read from the journal: %1</source>
        <translation>Не удалось прочитать разговоры команды из журнала: %1</translation>
    </message>
    <message>
        <source>An answer to a raised hand has 1 to %1 characters.</source>
        <translation>Ответ на поднятую руку должен содержать от 1 до %1 символов.</translation>
    </message>
    <message>
        <source>The call to answer is not one the team shares.</source>
        <translation>Звонок, на который вы хотите ответить, не передан команде.</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address, as your team&apos;s admin gave it (postgresql://…).</source>
        <translation>Введите адрес сервера команды, как его дал администратор команды (postgresql://…).</translation>
    </message>
    <message>
        <source>Enter your login on the team server.</source>
        <translation>Введите свой логин на сервере команды.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for on its own and kept in libpq&apos;s password file.</source>
        <translation>Не указывайте пароль в адресе: он вводится отдельно и хранится в файле паролей libpq.</translation>
    </message>
    <message>
        <source>Enter the password your team&apos;s admin gave you.</source>
        <translation>Введите пароль, который дал администратор команды.</translation>
    </message>
    <message>
        <source>This desk is not in a team.</source>
        <translation>Это рабочее место не в команде.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes have not reached the team server yet. Send them first (Sync now, or steadyline team sync), or leave and discard them: they stay in this desk&apos;s journal but the team never gets them.</source>
        <translation>
            <numerusform>%n изменение ещё не дошло до сервера команды. Сначала отправьте его («Синхронизировать сейчас» или steadyline team sync) или покиньте команду и отбросьте его: оно останется в журнале этого рабочего места, но команда его не получит.</numerusform>
            <numerusform>%n изменения ещё не дошли до сервера команды. Сначала отправьте их («Синхронизировать сейчас» или steadyline team sync) или покиньте команду и отбросьте их: они останутся в журнале этого рабочего места, но команда их не получит.</numerusform>
            <numerusform>%n изменений ещё не дошли до сервера команды. Сначала отправьте их («Синхронизировать сейчас» или steadyline team sync) или покиньте команду и отбросьте их: они останутся в журнале этого рабочего места, но команда их не получит.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server cannot be reached now, so nothing was sent to the team. Try again when the status bar says the team is online.</source>
        <translation>Сервер команды сейчас недоступен, команде ничего не отправлено. Попробуйте снова, когда строка состояния покажет, что команда в сети.</translation>
    </message>
    <message>
        <source>An assignment needs a consultant, a scenario and a due date.</source>
        <translation>Для задания нужны консультант, сценарий и срок.</translation>
    </message>
    <message>
        <source>The note to the consultant has at most %1 characters.</source>
        <translation>Заметка для консультанта — не более %1 символов.</translation>
    </message>
    <message>
        <source>There is no such training assignment to withdraw.</source>
        <translation>Такого учебного задания для отзыва нет.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached, so this desk did not join. Check the address and the port, and that this computer is on the network that reaches the server; if they are right, ask your team&apos;s admin whether the server is running and accepts connections from here.</source>
        <translation>Сервер команды %1 недоступен, поэтому это рабочее место не присоединилось. Проверьте адрес и порт, а также что этот компьютер находится в сети, из которой виден сервер; если всё верно, спросите администратора команды, работает ли сервер и принимает ли он подключения отсюда.</translation>
    </message>
</context>
<context>
    <name>steadyline::sync::TeamExchange</name>
    <message>
        <source>The database %1 is not a Steadyline team server (it may belong to another application). Check the address with your team&apos;s admin.</source>
        <translation>База данных %1 не является сервером команды Steadyline (возможно, она принадлежит другому приложению). Проверьте адрес у администратора команды.</translation>
    </message>
    <message>
        <source>The login %1 is not a member of any team on this server. Ask your team&apos;s admin to add it (steadyline server add-user).</source>
        <translation>Логин %1 не входит ни в одну команду на этом сервере. Попросите администратора команды добавить его (steadyline server add-user).</translation>
    </message>
    <message>
        <source>The team server is newer (schema %1) than this Steadyline knows (%2). Update Steadyline on this desk; until then it keeps working offline and keeps its changes.</source>
        <translation>Сервер команды новее (схема %1), чем знает этот Steadyline (%2). Обновите Steadyline на этом рабочем месте; до тех пор оно работает без связи и сохраняет изменения.</translation>
    </message>
    <message>
        <source>The team server is older (schema %1) than this Steadyline needs (%2). Ask your team&apos;s admin to run: steadyline server init</source>
        <translation>Сервер команды старее (схема %1), чем нужно этому Steadyline (%2). Попросите администратора команды выполнить: steadyline server init</translation>
    </message>
    <message>
        <source>The team server gave no key for caller references; ask your team&apos;s admin to run: steadyline server init</source>
        <translation>Сервер команды не выдал ключ для номеров обращений звонящих; попросите администратора команды выполнить: steadyline server init</translation>
    </message>
    <message>
        <source>The team server refused: %1</source>
        <translation>Сервер команды отказал: %1</translation>
    </message>
    <message>
        <source>The desk queued a request the team server does not know: %1</source>
        <translation>Рабочее место поставило в очередь запрос, неизвестный серверу команды: %1</translation>
    </message>
</context>
</TS>
