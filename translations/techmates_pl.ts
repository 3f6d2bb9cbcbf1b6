<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AddAvailabilityCommand</name>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>Tego wolontariusza nie ma w bazie.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Wybierz dzień tygodnia.</translation>
    </message>
    <message>
        <source>Times must be within the day (00:00 to 24:00).</source>
        <translation>Godziny muszą mieścić się w ciągu doby (od 00:00 do 24:00).</translation>
    </message>
    <message>
        <source>The end time (%1) must come after the start time (%2).</source>
        <translation>Godzina zakończenia (%1) musi być późniejsza niż godzina rozpoczęcia (%2).</translation>
    </message>
    <message>
        <source>Choose how the volunteer helps in this time: %1.</source>
        <translation>Wybierz, w jaki sposób wolontariusz pomaga w tym czasie: %1.</translation>
    </message>
    <message>
        <source>%1 does not offer “%2” in their profile; add it to their profile first.</source>
        <translation>%1 nie oferuje „%2” w swoim profilu; najpierw dodaj to do profilu.</translation>
    </message>
    <message>
        <source>A session length must be between 15 and 240 minutes.</source>
        <translation>Sesja musi trwać od 15 do 240 minut.</translation>
    </message>
    <message>
        <source>Time kept free before or after a session must be between 0 and 120 minutes.</source>
        <translation>Czas wolny przed sesją lub po niej musi wynosić od 0 do 120 minut.</translation>
    </message>
    <message>
        <source>A %1-minute session is shorter than the %2 minutes kept free around it; make the session longer or the buffers shorter.</source>
        <translation>Sesja %1-minutowa jest krótsza niż %2 minut wolnego czasu wokół niej; wydłuż sesję albo skróć przerwy.</translation>
    </message>
    <message>
        <source>%1–%2 is too short for one %3-minute session with its buffers (%4 minutes in all).</source>
        <translation>%1–%2 to za mało na jedną sesję %3-minutową z przerwami (łącznie %4 minut).</translation>
    </message>
    <message>
        <source>Minimum notice must be between 0 hours and 4 weeks.</source>
        <translation>Minimalne wyprzedzenie musi wynosić od 0 godzin do 4 tygodni.</translation>
    </message>
    <message>
        <source>The last date (%1) comes before the first (%2).</source>
        <translation>Ostatnia data (%1) jest wcześniejsza niż pierwsza (%2).</translation>
    </message>
    <message>
        <source>Say at which branch the volunteer helps.</source>
        <translation>Podaj, w której filii pomaga wolontariusz.</translation>
    </message>
    <message>
        <source>That branch is not in the store.</source>
        <translation>Tej filii nie ma w bazie.</translation>
    </message>
    <message>
        <source>This overlaps %1&apos;s existing %2 time %3. Change or remove that one first.</source>
        <translation>To nakłada się na istniejący czas %2 (%1) %3. Najpierw zmień lub usuń tamten.</translation>
    </message>
    <message>
        <source>Added %1 %2 time.</source>
        <translation>Dodano czas %1 %2.</translation>
    </message>
</context>
<context>
    <name>AddAvailabilityExceptionCommand</name>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>Tego wolontariusza nie ma w bazie.</translation>
    </message>
    <message>
        <source>Give the first and last day away.</source>
        <translation>Podaj pierwszy i ostatni dzień nieobecności.</translation>
    </message>
    <message>
        <source>The last day away (%1) comes before the first (%2).</source>
        <translation>Ostatni dzień nieobecności (%1) jest wcześniejszy niż pierwszy (%2).</translation>
    </message>
    <message>
        <source>A time away can be at most a year; for longer, pause the volunteer instead.</source>
        <translation>Nieobecność może trwać najwyżej rok; na dłużej zawieś wolontariusza.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 200 characters).</source>
        <translation>Powód jest za długi (najwyżej 200 znaków).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are booked on those days: cancel or rebook them and tell the residents.</source>
        <translation>
            <numerusform>W te dni zarezerwowana jest %n sesja: odwołaj ją lub przełóż i powiadom mieszkańców.</numerusform>
            <numerusform>W te dni zarezerwowane są %n sesje: odwołaj je lub przełóż i powiadom mieszkańców.</numerusform>
            <numerusform>W te dni zarezerwowanych jest %n sesji: odwołaj je lub przełóż i powiadom mieszkańców.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded time away from %1 to %2.</source>
        <translation>Zapisano nieobecność od %1 do %2.</translation>
    </message>
</context>
<context>
    <name>AddDeviceCommand</name>
    <message>
        <source>Give the device&apos;s asset tag.</source>
        <translation>Podaj numer inwentarzowy urządzenia.</translation>
    </message>
    <message>
        <source>“%1” is not an asset tag: use 2 to 32 letters, digits, -, _, . or /.</source>
        <translation>„%1” nie jest numerem inwentarzowym: użyj od 2 do 32 liter, cyfr, -, _, . lub /.</translation>
    </message>
    <message>
        <source>The tag %1 is already in the register.</source>
        <translation>Numer %1 jest już w rejestrze.</translation>
    </message>
    <message>
        <source>%1 is a library card number, not a device tag. Scan the label on the device.</source>
        <translation>%1 to numer karty bibliotecznej, a nie numer urządzenia. Zeskanuj etykietę na urządzeniu.</translation>
    </message>
    <message>
        <source>Give the device type (one of: %1).</source>
        <translation>Podaj typ urządzenia (jeden z: %1).</translation>
    </message>
    <message>
        <source>Unknown device type “%1” (known types: %2).</source>
        <translation>Nieznany typ urządzenia „%1” (znane typy: %2).</translation>
    </message>
    <message>
        <source>Give the branch the device belongs to (one of: %1).</source>
        <translation>Podaj filię, do której należy urządzenie (jedna z: %1).</translation>
    </message>
    <message>
        <source>Unknown branch “%1” (branches: %2).</source>
        <translation>Nieznana filia „%1” (filie: %2).</translation>
    </message>
    <message>
        <source>Serial (at most 64 characters), make and model (at most 80 each) must be single lines of text.</source>
        <translation>Numer seryjny (najwyżej 64 znaki), producent i model (najwyżej po 80) muszą być pojedynczymi wierszami tekstu.</translation>
    </message>
    <message>
        <source>The notes are too long (at most 2,000 characters).</source>
        <translation>Uwagi są za długie (najwyżej 2000 znaków).</translation>
    </message>
    <message>
        <source>The date acquired (%1) is in the future.</source>
        <translation>Data nabycia (%1) jest w przyszłości.</translation>
    </message>
    <message>
        <source>A new device is either available or awaiting wipe.</source>
        <translation>Nowe urządzenie jest albo dostępne, albo czeka na wymazanie danych.</translation>
    </message>
    <message>
        <source>No SIM with ICCID %1 is recorded. Add the SIM first.</source>
        <translation>Nie ma zapisanej karty SIM o numerze ICCID %1. Najpierw dodaj kartę SIM.</translation>
    </message>
    <message>
        <source>SIM %1 is not in stock (it is %2).</source>
        <translation>Karty SIM %1 nie ma w zapasie (stan: %2).</translation>
    </message>
    <message>
        <source>Added %1 (%2) at %3, %4.</source>
        <translation>Dodano %1 (%2) w %3, %4.</translation>
    </message>
</context>
<context>
    <name>AddDeviceTypeCommand</name>
    <message>
        <source>A device type code is 2 to 16 letters, digits, - or _ (for example IPAD10).</source>
        <translation>Kod typu urządzenia to od 2 do 16 liter, cyfr, - lub _ (na przykład IPAD10).</translation>
    </message>
    <message>
        <source>Give the device type a name of at most 120 characters.</source>
        <translation>Nadaj typowi urządzenia nazwę o długości najwyżej 120 znaków.</translation>
    </message>
    <message>
        <source>The category must be one of: %1.</source>
        <translation>Kategoria musi być jedną z: %1.</translation>
    </message>
    <message>
        <source>The replacement cost must be between £0 and £100,000.</source>
        <translation>Koszt wymiany musi wynosić od 0 £ do 100 000 £.</translation>
    </message>
    <message>
        <source>“%1” is not a kit item name (no commas, at most 60 characters).</source>
        <translation>„%1” nie jest nazwą elementu zestawu (bez przecinków, najwyżej 60 znaków).</translation>
    </message>
    <message>
        <source>There is already a device type with the code %1.</source>
        <translation>Istnieje już typ urządzenia o kodzie %1.</translation>
    </message>
    <message>
        <source>Added device type %1 (%2).</source>
        <translation>Dodano typ urządzenia %1 (%2).</translation>
    </message>
</context>
<context>
    <name>AddEvidenceCommand</name>
    <message>
        <source>Evidence is an observation, a file, a photo or a note.</source>
        <translation>Dowodem jest obserwacja, plik, zdjęcie lub notatka.</translation>
    </message>
    <message>
        <source>You can add evidence only to your own portfolio.</source>
        <translation>Dowody możesz dodawać tylko do własnego portfolio.</translation>
    </message>
    <message>
        <source>That volunteer is not on record.</source>
        <translation>Nie ma zapisu o tym wolontariuszu.</translation>
    </message>
    <message>
        <source>That outcome is not on record.</source>
        <translation>Nie ma zapisu o tym efekcie.</translation>
    </message>
    <message>
        <source>The volunteer is not enrolled on a pathway with the unit %1.</source>
        <translation>Wolontariusz nie jest zapisany na ścieżkę z modułem %1.</translation>
    </message>
    <message>
        <source>That outcome is already signed off; it needs no more evidence.</source>
        <translation>Ten efekt jest już zatwierdzony; nie potrzebuje więcej dowodów.</translation>
    </message>
    <message>
        <source>The note is too long (at most 4,000 characters).</source>
        <translation>Notatka jest za długa (najwyżej 4000 znaków).</translation>
    </message>
    <message>
        <source>Describe what was observed.</source>
        <translation>Opisz, co zaobserwowano.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Napisz notatkę.</translation>
    </message>
    <message>
        <source>The evidence file&apos;s details are not valid.</source>
        <translation>Dane pliku z dowodem są nieprawidłowe.</translation>
    </message>
    <message>
        <source>%1 is not a photo (JPEG, PNG, GIF, WebP or HEIC); add it as a file instead.</source>
        <translation>%1 nie jest zdjęciem (JPEG, PNG, GIF, WebP ani HEIC); dodaj go jako plik.</translation>
    </message>
    <message>
        <source>Added a %1 as evidence.</source>
        <translation>Dodano dowód: %1.</translation>
    </message>
    <message>
        <source>Added a %1 as evidence (%2 KB, checksum kept).</source>
        <translation>Dodano dowód: %1 (%2 KB, suma kontrolna zachowana).</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <source>Add a person who can sign in</source>
        <translation>Dodaj osobę, która może się logować</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Lower case, for example sjones</source>
        <translation>Małe litery, na przykład sjones</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>No branch</source>
        <translation>Bez filii</translation>
    </message>
    <message>
        <source>Volunteer record</source>
        <translation>Karta wolontariusza</translation>
    </message>
    <message>
        <source>%1 (has an account)</source>
        <translation>%1 (ma konto)</translation>
    </message>
    <message>
        <source>The lists of branches and volunteers could not be read: %1</source>
        <translation>Nie udało się odczytać list filii i wolontariuszy: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Co najmniej %1 znaków</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Imię i &amp;nazwisko</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>Filia (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Volunteer record</source>
        <translation>Karta wolontariusza (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Hasło (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Powtórz h&amp;asło</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Dodaj osobę (&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>The two passwords are different. Type the password twice, the same both times.</source>
        <translation>Hasła się różnią. Wpisz to samo hasło dwa razy.</translation>
    </message>
</context>
<context>
    <name>AddResidentCommand</name>
    <message>
        <source>Library card %1 already belongs to another resident. Search for it instead of adding again.</source>
        <translation>Karta biblioteczna %1 należy już do innego mieszkańca. Wyszukaj ją zamiast dodawać ponownie.</translation>
    </message>
    <message>
        <source>Added resident with card %1</source>
        <translation>Dodano mieszkańca z kartą %1</translation>
    </message>
</context>
<context>
    <name>AddSimCommand</name>
    <message>
        <source>A data offer is a sim or a voucher.</source>
        <translation>Oferta danych to karta SIM lub voucher.</translation>
    </message>
    <message>
        <source>“%1” is not an ICCID: it should be the 19 or 20 digits printed on the SIM (starting 89).</source>
        <translation>„%1” nie jest numerem ICCID: to 19 lub 20 cyfr nadrukowanych na karcie SIM (zaczynających się od 89).</translation>
    </message>
    <message>
        <source>“%1” is not a voucher code (4 to 40 letters, digits or -).</source>
        <translation>„%1” nie jest kodem vouchera (od 4 do 40 liter, cyfr lub -).</translation>
    </message>
    <message>
        <source>Name the network (at most 60 characters).</source>
        <translation>Podaj nazwę sieci (najwyżej 60 znaków).</translation>
    </message>
    <message>
        <source>GB per month must be between 1 and 1,000.</source>
        <translation>Liczba GB na miesiąc musi wynosić od 1 do 1000.</translation>
    </message>
    <message>
        <source>The number of months must be between 1 and 36.</source>
        <translation>Liczba miesięcy musi wynosić od 1 do 36.</translation>
    </message>
    <message>
        <source>Unknown branch “%1”.</source>
        <translation>Nieznana filia „%1”.</translation>
    </message>
    <message>
        <source>%1 is already recorded.</source>
        <translation>%1 jest już zapisany.</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3, %4 GB a month for %5 months).</source>
        <translation>Dodano %1 %2 (%3, %4 GB miesięcznie przez %5 mies.).</translation>
    </message>
</context>
<context>
    <name>AddSimDialog</name>
    <message>
        <source>Add a SIM or voucher</source>
        <translation>Dodaj kartę SIM lub voucher</translation>
    </message>
    <message>
        <source>Add a SIM card or data voucher to the stock</source>
        <translation>Dodaj do zapasu kartę SIM lub voucher na dane</translation>
    </message>
    <message>
        <source>SIM card or voucher</source>
        <translation>Karta SIM lub voucher</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>Karta SIM</translation>
    </message>
    <message>
        <source>Data voucher</source>
        <translation>Voucher na dane</translation>
    </message>
    <message>
        <source>ICCID or voucher code</source>
        <translation>ICCID lub kod vouchera</translation>
    </message>
    <message>
        <source>Scan or type the ICCID (19–20 digits starting 89)</source>
        <translation>Zeskanuj lub wpisz ICCID (19–20 cyfr zaczynających się od 89)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>e.g. Vodafone</source>
        <translation>np. Vodafone</translation>
    </message>
    <message>
        <source>Gigabytes a month</source>
        <translation>Gigabajty na miesiąc</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation>Liczba miesięcy</translation>
    </message>
    <message>
        <source>Branch holding it</source>
        <translation>Filia, w której się znajduje</translation>
    </message>
    <message>
        <source>No particular branch</source>
        <translation>Bez określonej filii</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Rodzaj (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Code *</source>
        <translation>Kod * (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Network *</source>
        <translation>Sieć * (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Data a month</source>
        <translation>&amp;Dane na miesiąc</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Miesiące</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>Filia (&amp;B)</translation>
    </message>
    <message>
        <source>The voucher code, 4 to 40 letters, digits or -</source>
        <translation>Kod vouchera, od 4 do 40 liter, cyfr lub -</translation>
    </message>
    <message>
        <source>&amp;Add to stock</source>
        <translation>Dod&amp;aj do zapasu</translation>
    </message>
    <message>
        <source>Add to stock</source>
        <translation>Dodaj do zapasu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>People who can sign in</source>
        <translation>Osoby, które mogą się logować</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Dod&amp;aj osobę…</translation>
    </message>
    <message>
        <source>Add a person who can sign in</source>
        <translation>Dodaj osobę, która może się logować</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Filie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>No branches are set up yet.</source>
        <translation>Nie skonfigurowano jeszcze żadnej filii.</translation>
    </message>
    <message>
        <source>People and &amp;branches</source>
        <translation>Oso&amp;by i filie</translation>
    </message>
    <message>
        <source>Loan &amp;rules</source>
        <translation>Zasady wypożyczeń (&amp;R)</translation>
    </message>
    <message>
        <source>Loan &amp;terms</source>
        <translation>Warunki wypożyczeń (&amp;T)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>Who can sign in, in which role, the branches, the loan rules and the loan terms.</source>
        <translation>Kto może się logować, w jakiej roli, filie, zasady wypożyczeń i warunki wypożyczeń.</translation>
    </message>
    <message>
        <source>Who can sign in, in which role, and the branches of the service.</source>
        <translation>Kto może się logować, w jakiej roli, oraz filie usługi.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <translation>Zapisano. %1.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Device loans, TechMates sessions, skills and training for council libraries.</source>
        <translation>Wypożyczanie urządzeń, sesje TechMates, umiejętności i szkolenia dla bibliotek samorządowych.</translation>
    </message>
    <message>
        <source>The store file to open (default: %1).</source>
        <translation>Plik bazy do otwarcia (domyślnie: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ŚCIEŻKA</translation>
    </message>
    <message>
        <source>Print the start-up time once the window is ready, then quit.</source>
        <translation>Wypisz czas uruchomienia, gdy okno będzie gotowe, i zakończ.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <source>TechMates Desk</source>
        <translation>TechMates Desk</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>Nie udało się otworzyć bazy.

%1</translation>
    </message>
    <message>
        <source>The store could not be read.

%1</source>
        <translation>Nie udało się odczytać bazy.

%1</translation>
    </message>
    <message>
        <source>Sign in as --user, open every section and tab, print the memory in use, then quit.</source>
        <translation>Zaloguj się jako --user, otwórz każdą sekcję i kartę, wypisz zużytą pamięć i zakończ.</translation>
    </message>
    <message>
        <source>The person to sign in as, with --measure-every-view.</source>
        <translation>Osoba, jako która należy się zalogować, z --measure-every-view.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
</context>
<context>
    <name>AssetLabelsDialog</name>
    <message>
        <source>Print asset labels</source>
        <translation>Drukuj etykiety inwentarzowe</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>Etykiety inwentarzowe</translation>
    </message>
    <message>
        <source>Tick the devices to label (Space ticks the highlighted one). Labels are 70 × 37 mm, 24 to an A4 sheet.</source>
        <translation>Zaznacz urządzenia do oznaczenia (spacja zaznacza podświetlone). Etykiety mają 70 × 37 mm, 24 na arkuszu A4.</translation>
    </message>
    <message>
        <source>Devices to label</source>
        <translation>Urządzenia do oznaczenia</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>Urządzenia (&amp;V)</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Z&amp;aznacz wszystkie</translation>
    </message>
    <message>
        <source>Tick every device</source>
        <translation>Zaznacz wszystkie urządzenia</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>Odznacz wszystkie (&amp;U)</translation>
    </message>
    <message>
        <source>Untick every device</source>
        <translation>Odznacz wszystkie urządzenia</translation>
    </message>
    <message>
        <source>Council name for the labels</source>
        <translation>Nazwa samorządu na etykietach</translation>
    </message>
    <message>
        <source>e.g. Kirkbeck</source>
        <translation>np. Kirkbeck</translation>
    </message>
    <message>
        <source>First free label on the sheet</source>
        <translation>Pierwsza wolna etykieta na arkuszu</translation>
    </message>
    <message>
        <source>To use up a part-used sheet: labels are counted along each row, top row first</source>
        <translation>Aby zużyć częściowo wykorzystany arkusz: etykiety liczy się wzdłuż wiersza, od górnego wiersza</translation>
    </message>
    <message>
        <source>&amp;Council</source>
        <translation>Samorząd (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start at label</source>
        <translation>Zacznij od etykiety (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Drukuj (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the labels</source>
        <translation>Drukuj etykiety</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Zapisz jako P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the labels as a PDF file</source>
        <translation>Zapisz etykiety jako plik PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Property of %1 Libraries</source>
        <translation>Własność Bibliotek %1</translation>
    </message>
    <message>
        <source>Tick at least one device to label.</source>
        <translation>Zaznacz co najmniej jedno urządzenie do oznaczenia.</translation>
    </message>
    <message>
        <source>Type the council&apos;s name: the labels say “Property of … Libraries”.</source>
        <translation>Wpisz nazwę samorządu: na etykietach jest napis „Własność Bibliotek …”.</translation>
    </message>
    <message>
        <source>No devices ticked.</source>
        <translation>Nie zaznaczono żadnego urządzenia.</translation>
    </message>
    <message>
        <source>%1 label(s) on %2 sheet(s).</source>
        <translation>Etykiety: %1, arkusze: %2.</translation>
    </message>
    <message>
        <source>Preview of the first sheet: %1 label(s)</source>
        <translation>Podgląd pierwszego arkusza: etykiety: %1</translation>
    </message>
    <message>
        <source>Saved %1 label(s) to %2.</source>
        <translation>Zapisano etykiety (%1) do %2.</translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation>Zapisz etykiety jako PDF</translation>
    </message>
    <message>
        <source>asset-labels.pdf</source>
        <translation>etykiety-inwentarzowe.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is switched on, or save a PDF.</source>
        <translation>Nie udało się uruchomić drukarki. Sprawdź, czy jest włączona, albo zapisz PDF.</translation>
    </message>
    <message>
        <source>Sent %1 label(s) to the printer.</source>
        <translation>Wysłano etykiety (%1) do drukarki.</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <source>Times for %1</source>
        <translation>Godziny: %1</translation>
    </message>
    <message>
        <source>Day and hours</source>
        <translation>Dzień i godziny</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Przerwy</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Wyprzedzenie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Weekly times</source>
        <translation>Godziny co tydzień</translation>
    </message>
    <message>
        <source>No weekly times yet: add the first below.</source>
        <translation>Brak godzin cotygodniowych: dodaj pierwsze poniżej.</translation>
    </message>
    <message>
        <source>Add a weekly time</source>
        <translation>Dodaj godziny cotygodniowe</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Dzień tygodnia</translation>
    </message>
    <message>
        <source>From (time)</source>
        <translation>Od (godzina)</translation>
    </message>
    <message>
        <source>To (time)</source>
        <translation>Do (godzina)</translation>
    </message>
    <message>
        <source>Home branch / any</source>
        <translation>Filia macierzysta / dowolna</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Długość sesji</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Kept free before</source>
        <translation>Wolne przed</translation>
    </message>
    <message>
        <source>Kept free after</source>
        <translation>Wolne po</translation>
    </message>
    <message>
        <source>Minimum notice</source>
        <translation>Minimalne wyprzedzenie</translation>
    </message>
    <message>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Od teraz</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Bez końca</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Free before</source>
        <translation>Wolne przed</translation>
    </message>
    <message>
        <source>Free after</source>
        <translation>Wolne po</translation>
    </message>
    <message>
        <source>&amp;Add time</source>
        <translation>Dod&amp;aj godziny</translation>
    </message>
    <message>
        <source>&amp;Remove selected time</source>
        <translation>Usuń zaznaczone godziny (&amp;R)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Nieobecność</translation>
    </message>
    <message>
        <source>No time away planned.</source>
        <translation>Brak zaplanowanych nieobecności.</translation>
    </message>
    <message>
        <source>First day away</source>
        <translation>Pierwszy dzień nieobecności</translation>
    </message>
    <message>
        <source>Last day away</source>
        <translation>Ostatni dzień nieobecności</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Powód (opcjonalnie)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Urlop</translation>
    </message>
    <message>
        <source>Add time a&amp;way</source>
        <translation>Dodaj nieobecność (&amp;W)</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected time away</source>
        <translation>Usuń zaznaczoną nieobecność (&amp;V)</translation>
    </message>
    <message>
        <source>Time away (no sessions are proposed or booked on these days)</source>
        <translation>Nieobecności (w te dni nie proponuje się ani nie rezerwuje sesji)</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>Choose a time in the list first.</source>
        <translation>Najpierw wybierz godziny z listy.</translation>
    </message>
    <message>
        <source>Choose a time away in the list first.</source>
        <translation>Najpierw wybierz nieobecność z listy.</translation>
    </message>
</context>
<context>
    <name>BadgeCatalogue</name>
    <message>
        <source>the code %1 appears more than once.</source>
        <translation>kod %1 występuje więcej niż raz.</translation>
    </message>
    <message>
        <source>the award %1 appears more than once.</source>
        <translation>wyróżnienie %1 występuje więcej niż raz.</translation>
    </message>
</context>
<context>
    <name>BadgeCatalogueCommands</name>
    <message>
        <source>%1 and %2 would both be reached at %3 points; give each award its own threshold.</source>
        <translation>%1 i %2 zostałyby osiągnięte przy %3 pkt; nadaj każdemu wyróżnieniu własny próg.</translation>
    </message>
</context>
<context>
    <name>BadgeCatalogueFile</name>
    <message>
        <source>a badge code is 2 to 16 letters, digits, - or _ (for example CIT-01), not “%1”</source>
        <translation>kod odznaki to od 2 do 16 liter, cyfr, - lub _ (na przykład CIT-01), a nie „%1”</translation>
    </message>
    <message>
        <source>badge %1 needs a name of at most 120 characters</source>
        <translation>odznaka %1 musi mieć nazwę o długości najwyżej 120 znaków</translation>
    </message>
    <message>
        <source>badge %1 needs a category of at most 40 characters (for example Citizen)</source>
        <translation>odznaka %1 musi mieć kategorię o długości najwyżej 40 znaków (na przykład Obywatel)</translation>
    </message>
    <message>
        <source>badge %1: points must be between 0 and 1,000</source>
        <translation>odznaka %1: liczba punktów musi wynosić od 0 do 1000</translation>
    </message>
    <message>
        <source>an award needs a name of at most 40 characters (for example Silver)</source>
        <translation>wyróżnienie musi mieć nazwę o długości najwyżej 40 znaków (na przykład Srebro)</translation>
    </message>
    <message>
        <source>the %1 award needs a threshold between 1 and 100,000 points</source>
        <translation>wyróżnienie %1 musi mieć próg od 1 do 100 000 punktów</translation>
    </message>
    <message>
        <source>the file is too large for a badge catalogue (at most 5 MB).</source>
        <translation>plik jest za duży na katalog odznak (najwyżej 5 MB).</translation>
    </message>
    <message>
        <source>the file is not a JSON badge catalogue (%1 at character %2).</source>
        <translation>plik nie jest katalogiem odznak w formacie JSON (%1 przy znaku %2).</translation>
    </message>
    <message>
        <source>no object</source>
        <translation>brak obiektu</translation>
    </message>
    <message>
        <source>the file has no “badges” list.</source>
        <translation>w pliku nie ma listy „badges”.</translation>
    </message>
    <message>
        <source>badge %1: needs code, name, category (text) and points (a number).</source>
        <translation>odznaka %1: wymaga pól code, name, category (tekst) i points (liczba).</translation>
    </message>
    <message>
        <source>badge %1: “active” must be true or false.</source>
        <translation>odznaka %1: „active” musi mieć wartość true lub false.</translation>
    </message>
    <message>
        <source>badge %1: points must be a whole number.</source>
        <translation>odznaka %1: liczba punktów musi być liczbą całkowitą.</translation>
    </message>
    <message>
        <source>badge %1: %2.</source>
        <translation>odznaka %1: %2.</translation>
    </message>
    <message>
        <source>“award_levels” must be a list.</source>
        <translation>„award_levels” musi być listą.</translation>
    </message>
    <message>
        <source>award %1: needs a name and a threshold (a number).</source>
        <translation>wyróżnienie %1: wymaga nazwy i progu (liczba).</translation>
    </message>
    <message>
        <source>award %1: %2.</source>
        <translation>wyróżnienie %1: %2.</translation>
    </message>
    <message>
        <source>the file lists no badges.</source>
        <translation>plik nie zawiera żadnych odznak.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>plik jest pusty.</translation>
    </message>
    <message>
        <source>line 1: the header needs the columns code, name, category and points (active is optional).</source>
        <translation>wiersz 1: nagłówek musi zawierać kolumny code, name, category i points (active jest opcjonalna).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>line %1: points must be a whole number, not “%2”.</source>
        <translation>wiersz %1: liczba punktów musi być liczbą całkowitą, a nie „%2”.</translation>
    </message>
    <message>
        <source>line %1: active must be yes or no.</source>
        <translation>wiersz %1: active musi mieć wartość yes lub no.</translation>
    </message>
    <message>
        <source>line %1: %2.</source>
        <translation>wiersz %1: %2.</translation>
    </message>
    <message>
        <source>a badge catalogue is a .json or .csv file.</source>
        <translation>katalog odznak to plik .json lub .csv.</translation>
    </message>
    <message>
        <source>the default catalogue is missing from this build.</source>
        <translation>w tej kompilacji brakuje domyślnego katalogu.</translation>
    </message>
</context>
<context>
    <name>BadgeCommands</name>
    <message>
        <source>resident</source>
        <translation>mieszkaniec</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>wolontariusz</translation>
    </message>
    <message>
        <source>member of staff</source>
        <translation>pracownik</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Edit the badge %1</source>
        <translation>Edytuj odznakę %1</translation>
    </message>
    <message>
        <source>Add a badge</source>
        <translation>Dodaj odznakę</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Kod odznaki</translation>
    </message>
    <message>
        <source>for example CIT-13</source>
        <translation>na przykład CIT-13</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Nazwa odznaki</translation>
    </message>
    <message>
        <source>Badge category</source>
        <translation>Kategoria odznaki</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>&amp;Offered (learners can earn it)</source>
        <translation>&amp;Oferowana (uczestnicy mogą ją zdobyć)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>Kod (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Imię i &amp;nazwisko</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>K&amp;ategoria</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Punkty</translation>
    </message>
</context>
<context>
    <name>BadgeImport</name>
    <message>
        <source>line 1: the file is too large to import (at most 20 MB).</source>
        <translation>wiersz 1: plik jest za duży do zaimportowania (najwyżej 20 MB).</translation>
    </message>
    <message>
        <source>line 1: %1</source>
        <translation>wiersz 1: %1</translation>
    </message>
    <message>
        <source>line 1: the file is empty.</source>
        <translation>wiersz 1: plik jest pusty.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>the learner (card or id)</source>
        <translation>uczestnik (karta lub identyfikator)</translation>
    </message>
    <message>
        <source>the badge (code or name)</source>
        <translation>odznaka (kod lub nazwa)</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>line 1: no column is matched to %1; map the columns and try again.</source>
        <translation>wiersz 1: żadna kolumna nie jest przypisana do pola %1; przypisz kolumny i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>line %1: no badge is given.</source>
        <translation>wiersz %1: nie podano odznaki.</translation>
    </message>
    <message>
        <source>line %1: the badge “%2” is not in the catalogue.</source>
        <translation>wiersz %1: odznaki „%2” nie ma w katalogu.</translation>
    </message>
    <message>
        <source>line %1: the badge %2 is no longer offered.</source>
        <translation>wiersz %1: odznaka %2 nie jest już oferowana.</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a date (use 2026-03-02 or 2/3/2026).</source>
        <translation>wiersz %1: „%2” nie jest datą (użyj 2026-03-02 lub 2/3/2026).</translation>
    </message>
    <message>
        <source>line %1: the date %2 is in the future.</source>
        <translation>wiersz %1: data %2 jest w przyszłości.</translation>
    </message>
    <message>
        <source>line %1: the date %2 is too early for an iDEA badge.</source>
        <translation>wiersz %1: data %2 jest zbyt wczesna dla odznaki iDEA.</translation>
    </message>
    <message>
        <source>line %1: no TechMate called “%2”.</source>
        <translation>wiersz %1: nie ma TechMate o nazwie „%2”.</translation>
    </message>
    <message>
        <source>line %1: more than one TechMate is called “%2”; use their id.</source>
        <translation>wiersz %1: więcej niż jeden TechMate nazywa się „%2”; użyj identyfikatora.</translation>
    </message>
    <message>
        <source>line %1: the same learner and badge appear earlier in the file.</source>
        <translation>wiersz %1: ten sam uczestnik i ta sama odznaka występują wcześniej w pliku.</translation>
    </message>
    <message>
        <source>line %1: the learner already holds the badge %2.</source>
        <translation>wiersz %1: uczestnik ma już odznakę %2.</translation>
    </message>
    <message>
        <source>line 1: the file has a header but no rows.</source>
        <translation>wiersz 1: plik ma nagłówek, ale nie ma wierszy.</translation>
    </message>
</context>
<context>
    <name>BadgeImport::Plan</name>
    <message>
        <source>… and %1 more.</source>
        <translation>… i %1 więcej.</translation>
    </message>
</context>
<context>
    <name>BadgeImportPanel</name>
    <message>
        <source>A CSV file of badge completions, one row per badge: the learner (library card, id or user name), the badge (code or name) and the date, and optionally the TechMate who supported it. Check the file, then import: every row goes in, or none.</source>
        <translation>Plik CSV z ukończonymi odznakami, jeden wiersz na odznakę: uczestnik (karta biblioteczna, identyfikator lub nazwa użytkownika), odznaka (kod lub nazwa) i data, opcjonalnie TechMate, który wspierał uczestnika. Sprawdź plik, a potem zaimportuj: trafiają wszystkie wiersze albo żaden.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Plik (&amp;F):</translation>
    </message>
    <message>
        <source>CSV file of badge completions</source>
        <translation>Plik CSV z ukończonymi odznakami</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Wybierz (&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Wybierz plik CSV</translation>
    </message>
    <message>
        <source>Chec&amp;k the file</source>
        <translation>Sprawdź pli&amp;k</translation>
    </message>
    <message>
        <source>Check the file without importing</source>
        <translation>Sprawdź plik bez importowania</translation>
    </message>
    <message>
        <source>&amp;Import all rows</source>
        <translation>&amp;Importuj wszystkie wiersze</translation>
    </message>
    <message>
        <source>Import every row of the checked file</source>
        <translation>Zaimportuj każdy wiersz sprawdzonego pliku</translation>
    </message>
    <message>
        <source>Rows that cannot be matched</source>
        <translation>Wiersze, których nie można dopasować</translation>
    </message>
    <message>
        <source>Choose a CSV of badge completions</source>
        <translation>Wybierz plik CSV z ukończonymi odznakami</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>nie wybrano pliku</translation>
    </message>
    <message>
        <source>The file is too large to import (at most 20 MB).</source>
        <translation>Plik jest za duży do zaimportowania (najwyżej 20 MB).</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nieużywana</translation>
    </message>
    <message>
        <source>Learner (card or id)</source>
        <translation>Uczestnik (karta lub identyfikator)</translation>
    </message>
    <message>
        <source>Badge (code or name)</source>
        <translation>Odznaka (kod lub nazwa)</translation>
    </message>
    <message>
        <source>Date achieved</source>
        <translation>Data zdobycia</translation>
    </message>
    <message>
        <source>Supported by (TechMate)</source>
        <translation>Wsparcie (TechMate)</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>Co zawiera kolumna „%1”</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolumna %1)</translation>
    </message>
    <message>
        <source>Match the columns if needed, then check the file.</source>
        <translation>W razie potrzeby przypisz kolumny, a potem sprawdź plik.</translation>
    </message>
    <message>
        <source>%1 row(s) cannot be matched; nothing will be imported until they are put right.</source>
        <translation>Wierszy, których nie można dopasować: %1; nic nie zostanie zaimportowane, dopóki nie zostaną poprawione.</translation>
    </message>
    <message>
        <source>All %1 row(s) can be imported.</source>
        <translation>Wszystkie wiersze (%1) można zaimportować.</translation>
    </message>
</context>
<context>
    <name>BookSessionPanel</name>
    <message>
        <source>Resident&apos;s library card</source>
        <translation>Karta biblioteczna mieszkańca</translation>
    </message>
    <message>
        <source>Scan or type the card</source>
        <translation>Zeskanuj lub wpisz numer karty</translation>
    </message>
    <message>
        <source>What the resident needs help with</source>
        <translation>W czym mieszkaniec potrzebuje pomocy</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nie określono</translation>
    </message>
    <message>
        <source>The need in the resident&apos;s words</source>
        <translation>Potrzeba słowami mieszkańca</translation>
    </message>
    <message>
        <source>How the session happens</source>
        <translation>Forma sesji</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Date and time the session starts</source>
        <translation>Data i godzina rozpoczęcia sesji</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>RRRR-MM-DD GG:MM</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Długość w minutach</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>Karta (&amp;C)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Słowami mieszkańca</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <source>F&amp;ind volunteers</source>
        <translation>Znajdź wolontar&amp;iuszy</translation>
    </message>
    <message>
        <source>Find volunteers who fit</source>
        <translation>Znajdź pasujących wolontariuszy</translation>
    </message>
    <message>
        <source>Boo&amp;k with selected</source>
        <translation>Zarezerwuj z wybranym (&amp;K)</translation>
    </message>
    <message>
        <source>Book with the selected volunteer</source>
        <translation>Zarezerwuj z wybranym wolontariuszem</translation>
    </message>
    <message>
        <source>&amp;Add to waiting list</source>
        <translation>Dod&amp;aj do listy oczekujących</translation>
    </message>
    <message>
        <source>Add the resident to the waiting list</source>
        <translation>Dodaj mieszkańca do listy oczekujących</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <source>Helps with the need</source>
        <translation>Pomaga w tej potrzebie</translation>
    </message>
    <message>
        <source>Speaks their language</source>
        <translation>Mówi w języku mieszkańca</translation>
    </message>
    <message>
        <source>Booked recently</source>
        <translation>Ostatnio rezerwowany</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Volunteers who fit</source>
        <translation>Pasujący wolontariusze</translation>
    </message>
    <message>
        <source>Fill in the session and choose Find volunteers.</source>
        <translation>Wypełnij dane sesji i wybierz Znajdź wolontariuszy.</translation>
    </message>
    <message>
        <source>Any / not needed</source>
        <translation>Dowolny / niepotrzebny</translation>
    </message>
    <message>
        <source>Type the start as a date and time, such as 2026-03-09 10:00.</source>
        <translation>Wpisz początek jako datę i godzinę, np. 2026-03-09 10:00.</translation>
    </message>
    <message>
        <source>No resident has the card %1.</source>
        <translation>Żaden mieszkaniec nie ma karty %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>You are not free for this session then (times, notice or another session).</source>
        <translation>Nie masz wtedy czasu na tę sesję (godziny, wyprzedzenie lub inna sesja).</translation>
    </message>
    <message>
        <source>Nobody is free for this session then. Try another time, or add the resident to the waiting list.</source>
        <translation>Nikt nie ma wtedy czasu na tę sesję. Spróbuj innej godziny albo dodaj mieszkańca do listy oczekujących.</translation>
    </message>
    <message>
        <source>You cannot take this session then.</source>
        <translation>Nie możesz wtedy poprowadzić tej sesji.</translation>
    </message>
    <message>
        <source>Nobody fits. Add to the waiting list (Alt+A) or try another time.</source>
        <translation>Nikt nie pasuje. Dodaj do listy oczekujących (Alt+A) lub spróbuj innej godziny.</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) fit, best first. Choose one and press Alt+K to book.</source>
        <translation>
            <numerusform>Pasuje %n wolontariusz. Wybierz go i naciśnij Alt+K, aby zarezerwować.</numerusform>
            <numerusform>Pasuje %n wolontariuszy, najlepsi pierwsi. Wybierz jednego i naciśnij Alt+K, aby zarezerwować.</numerusform>
            <numerusform>Pasuje %n wolontariuszy, najlepsi pierwsi. Wybierz jednego i naciśnij Alt+K, aby zarezerwować.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find volunteers first, then choose one.</source>
        <translation>Najpierw znajdź wolontariuszy, a potem wybierz jednego.</translation>
    </message>
    <message>
        <source>Booked. Scan the next card to book another session.</source>
        <translation>Zarezerwowano. Zeskanuj następną kartę, aby zarezerwować kolejną sesję.</translation>
    </message>
</context>
<context>
    <name>BookingCommands</name>
    <message>
        <source>attended</source>
        <translation>odbyta</translation>
    </message>
    <message>
        <source>a resident no-show</source>
        <translation>nieobecność mieszkańca</translation>
    </message>
    <message>
        <source>a volunteer no-show</source>
        <translation>nieobecność wolontariusza</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowana</translation>
    </message>
</context>
<context>
    <name>BookingKeys</name>
    <message>
        <source>Communicating</source>
        <translation>Komunikacja</translation>
    </message>
    <message>
        <source>Handling information and content</source>
        <translation>Obsługa informacji i treści</translation>
    </message>
    <message>
        <source>Transacting</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Problem solving</source>
        <translation>Rozwiązywanie problemów</translation>
    </message>
    <message>
        <source>Being safe and legal online</source>
        <translation>Bezpieczeństwo i prawo w sieci</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <source>A home visit</source>
        <translation>Wizyta domowa</translation>
    </message>
    <message>
        <source>A one-to-one session</source>
        <translation>Sesja indywidualna</translation>
    </message>
    <message>
        <source>%1 needs a DBS check, and %2 has none on record. Record their DBS certificate first.</source>
        <translation>%1 wymaga zaświadczenia DBS, a %2 nie ma żadnego w rejestrze. Najpierw zapisz zaświadczenie DBS.</translation>
    </message>
    <message>
        <source>%1 needs a current DBS check: %2&apos;s DBS re-check was due on %3. Record the new check first.</source>
        <translation>%1 wymaga aktualnego zaświadczenia DBS: ponowna weryfikacja DBS (%2) przypadała na %3. Najpierw zapisz nową weryfikację.</translation>
    </message>
    <message>
        <source>%1 cannot take %2 yet: that needs the training unit %3, not yet achieved.</source>
        <translation>%1 nie może jeszcze prowadzić: %2; wymaga to modułu szkoleniowego %3, którego jeszcze nie ukończono.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>od %1 do %2 (%3)</translation>
    </message>
    <message>
        <source>%1 already has a session at %2 (%3 minutes).</source>
        <translation>%1 ma już sesję o %2 (%3 min).</translation>
    </message>
    <message>
        <source>%1 has a session at %2 (%3 minutes); with the time kept free before and after sessions (travel), this one would overlap it.</source>
        <translation>%1 ma sesję o %2 (%3 min); po doliczeniu czasu wolnego przed sesjami i po nich (dojazd) ta nałożyłaby się na nią.</translation>
    </message>
    <message>
        <source>%1 is helping at the event “%2” at %3.</source>
        <translation>%1 pomaga przy wydarzeniu „%2” o %3.</translation>
    </message>
    <message>
        <source>%1 is not taking sessions (their status is %2).</source>
        <translation>%1 nie prowadzi sesji (status: %2).</translation>
    </message>
    <message>
        <source>%1 does not offer %2.</source>
        <translation>%1 nie oferuje: %2.</translation>
    </message>
    <message>
        <source>%1 is away %2.</source>
        <translation>%1 jest nieobecny %2.</translation>
    </message>
    <message>
        <source>%1 has no times set for %2. Add their availability first.</source>
        <translation>%1 nie ma ustawionych godzin dla: %2. Najpierw dodaj dostępność.</translation>
    </message>
    <message>
        <source>%1 is not available for %2 then. Their times: %3.</source>
        <translation>%1 nie jest wtedy dostępny dla: %2. Godziny: %3.</translation>
    </message>
    <message>
        <source>%1 asks for %2 hours&apos; notice for %3; the earliest they can be booked is %4.</source>
        <translation>%1 wymaga %2 godz. wyprzedzenia dla: %3; najwcześniej można zarezerwować na %4.</translation>
    </message>
    <message>
        <source>%1 gives at most %2 minutes a week and already has %3 booked that week.</source>
        <translation>%1 poświęca najwyżej %2 minut tygodniowo i ma już %3 zarezerwowane w tym tygodniu.</translation>
    </message>
    <message>
        <source>The resident already has a session at %1 (%2 minutes).</source>
        <translation>Mieszkaniec ma już sesję o %1 (%2 min).</translation>
    </message>
    <message>
        <source>phone sessions</source>
        <translation>sesje telefoniczne</translation>
    </message>
    <message>
        <source>video sessions</source>
        <translation>sesje wideo</translation>
    </message>
    <message>
        <source>library sessions</source>
        <translation>sesje w bibliotece</translation>
    </message>
    <message>
        <source>home visits</source>
        <translation>wizyty domowe</translation>
    </message>
    <message>
        <source>events</source>
        <translation>wydarzenia</translation>
    </message>
</context>
<context>
    <name>BookingSupport</name>
    <message>
        <source>A volunteer can only change their own sessions, times and hours.</source>
        <translation>Wolontariusz może zmieniać tylko własne sesje, godziny i czas pracy.</translation>
    </message>
</context>
<context>
    <name>BookingText</name>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>No DBS on record</source>
        <translation>Brak DBS w rejestrze</translation>
    </message>
    <message>
        <source>Expired: re-check was due %1</source>
        <translation>Wygasło: ponowna weryfikacja przypadała %1</translation>
    </message>
    <message>
        <source>Re-check due %1 (%2-day alert)</source>
        <translation>Ponowna weryfikacja %1 (alert %2 dni wcześniej)</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Ważne do %1</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Bookings tasks</source>
        <translation>Zadania rezerwacji</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>Rezerwuj (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesje</translation>
    </message>
    <message>
        <source>Cal&amp;endar</source>
        <translation>Kal&amp;endarz</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>P&amp;rzypomnienia</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>Lista oczekujących (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation>Wolontariusze (&amp;V)</translation>
    </message>
    <message>
        <source>My w&amp;eek</source>
        <translation>Mój tydzi&amp;eń</translation>
    </message>
    <message>
        <source>My &amp;sessions</source>
        <translation>Moje &amp;sesje</translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation>Ja (&amp;M)</translation>
    </message>
    <message>
        <source>Ho&amp;urs</source>
        <translation>Godziny (&amp;U)</translation>
    </message>
    <message>
        <source>Eve&amp;nts</source>
        <translation>Wydarze&amp;nia</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Rezerwacje</translation>
    </message>
    <message>
        <source>Book residents into TechMates sessions, record outcomes, and keep volunteers&apos; times, DBS and hours.</source>
        <translation>Zapisuj mieszkańców na sesje TechMates, zapisuj wyniki i prowadź godziny dostępności, DBS i czas pracy wolontariuszy.</translation>
    </message>
    <message>
        <source>Your week of TechMates sessions, their outcomes, your times and your hours.</source>
        <translation>Twój tydzień sesji TechMates, ich wyniki, Twoja dostępność i Twoje godziny.</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <source>The store could not be read, so what is shown may be out of date. %1</source>
        <translation>Nie udało się odczytać bazy, więc wyświetlane dane mogą być nieaktualne. %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Which view</source>
        <translation>Widok</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>Mój tydzień</translation>
    </message>
    <message>
        <source>Everyone&apos;s week</source>
        <translation>Tydzień wszystkich</translation>
    </message>
    <message>
        <source>A volunteer&apos;s week</source>
        <translation>Tydzień wolontariusza</translation>
    </message>
    <message>
        <source>A branch&apos;s day</source>
        <translation>Dzień filii</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Day or week shown</source>
        <translation>Wyświetlany dzień lub tydzień</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Drukuj (&amp;P)…</translation>
    </message>
    <message>
        <source>Print this view</source>
        <translation>Drukuj ten widok</translation>
    </message>
    <message>
        <source>Save PD&amp;F…</source>
        <translation>Zapisz PD&amp;F…</translation>
    </message>
    <message>
        <source>Save this view as a PDF</source>
        <translation>Zapisz ten widok jako PDF</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Sessions in this view</source>
        <translation>Sesje w tym widoku</translation>
    </message>
    <message>
        <source>Drop-in event</source>
        <translation>Wydarzenie otwarte</translation>
    </message>
    <message numerus="yes">
        <source>%n came</source>
        <translation>
            <numerusform>Przyszła %n osoba</numerusform>
            <numerusform>Przyszły %n osoby</numerusform>
            <numerusform>Przyszło %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <source>Nothing is booked in this view.</source>
        <translation>W tym widoku nic nie jest zarezerwowane.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 do %2</translation>
    </message>
    <message>
        <source>%1: sessions on %2</source>
        <translation>%1: sesje %2</translation>
    </message>
    <message>
        <source>My week: %1</source>
        <translation>Mój tydzień: %1</translation>
    </message>
    <message>
        <source>%1&apos;s week: %2</source>
        <translation>Tydzień: %1 — %2</translation>
    </message>
    <message>
        <source>All sessions: %1</source>
        <translation>Wszystkie sesje: %1</translation>
    </message>
    <message>
        <source>Where / contact</source>
        <translation>Miejsce / kontakt</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>sessions-%1.pdf</source>
        <translation>sesje-%1.pdf</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
</context>
<context>
    <name>CancelReservationCommand</name>
    <message>
        <source>That reservation is not in the store.</source>
        <translation>Tej rezerwacji nie ma w bazie.</translation>
    </message>
    <message>
        <source>That reservation is already %1.</source>
        <translation>Ta rezerwacja jest już w stanie: %1.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>Powód jest za długi (najwyżej 500 znaków).</translation>
    </message>
    <message>
        <source>Cancelled the reservation.</source>
        <translation>Anulowano rezerwację.</translation>
    </message>
</context>
<context>
    <name>CancelWaitlistCommand</name>
    <message>
        <source>That waiting-list entry is not in the store.</source>
        <translation>Tego wpisu na liście oczekujących nie ma w bazie.</translation>
    </message>
    <message>
        <source>That waiting-list entry is already %1.</source>
        <translation>Ten wpis na liście oczekujących jest już w stanie: %1.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>Powód jest za długi (najwyżej 500 znaków).</translation>
    </message>
    <message>
        <source>Took the resident off the waiting list.</source>
        <translation>Usunięto mieszkańca z listy oczekujących.</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Odznaka</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Oferowana</translation>
    </message>
    <message>
        <source>Badge catalogue</source>
        <translation>Katalog odznak</translation>
    </message>
    <message>
        <source>The badge catalogue is empty. An administrator can load the iDEA catalogue.</source>
        <translation>Katalog odznak jest pusty. Administrator może wczytać katalog iDEA.</translation>
    </message>
    <message>
        <source>&amp;Add badge…</source>
        <translation>Dod&amp;aj odznakę…</translation>
    </message>
    <message>
        <source>Add a badge to the catalogue</source>
        <translation>Dodaj odznakę do katalogu</translation>
    </message>
    <message>
        <source>Edit &amp;badge…</source>
        <translation>Edytuj odznakę (&amp;B)…</translation>
    </message>
    <message>
        <source>Edit the selected badge</source>
        <translation>Edytuj wybraną odznakę</translation>
    </message>
    <message>
        <source>Set a&amp;ward…</source>
        <translation>Ustaw &amp;wyróżnienie…</translation>
    </message>
    <message>
        <source>Set an award level&apos;s threshold</source>
        <translation>Ustaw próg poziomu wyróżnienia</translation>
    </message>
    <message>
        <source>Load the &amp;shipped iDEA catalogue</source>
        <translation>Wczytaj dołączony katalog iDEA (&amp;S)</translation>
    </message>
    <message>
        <source>Load the iDEA catalogue shipped with TechMates Desk</source>
        <translation>Wczytaj katalog iDEA dołączony do TechMates Desk</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;portuj…</translation>
    </message>
    <message>
        <source>Import a catalogue file (JSON or CSV)</source>
        <translation>Importuj plik katalogu (JSON lub CSV)</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Eksportuj &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the catalogue and award levels as JSON</source>
        <translation>Eksportuj katalog i poziomy wyróżnień jako JSON</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Eksportuj CS&amp;V…</translation>
    </message>
    <message>
        <source>Export the catalogue as CSV</source>
        <translation>Eksportuj katalog jako CSV</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 from %2 points</source>
        <translation>%1 od %2 pkt</translation>
    </message>
    <message>
        <source>No award levels are set.</source>
        <translation>Nie ustawiono poziomów wyróżnień.</translation>
    </message>
    <message>
        <source>Awards: %1.</source>
        <translation>Wyróżnienia: %1.</translation>
    </message>
    <message>
        <source>There is already a badge %1; edit it instead.</source>
        <translation>Odznaka %1 już istnieje; edytuj ją.</translation>
    </message>
    <message>
        <source>Choose the badge to edit first.</source>
        <translation>Najpierw wybierz odznakę do edycji.</translation>
    </message>
    <message>
        <source>Set an award level</source>
        <translation>Ustaw poziom wyróżnienia</translation>
    </message>
    <message>
        <source>Award name (for example Silver or Gold):</source>
        <translation>Nazwa wyróżnienia (na przykład Srebro lub Złoto):</translation>
    </message>
    <message>
        <source>Points needed for %1:</source>
        <translation>Punkty potrzebne do wyróżnienia %1:</translation>
    </message>
    <message>
        <source>Import a badge catalogue</source>
        <translation>Importuj katalog odznak</translation>
    </message>
    <message>
        <source>Badge catalogues (*.json *.csv)</source>
        <translation>Katalogi odznak (*.json *.csv)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Niczego nie zaimportowano:
%1</translation>
    </message>
    <message>
        <source>badge-catalogue.csv</source>
        <translation>katalog-odznak.csv</translation>
    </message>
    <message>
        <source>badge-catalogue.json</source>
        <translation>katalog-odznak.json</translation>
    </message>
    <message>
        <source>Export the badge catalogue</source>
        <translation>Eksportuj katalog odznak</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Nie można zapisać pliku: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Wyeksportowano do %1.</translation>
    </message>
</context>
<context>
    <name>CertificateClaimCommand</name>
    <message>
        <source>That claim does not exist.</source>
        <translation>Ten wniosek nie istnieje.</translation>
    </message>
    <message>
        <source>The claim %1 has not been submitted yet.</source>
        <translation>Wniosek %1 nie został jeszcze złożony.</translation>
    </message>
    <message>
        <source>The claim %1 is already certificated.</source>
        <translation>Wniosek %1 ma już wydane certyfikaty.</translation>
    </message>
    <message>
        <source>A certificate number is given for a line that is not in the claim %1.</source>
        <translation>Podano numer certyfikatu dla pozycji, której nie ma we wniosku %1.</translation>
    </message>
    <message>
        <source>“%1” is not a certificate number (letters, digits, -, _ or /, at most 40).</source>
        <translation>„%1” nie jest numerem certyfikatu (litery, cyfry, -, _ lub /, najwyżej 40).</translation>
    </message>
    <message>
        <source>The certificate number %1 is given twice.</source>
        <translation>Numer certyfikatu %1 podano dwa razy.</translation>
    </message>
    <message>
        <source>The certificate number %1 is already recorded on another claim.</source>
        <translation>Numer certyfikatu %1 jest już zapisany w innym wniosku.</translation>
    </message>
    <message>
        <source>Every line of the claim needs its certificate number (%1 of %2 given).</source>
        <translation>Każda pozycja wniosku wymaga numeru certyfikatu (podano %1 z %2).</translation>
    </message>
    <message>
        <source>The claim %1 is certificated (%2 certificate(s)).</source>
        <translation>Wniosek %1 ma wydane certyfikaty (liczba: %2).</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>the server sent an older page than this desk has</source>
        <translation>serwer wysłał starszą stronę niż ta, którą ma to stanowisko</translation>
    </message>
    <message>
        <source>the server sent rows of an unknown table “%1”</source>
        <translation>serwer wysłał wiersze nieznanej tabeli „%1”</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <source>%1 is not on loan: it was already checked in on %2 and is now %3. Was it scanned twice?</source>
        <translation>%1 nie jest wypożyczone: zwrot przyjęto już %2, a obecny stan to %3. Czy zeskanowano dwa razy?</translation>
    </message>
    <message>
        <source>%1 is not on loan (it is %2), so it cannot be checked in.</source>
        <translation>%1 nie jest wypożyczone (stan: %2), więc nie można przyjąć zwrotu.</translation>
    </message>
    <message>
        <source>%1 is marked as on loan but no loan is open for it. Ask a coordinator to check the register.</source>
        <translation>%1 jest oznaczone jako wypożyczone, ale nie ma dla niego otwartego wypożyczenia. Poproś koordynatora o sprawdzenie rejestru.</translation>
    </message>
    <message>
        <source>%1 is on a different loan now: the loan this check-in was for has already ended.</source>
        <translation>%1 jest teraz w innym wypożyczeniu: wypożyczenie, którego dotyczył ten zwrot, już się zakończyło.</translation>
    </message>
    <message>
        <source>“%1” was not lent with %2 (it went out with: %3).</source>
        <translation>„%1” nie zostało wypożyczone z %2 (wypożyczono z: %3).</translation>
    </message>
    <message>
        <source>no kit</source>
        <translation>bez zestawu</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>Notatka jest za długa (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <source>The loan changed while saving; nothing was saved.</source>
        <translation>Wypożyczenie zmieniło się podczas zapisywania; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>returned damaged</source>
        <translation>zwrócone uszkodzone</translation>
    </message>
    <message>
        <source>returned damaged: %1</source>
        <translation>zwrócone uszkodzone: %1</translation>
    </message>
    <message>
        <source>returned without %1</source>
        <translation>zwrócone bez: %1</translation>
    </message>
    <message>
        <source>Missing: %1. Noted on the loan and the device.</source>
        <translation>Brakuje: %1. Odnotowano przy wypożyczeniu i urządzeniu.</translation>
    </message>
    <message>
        <source>%1 goes to repair; after the repair it needs a wipe before it can be lent.</source>
        <translation>%1 trafia do naprawy; po naprawie wymaga wymazania danych, zanim będzie można je wypożyczyć.</translation>
    </message>
    <message>
        <source>%1 is awaiting wipe: record the wipe before lending it again.</source>
        <translation>%1 czeka na wymazanie danych: zapisz wymazanie przed ponownym wypożyczeniem.</translation>
    </message>
    <message>
        <source>The resident did not confirm removing their personal data; the wipe will remove it.</source>
        <translation>Mieszkaniec nie potwierdził usunięcia swoich danych osobowych; zostaną usunięte podczas wymazywania.</translation>
    </message>
    <message>
        <source>Checked in %1 from card %2 (%3).</source>
        <translation>Przyjęto zwrot %1 od karty %2 (%3).</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>uszkodzone</translation>
    </message>
    <message>
        <source>good condition</source>
        <translation>w dobrym stanie</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Device asset tag to check in</source>
        <translation>Numer inwentarzowy zwracanego urządzenia</translation>
    </message>
    <message>
        <source>Scan or type the asset tag, then Enter</source>
        <translation>Zeskanuj lub wpisz numer inwentarzowy, potem Enter</translation>
    </message>
    <message>
        <source>Device &amp;tag</source>
        <translation>Numer urządzenia (&amp;T)</translation>
    </message>
    <message>
        <source>Condition (arrow keys choose):</source>
        <translation>Stan (wybierz strzałkami):</translation>
    </message>
    <message>
        <source>Good: it goes to be wiped</source>
        <translation>Dobry: trafia do wymazania danych</translation>
    </message>
    <message>
        <source>Condition good</source>
        <translation>Stan dobry</translation>
    </message>
    <message>
        <source>Damaged: it goes to repair</source>
        <translation>Uszkodzone: trafia do naprawy</translation>
    </message>
    <message>
        <source>Condition damaged</source>
        <translation>Stan uszkodzony</translation>
    </message>
    <message>
        <source>Kit returned (untick anything missing):</source>
        <translation>Zwrócony zestaw (odznacz brakujące elementy):</translation>
    </message>
    <message>
        <source>Kit returned: %1</source>
        <translation>Zwrócony zestaw: %1</translation>
    </message>
    <message>
        <source>The resident declares they removed their personal dat&amp;a</source>
        <translation>Mieszk&amp;aniec oświadcza, że usunął swoje dane osobowe</translation>
    </message>
    <message>
        <source>The resident declares their personal data was removed</source>
        <translation>Mieszkaniec oświadcza, że jego dane osobowe zostały usunięte</translation>
    </message>
    <message>
        <source>Note about the device&apos;s state</source>
        <translation>Uwaga o stanie urządzenia</translation>
    </message>
    <message>
        <source>About the device only, e.g. “cracked corner” (no personal details)</source>
        <translation>Tylko o urządzeniu, np. „pęknięty róg” (bez danych osobowych)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Uwaga (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>Przyjmij zwrot (&amp;C)</translation>
    </message>
    <message>
        <source>Check the device in</source>
        <translation>Przyjmij zwrot urządzenia</translation>
    </message>
    <message>
        <source>Check the device in (Enter or Ctrl+Enter)</source>
        <translation>Przyjmij zwrot urządzenia (Enter lub Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Renew instead…</source>
        <translation>Zamiast tego przedłuż…</translation>
    </message>
    <message>
        <source>Renew the loan instead of checking in</source>
        <translation>Przedłuż wypożyczenie zamiast przyjmować zwrot</translation>
    </message>
    <message>
        <source>Renew the loan instead (Ctrl+R)</source>
        <translation>Zamiast tego przedłuż wypożyczenie (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Clear the form and start again</source>
        <translation>Wyczyść formularz i zacznij od nowa</translation>
    </message>
    <message>
        <source>Clear the form (Esc)</source>
        <translation>Wyczyść formularz (Esc)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>%1 is not on loan.</source>
        <translation>%1 nie jest wypożyczone.</translation>
    </message>
    <message>
        <source>%1 · %2, lent to %3 (card %4)</source>
        <translation>%1 · %2, wypożyczone: %3 (karta %4)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Lent on %1 at %2</source>
        <translation>Wypożyczone %1 w %2</translation>
    </message>
    <message>
        <source>Due %1 · days overdue: %2</source>
        <translation>Termin zwrotu %1 · dni po terminie: %2</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Termin zwrotu dzisiaj (%1)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termin zwrotu %1</translation>
    </message>
    <message>
        <source>Renewals so far: %1</source>
        <translation>Dotychczasowe przedłużenia: %1</translation>
    </message>
    <message>
        <source>No kit went out with it.</source>
        <translation>Nie wydano z nim żadnego zestawu.</translation>
    </message>
    <message>
        <source>Scan the device&apos;s asset tag first.</source>
        <translation>Najpierw zeskanuj numer inwentarzowy urządzenia.</translation>
    </message>
    <message>
        <source>Residents waiting for a %1 at %2: %3. Once it is wiped and ready to lend, it will be offered to the first in line.</source>
        <translation>Mieszkańcy czekający na: %1 w %2: %3. Gdy urządzenie zostanie wyczyszczone i będzie gotowe do wypożyczenia, zostanie zaproponowane pierwszej osobie w kolejce.</translation>
    </message>
    <message>
        <source>Scan the device&apos;s asset tag first, then press Ctrl+R to renew.</source>
        <translation>Najpierw zeskanuj numer inwentarzowy urządzenia, a potem naciśnij Ctrl+R, aby przedłużyć.</translation>
    </message>
</context>
<context>
    <name>CheckOutAssessment</name>
    <message>
        <source>%1 is already on loan to this resident (due %2) — was it scanned twice?</source>
        <translation>%1 jest już wypożyczone temu mieszkańcowi (termin zwrotu %2) — czy zeskanowano je dwa razy?</translation>
    </message>
    <message>
        <source>%1 is on loan to someone else (due %2). If it is here at the desk, check it in first.</source>
        <translation>%1 jest wypożyczone komuś innemu (termin zwrotu %2). Jeśli jest tu, przy stanowisku, najpierw przyjmij zwrot.</translation>
    </message>
    <message>
        <source>%1 is recorded as on loan.</source>
        <translation>%1 jest zapisane jako wypożyczone.</translation>
    </message>
    <message>
        <source>%1 is awaiting wipe: it cannot be lent until its wipe is recorded.</source>
        <translation>%1 czeka na wymazanie danych: nie można go wypożyczyć, dopóki wymazanie nie zostanie zapisane.</translation>
    </message>
    <message>
        <source>%1 is in repair. When it is back, record that (it will then need a wipe).</source>
        <translation>%1 jest w naprawie. Gdy wróci, zapisz to (potem będzie wymagało wymazania danych).</translation>
    </message>
    <message>
        <source>%1 is in transit between branches. Receive it at this branch first.</source>
        <translation>%1 jest w drodze między filiami. Najpierw przyjmij je w tej filii.</translation>
    </message>
    <message>
        <source>%1 is recorded as lost. If it has turned up, record it as found (it will then need a wipe).</source>
        <translation>%1 jest zapisane jako zagubione. Jeśli się znalazło, zapisz je jako odnalezione (potem będzie wymagało wymazania danych).</translation>
    </message>
    <message>
        <source>%1 is retired and cannot be lent.</source>
        <translation>%1 jest wycofane z użytku i nie można go wypożyczyć.</translation>
    </message>
    <message>
        <source>%1 is kept for the resident with card %2, first on the waiting list. Lend another device, or cancel their reservation first.</source>
        <translation>%1 jest zarezerwowane dla mieszkańca z kartą %2, pierwszego na liście oczekujących. Wypożycz inne urządzenie albo najpierw anuluj jego rezerwację.</translation>
    </message>
    <message>
        <source>There are no loan terms in force, so nothing can be lent. An administrator must publish them.</source>
        <translation>Nie obowiązują żadne warunki wypożyczeń, więc nie można niczego wypożyczyć. Administrator musi je opublikować.</translation>
    </message>
    <message>
        <source>The resident has an overdue loan (due %1).</source>
        <translation>Mieszkaniec ma wypożyczenie po terminie (termin zwrotu %1).</translation>
    </message>
    <message>
        <source>The resident has %1 overdue loans (the oldest was due %2).</source>
        <translation>Mieszkaniec ma wypożyczenia po terminie: %1 (najstarsze z terminem %2).</translation>
    </message>
    <message>
        <source>The resident&apos;s eligibility is not recorded. Record the criterion they meet (and who referred them) on their record.</source>
        <translation>Nie zapisano uprawnienia mieszkańca. Zapisz w jego karcie kryterium, które spełnia (i kto go skierował).</translation>
    </message>
    <message>
        <source>Repeat borrower: this is their loan number %1 in %2 months. They may have a lasting need: suggest a gifted device or a social tariff.</source>
        <translation>Powtarzające się wypożyczenia: to jego wypożyczenie nr %1 w ciągu %2 mies. Może mieć trwałą potrzebę: zaproponuj urządzenie na własność lub taryfę socjalną.</translation>
    </message>
    <message>
        <source>No loan rule covers a %1 for a “%2” borrower at %3. An administrator must add one.</source>
        <translation>Żadna zasada wypożyczeń nie obejmuje: %1 dla wypożyczającego z kategorii „%2” w %3. Administrator musi ją dodać.</translation>
    </message>
    <message>
        <source>Lending of %1 ended on %2 (the loan rule&apos;s last date).</source>
        <translation>Wypożyczanie: %1 zakończyło się %2 (ostatnia data zasady wypożyczeń).</translation>
    </message>
    <message>
        <source>The resident already has %1 device(s) on loan; the limit is %2.</source>
        <translation>Mieszkaniec ma już wypożyczone urządzenia: %1; limit wynosi %2.</translation>
    </message>
    <message>
        <source>%1 is registered at %2, not your branch; it is lent under %2&apos;s rules. If it now lives here, transfer it.</source>
        <translation>%1 jest zarejestrowane w %2, a nie w Twojej filii; wypożycza się je według zasad %2. Jeśli teraz jest tutaj, przenieś je.</translation>
    </message>
    <message>
        <source>%1 is a MiFi hotspot with no SIM recorded in it, so it will not connect.</source>
        <translation>%1 to router MiFi bez zapisanej karty SIM, więc nie połączy się z siecią.</translation>
    </message>
    <message>
        <source>This loan fulfils the resident&apos;s reservation for a %1.</source>
        <translation>To wypożyczenie realizuje rezerwację mieszkańca na: %1.</translation>
    </message>
</context>
<context>
    <name>CheckOutCommand</name>
    <message>
        <source>The override reason is too long (at most %1 characters).</source>
        <translation>Powód pominięcia ostrzeżenia jest za długi (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <source>Overridden (%1): %2</source>
        <translation>Pominięto (%1): %2</translation>
    </message>
    <message>
        <source>SIM %1 goes with it.</source>
        <translation>Wraz z nim wydawana jest karta SIM %1.</translation>
    </message>
    <message>
        <source>Lent %1 to card %2, due %3.</source>
        <translation>Wypożyczono %1 na kartę %2, termin zwrotu %3.</translation>
    </message>
</context>
<context>
    <name>CheckOutPanel</name>
    <message>
        <source>Check out</source>
        <translation>Wypożyczenie</translation>
    </message>
    <message>
        <source>Give a reason for the override, then press Enter.</source>
        <translation>Podaj powód pominięcia ostrzeżenia, a potem naciśnij Enter.</translation>
    </message>
    <message>
        <source>Resident&apos;s library card</source>
        <translation>Karta biblioteczna mieszkańca</translation>
    </message>
    <message>
        <source>Scan or type the library card, then Enter</source>
        <translation>Zeskanuj lub wpisz numer karty bibliotecznej, potem Enter</translation>
    </message>
    <message>
        <source>Library &amp;card</source>
        <translation>Karta bibliote&amp;czna</translation>
    </message>
    <message>
        <source>Device asset tag</source>
        <translation>Numer inwentarzowy urządzenia</translation>
    </message>
    <message>
        <source>Then the device&apos;s asset tag, then Enter</source>
        <translation>Następnie numer inwentarzowy urządzenia, potem Enter</translation>
    </message>
    <message>
        <source>Device &amp;tag</source>
        <translation>Numer urządzenia (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>Drukuj &amp;potwierdzenie</translation>
    </message>
    <message>
        <source>Print the loan agreement and receipt</source>
        <translation>Drukuj umowę wypożyczenia i potwierdzenie</translation>
    </message>
    <message>
        <source>Print the loan agreement and receipt (Ctrl+P)</source>
        <translation>Drukuj umowę wypożyczenia i potwierdzenie (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save receipt as PD&amp;F…</source>
        <translation>Zapisz potwierdzenie jako PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the loan agreement and receipt as a PDF file</source>
        <translation>Zapisz umowę wypożyczenia i potwierdzenie jako plik PDF</translation>
    </message>
    <message>
        <source>Save the loan agreement and receipt as PDF (Ctrl+Shift+S)</source>
        <translation>Zapisz umowę wypożyczenia i potwierdzenie jako PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Cannot lend:</source>
        <translation>Nie można wypożyczyć:</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Powód pominięcia</translation>
    </message>
    <message>
        <source>Why the warning is set aside (kept in the audit: no health or personal details)</source>
        <translation>Dlaczego ostrzeżenie zostaje pominięte (zapisywane w dzienniku audytu: bez informacji o zdrowiu ani danych osobowych)</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>Powód pominięcia (&amp;R)</translation>
    </message>
    <message>
        <source>Kit going out: %1</source>
        <translation>Wydawany zestaw: %1</translation>
    </message>
    <message>
        <source>Kit going out with it (untick what stays behind):</source>
        <translation>Zestaw wydawany wraz z nim (odznacz to, co zostaje):</translation>
    </message>
    <message>
        <source>Loan agreement terms</source>
        <translation>Warunki umowy wypożyczenia</translation>
    </message>
    <message>
        <source>The resident has read this agreement and &amp;accepts it</source>
        <translation>Mieszkaniec przeczytał tę umowę i ją &amp;akceptuje</translation>
    </message>
    <message>
        <source>Declaration: the resident has read the agreement and accepts it</source>
        <translation>Oświadczenie: mieszkaniec przeczytał umowę i ją akceptuje</translation>
    </message>
    <message>
        <source>Resident types their name</source>
        <translation>Mieszkaniec wpisuje swoje imię i nazwisko</translation>
    </message>
    <message>
        <source>The resident types their own name here</source>
        <translation>Tutaj mieszkaniec sam wpisuje swoje imię i nazwisko</translation>
    </message>
    <message>
        <source>Resident types their &amp;name</source>
        <translation>Mieszkaniec wpisuje swoje imię i &amp;nazwisko</translation>
    </message>
    <message>
        <source>Agreement signed on paper inst&amp;ead</source>
        <translation>Umowa podpisana zamiast t&amp;ego na papierze</translation>
    </message>
    <message>
        <source>Agreement signed on paper instead</source>
        <translation>Umowa podpisana zamiast tego na papierze</translation>
    </message>
    <message>
        <source>After lending, print the receipt (Ctrl+P): it has a signature line. Keep the signed copy at the branch.</source>
        <translation>Po wypożyczeniu wydrukuj potwierdzenie (Ctrl+P): ma miejsce na podpis. Podpisany egzemplarz zachowaj w filii.</translation>
    </message>
    <message>
        <source>&amp;Lend</source>
        <translation>Wypożycz (&amp;L)</translation>
    </message>
    <message>
        <source>Lend the device</source>
        <translation>Wypożycz urządzenie</translation>
    </message>
    <message>
        <source>Lend the device (Enter or Ctrl+Enter)</source>
        <translation>Wypożycz urządzenie (Enter lub Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Clear the form and start again</source>
        <translation>Wyczyść formularz i zacznij od nowa</translation>
    </message>
    <message>
        <source>Clear the form (Esc)</source>
        <translation>Wyczyść formularz (Esc)</translation>
    </message>
    <message>
        <source>%1 (%2), due %3 — days overdue: %4</source>
        <translation>%1 (%2), termin zwrotu %3 — dni po terminie: %4</translation>
    </message>
    <message>
        <source>%1 (%2), due %3</source>
        <translation>%1 (%2), termin zwrotu %3</translation>
    </message>
    <message>
        <source>Library card %1 · Borrower category: %2</source>
        <translation>Karta biblioteczna %1 · Kategoria wypożyczającego: %2</translation>
    </message>
    <message>
        <source>Eligibility: not recorded</source>
        <translation>Uprawnienie: nie zapisano</translation>
    </message>
    <message>
        <source>Eligibility: %1</source>
        <translation>Uprawnienie: %1</translation>
    </message>
    <message>
        <source>Eligibility: %1 (referred by %2)</source>
        <translation>Uprawnienie: %1 (skierowanie: %2)</translation>
    </message>
    <message>
        <source>No devices on loan now.</source>
        <translation>Brak wypożyczonych urządzeń.</translation>
    </message>
    <message>
        <source>On loan now: %1</source>
        <translation>Obecnie wypożyczone: %1</translation>
    </message>
    <message>
        <source>Scan the resident&apos;s library card first.</source>
        <translation>Najpierw zeskanuj kartę biblioteczną mieszkańca.</translation>
    </message>
    <message>
        <source>serial number %1</source>
        <translation>numer seryjny %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>Replacement cost %1</source>
        <translation>Koszt wymiany %1</translation>
    </message>
    <message>
        <source>no SIM recorded in this MiFi</source>
        <translation>w tym routerze MiFi nie zapisano karty SIM</translation>
    </message>
    <message>
        <source>SIM going with it: %1</source>
        <translation>Wydawana karta SIM: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Due back: %1</source>
        <translation>Termin zwrotu: %1</translation>
    </message>
    <message>
        <source>Only someone with the override permission (a coordinator) can lend with these warnings, giving a reason. Ask one to sign in at this desk (Ctrl+L), or press Esc to start again.</source>
        <translation>Tylko osoba z uprawnieniem do pomijania ostrzeżeń (koordynator) może wypożyczyć mimo tych ostrzeżeń, podając powód. Poproś ją o zalogowanie się przy tym stanowisku (Ctrl+L) albo naciśnij Esc, aby zacząć od nowa.</translation>
    </message>
    <message>
        <source>Loan agreement, version %1</source>
        <translation>Umowa wypożyczenia, wersja %1</translation>
    </message>
    <message>
        <source>Scan the device&apos;s asset tag.</source>
        <translation>Zeskanuj numer inwentarzowy urządzenia.</translation>
    </message>
    <message>
        <source>Lent %1 (%2) to %3, card %4. Due back %5.</source>
        <translation>Wypożyczono %1 (%2) dla: %3, karta %4. Termin zwrotu %5.</translation>
    </message>
    <message>
        <source>Print the receipt for the resident to sign, and keep the signed copy.</source>
        <translation>Wydrukuj potwierdzenie do podpisu przez mieszkańca i zachowaj podpisany egzemplarz.</translation>
    </message>
    <message>
        <source>There is no loan receipt to save yet.</source>
        <translation>Nie ma jeszcze potwierdzenia wypożyczenia do zapisania.</translation>
    </message>
    <message>
        <source>Save loan receipt as PDF</source>
        <translation>Zapisz potwierdzenie wypożyczenia jako PDF</translation>
    </message>
    <message>
        <source>Saved the receipt as %1.</source>
        <translation>Zapisano potwierdzenie jako %1.</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Złożony</translation>
    </message>
    <message>
        <source>Certificated</source>
        <translation>Certyfikowany</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Moduł</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Ukończono</translation>
    </message>
    <message>
        <source>Verified units not yet claimed</source>
        <translation>Zweryfikowane moduły jeszcze nieobjęte wnioskiem</translation>
    </message>
    <message>
        <source>No verified units are waiting to be claimed.</source>
        <translation>Żadne zweryfikowane moduły nie czekają na wniosek.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Moduły</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>No claims yet.</source>
        <translation>Brak wniosków.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>Units in the chosen claim</source>
        <translation>Moduły w wybranym wniosku</translation>
    </message>
    <message>
        <source>Choose a claim to see its units.</source>
        <translation>Wybierz wniosek, aby zobaczyć jego moduły.</translation>
    </message>
    <message>
        <source>&amp;New claim from these units</source>
        <translation>&amp;Nowy wniosek z tych modułów</translation>
    </message>
    <message>
        <source>Start a claim with every verified unit not yet claimed</source>
        <translation>Rozpocznij wniosek ze wszystkimi zweryfikowanymi modułami jeszcze nieobjętymi wnioskiem</translation>
    </message>
    <message>
        <source>S&amp;ubmit claim</source>
        <translation>Złóż wniosek (&amp;U)</translation>
    </message>
    <message>
        <source>Submit the chosen draft claim</source>
        <translation>Złóż wybrany wniosek roboczy</translation>
    </message>
    <message>
        <source>&amp;Record certificates…</source>
        <translation>Zapisz ce&amp;rtyfikaty…</translation>
    </message>
    <message>
        <source>Record the certificate numbers of the chosen claim</source>
        <translation>Zapisz numery certyfikatów wybranego wniosku</translation>
    </message>
    <message>
        <source>Ready to claim:</source>
        <translation>Gotowe do wniosku:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Wnioski:</translation>
    </message>
    <message>
        <source>Choose the claim to submit.</source>
        <translation>Wybierz wniosek do złożenia.</translation>
    </message>
    <message>
        <source>Choose the claim whose certificates came back.</source>
        <translation>Wybierz wniosek, dla którego wróciły certyfikaty.</translation>
    </message>
    <message>
        <source>Record certificate numbers</source>
        <translation>Zapisz numery certyfikatów</translation>
    </message>
    <message>
        <source>Certificate number for each unit (type in the last column)</source>
        <translation>Numer certyfikatu dla każdego modułu (wpisz w ostatniej kolumnie)</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numer certyfikatu</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 wymaga wartości.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Nieznana opcja --%1.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-03-02.</source>
        <translation>--%1 musi być datą, np. 2026-03-02.</translation>
    </message>
    <message>
        <source>Name the person doing this with --user NAME.</source>
        <translation>Podaj osobę wykonującą tę czynność: --user NAZWA.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Hasło dla %1: </translation>
    </message>
    <message>
        <source>No password: set TECHMATES_PASSWORD or run in a terminal.</source>
        <translation>Brak hasła: ustaw TECHMATES_PASSWORD lub uruchom w terminalu.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>Usage: techmates [--store STORE] [--user NAME] COMMAND …
       techmates --version
The password comes from TECHMATES_PASSWORD, else it is asked for.
Commands:
</source>
        <translation>Użycie: techmates [--store BAZA] [--user NAZWA] POLECENIE …
       techmates --version
Hasło pochodzi z TECHMATES_PASSWORD, w przeciwnym razie program o nie pyta.
Polecenia:
</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Nieznana opcja %1.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 wymaga wartości.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Nieznane polecenie: %1</translation>
    </message>
    <message>
        <source>--scale must be small or borough.</source>
        <translation>--scale musi mieć wartość small lub borough.</translation>
    </message>
    <message>
        <source>Building the %1 benchmark store at %2 …</source>
        <translation>Budowanie bazy testowej %1 w %2 …</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <source>Usage: techmates volunteer list [--all] [--json]</source>
        <translation>Użycie: techmates volunteer list [--all] [--json]</translation>
    </message>
    <message>
        <source>%1 may not see volunteers.</source>
        <translation>%1 nie może przeglądać wolontariuszy.</translation>
    </message>
    <message>
        <source>DBS until %1 (%2)</source>
        <translation>DBS do %1 (%2)</translation>
    </message>
    <message>
        <source>no DBS on record</source>
        <translation>brak DBS w rejestrze</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s).</source>
        <translation>
            <numerusform>%n wolontariusz.</numerusform>
            <numerusform>%n wolontariuszy.</numerusform>
            <numerusform>%n wolontariuszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 is needed.
</source>
        <translation>--%1 jest wymagane.
</translation>
    </message>
    <message>
        <source>--start must be a date and time like 2026-03-09T10:00.</source>
        <translation>--start musi być datą i godziną, np. 2026-03-09T10:00.</translation>
    </message>
    <message>
        <source>--minutes must be a whole number of minutes.</source>
        <translation>--minutes musi być całkowitą liczbą minut.</translation>
    </message>
    <message>
        <source>--channel must be phone, video, library or home.</source>
        <translation>--channel musi mieć wartość phone, video, library lub home.</translation>
    </message>
    <message>
        <source>Booking: %1</source>
        <translation>Rezerwacja: %1</translation>
    </message>
    <message>
        <source>Usage: techmates booking confirm --booking ID</source>
        <translation>Użycie: techmates booking confirm --booking ID</translation>
    </message>
    <message>
        <source>Usage: techmates booking list [--volunteer ID] [--from DATE] [--to DATE] [--branch ID] [--open] [--json]</source>
        <translation>Użycie: techmates booking list [--volunteer ID] [--from DATE] [--to DATE] [--branch ID] [--open] [--json]</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to jest wcześniej niż --from.</translation>
    </message>
    <message>
        <source>%1 may not see bookings.</source>
        <translation>%1 nie może przeglądać rezerwacji.</translation>
    </message>
    <message>
        <source>No branch “%1”.</source>
        <translation>Brak filii „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n sesja.</numerusform>
            <numerusform>%n sesje.</numerusform>
            <numerusform>%n sesji.</numerusform>
        </translation>
    </message>
    <message>
        <source>--status must be attended, resident_no_show, volunteer_no_show or cancelled.</source>
        <translation>--status musi mieć wartość attended, resident_no_show, volunteer_no_show lub cancelled.</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to 5.</source>
        <translation>--%1 musi być liczbą od 1 do 5.</translation>
    </message>
    <message>
        <source>Usage: techmates booking propose --start DATETIME --minutes N --channel CHANNEL [--branch ID] [--need AREA] [--resident CARD] [--json]</source>
        <translation>Użycie: techmates booking propose --start DATETIME --minutes N --channel CHANNEL [--branch ID] [--need AREA] [--resident CARD] [--json]</translation>
    </message>
    <message>
        <source>Give --start like 2026-03-09T10:00, --minutes as a number and --channel as phone, video, library or home.</source>
        <translation>Podaj --start w postaci 2026-03-09T10:00, --minutes jako liczbę i --channel jako phone, video, library lub home.</translation>
    </message>
    <message>
        <source>No resident has the card %1.</source>
        <translation>Żaden mieszkaniec nie ma karty %1.</translation>
    </message>
    <message>
        <source>%1 minutes booked recently</source>
        <translation>%1 min zarezerwowanych ostatnio</translation>
    </message>
    <message>
        <source>Nobody is free then: put the resident on the waiting list.</source>
        <translation>Nikt nie ma wtedy czasu: dodaj mieszkańca do listy oczekujących.</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) can take it.</source>
        <translation>
            <numerusform>%n wolontariusz może ją poprowadzić.</numerusform>
            <numerusform>%n wolontariuszy może ją poprowadzić.</numerusform>
            <numerusform>%n wolontariuszy może ją poprowadzić.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: techmates booking reminders [--date DATE] [--out FILE.csv]</source>
        <translation>Użycie: techmates booking reminders [--date DATE] [--out FILE.csv]</translation>
    </message>
    <message>
        <source>%1 may not print reminder lists.</source>
        <translation>%1 nie może drukować list przypomnień.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Remind by</source>
        <translation>Sposób przypomnienia</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>%1 reminder(s) for %2.</source>
        <translation>Przypomnienia: %1 na %2.</translation>
    </message>
    <message>
        <source>%1 resident(s) without consent to phone or post are not listed.</source>
        <translation>Mieszkańcy bez zgody na telefon lub pocztę nie są wymienieni: %1.</translation>
    </message>
    <message>
        <source>Usage: techmates demo --scale small|borough --out STORE [--seed N]</source>
        <translation>Użycie: techmates demo --scale small|borough --out STORE [--seed N]</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed musi być liczbą całkowitą.</translation>
    </message>
    <message>
        <source>Demo store written to %1 in %2 s. People: admin, coordinator, librarian, volunteer; password: demo.</source>
        <translation>Baza demonstracyjna zapisana do %1 w %2 s. Osoby: admin, coordinator, librarian, volunteer; hasło: demo.</translation>
    </message>
    <message>
        <source>Usage: techmates device list [--status %1] [--branch CODE] [--json]</source>
        <translation>Użycie: techmates device list [--status %1] [--branch CODE] [--json]</translation>
    </message>
    <message>
        <source>--status must be one of %1.</source>
        <translation>--status musi być jednym z: %1.</translation>
    </message>
    <message>
        <source>No branch with code %1.</source>
        <translation>Brak filii o kodzie %1.</translation>
    </message>
    <message>
        <source>%1 may not see the device register.</source>
        <translation>%1 nie może przeglądać rejestru urządzeń.</translation>
    </message>
    <message>
        <source>Usage: techmates device show TAG [--json]</source>
        <translation>Użycie: techmates device show TAG [--json]</translation>
    </message>
    <message>
        <source>--status for a new device is available or awaiting_wipe.</source>
        <translation>--status dla nowego urządzenia to available lub awaiting_wipe.</translation>
    </message>
    <message>
        <source>Usage: techmates device add --tag T --type CODE --branch CODE [--serial S] [--make M] [--model M] [--acquired DATE] [--sim ICCID] [--notes TEXT] [--status available|awaiting_wipe]</source>
        <translation>Użycie: techmates device add --tag T --type CODE --branch CODE [--serial S] [--make M] [--model M] [--acquired DATE] [--sim ICCID] [--notes TEXT] [--status available|awaiting_wipe]</translation>
    </message>
    <message>
        <source>Usage: techmates device edit TAG [--tag NEW] [--type CODE] [--serial S] [--make M] [--model M] [--acquired DATE] [--sim ICCID] [--notes TEXT]</source>
        <translation>Użycie: techmates device edit TAG [--tag NEW] [--type CODE] [--serial S] [--make M] [--model M] [--acquired DATE] [--sim ICCID] [--notes TEXT]</translation>
    </message>
    <message>
        <source>--%1 takes NAME=VALUE pairs separated by “;”, e.g. &quot;Tablets=TAB;Laptops=HP250&quot;.</source>
        <translation>--%1 przyjmuje pary NAZWA=WARTOŚĆ oddzielone „;”, np. &quot;Tablets=TAB;Laptops=HP250&quot;.</translation>
    </message>
    <message>
        <source>Usage: techmates device import FILE [--valid-only] [--dry-run] [--map &quot;Header=field;…&quot;] [--type-map &quot;Value=CODE;…&quot;] [--branch-map &quot;Value=CODE;…&quot;] [--type CODE] [--branch CODE] [--status available|awaiting_wipe]</source>
        <translation>Użycie: techmates device import FILE [--valid-only] [--dry-run] [--map &quot;Header=field;…&quot;] [--type-map &quot;Value=CODE;…&quot;] [--branch-map &quot;Value=CODE;…&quot;] [--type CODE] [--branch CODE] [--status available|awaiting_wipe]</translation>
    </message>
    <message>
        <source>Unknown field “%1” in --map (fields: tag, type, branch, serial, make, model, status, acquired_on, notes, sim, ignore).</source>
        <translation>Nieznane pole „%1” w --map (pola: tag, type, branch, serial, make, model, status, acquired_on, notes, sim, ignore).</translation>
    </message>
    <message>
        <source>--status (for rows without one) is available or awaiting_wipe.</source>
        <translation>--status (dla wierszy bez statusu) to available lub awaiting_wipe.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to import (at most 20 MB).</source>
        <translation>„%1” jest za duży do zaimportowania (najwyżej 20 MB).</translation>
    </message>
    <message>
        <source>%1 row(s) can be imported; %2 have problems.</source>
        <translation>Wiersze do zaimportowania: %1; z problemami: %2.</translation>
    </message>
    <message>
        <source>Usage: techmates device found TAG [--branch CODE] [--note TEXT]</source>
        <translation>Użycie: techmates device found TAG [--branch CODE] [--note TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device transfer TAG --to BRANCH [--note TEXT]</source>
        <translation>Użycie: techmates device transfer TAG --to BRANCH [--note TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device type-add --code CODE --name NAME --category tablet|laptop|chromebook|mifi|phone|other [--kit &quot;charger,case&quot;] [--cost POUNDS]</source>
        <translation>Użycie: techmates device type-add --code CODE --name NAME --category tablet|laptop|chromebook|mifi|phone|other [--kit &quot;charger,case&quot;] [--cost POUNDS]</translation>
    </message>
    <message>
        <source>--cost is an amount in pounds, e.g. 349.00.</source>
        <translation>--cost to kwota w funtach, np. 349.00.</translation>
    </message>
    <message>
        <source>Usage: techmates sim add (--iccid ICCID | --voucher CODE) --network NAME --gb N --months N [--branch CODE]</source>
        <translation>Użycie: techmates sim add (--iccid ICCID | --voucher CODE) --network NAME --gb N --months N [--branch CODE]</translation>
    </message>
    <message>
        <source>--gb and --months are whole numbers.</source>
        <translation>--gb i --months to liczby całkowite.</translation>
    </message>
    <message>
        <source>BLOCK</source>
        <translation>BLOKADA</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>OSTRZEŻENIE</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>UWAGA</translation>
    </message>
    <message>
        <source>--override needs a reason in words.</source>
        <translation>--override wymaga powodu opisanego słowami.</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Termin zwrotu: %1</translation>
    </message>
    <message>
        <source>Kit: %1</source>
        <translation>Zestaw: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Replacement cost: %1</source>
        <translation>Koszt wymiany: %1</translation>
    </message>
    <message>
        <source>Agreement: terms version %1, signed on paper — keep the signed copy.</source>
        <translation>Umowa: warunki w wersji %1, podpisane na papierze — zachowaj podpisany egzemplarz.</translation>
    </message>
    <message>
        <source>Agreement: terms version %1, accepted by typed name.</source>
        <translation>Umowa: warunki w wersji %1, zaakceptowane wpisaniem imienia i nazwiska.</translation>
    </message>
    <message>
        <source>Usage: techmates loan assess --resident CARD --device TAG [--json]</source>
        <translation>Użycie: techmates loan assess --resident CARD --device TAG [--json]</translation>
    </message>
    <message>
        <source>%1 may not lend devices.</source>
        <translation>%1 nie może wypożyczać urządzeń.</translation>
    </message>
    <message>
        <source>Usage: techmates loan checkin --device TAG [--condition good|damaged] [--data-removed] [--missing ITEMS] [--note TEXT]</source>
        <translation>Użycie: techmates loan checkin --device TAG [--condition good|damaged] [--data-removed] [--missing ITEMS] [--note TEXT]</translation>
    </message>
    <message>
        <source>--condition must be good or damaged.</source>
        <translation>--condition musi mieć wartość good lub damaged.</translation>
    </message>
    <message>
        <source>Usage: techmates loan renew --device TAG [--override REASON]</source>
        <translation>Użycie: techmates loan renew --device TAG [--override REASON]</translation>
    </message>
    <message>
        <source>Usage: techmates loan list [--status active|overdue|due_today] [--branch CODE] [--json|--csv]</source>
        <translation>Użycie: techmates loan list [--status active|overdue|due_today] [--branch CODE] [--json|--csv]</translation>
    </message>
    <message>
        <source>--status must be active, overdue or due_today.</source>
        <translation>--status musi mieć wartość active, overdue lub due_today.</translation>
    </message>
    <message>
        <source>%1 may not see loans.</source>
        <translation>%1 nie może przeglądać wypożyczeń.</translation>
    </message>
    <message>
        <source>%1 day(s) overdue</source>
        <translation>dni po terminie: %1</translation>
    </message>
    <message>
        <source>Usage: techmates loan reserve --resident CARD --type CODE [--branch CODE]</source>
        <translation>Użycie: techmates loan reserve --resident CARD --type CODE [--branch CODE]</translation>
    </message>
    <message>
        <source>Usage: techmates loan cancel-reservation ID [--reason TEXT]</source>
        <translation>Użycie: techmates loan cancel-reservation ID [--reason TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates loan waiting [--branch CODE] [--json]</source>
        <translation>Użycie: techmates loan waiting [--branch CODE] [--json]</translation>
    </message>
    <message>
        <source>%1 may not see the waiting list.</source>
        <translation>%1 nie może przeglądać listy oczekujących.</translation>
    </message>
    <message>
        <source>offered %1</source>
        <translation>zaproponowano %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <source>Usage: techmates loan rule-set [--category C] [--type CODE] [--branch CODE] --days N [--renewals N] [--max-loans N] [--hard-end DATE]</source>
        <translation>Użycie: techmates loan rule-set [--category C] [--type CODE] [--branch CODE] --days N [--renewals N] [--max-loans N] [--hard-end DATE]</translation>
    </message>
    <message>
        <source>--days, --renewals and --max-loans are whole numbers.</source>
        <translation>--days, --renewals i --max-loans to liczby całkowite.</translation>
    </message>
    <message>
        <source>Usage: techmates loan rules [--json]</source>
        <translation>Użycie: techmates loan rules [--json]</translation>
    </message>
    <message>
        <source>%1 days, %2 renewal(s), %3 at once</source>
        <translation>dni: %1, przedłużenia: %2, jednocześnie: %3</translation>
    </message>
    <message>
        <source>, ends %1</source>
        <translation>, do %1</translation>
    </message>
    <message>
        <source>Usage: techmates loan terms-publish --file TEXTFILE [--from DATE]</source>
        <translation>Użycie: techmates loan terms-publish --file TEXTFILE [--from DATE]</translation>
    </message>
    <message>
        <source>Usage: techmates data issue --resident CARD --code ICCID_OR_VOUCHER [--activated DATE]</source>
        <translation>Użycie: techmates data issue --resident CARD --code ICCID_OR_VOUCHER [--activated DATE]</translation>
    </message>
    <message>
        <source>Usage: techmates data expiring [--days N] [--json]</source>
        <translation>Użycie: techmates data expiring [--days N] [--json]</translation>
    </message>
    <message>
        <source>--days must be a number from 0 to 366.</source>
        <translation>--days musi być liczbą od 0 do 366.</translation>
    </message>
    <message>
        <source>%1 may not see data offers.</source>
        <translation>%1 nie może przeglądać ofert danych.</translation>
    </message>
    <message>
        <source>Say what to look for: techmates resident find TEXT</source>
        <translation>Podaj, czego szukać: techmates resident find TEXT</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation>--limit musi być liczbą od 1 do 1000.</translation>
    </message>
    <message>
        <source>No resident matches “%1”.</source>
        <translation>Żaden mieszkaniec nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>Usage: techmates resident show CARD [--json]</source>
        <translation>Użycie: techmates resident show CARD [--json]</translation>
    </message>
    <message>
        <source>No resident with card %1.</source>
        <translation>Brak mieszkańca z kartą %1.</translation>
    </message>
    <message>
        <source>Usage: techmates resident add --given NAME --family NAME [--card N] [--postcode P] [--phone P] [--email E] [--dob DATE] …</source>
        <translation>Użycie: techmates resident add --given NAME --family NAME [--card N] [--postcode P] [--phone P] [--email E] [--dob DATE] …</translation>
    </message>
    <message>
        <source>Usage: techmates resident edit CARD [--phone P] …</source>
        <translation>Użycie: techmates resident edit CARD [--phone P] …</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2 MB).</source>
        <translation>%1 jest za duży (najwyżej %2 MB).</translation>
    </message>
    <message>
        <source>Usage: techmates badge record --learner CARD_OR_ID --badge CODE [--date DATE] [--supported-by VOLUNTEER_ID]</source>
        <translation>Użycie: techmates badge record --learner CARD_OR_ID --badge CODE [--date DATE] [--supported-by VOLUNTEER_ID]</translation>
    </message>
    <message>
        <source>Usage: techmates badge progress --learner CARD_OR_ID [--json]</source>
        <translation>Użycie: techmates badge progress --learner CARD_OR_ID [--json]</translation>
    </message>
    <message>
        <source>%1: %2 points from %3 badge(s).</source>
        <translation>%1: %2 pkt z odznak: %3.</translation>
    </message>
    <message>
        <source>No award reached yet.</source>
        <translation>Nie osiągnięto jeszcze wyróżnienia.</translation>
    </message>
    <message>
        <source>Award: %1.</source>
        <translation>Wyróżnienie: %1.</translation>
    </message>
    <message>
        <source>Every award reached.</source>
        <translation>Osiągnięto wszystkie wyróżnienia.</translation>
    </message>
    <message>
        <source>%1 more points for %2.</source>
        <translation>Brakuje %1 pkt do: %2.</translation>
    </message>
    <message>
        <source>Usage: techmates badge revoke --record ID --reason TEXT</source>
        <translation>Użycie: techmates badge revoke --record ID --reason TEXT</translation>
    </message>
    <message>
        <source>Usage: techmates badge import --file CSV [--map &quot;HEADER=learner|badge|date|supported_by,…&quot;] [--dry-run]</source>
        <translation>Użycie: techmates badge import --file CSV [--map &quot;HEADER=learner|badge|date|supported_by,…&quot;] [--dry-run]</translation>
    </message>
    <message>
        <source>--map takes HEADER=FIELD pairs; the fields are learner, badge, date, supported_by and ignore (not “%1”).</source>
        <translation>--map przyjmuje pary NAGŁÓWEK=POLE; pola to learner, badge, date, supported_by i ignore (nie „%1”).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) cannot be matched.</source>
        <translation>Niczego nie zaimportowano: wierszy nie można dopasować: %1.</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Nieużywane kolumny: %1.</translation>
    </message>
    <message>
        <source>%1 badge(s) can be imported; nothing was written (--dry-run).</source>
        <translation>Odznaki do zaimportowania: %1; niczego nie zapisano (--dry-run).</translation>
    </message>
    <message>
        <source>Usage: techmates badge catalogue-export [--format json|csv] [--out FILE]</source>
        <translation>Użycie: techmates badge catalogue-export [--format json|csv] [--out FILE]</translation>
    </message>
    <message>
        <source>You may not see the badge catalogue.</source>
        <translation>Nie możesz przeglądać katalogu odznak.</translation>
    </message>
    <message>
        <source>Usage: techmates badge catalogue-import (--file FILE.json|FILE.csv | --default)</source>
        <translation>Użycie: techmates badge catalogue-import (--file FILE.json|FILE.csv | --default)</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Niczego nie zaimportowano:</translation>
    </message>
    <message>
        <source>Usage: techmates badge award --name NAME (--threshold POINTS | --remove)</source>
        <translation>Użycie: techmates badge award --name NAME (--threshold POINTS | --remove)</translation>
    </message>
    <message>
        <source>Usage: techmates badge totals [--from DATE] [--to DATE] [--json]</source>
        <translation>Użycie: techmates badge totals [--from DATE] [--to DATE] [--json]</translation>
    </message>
    <message>
        <source>Organisation totals are for staff who may see every learner.</source>
        <translation>Sumy organizacji są dla pracowników, którzy mogą widzieć wszystkich uczestników.</translation>
    </message>
    <message>
        <source>%1 badges of the target %2 (%3 learners).</source>
        <translation>Odznaki: %1 przy celu %2 (uczestnicy: %3).</translation>
    </message>
    <message>
        <source>Usage: techmates [--store STORE] --user NAME sync --server URL</source>
        <translation>Użycie: techmates [--store STORE] --user NAME sync --server URL</translation>
    </message>
    <message>
        <source>--server must be a web address such as https://techmates.example.gov.uk</source>
        <translation>--server musi być adresem internetowym, np. https://techmates.example.gov.uk</translation>
    </message>
    <message>
        <source>Say who is syncing with --user NAME.</source>
        <translation>Podaj, kto synchronizuje: --user NAZWA.</translation>
    </message>
    <message>
        <source>Password for %1 on the server: </source>
        <translation>Hasło dla %1 na serwerze: </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Nie podano hasła.</translation>
    </message>
    <message>
        <source>Sending this store&apos;s records: %1</source>
        <translation>Wysyłanie rekordów tej bazy: %1</translation>
    </message>
    <message>
        <source>Seeded %1 records, sent %2 changes (%3 applied, %4 turned down, %5 conflicts), received %6.</source>
        <translation>Wczytano rekordy: %1, wysłano zmiany: %2 (zastosowane: %3, odrzucone: %4, konflikty: %5), odebrano: %6.</translation>
    </message>
    <message>
        <source>%1 changes by other people wait until they sync.</source>
        <translation>Zmiany innych osób (%1) czekają, aż same się zsynchronizują.</translation>
    </message>
    <message>
        <source>--outcome takes a unit code and outcome number, like TM02.3.</source>
        <translation>--outcome przyjmuje kod modułu i numer efektu, np. TM02.3.</translation>
    </message>
    <message>
        <source>There is no unit with the code %1.</source>
        <translation>Nie ma modułu o kodzie %1.</translation>
    </message>
    <message>
        <source>The unit %1 has no outcome %2 (it has %3).</source>
        <translation>Moduł %1 nie ma efektu %2 (ma ich %3).</translation>
    </message>
    <message>
        <source>Usage: techmates training pathway-import (--file FILE.json | --default)</source>
        <translation>Użycie: techmates training pathway-import (--file FILE.json | --default)</translation>
    </message>
    <message>
        <source>Usage: techmates training enrol --volunteer ID [--pathway CODE] [--date DATE]</source>
        <translation>Użycie: techmates training enrol --volunteer ID [--pathway CODE] [--date DATE]</translation>
    </message>
    <message>
        <source>Usage: techmates training evidence --outcome UNIT.N --kind observation|file|photo|note [--note TEXT] [--file PATH] [--volunteer ID]</source>
        <translation>Użycie: techmates training evidence --outcome UNIT.N --kind observation|file|photo|note [--note TEXT] [--file PATH] [--volunteer ID]</translation>
    </message>
    <message>
        <source>Usage: techmates training signoff --volunteer ID --outcome UNIT.N</source>
        <translation>Użycie: techmates training signoff --volunteer ID --outcome UNIT.N</translation>
    </message>
    <message>
        <source>Usage: techmates training verify --volunteer ID --unit CODE</source>
        <translation>Użycie: techmates training verify --volunteer ID --unit CODE</translation>
    </message>
    <message>
        <source>Usage: techmates training progress [--volunteer ID] [--json]</source>
        <translation>Użycie: techmates training progress [--volunteer ID] [--json]</translation>
    </message>
    <message>
        <source>No training record you may see for that volunteer.</source>
        <translation>Brak zapisu szkolenia tego wolontariusza, który możesz zobaczyć.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 units achieved.</source>
        <translation>%1: ukończone moduły: %2 z %3.</translation>
    </message>
    <message>
        <source>achieved %1%2</source>
        <translation>ukończono %1%2</translation>
    </message>
    <message>
        <source>, verified</source>
        <translation>, zweryfikowano</translation>
    </message>
    <message>
        <source>%1 of %2 signed off</source>
        <translation>zatwierdzone: %1 z %2</translation>
    </message>
    <message>
        <source>Usage: techmates training claim-create --all-verified [--reference REF]</source>
        <translation>Użycie: techmates training claim-create --all-verified [--reference REF]</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <translation>Nie ma wniosku %1.</translation>
    </message>
    <message>
        <source>Usage: techmates training claim-submit --claim REF</source>
        <translation>Użycie: techmates training claim-submit --claim REF</translation>
    </message>
    <message>
        <source>Usage: techmates training claim-certificate --claim REF --file CSV (columns volunteer,unit,certificate)</source>
        <translation>Użycie: techmates training claim-certificate --claim REF --file CSV (kolumny volunteer,unit,certificate)</translation>
    </message>
    <message>
        <source>line %1: no line of the claim is for that volunteer and unit.</source>
        <translation>wiersz %1: żadna pozycja wniosku nie dotyczy tego wolontariusza i modułu.</translation>
    </message>
    <message>
        <source>Nothing was recorded:</source>
        <translation>Niczego nie zapisano:</translation>
    </message>
    <message>
        <source>Usage: techmates training graduates [--json]</source>
        <translation>Użycie: techmates training graduates [--json]</translation>
    </message>
    <message>
        <source>Graduate figures are for assessors and coordinators.</source>
        <translation>Dane o absolwentach są dla oceniających i koordynatorów.</translation>
    </message>
    <message>
        <source>%1 graduates of the target %2 (%3 enrolled).</source>
        <translation>Absolwenci: %1 przy celu %2 (zapisani: %3).</translation>
    </message>
    <message>
        <source>Usage: techmates user add --username NAME --name &quot;FULL NAME&quot; --role admin|coordinator|librarian|volunteer [--branch CODE] [--volunteer ID]</source>
        <translation>Użycie: techmates user add --username NAME --name &quot;FULL NAME&quot; --role admin|coordinator|librarian|volunteer [--branch CODE] [--volunteer ID]</translation>
    </message>
    <message>
        <source>This store has nobody in it yet: add an administrator first (--role admin).</source>
        <translation>W tej bazie nie ma jeszcze nikogo: najpierw dodaj administratora (--role admin).</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nowe hasło: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Powtórz nowe hasło: </translation>
    </message>
    <message>
        <source>No password: set TECHMATES_NEW_PASSWORD or run in a terminal.</source>
        <translation>Brak hasła: ustaw TECHMATES_NEW_PASSWORD lub uruchom w terminalu.</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was saved.</source>
        <translation>Hasła się różnią. Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Only an administrator can list the people who can sign in.</source>
        <translation>Tylko administrator może wyświetlić listę osób, które mogą się logować.</translation>
    </message>
    <message>
        <source>Usage: techmates wipe record --device TAG --method METHOD [--tool TOOL] [--report-id ID] [--at DATETIME]</source>
        <translation>Użycie: techmates wipe record --device TAG --method METHOD [--tool TOOL] [--report-id ID] [--at DATETIME]</translation>
    </message>
    <message>
        <source>--at must be a date and time like 2026-03-02T14:30.</source>
        <translation>--at musi być datą i godziną, np. 2026-03-02T14:30.</translation>
    </message>
    <message>
        <source>Usage: techmates booking create --volunteer ID --resident CARD --start DATETIME --minutes N --channel phone|video|library|home [--branch ID] [--need AREA] [--need-text TEXT]
  DATETIME: local time such as 2026-03-09T10:00 (or an instant with Z or an offset).
  AREA: communicating, handling_information, transacting, problem_solving or being_safe.</source>
        <translation>Użycie: techmates booking create --volunteer ID --resident CARD --start DATETIME --minutes N --channel phone|video|library|home [--branch ID] [--need AREA] [--need-text TEXT]
  DATETIME: czas lokalny, np. 2026-03-09T10:00 (lub chwila z Z albo przesunięciem).
  AREA: communicating, handling_information, transacting, problem_solving lub being_safe.</translation>
    </message>
    <message>
        <source>Usage: techmates booking outcome --booking ID --status attended|resident_no_show|volunteer_no_show|cancelled [--skills LIST] [--confidence-before N] [--confidence-after N] [--tasks TEXT] [--referrals TEXT] [--notes TEXT] [--reason TEXT]
  LIST: comma-separated areas (communicating, handling_information, transacting, problem_solving, being_safe).
  --reason is needed to cancel.</source>
        <translation>Użycie: techmates booking outcome --booking ID --status attended|resident_no_show|volunteer_no_show|cancelled [--skills LIST] [--confidence-before N] [--confidence-after N] [--tasks TEXT] [--referrals TEXT] [--notes TEXT] [--reason TEXT]
  LIST: obszary oddzielone przecinkami (communicating, handling_information, transacting, problem_solving, being_safe).
  --reason jest wymagane przy anulowaniu.</translation>
    </message>
    <message>
        <source>Usage: techmates device retire TAG [--reason TEXT]</source>
        <translation>Użycie: techmates device retire TAG [--reason TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device lost TAG [--reason TEXT]</source>
        <translation>Użycie: techmates device lost TAG [--reason TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device repair TAG [--fault TEXT]</source>
        <translation>Użycie: techmates device repair TAG [--fault TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device repaired TAG [--note TEXT]</source>
        <translation>Użycie: techmates device repaired TAG [--note TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates device receive TAG [--note TEXT]</source>
        <translation>Użycie: techmates device receive TAG [--note TEXT]</translation>
    </message>
    <message>
        <source>Usage: techmates loan checkout --resident CARD --device TAG [--override REASON] [--signed-name NAME] [--kit ITEMS]
  --signed-name NAME: the name the resident typed to accept the agreement (checked against their record).
  Without it the agreement is recorded as signed on paper: print the terms, have them signed, keep the copy.</source>
        <translation>Użycie: techmates loan checkout --resident CARD --device TAG [--override REASON] [--signed-name NAME] [--kit ITEMS]
  --signed-name NAME: imię i nazwisko wpisane przez mieszkańca na znak akceptacji umowy (sprawdzane z jego danymi).
  Bez tej opcji umowa jest zapisywana jako podpisana na papierze: wydrukuj warunki, daj do podpisu, zachowaj egzemplarz.</translation>
    </message>
    <message>
        <source>Usage: techmates bench [--scale small|borough] [--store STORE] [--json FILE] [--skip-sync]</source>
        <translation>Użycie: techmates bench [--scale small|borough] [--store STORE] [--json FILE] [--skip-sync]</translation>
    </message>
    <message>
        <source>Measuring sync against techmates-server …</source>
        <translation>Pomiar synchronizacji z techmates-server …</translation>
    </message>
</context>
<context>
    <name>CommandBus</name>
    <message>
        <source>%1 is not allowed to do this (%2 needs the “%3” permission).</source>
        <translation>%1 nie może tego zrobić (%2 wymaga uprawnienia „%3”).</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Nikt nie jest zalogowany</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Niczego nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>“%1” is not a command this version knows.</source>
        <translation>„%1” nie jest poleceniem znanym tej wersji.</translation>
    </message>
    <message>
        <source>“%1” could not be rebuilt.</source>
        <translation>Nie udało się odtworzyć „%1”.</translation>
    </message>
    <message>
        <source>The %1 command cannot be read: %2.</source>
        <translation>Nie można odczytać polecenia %1: %2.</translation>
    </message>
</context>
<context>
    <name>ConfirmBookingCommand</name>
    <message>
        <source>That session is not in the store.</source>
        <translation>Tej sesji nie ma w bazie.</translation>
    </message>
    <message>
        <source>That session is already confirmed.</source>
        <translation>Ta sesja jest już potwierdzona.</translation>
    </message>
    <message>
        <source>That session is already %1.</source>
        <translation>Ta sesja jest już w stanie: %1.</translation>
    </message>
    <message>
        <source>Confirmed the session.</source>
        <translation>Potwierdzono sesję.</translation>
    </message>
</context>
<context>
    <name>ConflictReviewPanel</name>
    <message>
        <source>an unknown card</source>
        <translation>nieznana karta</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>wypożyczone</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <source>returned since</source>
        <translation>zwrócone od</translation>
    </message>
    <message>
        <source>marked lost since</source>
        <translation>oznaczone jako zagubione od</translation>
    </message>
    <message>
        <source>not held at this desk</source>
        <translation>nie jest przechowywane przy tym stanowisku</translation>
    </message>
    <message>
        <source>lent to %1</source>
        <translation>wypożyczone: %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> w %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> przez %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> dnia %1</translation>
    </message>
    <message>
        <source> — now %1.</source>
        <translation> — obecnie %1.</translation>
    </message>
    <message>
        <source>These devices were lent at two desks while they were offline. The council&apos;s record kept one loan and closed the other. Check who has the device, then settle it with a reason for the record.</source>
        <translation>Te urządzenia zostały wypożyczone przy dwóch stanowiskach, gdy były one offline. Rejestr samorządu zachował jedno wypożyczenie i zamknął drugie. Sprawdź, kto ma urządzenie, a potem rozstrzygnij sprawę, podając powód do rejestru.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Council&apos;s loan (kept)</source>
        <translation>Wypożyczenie samorządu (zachowane)</translation>
    </message>
    <message>
        <source>Other desk&apos;s loan</source>
        <translation>Wypożyczenie z innego stanowiska</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Wykryto</translation>
    </message>
    <message>
        <source>Loan conflicts waiting for a coordinator</source>
        <translation>Konflikty wypożyczeń czekające na koordynatora</translation>
    </message>
    <message>
        <source>No loan conflicts wait for a coordinator.</source>
        <translation>Żadne konflikty wypożyczeń nie czekają na koordynatora.</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>Konflikty (&amp;C)</translation>
    </message>
    <message>
        <source>Reason, for the record</source>
        <translation>Powód, do rejestru</translation>
    </message>
    <message>
        <source>For example: resident came in with the device</source>
        <translation>Na przykład: mieszkaniec przyszedł z urządzeniem</translation>
    </message>
    <message>
        <source>&amp;Keep the council&apos;s loan</source>
        <translation>Zachowaj wypożyczenie samorządu (&amp;K)</translation>
    </message>
    <message>
        <source>Keep the council&apos;s loan: its resident has the device</source>
        <translation>Zachowaj wypożyczenie samorządu: urządzenie ma jego mieszkaniec</translation>
    </message>
    <message>
        <source>The &amp;other resident has it</source>
        <translation>Urządzenie ma drugi mieszkaniec (&amp;O)</translation>
    </message>
    <message>
        <source>The other desk&apos;s resident has the device: make that loan the active one</source>
        <translation>Urządzenie ma mieszkaniec z innego stanowiska: ustaw to wypożyczenie jako aktywne</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Powód (&amp;R):</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Nie udało się odczytać konfliktów: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was lent twice.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zostało wypożyczone dwa razy.</translation>
    </message>
    <message>
        <source>Council&apos;s record (kept): %1</source>
        <translation>Rejestr samorządu (zachowany): %1</translation>
    </message>
    <message>
        <source>Other desk: %1</source>
        <translation>Inne stanowisko: %1</translation>
    </message>
    <message>
        <source>Why the other loan was not taken: %1</source>
        <translation>Dlaczego nie przyjęto drugiego wypożyczenia: %1</translation>
    </message>
    <message>
        <source>The council&apos;s loan is no longer on loan, so the other loan cannot take its place: check the device in and lend it again if needed.</source>
        <translation>Wypożyczenie samorządu nie jest już aktywne, więc drugie wypożyczenie nie może go zastąpić: przyjmij zwrot urządzenia i w razie potrzeby wypożycz je ponownie.</translation>
    </message>
    <message>
        <source>Choose a conflict in the list first.</source>
        <translation>Najpierw wybierz konflikt z listy.</translation>
    </message>
    <message>
        <source>%1: %2 now has the device on loan.</source>
        <translation>%1: urządzenie jest teraz wypożyczone przez: %2.</translation>
    </message>
    <message>
        <source>%1: %2 keeps the device; the other loan stays closed.</source>
        <translation>%1: urządzenie zostaje u: %2; drugie wypożyczenie pozostaje zamknięte.</translation>
    </message>
</context>
<context>
    <name>CreateBookingCommand</name>
    <message>
        <source>Choose how the session happens: phone, video, library or home.</source>
        <translation>Wybierz formę sesji: telefon, wideo, biblioteka lub dom.</translation>
    </message>
    <message>
        <source>Give the date and time the session starts.</source>
        <translation>Podaj datę i godzinę rozpoczęcia sesji.</translation>
    </message>
    <message>
        <source>A session lasts between 15 and 240 minutes.</source>
        <translation>Sesja trwa od 15 do 240 minut.</translation>
    </message>
    <message>
        <source>%1 has already passed: a session can only be booked for a time still to come.</source>
        <translation>%1 już minęło: sesję można zarezerwować tylko na przyszły termin.</translation>
    </message>
    <message>
        <source>Unknown skills area “%1”; the areas are %2.</source>
        <translation>Nieznany obszar umiejętności „%1”; obszary to %2.</translation>
    </message>
    <message>
        <source>The description of the need is too long (at most 1000 characters).</source>
        <translation>Opis potrzeby jest za długi (najwyżej 1000 znaków).</translation>
    </message>
    <message>
        <source>Scan or type the resident&apos;s library card.</source>
        <translation>Zeskanuj lub wpisz numer karty bibliotecznej mieszkańca.</translation>
    </message>
    <message>
        <source>No resident has the card %1.</source>
        <translation>Żaden mieszkaniec nie ma karty %1.</translation>
    </message>
    <message>
        <source>No branch “%1”.</source>
        <translation>Brak filii „%1”.</translation>
    </message>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>Tego wolontariusza nie ma w bazie.</translation>
    </message>
    <message>
        <source>That waiting-list entry is not in the store.</source>
        <translation>Tego wpisu na liście oczekujących nie ma w bazie.</translation>
    </message>
    <message>
        <source>That waiting-list entry is for another resident.</source>
        <translation>Ten wpis na liście oczekujących dotyczy innego mieszkańca.</translation>
    </message>
    <message>
        <source>That waiting-list entry is already %1.</source>
        <translation>Ten wpis na liście oczekujących jest już w stanie: %1.</translation>
    </message>
    <message>
        <source>%1 does not list “%2” among the areas they help with.</source>
        <translation>%1 nie wymienia „%2” wśród obszarów, w których pomaga.</translation>
    </message>
    <message>
        <source>%1 does not speak the resident&apos;s preferred language (%2).</source>
        <translation>%1 nie mówi w preferowanym języku mieszkańca (%2).</translation>
    </message>
    <message>
        <source>Booked a %1-minute session for card %2 at %3.</source>
        <translation>Zarezerwowano %1-minutową sesję dla karty %2 na %3.</translation>
    </message>
</context>
<context>
    <name>CreateClaimCommand</name>
    <message>
        <source>Choose at least one verified unit to claim.</source>
        <translation>Wybierz co najmniej jeden zweryfikowany moduł do wniosku.</translation>
    </message>
    <message>
        <source>A claim holds at most %1 lines.</source>
        <translation>Wniosek może mieć najwyżej %1 pozycji.</translation>
    </message>
    <message>
        <source>The same volunteer and unit appear twice in the claim.</source>
        <translation>Ten sam wolontariusz i moduł występują we wniosku dwa razy.</translation>
    </message>
    <message>
        <source>A line of the claim is for a unit the volunteer has not achieved.</source>
        <translation>Pozycja wniosku dotyczy modułu, którego wolontariusz nie ukończył.</translation>
    </message>
    <message>
        <source>The unit %1 of one volunteer is not verified yet; verify it before claiming.</source>
        <translation>Moduł %1 jednego z wolontariuszy nie jest jeszcze zweryfikowany; zweryfikuj go przed złożeniem wniosku.</translation>
    </message>
    <message>
        <source>The unit %1 of one volunteer is already in a claim.</source>
        <translation>Moduł %1 jednego z wolontariuszy jest już we wniosku.</translation>
    </message>
    <message>
        <source>A claim reference is 3 to 40 letters, digits, -, _ or /.</source>
        <translation>Sygnatura wniosku to od 3 do 40 liter, cyfr, -, _ lub /.</translation>
    </message>
    <message>
        <source>There is already a claim %1.</source>
        <translation>Wniosek %1 już istnieje.</translation>
    </message>
    <message>
        <source>Started the claim %1 with %2 unit(s).</source>
        <translation>Rozpoczęto wniosek %1 (moduły: %2).</translation>
    </message>
</context>
<context>
    <name>CreateUserCommand</name>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Nazwa użytkownika to od 2 do 32 małych liter, cyfr, kropek, myślników lub podkreśleń, zaczynająca się od litery.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (at most 80 characters).</source>
        <translation>Wpisz imię i nazwisko osoby (najwyżej 80 znaków).</translation>
    </message>
    <message>
        <source>The password hash is not an Argon2id hash.</source>
        <translation>Skrót hasła nie jest skrótem Argon2id.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Hasło musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <source>The user name “%1” is taken. Choose another.</source>
        <translation>Nazwa użytkownika „%1” jest zajęta. Wybierz inną.</translation>
    </message>
    <message>
        <source>A volunteer&apos;s account must be linked to their volunteer record.</source>
        <translation>Konto wolontariusza musi być powiązane z jego kartą wolontariusza.</translation>
    </message>
    <message>
        <source>Added %1 as %2</source>
        <translation>Dodano %1 jako: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it again as “CSV UTF-8” (in Excel: Save As, CSV UTF-8).</source>
        <translation>Plik nie jest tekstem UTF-8. Zapisz go ponownie jako „CSV UTF-8” (w Excelu: Zapisz jako, CSV UTF-8).</translation>
    </message>
    <message>
        <source>A quote mark is inside a field that does not start with one; put the whole field in quotes and double the quote mark (&quot;&quot;).</source>
        <translation>Cudzysłów znajduje się w polu, które się od niego nie zaczyna; ujmij całe pole w cudzysłów i podwój znak cudzysłowu (&quot;&quot;).</translation>
    </message>
    <message>
        <source>There is text after a closing quote mark; a quoted field must end at the comma or the end of the line.</source>
        <translation>Po cudzysłowie zamykającym jest tekst; pole w cudzysłowie musi kończyć się przecinkiem lub końcem wiersza.</translation>
    </message>
    <message>
        <source>A quoted field is never closed: the quote mark opened here has no partner, so the rest of the file was read as part of it.</source>
        <translation>Pole w cudzysłowie nie jest nigdy zamknięte: otwarty tu cudzysłów nie ma pary, więc reszta pliku została odczytana jako jego część.</translation>
    </message>
</context>
<context>
    <name>DataOffersPanel</name>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>W zapasie</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wydane</translation>
    </message>
    <message>
        <source>In a MiFi</source>
        <translation>W routerze MiFi</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Unieważnione</translation>
    </message>
    <message>
        <source>Add SIM or &amp;voucher…</source>
        <translation>Dodaj kartę SIM lub &amp;voucher…</translation>
    </message>
    <message>
        <source>Add a SIM or data voucher to the stock</source>
        <translation>Dodaj do zapasu kartę SIM lub voucher na dane</translation>
    </message>
    <message>
        <source>Issue to a reside&amp;nt…</source>
        <translation>Wydaj mieszkańcowi (&amp;N)…</translation>
    </message>
    <message>
        <source>Issue a SIM or voucher to a resident</source>
        <translation>Wydaj mieszkańcowi kartę SIM lub voucher</translation>
    </message>
    <message>
        <source>Issue the selected SIM or voucher (Enter on the list)</source>
        <translation>Wydaj wybraną kartę SIM lub voucher (Enter na liście)</translation>
    </message>
    <message>
        <source>In stock &amp;only</source>
        <translation>Tylk&amp;o w zapasie</translation>
    </message>
    <message>
        <source>Show only SIMs and vouchers in stock</source>
        <translation>Pokaż tylko karty SIM i vouchery w zapasie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>ICCID or code</source>
        <translation>ICCID lub kod</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Miesięcznie</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Miesiące</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Wydano dla</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>SIMs and vouchers</source>
        <translation>Karty SIM i vouchery</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>W %1</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>No SIMs or vouchers are in stock. Add some with Alt+V.</source>
        <translation>Brak kart SIM i voucherów w zapasie. Dodaj je skrótem Alt+V.</translation>
    </message>
    <message>
        <source>No SIMs or vouchers are recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych kart SIM ani voucherów.</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>Wyświetlono %1 z %2.</translation>
    </message>
    <message>
        <source>%1 in the list.</source>
        <translation>Na liście: %1.</translation>
    </message>
</context>
<context>
    <name>DecideHoursCommand</name>
    <message>
        <source>Those hours are not in the store.</source>
        <translation>Tych godzin nie ma w bazie.</translation>
    </message>
    <message>
        <source>Those hours are already %1.</source>
        <translation>Te godziny są już w stanie: %1.</translation>
    </message>
    <message>
        <source>Approved the hours.</source>
        <translation>Zatwierdzono godziny.</translation>
    </message>
    <message>
        <source>Rejected the hours.</source>
        <translation>Odrzucono godziny.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Badges</source>
        <translation>Odznaki</translation>
    </message>
    <message>
        <source>People who sign in</source>
        <translation>Osoby logujące się</translation>
    </message>
    <message>
        <source>Indexes and search</source>
        <translation>Indeksy i wyszukiwanie</translation>
    </message>
    <message>
        <source>No file was named for the demo store.</source>
        <translation>Nie podano pliku dla bazy demonstracyjnej.</translation>
    </message>
    <message>
        <source>The demo store needs a date to build its history around.</source>
        <translation>Baza demonstracyjna potrzebuje daty, wokół której zbuduje historię.</translation>
    </message>
    <message>
        <source>“%1” already exists. A demo store is always written to a new file: choose another name, or move the existing file away first.</source>
        <translation>„%1” już istnieje. Baza demonstracyjna jest zawsze zapisywana do nowego pliku: wybierz inną nazwę albo najpierw przenieś istniejący plik.</translation>
    </message>
    <message>
        <source>The demo store was not closed cleanly.</source>
        <translation>Baza demonstracyjna nie została poprawnie zamknięta.</translation>
    </message>
    <message>
        <source>The demo store could not be saved as “%1”: the name is taken or the folder cannot be written.</source>
        <translation>Nie udało się zapisać bazy demonstracyjnej jako „%1”: nazwa jest zajęta lub nie można zapisywać w folderze.</translation>
    </message>
    <message>
        <source>The demo store could not be written: %1</source>
        <translation>Nie udało się zapisać bazy demonstracyjnej: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Devices and loans</source>
        <translation>Urządzenia i wypożyczenia</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Mieszkańcy</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Wolontariusze</translation>
    </message>
    <message>
        <source>Branches and catalogues</source>
        <translation>Filie i katalogi</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>SIMs and data</source>
        <translation>Karty SIM i dane</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>available</source>
        <translation>dostępne</translation>
    </message>
    <message>
        <source>on loan</source>
        <translation>wypożyczone</translation>
    </message>
    <message>
        <source>awaiting wipe</source>
        <translation>czeka na wymazanie danych</translation>
    </message>
    <message>
        <source>in repair</source>
        <translation>w naprawie</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>w drodze</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>zagubione</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>wycofane</translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
</context>
<context>
    <name>DeviceEditorDialog</name>
    <message>
        <source>Add device</source>
        <translation>Dodaj urządzenie</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Urządzenie %1</translation>
    </message>
    <message>
        <source>Add a device to the register</source>
        <translation>Dodaj urządzenie do rejestru</translation>
    </message>
    <message>
        <source>Scan the asset label into the tag field. Fields marked * are needed.</source>
        <translation>Zeskanuj etykietę inwentarzową do pola numeru. Pola oznaczone * są wymagane.</translation>
    </message>
    <message>
        <source>%1 at %2. Its status and branch change through the status steps and transfers, not here.</source>
        <translation>%1 w %2. Jego status i filię zmienia się w krokach statusu i przeniesieniach, nie tutaj.</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Numer inwentarzowy</translation>
    </message>
    <message>
        <source>Scan the label, e.g. LIB-00042</source>
        <translation>Zeskanuj etykietę, np. LIB-00042</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Typ urządzenia</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>e.g. Lenovo</source>
        <translation>np. Lenovo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>e.g. Tab M10</source>
        <translation>np. Tab M10</translation>
    </message>
    <message>
        <source>Date acquired, day month year</source>
        <translation>Data nabycia, dzień miesiąc rok</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/RRRR</translation>
    </message>
    <message>
        <source>SIM ICCID</source>
        <translation>ICCID karty SIM</translation>
    </message>
    <message>
        <source>For a MiFi: scan the SIM (it must be in stock)</source>
        <translation>Dla routera MiFi: zeskanuj kartę SIM (musi być w zapasie)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Condition, accessories, anything the next person should know. No personal details.</source>
        <translation>Stan, akcesoria, wszystko, co powinna wiedzieć następna osoba. Bez danych osobowych.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no device types yet. An administrator adds them with “Add device type” before devices can be registered.</source>
        <translation>Nie ma jeszcze typów urządzeń. Administrator dodaje je przyciskiem „Dodaj typ urządzenia”, zanim będzie można rejestrować urządzenia.</translation>
    </message>
    <message>
        <source>Asset &amp;tag *</source>
        <translation>Numer inwen&amp;tarzowy *</translation>
    </message>
    <message>
        <source>T&amp;ype *</source>
        <translation>T&amp;yp *</translation>
    </message>
    <message>
        <source>&amp;Branch *</source>
        <translation>Filia * (&amp;B)</translation>
    </message>
    <message>
        <source>Status when added</source>
        <translation>Status po dodaniu</translation>
    </message>
    <message>
        <source>Available: new or already wiped</source>
        <translation>Dostępne: nowe lub już wyczyszczone</translation>
    </message>
    <message>
        <source>Awaiting wipe: history unknown</source>
        <translation>Czeka na wymazanie danych: historia nieznana</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Se&amp;rial number</source>
        <translation>Nume&amp;r seryjny</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>Producent (&amp;M)</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odel</translation>
    </message>
    <message>
        <source>Date &amp;acquired</source>
        <translation>D&amp;ata nabycia</translation>
    </message>
    <message>
        <source>S&amp;IM (MiFi)</source>
        <translation>S&amp;IM (MiFi)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Uwagi (&amp;N)</translation>
    </message>
    <message>
        <source>Add &amp;device</source>
        <translation>&amp;Dodaj urządzenie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Zapi&amp;sz</translation>
    </message>
    <message>
        <source>Save device</source>
        <translation>Zapisz urządzenie</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Nothing was saved. Write the date acquired as day/month/year, for example 30/09/2024.</source>
        <translation>Niczego nie zapisano. Wpisz datę nabycia jako dzień/miesiąc/rok, na przykład 30/09/2024.</translation>
    </message>
</context>
<context>
    <name>DeviceImport</name>
    <message>
        <source>the device is on loan in the other system, and loans are not imported: check it in there first, or set its status to Pending</source>
        <translation>urządzenie jest wypożyczone w innym systemie, a wypożyczeń się nie importuje: najpierw przyjmij tam zwrot albo ustaw status Pending</translation>
    </message>
    <message>
        <source>a device in transit cannot be imported: import it where it arrives</source>
        <translation>nie można zaimportować urządzenia w drodze: zaimportuj je tam, gdzie dotrze</translation>
    </message>
    <message>
        <source>unknown status “%1” (use Ready to Deploy, Pending, Out for Repair, Lost/Stolen or Archived)</source>
        <translation>nieznany status „%1” (użyj Ready to Deploy, Pending, Out for Repair, Lost/Stolen lub Archived)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both hold the %3; map one of them to another field or to ignore.</source>
        <translation>Kolumny „%1” i „%2” zawierają: %3; przypisz jedną z nich do innego pola lub ją pomiń.</translation>
    </message>
    <message>
        <source>No column holds the asset tag (expected one called “Asset Tag” or “Tag”).</source>
        <translation>Żadna kolumna nie zawiera numeru inwentarzowego (oczekiwano kolumny „Asset Tag” lub „Tag”).</translation>
    </message>
    <message>
        <source>No column says the device type (“Category”, “Type” or “Model”) and no default type was given.</source>
        <translation>Żadna kolumna nie podaje typu urządzenia („Category”, „Type” lub „Model”) i nie podano typu domyślnego.</translation>
    </message>
    <message>
        <source>No column says the branch (“Location” or “Branch”) and no default branch was given.</source>
        <translation>Żadna kolumna nie podaje filii („Location” lub „Branch”) i nie podano filii domyślnej.</translation>
    </message>
    <message>
        <source>the row has %1 field(s) but the header has %2; check for a missing or extra comma.</source>
        <translation>wiersz ma pól: %1, a nagłówek: %2; sprawdź, czy nie brakuje przecinka lub nie ma zbędnego.</translation>
    </message>
    <message>
        <source>the device type is missing.</source>
        <translation>brakuje typu urządzenia.</translation>
    </message>
    <message>
        <source>unknown device type “%1”; map it to a type code.</source>
        <translation>nieznany typ urządzenia „%1”; przypisz go do kodu typu.</translation>
    </message>
    <message>
        <source>unknown branch “%1”; map it to a branch code.</source>
        <translation>nieznana filia „%1”; przypisz ją do kodu filii.</translation>
    </message>
    <message>
        <source>“%1” is not a date (use 2024-09-30 or 30/09/2024).</source>
        <translation>„%1” nie jest datą (użyj 2024-09-30 lub 30/09/2024).</translation>
    </message>
    <message>
        <source>the tag %1 is already on line %2 of this file.</source>
        <translation>numer %1 jest już w wierszu %2 tego pliku.</translation>
    </message>
    <message>
        <source>SIM %1 is already in the device on line %2.</source>
        <translation>karta SIM %1 jest już w urządzeniu z wiersza %2.</translation>
    </message>
    <message>
        <source>The file has a header but no devices.</source>
        <translation>Plik ma nagłówek, ale nie zawiera urządzeń.</translation>
    </message>
</context>
<context>
    <name>DeviceImport::Plan</name>
    <message>
        <source>… and %1 more.</source>
        <translation>… i %1 więcej.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
</context>
<context>
    <name>DeviceImportDialog</name>
    <message>
        <source>Import devices from a CSV file</source>
        <translation>Importuj urządzenia z pliku CSV</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Wstecz (&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Dalej &gt; (&amp;N)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Choose a CSV file saved as UTF-8, for example a Snipe-IT asset export. Its first line must name the columns.</source>
        <translation>Wybierz plik CSV zapisany w UTF-8, na przykład eksport zasobów z Snipe-IT. Pierwszy wiersz musi zawierać nazwy kolumn.</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Plik CSV do zaimportowania</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>Ścieżka pliku CSV</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Plik (&amp;F)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Wybierz plik CSV</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
    <message>
        <source>The first rows of the file appear here.</source>
        <translation>Tutaj pojawią się pierwsze wiersze pliku.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Przypisz kolumny</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems found, by line</source>
        <translation>Znalezione problemy, według wierszy</translation>
    </message>
    <message>
        <source>No problems: every row can be imported.</source>
        <translation>Brak problemów: można zaimportować każdy wiersz.</translation>
    </message>
    <message>
        <source>Import &amp;only the valid rows and skip the ones listed</source>
        <translation>Imp&amp;ortuj tylko poprawne wiersze i pomiń te z listy</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Importuj tylko poprawne wiersze</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Import the devices</source>
        <translation>Importuj urządzenia</translation>
    </message>
    <message>
        <source>What the import noted</source>
        <translation>Uwagi z importu</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose the file</source>
        <translation>Krok 1 z 4: wybierz plik</translation>
    </message>
    <message>
        <source>Step 2 of 4: match the columns</source>
        <translation>Krok 2 z 4: przypisz kolumny</translation>
    </message>
    <message>
        <source>Step 3 of 4: check the rows</source>
        <translation>Krok 3 z 4: sprawdź wiersze</translation>
    </message>
    <message>
        <source>Step 4 of 4: done</source>
        <translation>Krok 4 z 4: gotowe</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Zamknij (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Type the path of the CSV file, or choose it with Browse.</source>
        <translation>Wpisz ścieżkę pliku CSV lub wybierz go przyciskiem Przeglądaj.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Nie można otworzyć pliku %1: %2</translation>
    </message>
    <message>
        <source>The file is too large to import (at most 20 MB). Split it into smaller files.</source>
        <translation>Plik jest za duży do zaimportowania (najwyżej 20 MB). Podziel go na mniejsze pliki.</translation>
    </message>
    <message>
        <source>The file has no lines to read.</source>
        <translation>Plik nie zawiera wierszy do odczytania.</translation>
    </message>
    <message>
        <source>%1: %2 column(s), %3 row(s) of devices.</source>
        <translation>%1: kolumny: %2, wiersze urządzeń: %3.</translation>
    </message>
    <message>
        <source>%1 row(s) cannot be read; the check lists them.</source>
        <translation>Nie można odczytać wierszy: %1; wymienia je sprawdzenie.</translation>
    </message>
    <message>
        <source>All %1 row(s) can be imported.</source>
        <translation>Wszystkie wiersze (%1) można zaimportować.</translation>
    </message>
    <message>
        <source>No row can be imported yet: %1 problem(s), listed by line. Correct the file or the matching, then check again.</source>
        <translation>Nie można jeszcze zaimportować żadnego wiersza: problemy: %1, wymienione według wierszy. Popraw plik lub przypisanie kolumn i sprawdź ponownie.</translation>
    </message>
    <message>
        <source>%1 row(s) can be imported; %2 problem(s), listed by line. A file with problems imports nothing unless you choose to import only the valid rows.</source>
        <translation>Można zaimportować wiersze: %1; problemy: %2, wymienione według wierszy. Plik z problemami niczego nie importuje, chyba że wybierzesz import tylko poprawnych wierszy.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Nie zaimportowano: %1.</translation>
    </message>
</context>
<context>
    <name>DeviceMovementCommands</name>
    <message>
        <source>Device %1 changed while saving; nothing was saved.</source>
        <translation>Urządzenie %1 zmieniło się podczas zapisywania; niczego nie zapisano.</translation>
    </message>
</context>
<context>
    <name>DeviceRegisterPanel</name>
    <message>
        <source>Find a device</source>
        <translation>Znajdź urządzenie</translation>
    </message>
    <message>
        <source>Tag, serial, make or model, or scan a tag and press Enter</source>
        <translation>Numer, numer seryjny, producent lub model albo zeskanuj numer i naciśnij Enter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Znajdź (&amp;F)</translation>
    </message>
    <message>
        <source>Show devices with status</source>
        <translation>Pokaż urządzenia o statusie</translation>
    </message>
    <message>
        <source>In service (all but retired)</source>
        <translation>W użyciu (wszystkie poza wycofanymi)</translation>
    </message>
    <message>
        <source>All, with retired</source>
        <translation>Wszystkie, z wycofanymi</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Producent i model</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Device register</source>
        <translation>Rejestr urządzeń</translation>
    </message>
    <message>
        <source>&amp;Add device…</source>
        <translation>Dod&amp;aj urządzenie…</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Dodaj urządzenie</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Edit the selected device</source>
        <translation>Edytuj wybrane urządzenie</translation>
    </message>
    <message>
        <source>Open the selected device (Enter)</source>
        <translation>Otwórz wybrane urządzenie (Enter)</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Zmień &amp;status</translation>
    </message>
    <message>
        <source>Change the selected device&apos;s status</source>
        <translation>Zmień status wybranego urządzenia</translation>
    </message>
    <message>
        <source>Repair, lost and found, transfers, retire (also on the Menu key in the list)</source>
        <translation>Naprawa, zagubienie i odnalezienie, przeniesienia, wycofanie (również klawiszem Menu na liście)</translation>
    </message>
    <message>
        <source>Print la&amp;bels…</source>
        <translation>Drukuj etykiety (&amp;B)…</translation>
    </message>
    <message>
        <source>Print asset labels for the selected devices</source>
        <translation>Drukuj etykiety inwentarzowe wybranych urządzeń</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importuj CSV…</translation>
    </message>
    <message>
        <source>Import devices from a CSV file</source>
        <translation>Importuj urządzenia z pliku CSV</translation>
    </message>
    <message>
        <source>Add device &amp;type…</source>
        <translation>Dodaj &amp;typ urządzenia…</translation>
    </message>
    <message>
        <source>Add a device type</source>
        <translation>Dodaj typ urządzenia</translation>
    </message>
    <message>
        <source>No devices in the register yet. Add one (Alt+A) or import a CSV file (Alt+I).</source>
        <translation>W rejestrze nie ma jeszcze urządzeń. Dodaj jedno (Alt+A) lub zaimportuj plik CSV (Alt+I).</translation>
    </message>
    <message>
        <source>No device matches.</source>
        <translation>Żadne urządzenie nie pasuje.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Urządzenia: %1</translation>
    </message>
    <message>
        <source>Devices: %1 of %2</source>
        <translation>Urządzenia: %1 z %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4, %5</source>
        <translation>%1: %2 (%3) w %4, %5</translation>
    </message>
    <message>
        <source>acquired %1</source>
        <translation>nabyte %1</translation>
    </message>
    <message>
        <source>SIM %1</source>
        <translation>SIM %1</translation>
    </message>
    <message>
        <source>kit: %1</source>
        <translation>zestaw: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Uwagi: %1</translation>
    </message>
    <message>
        <source>%1 Press Alt+A to add it.</source>
        <translation>%1 Naciśnij Alt+A, aby je dodać.</translation>
    </message>
    <message>
        <source>%1 is no longer in the register.</source>
        <translation>%1 nie ma już w rejestrze.</translation>
    </message>
</context>
<context>
    <name>DeviceRepository</name>
    <message>
        <source>No device has the tag %1. Check the label, or add the device to the register.</source>
        <translation>Żadne urządzenie nie ma numeru %1. Sprawdź etykietę lub dodaj urządzenie do rejestru.</translation>
    </message>
    <message>
        <source>That is a library card, not a device tag — scan the device.</source>
        <translation>To jest karta biblioteczna, a nie numer urządzenia — zeskanuj urządzenie.</translation>
    </message>
    <message>
        <source>Scan or type the device&apos;s asset tag.</source>
        <translation>Zeskanuj lub wpisz numer inwentarzowy urządzenia.</translation>
    </message>
    <message>
        <source>Device %1 changed while saving; nothing was saved.</source>
        <translation>Urządzenie %1 zmieniło się podczas zapisywania; niczego nie zapisano.</translation>
    </message>
</context>
<context>
    <name>DeviceStepCommand</name>
    <message>
        <source>The note or reason is too long (at most %1 characters).</source>
        <translation>Uwaga lub powód są za długie (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <source>%1 is on loan, so it cannot be %2. Check it in first.</source>
        <translation>%1 jest wypożyczone, więc nie może zmienić stanu na: %2. Najpierw przyjmij zwrot.</translation>
    </message>
    <message>
        <source>%1 is %2, so it cannot be %3.</source>
        <translation>%1 ma stan: %2, więc nie może zmienić stanu na: %3.</translation>
    </message>
</context>
<context>
    <name>DeviceStepDialog</name>
    <message>
        <source>Send to &amp;repair…</source>
        <translation>Wyślij do nap&amp;rawy…</translation>
    </message>
    <message>
        <source>&amp;Back from repair…</source>
        <translation>Powrót z naprawy (&amp;B)…</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>Oznacz jako zagubione (&amp;L)…</translation>
    </message>
    <message>
        <source>Mark &amp;found…</source>
        <translation>Oznacz jako odnalezione (&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Wycofaj (&amp;T)…</translation>
    </message>
    <message>
        <source>Send to another &amp;branch…</source>
        <translation>Wyślij do innej filii (&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;ceive from another branch…</source>
        <translation>Przyjmij z innej filii (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Uwaga (&amp;N)</translation>
    </message>
    <message>
        <source>Optional. No personal details: the note shows on the register.</source>
        <translation>Opcjonalnie. Bez danych osobowych: uwaga jest widoczna w rejestrze.</translation>
    </message>
    <message>
        <source>Send %1 to repair</source>
        <translation>Wyślij %1 do naprawy</translation>
    </message>
    <message>
        <source>%1 goes to repair. When it comes back it waits for a wipe before its next loan.</source>
        <translation>%1 trafia do naprawy. Po powrocie czeka na wymazanie danych przed kolejnym wypożyczeniem.</translation>
    </message>
    <message>
        <source>&amp;Fault</source>
        <translation>Usterka (&amp;F)</translation>
    </message>
    <message>
        <source>What is wrong with it, for the repairer and the next person at the desk</source>
        <translation>Co jest nie tak — dla serwisanta i następnej osoby przy stanowisku</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>Wyślij do naprawy</translation>
    </message>
    <message>
        <source>%1 is back from repair</source>
        <translation>%1 wróciło z naprawy</translation>
    </message>
    <message>
        <source>%1 comes back from repair and waits for a wipe: a repairer&apos;s own reset is not a recorded wipe.</source>
        <translation>%1 wraca z naprawy i czeka na wymazanie danych: reset wykonany przez serwis nie jest zapisanym wymazaniem.</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>Co zrobiono (opcjonalnie)</translation>
    </message>
    <message>
        <source>Back from repair</source>
        <translation>Powrót z naprawy</translation>
    </message>
    <message>
        <source>Mark %1 as lost</source>
        <translation>Oznacz %1 jako zagubione</translation>
    </message>
    <message>
        <source>%1 is recorded as lost, and its loan is closed as lost.</source>
        <translation>%1 zostaje zapisane jako zagubione, a jego wypożyczenie zamknięte jako zagubione.</translation>
    </message>
    <message>
        <source>%1 is recorded as lost. If it turns up, use “Mark found”.</source>
        <translation>%1 zostaje zapisane jako zagubione. Jeśli się znajdzie, użyj „Oznacz jako odnalezione”.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Powód (&amp;R)</translation>
    </message>
    <message>
        <source>For example: not returned after three reminders</source>
        <translation>Na przykład: niezwrócone po trzech przypomnieniach</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Oznacz jako zagubione</translation>
    </message>
    <message>
        <source>%1 has been found</source>
        <translation>%1 zostało odnalezione</translation>
    </message>
    <message>
        <source>%1 comes back into the register and waits for a wipe before its next loan.</source>
        <translation>%1 wraca do rejestru i czeka na wymazanie danych przed kolejnym wypożyczeniem.</translation>
    </message>
    <message>
        <source>Mark found</source>
        <translation>Oznacz jako odnalezione</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Wycofaj %1</translation>
    </message>
    <message>
        <source>%1 leaves circulation for good: a retired device is never lent again.</source>
        <translation>%1 na zawsze wychodzi z obiegu: wycofanego urządzenia nigdy więcej się nie wypożycza.</translation>
    </message>
    <message>
        <source>Its SIM %1 goes back into stock.</source>
        <translation>Jego karta SIM %1 wraca do zapasu.</translation>
    </message>
    <message>
        <source>For example: battery swollen, beyond economic repair</source>
        <translation>Na przykład: spuchnięta bateria, naprawa nieopłacalna</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Send %1 to another branch</source>
        <translation>Wyślij %1 do innej filii</translation>
    </message>
    <message>
        <source>%1 leaves %2 and stays “in transit” until the other branch receives it. It arrives in the status it leaves in.</source>
        <translation>%1 opuszcza %2 i pozostaje „w drodze”, dopóki druga filia go nie przyjmie. Dociera w tym samym stanie, w jakim wyjechało.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Receive %1</source>
        <translation>Przyjmij %1</translation>
    </message>
    <message>
        <source>%1 has arrived at the branch it was sent to, and goes back on the shelf in the status it was sent in.</source>
        <translation>%1 dotarło do filii, do której zostało wysłane, i wraca na półkę w stanie, w jakim je wysłano.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Przyjmij</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Branch to send it to</source>
        <translation>Filia docelowa</translation>
    </message>
    <message>
        <source>Branch where it was found</source>
        <translation>Filia, w której je znaleziono</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;To branch</source>
        <translation>Do filii (&amp;T)</translation>
    </message>
    <message>
        <source>Found &amp;at</source>
        <translation>Zn&amp;alezione w</translation>
    </message>
    <message>
        <source>I understand %1 can never be lent again</source>
        <translation>Rozumiem, że %1 nigdy więcej nie zostanie wypożyczone</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Tick the box to confirm that %1 is to be retired for good.</source>
        <translation>Zaznacz pole, aby potwierdzić, że %1 ma zostać wycofane na zawsze.</translation>
    </message>
    <message>
        <source>Choose a branch.</source>
        <translation>Wybierz filię.</translation>
    </message>
</context>
<context>
    <name>DeviceTypeDialog</name>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Chromebook</source>
        <translation>Chromebook</translation>
    </message>
    <message>
        <source>MiFi hotspot</source>
        <translation>Router MiFi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Add device type</source>
        <translation>Dodaj typ urządzenia</translation>
    </message>
    <message>
        <source>Add a device type</source>
        <translation>Dodaj typ urządzenia</translation>
    </message>
    <message>
        <source>The kit and the replacement cost are printed on every loan agreement for this type.</source>
        <translation>Zestaw i koszt wymiany są drukowane na każdej umowie wypożyczenia dla tego typu.</translation>
    </message>
    <message>
        <source>Type code</source>
        <translation>Kod typu</translation>
    </message>
    <message>
        <source>e.g. IPAD10</source>
        <translation>np. IPAD10</translation>
    </message>
    <message>
        <source>Type name</source>
        <translation>Nazwa typu</translation>
    </message>
    <message>
        <source>e.g. Apple iPad (10th generation)</source>
        <translation>np. Apple iPad (10. generacji)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Kit contents, separated by commas</source>
        <translation>Zawartość zestawu, oddzielona przecinkami</translation>
    </message>
    <message>
        <source>e.g. charger, cable, case</source>
        <translation>np. ładowarka, kabel, etui</translation>
    </message>
    <message>
        <source>Replacement cost in pounds</source>
        <translation>Koszt wymiany w funtach</translation>
    </message>
    <message>
        <source>£</source>
        <translation>£</translation>
    </message>
    <message>
        <source>&amp;Code *</source>
        <translation>Kod * (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nazwa *</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>K&amp;ategoria</translation>
    </message>
    <message>
        <source>&amp;Kit</source>
        <translation>Zestaw (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Replacement cost</source>
        <translation>Koszt wymiany (&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;type</source>
        <translation>Dodaj &amp;typ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices, SIMs and data</source>
        <translation>Urządzenia, karty SIM i dane</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Rejestr</translation>
    </message>
    <message>
        <source>SI&amp;Ms and vouchers</source>
        <translation>Karty SI&amp;M i vouchery</translation>
    </message>
    <message>
        <source>Ending &amp;within 14 days</source>
        <translation>Kończące się &amp;w ciągu 14 dni</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>The device register, asset labels and CSV import; SIMs, vouchers and data offers ending soon.</source>
        <translation>Rejestr urządzeń, etykiety inwentarzowe i import CSV; karty SIM, vouchery i wkrótce kończące się oferty danych.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Rozmowa wideo</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>W bibliotece</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Wizyta domowa</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Zgłoszona</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzona</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Odbyta</translation>
    </message>
    <message>
        <source>Resident did not come</source>
        <translation>Mieszkaniec nie przyszedł</translation>
    </message>
    <message>
        <source>Volunteer did not come</source>
        <translation>Wolontariusz nie przyszedł</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Dostępne</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Wypożyczone</translation>
    </message>
    <message>
        <source>Awaiting wipe</source>
        <translation>Czeka na wymazanie danych</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>W naprawie</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>W drodze</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Zagubione</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Wycofane</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardowa</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytetowa</translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation>Osoba opuszczająca pieczę zastępczą</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>Osoba starsza</translation>
    </message>
    <message>
        <source>Jobseeker</source>
        <translation>Osoba poszukująca pracy</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteka</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Drukuj %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Arkusze CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>EditDeviceCommand</name>
    <message>
        <source>That device is no longer in the register.</source>
        <translation>Tego urządzenia nie ma już w rejestrze.</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. Open it again to see their changes, then make yours.</source>
        <translation>Ktoś inny zmienił %1 w trakcie Twojej edycji. Otwórz je ponownie, aby zobaczyć te zmiany, a potem wprowadź swoje.</translation>
    </message>
    <message>
        <source>%1 is on loan; change its SIM when it is back.</source>
        <translation>%1 jest wypożyczone; zmień jego kartę SIM po zwrocie.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The device changed while saving; nothing was saved.</source>
        <translation>Urządzenie zmieniło się podczas zapisywania; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Changed %1 of %2.</source>
        <translation>Zmieniono %1 urządzenia %2.</translation>
    </message>
</context>
<context>
    <name>EditResidentCommand</name>
    <message>
        <source>That resident is no longer in the store.</source>
        <translation>Tego mieszkańca nie ma już w bazie.</translation>
    </message>
    <message>
        <source>Someone else changed this resident&apos;s details while you were editing. Open the resident again to see their changes, then make yours.</source>
        <translation>Ktoś inny zmienił dane tego mieszkańca w trakcie Twojej edycji. Otwórz mieszkańca ponownie, aby zobaczyć te zmiany, a potem wprowadź swoje.</translation>
    </message>
    <message>
        <source>The library card number cannot be removed.</source>
        <translation>Nie można usunąć numeru karty bibliotecznej.</translation>
    </message>
    <message>
        <source>Library card %1 already belongs to another resident.</source>
        <translation>Karta biblioteczna %1 należy już do innego mieszkańca.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The resident changed while saving; nothing was saved.</source>
        <translation>Dane mieszkańca zmieniły się podczas zapisywania; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Changed %1 of resident with card %2</source>
        <translation>Zmieniono %1 mieszkańca z kartą %2</translation>
    </message>
</context>
<context>
    <name>EnrolCommand</name>
    <message>
        <source>That volunteer is not on record.</source>
        <translation>Nie ma zapisu o tym wolontariuszu.</translation>
    </message>
    <message>
        <source>That volunteer has left the programme.</source>
        <translation>Ten wolontariusz zakończył udział w programie.</translation>
    </message>
    <message>
        <source>There is no training pathway with the code %1.</source>
        <translation>Nie ma ścieżki szkoleniowej o kodzie %1.</translation>
    </message>
    <message>
        <source>The volunteer is already enrolled on %1.</source>
        <translation>Wolontariusz jest już zapisany na %1.</translation>
    </message>
    <message>
        <source>The enrolment date %1 is in the future.</source>
        <translation>Data zapisu %1 jest w przyszłości.</translation>
    </message>
    <message>
        <source>Enrolled on the pathway %1.</source>
        <translation>Zapisano na ścieżkę %1.</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Pomocnicy</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Drop-in events</source>
        <translation>Wydarzenia otwarte</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>Dod&amp;aj wydarzenie…</translation>
    </message>
    <message>
        <source>Plan a drop-in event</source>
        <translation>Zaplanuj wydarzenie otwarte</translation>
    </message>
    <message>
        <source>Re&amp;cord headcount…</source>
        <translation>Zapisz frekwen&amp;cję…</translation>
    </message>
    <message>
        <source>Record who came and the topics</source>
        <translation>Zapisz, kto przyszedł, i tematy</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>No drop-in events in the last two months or the next three.</source>
        <translation>Brak wydarzeń otwartych w ostatnich dwóch miesiącach ani w najbliższych trzech.</translation>
    </message>
    <message>
        <source>Digital tea party</source>
        <translation>Cyfrowa herbatka</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Volunteers helping (Space ticks)</source>
        <translation>Pomagający wolontariusze (spacja zaznacza)</translation>
    </message>
    <message>
        <source>Starts (YYYY-MM-DD HH:MM)</source>
        <translation>Początek (RRRR-MM-DD GG:MM)</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Długość w minutach</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <source>Choose an event in the list first.</source>
        <translation>Najpierw wybierz wydarzenie z listy.</translation>
    </message>
    <message>
        <source>Headcount for %1</source>
        <translation>Frekwencja: %1</translation>
    </message>
    <message>
        <source>How many people came</source>
        <translation>Ile osób przyszło</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Tematy, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>Osoby, które przyszły</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Dodaj dowód</translation>
    </message>
    <message>
        <source>Evidence needed: %1</source>
        <translation>Potrzebny dowód: %1</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Rodzaj dowodu</translation>
    </message>
    <message>
        <source>Note in your own words</source>
        <translation>Notatka własnymi słowami</translation>
    </message>
    <message>
        <source>Observation of a session</source>
        <translation>Obserwacja sesji</translation>
    </message>
    <message>
        <source>File (document, certificate)</source>
        <translation>Plik (dokument, certyfikat)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Note or description</source>
        <translation>Notatka lub opis</translation>
    </message>
    <message>
        <source>File to add as evidence</source>
        <translation>Plik do dodania jako dowód</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wybierz (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Rodzaj (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Uwaga (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Plik (&amp;F)</translation>
    </message>
    <message>
        <source>Files are copied into the desk&apos;s evidence folder (at most 20 MB each).</source>
        <translation>Pliki są kopiowane do folderu dowodów stanowiska (najwyżej 20 MB każdy).</translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation>Wybierz plik z dowodem</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic)</source>
        <translation>Zdjęcia (*.jpg *.jpeg *.png *.gif *.webp *.heic)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <source>Choose the file to add as evidence.</source>
        <translation>Wybierz plik do dodania jako dowód.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Plik %1 nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 nie jest plikiem.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB); evidence files are at most 20 MB.</source>
        <translation>Plik %1 jest za duży (%2 MB); pliki z dowodami mogą mieć najwyżej 20 MB.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Nie można odczytać pliku %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large; evidence files are at most 20 MB.</source>
        <translation>Plik %1 jest za duży; pliki z dowodami mogą mieć najwyżej 20 MB.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Plik %1 jest pusty.</translation>
    </message>
    <message>
        <source>The evidence folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu dowodów %1.</translation>
    </message>
    <message>
        <source>The evidence file cannot be written: %1.</source>
        <translation>Nie można zapisać pliku z dowodem: %1.</translation>
    </message>
</context>
<context>
    <name>ExpiringOffersPanel</name>
    <message>
        <source>Data offers that end within %1 days, soonest first. A good moment to talk to the resident about what comes next, such as a social tariff.</source>
        <translation>Oferty danych kończące się w ciągu %1 dni, od najbliższych. Dobry moment, by porozmawiać z mieszkańcem o dalszych krokach, np. o taryfie socjalnej.</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>ICCID or code</source>
        <translation>ICCID lub kod</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Miesięcznie</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Data offers ending within 14 days</source>
        <translation>Oferty danych kończące się w ciągu 14 dni</translation>
    </message>
    <message>
        <source>No data offers end in the next %1 days.</source>
        <translation>Żadna oferta danych nie kończy się w ciągu najbliższych %1 dni.</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <source>%1 % of target</source>
        <translation>%1 % celu</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Set up TechMates Desk</source>
        <translation>Konfiguracja TechMates Desk</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Utwórz pierwszego administratora</translation>
    </message>
    <message>
        <source>This store has nobody who can sign in yet. The first administrator can then add the librarians, coordinators and volunteers who use the desk.</source>
        <translation>W tej bazie nie ma jeszcze nikogo, kto może się zalogować. Pierwszy administrator może potem dodać bibliotekarzy, koordynatorów i wolontariuszy korzystających ze stanowiska.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>For example Sam Jones</source>
        <translation>Na przykład Sam Jones</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Lower case, for example sjones</source>
        <translation>Małe litery, na przykład sjones</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Co najmniej %1 znaków</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Imię i &amp;nazwisko</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Hasło (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Powtórz h&amp;asło</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Utwórz administratora (&amp;C)</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Utwórz administratora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakończ (&amp;Q)</translation>
    </message>
    <message>
        <source>Quit without setting up</source>
        <translation>Zakończ bez konfiguracji</translation>
    </message>
    <message>
        <source>The two passwords are different. Type the password twice, the same both times.</source>
        <translation>Hasła się różnią. Wpisz to samo hasło dwa razy.</translation>
    </message>
    <message>
        <source>This store already has an administrator. Close this window and sign in instead.</source>
        <translation>Ta baza ma już administratora. Zamknij to okno i zaloguj się.</translation>
    </message>
</context>
<context>
    <name>GraduatesPanel</name>
    <message>
        <source>Graduates by month</source>
        <translation>Absolwenci według miesięcy</translation>
    </message>
    <message>
        <source>Chart of graduates by month</source>
        <translation>Wykres absolwentów według miesięcy</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Graduates</source>
        <translation>Absolwenci</translation>
    </message>
    <message>
        <source>Graduates by branch</source>
        <translation>Absolwenci według filii</translation>
    </message>
    <message>
        <source>No graduates yet.</source>
        <translation>Brak absolwentów.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>%1 graduates of the target %2; %3 volunteers enrolled.</source>
        <translation>Absolwenci: %1 przy celu %2; zapisani wolontariusze: %3.</translation>
    </message>
</context>
<context>
    <name>GroupSessionPanel</name>
    <message>
        <source>Tick the badge(s) earned at the session, set the date, then scan or type each learner and press Enter. Delete takes the chosen learner off the list.</source>
        <translation>Zaznacz odznaki zdobyte na sesji, ustaw datę, a potem zeskanuj lub wpisz każdego uczestnika i naciśnij Enter. Delete usuwa wybranego uczestnika z listy.</translation>
    </message>
    <message>
        <source>Badges earned at the session (space ticks)</source>
        <translation>Odznaki zdobyte na sesji (spacja zaznacza)</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Data sesji</translation>
    </message>
    <message>
        <source>Add a learner: card, id or user name</source>
        <translation>Dodaj uczestnika: karta, identyfikator lub nazwa użytkownika</translation>
    </message>
    <message>
        <source>Scan a card, or type an id or user name, then Enter</source>
        <translation>Zeskanuj kartę lub wpisz identyfikator albo nazwę użytkownika, potem Enter</translation>
    </message>
    <message>
        <source>Learners at the session (Delete removes one)</source>
        <translation>Uczestnicy sesji (Delete usuwa)</translation>
    </message>
    <message>
        <source>Record for e&amp;veryone</source>
        <translation>Zapisz dla wszystkich (&amp;V)</translation>
    </message>
    <message>
        <source>Record the ticked badges for every learner on the list</source>
        <translation>Zapisz zaznaczone odznaki każdemu uczestnikowi z listy</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>Odznaki (&amp;B)</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>Da&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Add learner</source>
        <translation>Dod&amp;aj uczestnika</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 points)</source>
        <translation>%1 — %2 (%3 pkt)</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 jest już na liście.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 added (%2 on the list).</source>
        <translation>Dodano %1 (na liście: %2).</translation>
    </message>
    <message>
        <source>Tick at least one badge.</source>
        <translation>Zaznacz co najmniej jedną odznakę.</translation>
    </message>
    <message>
        <source>Add the learners who were there.</source>
        <translation>Dodaj uczestników, którzy byli obecni.</translation>
    </message>
    <message>
        <source>entry %1:</source>
        <translation>wpis %1:</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Za co</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Log &amp;time…</source>
        <translation>Zapisz czas (&amp;T)…</translation>
    </message>
    <message>
        <source>Log hours given outside sessions</source>
        <translation>Zapisz godziny przepracowane poza sesjami</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Z&amp;atwierdź</translation>
    </message>
    <message>
        <source>Approve the selected hours</source>
        <translation>Zatwierdź wybrane godziny</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Odrzuć (&amp;J)</translation>
    </message>
    <message>
        <source>Reject the selected hours</source>
        <translation>Odrzuć wybrane godziny</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Logged by hand</source>
        <translation>Wpisane ręcznie</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Czeka na zatwierdzenie</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzone</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>No hours are waiting for approval.</source>
        <translation>Żadne godziny nie czekają na zatwierdzenie.</translation>
    </message>
    <message>
        <source>No hours logged yet.</source>
        <translation>Nie zapisano jeszcze godzin.</translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation>Zapisz godziny</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What the hours were for</source>
        <translation>Za co są te godziny</translation>
    </message>
    <message>
        <source>Time given</source>
        <translation>Poświęcony czas</translation>
    </message>
    <message>
        <source>Choose hours in the list first.</source>
        <translation>Najpierw wybierz godziny z listy.</translation>
    </message>
</context>
<context>
    <name>ImportBadgeCatalogueCommand</name>
    <message>
        <source>The catalogue file lists no badges.</source>
        <translation>Plik katalogu nie zawiera żadnych odznak.</translation>
    </message>
    <message>
        <source>The code %1 appears more than once.</source>
        <translation>Kod %1 występuje więcej niż raz.</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Niczego nie zaimportowano:
%1</translation>
    </message>
    <message>
        <source>Catalogue loaded: %1 badge(s) added, %2 changed, %3 unchanged; %4 award level(s) set.</source>
        <translation>Wczytano katalog: dodane odznaki: %1, zmienione: %2, bez zmian: %3; ustawione poziomy wyróżnień: %4.</translation>
    </message>
</context>
<context>
    <name>ImportDevicesCommand</name>
    <message>
        <source>Nothing was imported: the import lists no devices.</source>
        <translation>Niczego nie zaimportowano: import nie zawiera urządzeń.</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1: a device cannot be imported %2.</source>
        <translation>Niczego nie zaimportowano: wiersz %1: nie można zaimportować urządzenia — %2.</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1: %2</source>
        <translation>Niczego nie zaimportowano: wiersz %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1 repeats the tag or SIM of another row.</source>
        <translation>Niczego nie zaimportowano: wiersz %1 powtarza numer lub kartę SIM z innego wiersza.</translation>
    </message>
    <message>
        <source>The file is too large to import (at most 20 MB).</source>
        <translation>Plik jest za duży do zaimportowania (najwyżej 20 MB).</translation>
    </message>
    <message>
        <source>Nothing was imported: no row can be added.
%1</source>
        <translation>Niczego nie zaimportowano: nie można dodać żadnego wiersza.
%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) have problems. Correct them, or import only the valid rows.
%2</source>
        <translation>Niczego nie zaimportowano: wiersze z problemami: %1. Popraw je lub zaimportuj tylko poprawne wiersze.
%2</translation>
    </message>
    <message>
        <source>Skipped %1 row(s):
%2</source>
        <translation>Pominięte wiersze: %1:
%2</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Nieużywane kolumny: %1.</translation>
    </message>
    <message>
        <source>Imported %1 device(s).</source>
        <translation>Zaimportowane urządzenia: %1.</translation>
    </message>
</context>
<context>
    <name>ImportMappingForm</name>
    <message>
        <source>What each column holds</source>
        <translation>Co zawiera każda kolumna</translation>
    </message>
    <message>
        <source>For rows that leave it blank</source>
        <translation>Dla wierszy, w których jest puste</translation>
    </message>
    <message>
        <source>Device type for rows without one</source>
        <translation>Typ urządzenia dla wierszy bez typu</translation>
    </message>
    <message>
        <source>None: such a row is a problem</source>
        <translation>Brak: taki wiersz jest problemem</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Branch for rows without one</source>
        <translation>Filia dla wierszy bez filii</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status for rows without one</source>
        <translation>Status dla wierszy bez statusu</translation>
    </message>
    <message>
        <source>Awaiting wipe (history unknown)</source>
        <translation>Czeka na wymazanie danych (historia nieznana)</translation>
    </message>
    <message>
        <source>Available (new stock, already wiped)</source>
        <translation>Dostępne (nowy zapas, już wyczyszczone)</translation>
    </message>
    <message>
        <source>Device t&amp;ype</source>
        <translation>T&amp;yp urządzenia</translation>
    </message>
    <message>
        <source>Branc&amp;h</source>
        <translation>Filia (&amp;H)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Device types in the file</source>
        <translation>Typy urządzeń w pliku</translation>
    </message>
    <message>
        <source>Branches in the file</source>
        <translation>Filie w pliku</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie importuj</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Numer inwentarzowy</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Typ urządzenia</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date acquired</source>
        <translation>Data nabycia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>SIM ICCID</source>
        <translation>ICCID karty SIM</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>Co zawiera kolumna „%1”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(kolumna %1, bez nazwy)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Najpierw wybierz plik.</translation>
    </message>
    <message>
        <source>No column holds the device type or the model.</source>
        <translation>Żadna kolumna nie zawiera typu urządzenia ani modelu.</translation>
    </message>
    <message>
        <source>No column holds the branch.</source>
        <translation>Żadna kolumna nie zawiera filii.</translation>
    </message>
    <message>
        <source>Device types, by the model in the file</source>
        <translation>Typy urządzeń według modelu w pliku</translation>
    </message>
    <message>
        <source>The column is empty in every row.</source>
        <translation>Kolumna jest pusta w każdym wierszu.</translation>
    </message>
    <message>
        <source>Device type for “%1”</source>
        <translation>Typ urządzenia dla „%1”</translation>
    </message>
    <message>
        <source>Branch for “%1”</source>
        <translation>Filia dla „%1”</translation>
    </message>
    <message>
        <source>Match by code or name</source>
        <translation>Dopasuj według kodu lub nazwy</translation>
    </message>
    <message>
        <source>%1 more values are matched by code and name only.</source>
        <translation>Kolejne wartości (%1) są dopasowywane tylko według kodu i nazwy.</translation>
    </message>
</context>
<context>
    <name>ImportPathwayCommand</name>
    <message>
        <source>A pathway needs a code (2 to 16 letters and digits) and a name of at most 160 characters.</source>
        <translation>Ścieżka wymaga kodu (od 2 do 16 liter i cyfr) i nazwy o długości najwyżej 160 znaków.</translation>
    </message>
    <message>
        <source>A pathway needs at least one unit.</source>
        <translation>Ścieżka wymaga co najmniej jednego modułu.</translation>
    </message>
    <message>
        <source>There is already a pathway with the code %1.</source>
        <translation>Ścieżka o kodzie %1 już istnieje.</translation>
    </message>
    <message>
        <source>The unit %1 appears twice in the pathway.</source>
        <translation>Moduł %1 występuje w ścieżce dwa razy.</translation>
    </message>
    <message>
        <source>The unit %1 is already on record with different outcomes; give the new unit its own code.</source>
        <translation>Moduł %1 jest już zapisany z innymi efektami; nadaj nowemu modułowi własny kod.</translation>
    </message>
    <message>
        <source>Loaded the pathway %1 with %2 unit(s) (%3 new).</source>
        <translation>Wczytano ścieżkę %1 z modułami: %2 (nowe: %3).</translation>
    </message>
</context>
<context>
    <name>IssueDataOfferCommand</name>
    <message>
        <source>Scan or type the SIM&apos;s ICCID or the voucher code.</source>
        <translation>Zeskanuj lub wpisz ICCID karty SIM albo kod vouchera.</translation>
    </message>
    <message>
        <source>No SIM or voucher %1 is recorded. Add it to the stock first.</source>
        <translation>Nie zapisano karty SIM ani vouchera %1. Najpierw dodaj go do zapasu.</translation>
    </message>
    <message>
        <source>%1 is not in stock (it is %2).</source>
        <translation>%1 nie ma w zapasie (stan: %2).</translation>
    </message>
    <message>
        <source>The activation date is in the future.</source>
        <translation>Data aktywacji jest w przyszłości.</translation>
    </message>
    <message>
        <source>Issued %1 (%2 GB a month) to card %3; it ends on %4.</source>
        <translation>Wydano %1 (%2 GB miesięcznie) dla karty %3; kończy się %4.</translation>
    </message>
</context>
<context>
    <name>IssueDataOfferDialog</name>
    <message>
        <source>Issue data to a resident</source>
        <translation>Wydaj dane mieszkańcowi</translation>
    </message>
    <message>
        <source>Issue a SIM or data voucher</source>
        <translation>Wydaj kartę SIM lub voucher na dane</translation>
    </message>
    <message>
        <source>The offer ends the number of months after it was activated (or after today, while the activation date is not known).</source>
        <translation>Oferta kończy się po podanej liczbie miesięcy od aktywacji (lub od dziś, dopóki data aktywacji nie jest znana).</translation>
    </message>
    <message>
        <source>Resident&apos;s library card</source>
        <translation>Karta biblioteczna mieszkańca</translation>
    </message>
    <message>
        <source>Scan the library card</source>
        <translation>Zeskanuj kartę biblioteczną</translation>
    </message>
    <message>
        <source>SIM ICCID or voucher code</source>
        <translation>ICCID karty SIM lub kod vouchera</translation>
    </message>
    <message>
        <source>Scan the SIM or type the voucher code</source>
        <translation>Zeskanuj kartę SIM lub wpisz kod vouchera</translation>
    </message>
    <message>
        <source>Activated on, day month year</source>
        <translation>Data aktywacji, dzień miesiąc rok</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, if known</source>
        <translation>DD/MM/RRRR, jeśli znana</translation>
    </message>
    <message>
        <source>Library &amp;card *</source>
        <translation>Karta bibliote&amp;czna *</translation>
    </message>
    <message>
        <source>SIM or &amp;voucher *</source>
        <translation>SIM lub &amp;voucher *</translation>
    </message>
    <message>
        <source>&amp;Activated on</source>
        <translation>Data &amp;aktywacji</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>Wydaj (&amp;I)</translation>
    </message>
    <message>
        <source>Issue to the resident</source>
        <translation>Wydaj mieszkańcowi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation>Mieszkaniec: %1</translation>
    </message>
    <message>
        <source>Card %1 is known.</source>
        <translation>Karta %1 jest znana.</translation>
    </message>
    <message>
        <source>Nothing was issued. Write the activation date as day/month/year, for example 02/03/2026, or leave it blank.</source>
        <translation>Niczego nie wydano. Wpisz datę aktywacji jako dzień/miesiąc/rok, na przykład 02/03/2026, lub zostaw puste.</translation>
    </message>
</context>
<context>
    <name>IssueList</name>
    <message>
        <source>Warning:</source>
        <translation>Ostrzeżenie:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Uwaga:</translation>
    </message>
</context>
<context>
    <name>JoinWaitlistCommand</name>
    <message>
        <source>Scan or type the resident&apos;s library card.</source>
        <translation>Zeskanuj lub wpisz numer karty bibliotecznej mieszkańca.</translation>
    </message>
    <message>
        <source>No resident has the card %1.</source>
        <translation>Żaden mieszkaniec nie ma karty %1.</translation>
    </message>
    <message>
        <source>Choose how the session would happen: phone, video, library or home.</source>
        <translation>Wybierz formę sesji: telefon, wideo, biblioteka lub dom.</translation>
    </message>
    <message>
        <source>Unknown skills area “%1”.</source>
        <translation>Nieznany obszar umiejętności „%1”.</translation>
    </message>
    <message>
        <source>The description of the need is too long (at most 1000 characters).</source>
        <translation>Opis potrzeby jest za długi (najwyżej 1000 znaków).</translation>
    </message>
    <message>
        <source>No branch “%1”.</source>
        <translation>Brak filii „%1”.</translation>
    </message>
    <message>
        <source>Card %1 is already on the waiting list for this kind of session.</source>
        <translation>Karta %1 jest już na liście oczekujących na ten rodzaj sesji.</translation>
    </message>
    <message>
        <source>Put card %1 on the waiting list (place %2).</source>
        <translation>Dodano kartę %1 do listy oczekujących (miejsce %2).</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>The keychain was not unlocked, so your sign-in to the council server could not be used or kept.</source>
        <translation>Pęk kluczy nie został odblokowany, więc nie można było użyć ani zachować logowania do serwera samorządu.</translation>
    </message>
    <message>
        <source>The keychain did not answer as expected (%1).</source>
        <translation>Pęk kluczy odpowiedział w nieoczekiwany sposób (%1).</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Pęk kluczy nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>You are not signed in to the council server on this computer.</source>
        <translation>Na tym komputerze nie jesteś zalogowany do serwera samorządu.</translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <source>There are no labels to save.</source>
        <translation>Brak etykiet do zapisania.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Nie udało się zapisać pliku PDF do %1.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language of the desk on this computer. Each language is shown in its own words, so anyone can find theirs.</source>
        <translation>Język stanowiska na tym komputerze. Każdy język jest podany we własnym brzmieniu, aby każdy mógł znaleźć swój.</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Język (&amp;L)</translation>
    </message>
    <message>
        <source>In use now: %1. A new choice takes effect the next time TechMates Desk starts.</source>
        <translation>Obecnie: %1. Nowy wybór zacznie obowiązywać przy następnym uruchomieniu TechMates Desk.</translation>
    </message>
</context>
<context>
    <name>LearnerDirectory</name>
    <message>
        <source>Give the learner&apos;s library card, id or user name.</source>
        <translation>Podaj kartę biblioteczną, identyfikator lub nazwę użytkownika uczestnika.</translation>
    </message>
    <message>
        <source>You can record badges only for residents you have a booking with.</source>
        <translation>Odznaki możesz zapisywać tylko mieszkańcom, z którymi masz rezerwację.</translation>
    </message>
    <message>
        <source>No learner has the card, id or user name “%1”.</source>
        <translation>Żaden uczestnik nie ma karty, identyfikatora ani nazwy użytkownika „%1”.</translation>
    </message>
</context>
<context>
    <name>LearnerPanel</name>
    <message>
        <source>&amp;Find a learner (scan a card, or type an id or part of a name, then Enter):</source>
        <translation>Znajdź uczestnika (zeskanuj kartę albo wpisz identy&amp;fikator lub część nazwiska, potem Enter):</translation>
    </message>
    <message>
        <source>Learner&apos;s card, id or name</source>
        <translation>Karta, identyfikator lub nazwisko uczestnika</translation>
    </message>
    <message>
        <source>Library card, id or name</source>
        <translation>Karta biblioteczna, identyfikator lub nazwisko</translation>
    </message>
    <message>
        <source>Learners matching the search</source>
        <translation>Uczestnicy pasujący do wyszukiwania</translation>
    </message>
    <message>
        <source>Record a badge</source>
        <translation>Zapisz odznakę</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Odznaka</translation>
    </message>
    <message>
        <source>Date achieved</source>
        <translation>Data zdobycia</translation>
    </message>
    <message>
        <source>TechMate who supported the badge</source>
        <translation>TechMate, który wspierał zdobycie odznaki</translation>
    </message>
    <message>
        <source>&amp;Record badge</source>
        <translation>Zapisz odznakę (&amp;R)</translation>
    </message>
    <message>
        <source>Record the badge for this learner</source>
        <translation>Zapisz odznakę temu uczestnikowi</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>Odznaka (&amp;B)</translation>
    </message>
    <message>
        <source>Da&amp;te achieved</source>
        <translation>Da&amp;ta zdobycia</translation>
    </message>
    <message>
        <source>&amp;Supported by</source>
        <translation>W&amp;sparcie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postępy</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Podsumowanie postępów</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Ukończono</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zapisał(a)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>The learner&apos;s badges</source>
        <translation>Odznaki uczestnika</translation>
    </message>
    <message>
        <source>No badges yet.</source>
        <translation>Brak odznak.</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Cofnij (&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the selected badge</source>
        <translation>Cofnij wybraną odznakę</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Drukuj &amp;podsumowanie…</translation>
    </message>
    <message>
        <source>Print the learner&apos;s progress summary</source>
        <translation>Drukuj podsumowanie postępów uczestnika</translation>
    </message>
    <message>
        <source>Summar&amp;y as PDF…</source>
        <translation>Podsumowanie jako PDF (&amp;Y)…</translation>
    </message>
    <message>
        <source>Save the learner&apos;s progress summary as PDF</source>
        <translation>Zapisz podsumowanie postępów uczestnika jako PDF</translation>
    </message>
    <message>
        <source>Nobody (recorded at the desk)</source>
        <translation>Nikt (zapisane przy stanowisku)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4 points)</source>
        <translation>%1 — %2 (%3, %4 pkt)</translation>
    </message>
    <message>
        <source>Scan the learner&apos;s card or type their name.</source>
        <translation>Zeskanuj kartę uczestnika lub wpisz jego nazwisko.</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1 learners match; choose one with the arrow keys and Enter.</source>
        <translation>Pasujący uczestnicy: %1; wybierz jednego strzałkami i naciśnij Enter.</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>%1 points from %2 badge(s).</source>
        <translation>%1 pkt z odznak: %2.</translation>
    </message>
    <message>
        <source>No award yet.</source>
        <translation>Brak wyróżnienia.</translation>
    </message>
    <message>
        <source>%1 reached.</source>
        <translation>Osiągnięto: %1.</translation>
    </message>
    <message>
        <source>Every award reached.</source>
        <translation>Osiągnięto wszystkie wyróżnienia.</translation>
    </message>
    <message>
        <source>%1 more points for %2.</source>
        <translation>Brakuje %1 pkt do: %2.</translation>
    </message>
    <message>
        <source>%1: reached %2</source>
        <translation>%1: osiągnięto %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points</source>
        <translation>%1: %2 z %3 pkt</translation>
    </message>
    <message>
        <source>Points by category</source>
        <translation>Punkty według kategorii</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1: %2 pkt</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>Brak punktów.</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (cofnięta)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Find the learner first.</source>
        <translation>Najpierw znajdź uczestnika.</translation>
    </message>
    <message>
        <source>%1 for %2.</source>
        <translation>%1 dla: %2.</translation>
    </message>
    <message>
        <source>Choose the badge to revoke in the list first.</source>
        <translation>Najpierw wybierz z listy odznakę do cofnięcia.</translation>
    </message>
    <message>
        <source>Revoke a badge</source>
        <translation>Cofnij odznakę</translation>
    </message>
    <message>
        <source>Why is this badge revoked? (kept with the record)</source>
        <translation>Dlaczego ta odznaka jest cofana? (zachowane w rejestrze)</translation>
    </message>
    <message>
        <source>iDEA progress — %1</source>
        <translation>Postępy iDEA — %1</translation>
    </message>
    <message>
        <source>Save the progress summary</source>
        <translation>Zapisz podsumowanie postępów</translation>
    </message>
    <message>
        <source>iDEA progress %1.pdf</source>
        <translation>Postępy iDEA %1.pdf</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
</context>
<context>
    <name>LoanAgreement</name>
    <message>
        <source>The resident has not ticked the declaration that they accept the loan agreement.</source>
        <translation>Mieszkaniec nie zaznaczył oświadczenia, że akceptuje umowę wypożyczenia.</translation>
    </message>
    <message>
        <source>The resident must type their name to accept the loan agreement.</source>
        <translation>Aby zaakceptować umowę wypożyczenia, mieszkaniec musi wpisać swoje imię i nazwisko.</translation>
    </message>
    <message>
        <source>The typed name is too long.</source>
        <translation>Wpisane imię i nazwisko jest za długie.</translation>
    </message>
    <message>
        <source>The typed name “%1” does not match the resident on card %2. Check that the right card was scanned and that the resident typed their own name.</source>
        <translation>Wpisane imię i nazwisko „%1” nie odpowiada mieszkańcowi z kartą %2. Sprawdź, czy zeskanowano właściwą kartę i czy mieszkaniec wpisał własne imię i nazwisko.</translation>
    </message>
</context>
<context>
    <name>LoanCommands</name>
    <message>
        <source>“%1” is not a kit item name (no commas, at most 60 characters).</source>
        <translation>„%1” nie jest nazwą elementu zestawu (bez przecinków, najwyżej 60 znaków).</translation>
    </message>
</context>
<context>
    <name>LoanIssues</name>
    <message>
        <source>%1 Only someone with the loan.override permission (a coordinator) can go ahead anyway, with a reason.</source>
        <translation>%1 Tylko osoba z uprawnieniem loan.override (koordynator) może mimo to kontynuować, podając powód.</translation>
    </message>
    <message>
        <source>%1 To go ahead anyway, give a reason for the override.</source>
        <translation>%1 Aby mimo to kontynuować, podaj powód pominięcia ostrzeżenia.</translation>
    </message>
</context>
<context>
    <name>LoanListsPanel</name>
    <message>
        <source>Which list</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Wypożyczone</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin zwrotu</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dni opóźnienia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Producent i model</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Devices on loan</source>
        <translation>Wypożyczone urządzenia</translation>
    </message>
    <message>
        <source>Loans due today</source>
        <translation>Wypożyczenia z terminem zwrotu dzisiaj</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>Wypożyczenia po terminie</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Devices awaiting wipe</source>
        <translation>Urządzenia czekające na wymazanie danych</translation>
    </message>
    <message>
        <source>Devices in repair</source>
        <translation>Urządzenia w naprawie</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista oczekujących</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Data zgłoszenia</translation>
    </message>
    <message>
        <source>Kept device</source>
        <translation>Zarezerwowane urządzenie</translation>
    </message>
    <message>
        <source>Data offers ending within 14 days</source>
        <translation>Oferty danych kończące się w ciągu 14 dni</translation>
    </message>
    <message>
        <source>SIM or voucher</source>
        <translation>SIM lub voucher</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>GB a month</source>
        <translation>GB miesięcznie</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message>
        <source>No devices are out on loan.</source>
        <translation>Żadne urządzenie nie jest wypożyczone.</translation>
    </message>
    <message>
        <source>No loans are due back today.</source>
        <translation>Żadne wypożyczenie nie ma dziś terminu zwrotu.</translation>
    </message>
    <message>
        <source>No loans are overdue.</source>
        <translation>Brak wypożyczeń po terminie.</translation>
    </message>
    <message>
        <source>No devices are waiting to be wiped.</source>
        <translation>Żadne urządzenie nie czeka na wymazanie danych.</translation>
    </message>
    <message>
        <source>No devices are in repair.</source>
        <translation>Żadne urządzenie nie jest w naprawie.</translation>
    </message>
    <message>
        <source>Nobody is waiting for a device.</source>
        <translation>Nikt nie czeka na urządzenie.</translation>
    </message>
    <message>
        <source>No SIMs or data vouchers end in the next 14 days.</source>
        <translation>Żadna karta SIM ani voucher na dane nie kończy się w ciągu najbliższych 14 dni.</translation>
    </message>
    <message>
        <source>Branch shown in the lists</source>
        <translation>Filia wyświetlana na listach</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>Filia (&amp;B)</translation>
    </message>
    <message>
        <source>Sort the list by</source>
        <translation>Sortuj listę według</translation>
    </message>
    <message>
        <source>Sort b&amp;y</source>
        <translation>Sortuj według (&amp;Y)</translation>
    </message>
    <message>
        <source>Re&amp;verse order</source>
        <translation>Odwrotna kolejność (&amp;V)</translation>
    </message>
    <message>
        <source>Sort in reverse order</source>
        <translation>Sortuj w odwrotnej kolejności</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>P&amp;rzedłuż…</translation>
    </message>
    <message>
        <source>Renew the selected loan</source>
        <translation>Przedłuż wybrane wypożyczenie</translation>
    </message>
    <message>
        <source>Renew the selected loan (Ctrl+R, or Enter on the row)</source>
        <translation>Przedłuż wybrane wypożyczenie (Ctrl+R lub Enter na wierszu)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the overdue loans as a CSV file</source>
        <translation>Eksportuj wypożyczenia po terminie jako plik CSV</translation>
    </message>
    <message>
        <source>&amp;Print reminder letters…</source>
        <translation>Drukuj listy z &amp;przypomnieniem…</translation>
    </message>
    <message>
        <source>Print reminder letters for overdue loans</source>
        <translation>Drukuj listy z przypomnieniem dla wypożyczeń po terminie</translation>
    </message>
    <message>
        <source>Print reminder letters (Ctrl+P)</source>
        <translation>Drukuj listy z przypomnieniem (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save letters as PD&amp;F…</source>
        <translation>Zapisz listy jako PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the reminder letters as a PDF file</source>
        <translation>Zapisz listy z przypomnieniem jako plik PDF</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Wypożyczone</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Termin dzisiaj</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Awaiting wipe</source>
        <translation>Czeka na wymazanie danych</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>W naprawie</translation>
    </message>
    <message>
        <source>Data ending soon</source>
        <translation>Dane wkrótce się kończą</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>Jak na liście</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, may be phoned on %2</source>
        <translation>%1, zgoda na telefon: %2</translation>
    </message>
    <message>
        <source>No letter — no postal consent: %1.</source>
        <translation>Bez listu — brak zgody na korespondencję pocztową: %1.</translation>
    </message>
    <message>
        <source>No letter — no address on record: %1.</source>
        <translation>Bez listu — brak adresu w rejestrze: %1.</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Wszystkie filie</translation>
    </message>
    <message>
        <source>Device kept for them</source>
        <translation>Zarezerwowane dla nich urządzenie</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Active loans: %1 · Overdue: %2</source>
        <translation>Aktywne wypożyczenia: %1 · Po terminie: %2</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Termin w tym tygodniu</translation>
    </message>
    <message>
        <source>No postal consent</source>
        <translation>Brak zgody na pocztę</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Brak adresu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Choose a loan in the list first.</source>
        <translation>Najpierw wybierz wypożyczenie z listy.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>There are no reminder letters to make: nobody with an overdue loan agreed to post.</source>
        <translation>Brak listów z przypomnieniem do przygotowania: nikt z wypożyczeniem po terminie nie zgodził się na korespondencję pocztową.</translation>
    </message>
    <message>
        <source>Overdue loan reminders</source>
        <translation>Przypomnienia o wypożyczeniach po terminie</translation>
    </message>
    <message>
        <source>Export overdue loans</source>
        <translation>Eksportuj wypożyczenia po terminie</translation>
    </message>
    <message>
        <source>Saved the overdue loans (%1) to %2.</source>
        <translation>Zapisano wypożyczenia po terminie (%1) do %2.</translation>
    </message>
    <message>
        <source>There are no reminder letters to print: nobody with an overdue loan agreed to post.</source>
        <translation>Brak listów z przypomnieniem do wydrukowania: nikt z wypożyczeniem po terminie nie zgodził się na korespondencję pocztową.</translation>
    </message>
    <message>
        <source>Reminder letters sent to the printer: %1.</source>
        <translation>Listy z przypomnieniem wysłane do drukarki: %1.</translation>
    </message>
    <message>
        <source>Save reminder letters as PDF</source>
        <translation>Zapisz listy z przypomnieniem jako PDF</translation>
    </message>
    <message>
        <source>Saved the reminder letters as %1.</source>
        <translation>Zapisano listy z przypomnieniem jako %1.</translation>
    </message>
</context>
<context>
    <name>LoanReceipt</name>
    <message>
        <source>Loan agreement and receipt: %1</source>
        <translation>Umowa wypożyczenia i potwierdzenie: %1</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>%1 (library card %2)</source>
        <translation>%1 (karta biblioteczna %2)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Numer inwentarzowy</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>SIM (ICCID)</source>
        <translation>SIM (ICCID)</translation>
    </message>
    <message>
        <source>Kit lent with it</source>
        <translation>Wypożyczony zestaw</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Termin zwrotu</translation>
    </message>
    <message>
        <source>Replacement cost</source>
        <translation>Koszt wymiany</translation>
    </message>
    <message>
        <source>Lent by</source>
        <translation>Wypożyczył(a)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Loan reference</source>
        <translation>Numer wypożyczenia</translation>
    </message>
    <message>
        <source>&lt;p&gt;The resident accepts these terms by signing this copy, which the library keeps.&lt;/p&gt;&lt;p style=&quot;margin-top:28px&quot;&gt;Signature: ____________________________________ &amp;nbsp;&amp;nbsp; Date: ________________&lt;/p&gt;&lt;p&gt;Name: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mieszkaniec akceptuje te warunki, podpisując ten egzemplarz, który zachowuje biblioteka.&lt;/p&gt;&lt;p style=&quot;margin-top:28px&quot;&gt;Podpis: ____________________________________ &amp;nbsp;&amp;nbsp; Data: ________________&lt;/p&gt;&lt;p&gt;Imię i nazwisko: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Accepted at the library desk on %1: the resident ticked the declaration that they accept these terms and typed their name as &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zaakceptowano przy stanowisku bibliotecznym %1: mieszkaniec zaznaczył oświadczenie o akceptacji tych warunków i wpisał swoje imię i nazwisko jako &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Please bring the device and its kit back to %1 by %2. To renew the loan, ask at the desk.</source>
        <translation>Prosimy o zwrot urządzenia wraz z zestawem do %1 do dnia %2. Aby przedłużyć wypożyczenie, zapytaj przy stanowisku.</translation>
    </message>
    <message>
        <source>Please bring the device and its kit back to %1 by %2. To renew the loan, call %3 or ask at the desk.</source>
        <translation>Prosimy o zwrot urządzenia wraz z zestawem do %1 do dnia %2. Aby przedłużyć wypożyczenie, zadzwoń pod numer %3 lub zapytaj przy stanowisku.</translation>
    </message>
    <message>
        <source>Device loan agreement and receipt</source>
        <translation>Umowa wypożyczenia urządzenia i potwierdzenie</translation>
    </message>
    <message>
        <source>Loan terms (version %1)</source>
        <translation>Warunki wypożyczenia (wersja %1)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
</context>
<context>
    <name>LoanRepository</name>
    <message>
        <source>Scan or type the resident&apos;s library card.</source>
        <translation>Zeskanuj lub wpisz numer karty bibliotecznej mieszkańca.</translation>
    </message>
    <message>
        <source>The record for card %1 has been anonymised, so nothing can be lent on it. If the person is back, register them again.</source>
        <translation>Dane karty %1 zostały zanonimizowane, więc nie można na nią niczego wypożyczyć. Jeśli ta osoba wróciła, zarejestruj ją ponownie.</translation>
    </message>
    <message>
        <source>That is a device tag, not a library card — scan the resident&apos;s card.</source>
        <translation>To jest numer urządzenia, a nie karta biblioteczna — zeskanuj kartę mieszkańca.</translation>
    </message>
    <message>
        <source>No resident has the card %1. Check the card, or register the resident first.</source>
        <translation>Żaden mieszkaniec nie ma karty %1. Sprawdź kartę lub najpierw zarejestruj mieszkańca.</translation>
    </message>
</context>
<context>
    <name>LoanRuleDelegate</name>
    <message>
        <source>Hard end date, day month year, blank for none</source>
        <translation>Ostateczna data końcowa, dzień miesiąc rok, puste oznacza brak</translation>
    </message>
    <message>
        <source>DD/MM/YYYY or blank</source>
        <translation>DD/MM/RRRR lub puste</translation>
    </message>
</context>
<context>
    <name>LoanRuleDialog</name>
    <message>
        <source>Change loan rule</source>
        <translation>Zmień zasadę wypożyczeń</translation>
    </message>
    <message>
        <source>New loan rule</source>
        <translation>Nowa zasada wypożyczeń</translation>
    </message>
    <message>
        <source>Change a loan rule</source>
        <translation>Zmień zasadę wypożyczeń</translation>
    </message>
    <message>
        <source>The borrower category, device type and branch are what the rule is for; to cover another combination, add a new rule.</source>
        <translation>Kategoria wypożyczającego, typ urządzenia i filia określają, czego dotyczy zasada; aby objąć inne połączenie, dodaj nową zasadę.</translation>
    </message>
    <message>
        <source>Leave the type or branch as “any” to cover them all. If a rule for the same combination exists, it is changed.</source>
        <translation>Zostaw typ lub filię jako „dowolne”, aby objąć wszystkie. Jeśli istnieje zasada dla tego samego połączenia, zostanie zmieniona.</translation>
    </message>
    <message>
        <source>Borrower category</source>
        <translation>Kategoria wypożyczającego</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Typ urządzenia</translation>
    </message>
    <message>
        <source>Any device type</source>
        <translation>Dowolny typ urządzenia</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Any branch</source>
        <translation>Dowolna filia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loan length in days</source>
        <translation>Długość wypożyczenia w dniach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Renewals allowed</source>
        <translation>Dozwolone przedłużenia</translation>
    </message>
    <message>
        <source>Devices a resident may have at once</source>
        <translation>Urządzenia, które mieszkaniec może mieć jednocześnie</translation>
    </message>
    <message>
        <source>Hard end date, day month year</source>
        <translation>Ostateczna data końcowa, dzień miesiąc rok</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, or blank for none</source>
        <translation>DD/MM/RRRR lub puste, jeśli brak</translation>
    </message>
    <message>
        <source>No loan under this rule runs past this date (for example when funding ends)</source>
        <translation>Żadne wypożyczenie według tej zasady nie trwa dłużej niż do tej daty (np. gdy kończy się finansowanie)</translation>
    </message>
    <message>
        <source>Borrower &amp;category</source>
        <translation>Kategoria wypoży&amp;czającego</translation>
    </message>
    <message>
        <source>Device &amp;type</source>
        <translation>&amp;Typ urządzenia</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>Filia (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Loan length</source>
        <translation>Długość wypożyczenia (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Renewals</source>
        <translation>P&amp;rzedłużenia</translation>
    </message>
    <message>
        <source>Devices at &amp;once</source>
        <translation>Urządzenia jedn&amp;ocześnie</translation>
    </message>
    <message>
        <source>&amp;Hard end date</source>
        <translation>Ostateczna data końcowa (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Zapi&amp;sz zasadę</translation>
    </message>
    <message>
        <source>Save the loan rule</source>
        <translation>Zapisz zasadę wypożyczeń</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Nothing was saved. Write the hard end date as day/month/year, or leave it blank.</source>
        <translation>Niczego nie zapisano. Wpisz ostateczną datę końcową jako dzień/miesiąc/rok lub zostaw puste.</translation>
    </message>
</context>
<context>
    <name>LoanRulesModel</name>
    <message>
        <source>Any type</source>
        <translation>Dowolny typ</translation>
    </message>
    <message>
        <source>(removed type)</source>
        <translation>(usunięty typ)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Any branch</source>
        <translation>Dowolna filia</translation>
    </message>
    <message>
        <source>(removed branch)</source>
        <translation>(usunięta filia)</translation>
    </message>
    <message>
        <source>%1 borrowers, %2, %3</source>
        <translation>Wypożyczający: %1, %2, %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>The standard rule for any device at any branch: everyone&apos;s fallback. It can be changed but not removed.</source>
        <translation>Standardowa zasada dla dowolnego urządzenia w dowolnej filii: rozwiązanie zapasowe dla wszystkich. Można ją zmienić, ale nie usunąć.</translation>
    </message>
    <message>
        <source>Type a number (or press F2) to change the highlighted value</source>
        <translation>Wpisz liczbę (lub naciśnij F2), aby zmienić podświetloną wartość</translation>
    </message>
    <message>
        <source>Borrower category</source>
        <translation>Kategoria wypożyczającego</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Typ urządzenia</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Loan days</source>
        <translation>Dni wypożyczenia</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Przedłużenia</translation>
    </message>
    <message>
        <source>Devices at once</source>
        <translation>Urządzenia jednocześnie</translation>
    </message>
    <message>
        <source>Hard end date</source>
        <translation>Ostateczna data końcowa</translation>
    </message>
</context>
<context>
    <name>LoanRulesPanel</name>
    <message>
        <source>The most specific rule for the resident&apos;s category, the device type and the branch applies; “any” fits every type or branch. Type a number on a value to change it.</source>
        <translation>Obowiązuje najbardziej szczegółowa zasada dla kategorii mieszkańca, typu urządzenia i filii; „dowolne” pasuje do każdego typu lub filii. Wpisz liczbę na wartości, aby ją zmienić.</translation>
    </message>
    <message>
        <source>Loan rules</source>
        <translation>Zasady wypożyczeń</translation>
    </message>
    <message>
        <source>No loan rules: nothing can be lent until the standard rule is set.</source>
        <translation>Brak zasad wypożyczeń: nie można niczego wypożyczyć, dopóki nie zostanie ustawiona zasada standardowa.</translation>
    </message>
    <message>
        <source>Type a number on a loan length, renewals or devices at once (or press F2) to change it; Enter saves, Esc leaves it as it was. Enter on a row opens it.</source>
        <translation>Wpisz liczbę na długości wypożyczenia, przedłużeniach lub urządzeniach jednocześnie (lub naciśnij F2), aby ją zmienić; Enter zapisuje, Esc pozostawia bez zmian. Enter na wierszu go otwiera.</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Nowa zasada…</translation>
    </message>
    <message>
        <source>Add a loan rule</source>
        <translation>Dodaj zasadę wypożyczeń</translation>
    </message>
    <message>
        <source>&amp;Change rule…</source>
        <translation>Zmień zasadę (&amp;C)…</translation>
    </message>
    <message>
        <source>Change the selected loan rule</source>
        <translation>Zmień wybraną zasadę wypożyczeń</translation>
    </message>
    <message>
        <source>Change the selected rule (Enter)</source>
        <translation>Zmień wybraną zasadę (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move rule…</source>
        <translation>Usuń zasadę (&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected loan rule</source>
        <translation>Usuń wybraną zasadę wypożyczeń</translation>
    </message>
    <message>
        <source>Nothing was saved. Write the hard end date as day/month/year, or leave it blank for none.</source>
        <translation>Niczego nie zapisano. Wpisz ostateczną datę końcową jako dzień/miesiąc/rok lub zostaw puste, jeśli brak.</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Zapisano. %1</translation>
    </message>
    <message>
        <source>Remove loan rule</source>
        <translation>Usuń zasadę wypożyczeń</translation>
    </message>
    <message>
        <source>Remove the rule for %1?</source>
        <translation>Usunąć zasadę dla: %1?</translation>
    </message>
    <message>
        <source>Loans already made keep their due dates. New loans for this combination use the next most specific rule.</source>
        <translation>Zawarte już wypożyczenia zachowują swoje terminy zwrotu. Nowe wypożyczenia dla tego połączenia korzystają z następnej najbardziej szczegółowej zasady.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Usuń (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Zachowaj (&amp;K)</translation>
    </message>
</context>
<context>
    <name>LoanTermsPanel</name>
    <message>
        <source>&amp;Publish new version…</source>
        <translation>O&amp;publikuj nową wersję…</translation>
    </message>
    <message>
        <source>Publish a new version of the loan terms</source>
        <translation>Opublikuj nową wersję warunków wypożyczeń</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Słowa</translation>
    </message>
    <message>
        <source>Versions of the loan terms</source>
        <translation>Wersje warunków wypożyczeń</translation>
    </message>
    <message>
        <source>No loan terms have been published: nothing can be lent until there are some.</source>
        <translation>Nie opublikowano żadnych warunków wypożyczeń: nie można niczego wypożyczyć, dopóki ich nie będzie.</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>Wersje (&amp;V)</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Tekst wybranej wersji</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Obowiązuje</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Od %1</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Zastąpiona</translation>
    </message>
    <message>
        <source>In force today: version %1, since %2.</source>
        <translation>Obowiązuje dzisiaj: wersja %1, od %2.</translation>
    </message>
    <message>
        <source>No loan terms are in force today.</source>
        <translation>Dzisiaj nie obowiązują żadne warunki wypożyczeń.</translation>
    </message>
    <message>
        <source>Version %1, in force from %2</source>
        <translation>Wersja %1, obowiązuje od %2</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Zapisano. %1</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>Loans tasks</source>
        <translation>Zadania wypożyczeń</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Wyp&amp;ożycz</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Zwrot (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Wipe</source>
        <translation>&amp;Wymazanie danych</translation>
    </message>
    <message>
        <source>Li&amp;sts</source>
        <translation>Li&amp;sty</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Wypożyczenia</translation>
    </message>
    <message>
        <source>Scan a library card, then a device, to lend it. Check in, renew, record wipes and see the lists.</source>
        <translation>Zeskanuj kartę biblioteczną, a potem urządzenie, aby je wypożyczyć. Przyjmuj zwroty, przedłużaj, zapisuj wymazanie danych i przeglądaj listy.</translation>
    </message>
</context>
<context>
    <name>LoansPanel</name>
    <message>
        <source>The store could not be read, so what is shown may be out of date. %1</source>
        <translation>Nie udało się odczytać bazy, więc wyświetlane dane mogą być nieaktualne. %1</translation>
    </message>
</context>
<context>
    <name>LogHoursCommand</name>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>Tego wolontariusza nie ma w bazie.</translation>
    </message>
    <message>
        <source>Give the day the hours were worked.</source>
        <translation>Podaj dzień, w którym przepracowano godziny.</translation>
    </message>
    <message>
        <source>Hours can be logged only for today or earlier.</source>
        <translation>Godziny można zapisać tylko za dzisiaj lub wcześniej.</translation>
    </message>
    <message>
        <source>Hours more than a year old cannot be logged.</source>
        <translation>Nie można zapisać godzin sprzed ponad roku.</translation>
    </message>
    <message>
        <source>Log between 5 minutes and 12 hours for one day.</source>
        <translation>Zapisz od 5 minut do 12 godzin na jeden dzień.</translation>
    </message>
    <message>
        <source>Say what the hours were for, so the coordinator can approve them.</source>
        <translation>Napisz, za co są te godziny, aby koordynator mógł je zatwierdzić.</translation>
    </message>
    <message>
        <source>The note is too long (at most 300 characters).</source>
        <translation>Notatka jest za długa (najwyżej 300 znaków).</translation>
    </message>
    <message>
        <source>Logged %1 minutes on %2; they count once a coordinator approves them.</source>
        <translation>Zapisano %1 min dnia %2; zostaną policzone, gdy koordynator je zatwierdzi.</translation>
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
        <translation>Baza: %1</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>Stanowisko (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Zab&amp;lokuj</translation>
    </message>
    <message>
        <source>Hide everything until someone signs in</source>
        <translation>Ukryj wszystko, dopóki ktoś się nie zaloguje</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakończ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Przejdź (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomoc (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Skróty &amp;klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About TechMates Desk</source>
        <translation>O progr&amp;amie TechMates Desk</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Zalogowano: %1 (%2)</translation>
    </message>
    <message>
        <source>Desk locked: nobody is signed in</source>
        <translation>Stanowisko zablokowane: nikt nie jest zalogowany</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Everything at the desk works from the keyboard.</source>
        <translation>Wszystko przy stanowisku działa z klawiatury.</translation>
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
        <translation>Ctrl+1 … Ctrl+9  przejdź do: Mieszkańcy, Wypożyczenia, Rezerwacje, Umiejętności, Szkolenia, Raporty, Administracja, Urządzenia, Synchronizacja
W Synchronizacji: Ctrl+Shift+S synchronizuj teraz z serwerem samorządu
W Urządzeniach: zeskanuj numer i naciśnij Enter, aby znaleźć urządzenie; Alt+A dodaj, Alt+S zmień status, Alt+B etykiety, Alt+I import CSV
Ctrl+F  znajdź mieszkańca (lub po prostu zeskanuj jego kartę)
Ctrl+N  nowy mieszkaniec
Enter  otwórz wybrany wiersz; w formularzu zapisz
Ctrl+S  zapisz formularz
Esc  zamknij formularz bez zapisywania
F5  odśwież sekcję
Ctrl+L  zablokuj stanowisko (i zmień osobę)
Ctrl+Q  zakończ</translation>
    </message>
    <message>
        <source>About TechMates Desk</source>
        <translation>O programie TechMates Desk</translation>
    </message>
    <message>
        <source>TechMates Desk %1

Device and data loans, TechMates sessions, iDEA badges and volunteer training for council libraries.</source>
        <translation>TechMates Desk %1

Wypożyczanie urządzeń i danych, sesje TechMates, odznaki iDEA i szkolenia wolontariuszy dla bibliotek samorządowych.</translation>
    </message>
    <message>
        <source>L&amp;anguage…</source>
        <translation>Język (&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MarkFoundCommand</name>
    <message>
        <source>recorded as found</source>
        <translation>zapisane jako odnalezione</translation>
    </message>
    <message>
        <source>Unknown branch “%1”.</source>
        <translation>Nieznana filia „%1”.</translation>
    </message>
    <message>
        <source>found</source>
        <translation>odnalezione</translation>
    </message>
    <message>
        <source>%1 is found, at %2, and awaiting wipe.</source>
        <translation>%1 odnaleziono w %2; czeka na wymazanie danych.</translation>
    </message>
</context>
<context>
    <name>MarkLostCommand</name>
    <message>
        <source>marked lost</source>
        <translation>oznaczone jako zagubione</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>zagubione</translation>
    </message>
    <message>
        <source>The loan is closed as lost.</source>
        <translation>Wypożyczenie zostało zamknięte jako zagubione.</translation>
    </message>
    <message>
        <source>%1 is recorded as lost.</source>
        <translation>%1 zapisano jako zagubione.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record the outcome</source>
        <translation>Zapisz wynik</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 z: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się wydarzyło</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Powód anulowania</translation>
    </message>
    <message>
        <source>Covered: %1</source>
        <translation>Omówione: %1</translation>
    </message>
    <message>
        <source>Tasks achieved</source>
        <translation>Wykonane zadania</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nie zapytano</translation>
    </message>
    <message>
        <source>Confidence before, 1 to 5</source>
        <translation>Pewność siebie przed, od 1 do 5</translation>
    </message>
    <message>
        <source>Confidence after, 1 to 5</source>
        <translation>Pewność siebie po, od 1 do 5</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>Dalsze skierowania</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Device loan that goes with the session</source>
        <translation>Wypożyczenie urządzenia związane z sesją</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Skills covered</source>
        <translation>Omówione umiejętności</translation>
    </message>
    <message>
        <source>Confidence before</source>
        <translation>Pewność siebie przed</translation>
    </message>
    <message>
        <source>Confidence after</source>
        <translation>Pewność siebie po</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Skierowania</translation>
    </message>
    <message>
        <source>Device loan</source>
        <translation>Wypożyczenie urządzenia</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Zapisz wynik</translation>
    </message>
</context>
<context>
    <name>PathwayFile</name>
    <message>
        <source>a unit code is 2 to 16 letters, digits, - or _ (for example TM02), not “%1”</source>
        <translation>kod modułu to od 2 do 16 liter, cyfr, - lub _ (na przykład TM02), a nie „%1”</translation>
    </message>
    <message>
        <source>unit %1 needs a title of at most 160 characters</source>
        <translation>moduł %1 musi mieć tytuł o długości najwyżej 160 znaków</translation>
    </message>
    <message>
        <source>unit %1: the level is at most 40 characters</source>
        <translation>moduł %1: poziom ma najwyżej 40 znaków</translation>
    </message>
    <message>
        <source>unit %1 can unlock only the booking channels %2, not “%3”</source>
        <translation>moduł %1 może odblokować tylko kanały rezerwacji %2, a nie „%3”</translation>
    </message>
    <message>
        <source>unit %1 needs between 1 and 30 outcomes</source>
        <translation>moduł %1 musi mieć od 1 do 30 efektów</translation>
    </message>
    <message>
        <source>unit %1, outcome %2: the wording (needed) and the evidence needed are at most 400 characters</source>
        <translation>moduł %1, efekt %2: treść (wymagana) i potrzebny dowód mają najwyżej po 400 znaków</translation>
    </message>
    <message>
        <source>the file is not a JSON training pathway.</source>
        <translation>plik nie jest ścieżką szkoleniową w formacie JSON.</translation>
    </message>
    <message>
        <source>the pathway needs a code and a name.</source>
        <translation>ścieżka wymaga kodu i nazwy.</translation>
    </message>
    <message>
        <source>unit %1: %2.</source>
        <translation>moduł %1: %2.</translation>
    </message>
    <message>
        <source>unit %1: the code %2 appears twice.</source>
        <translation>moduł %1: kod %2 występuje dwa razy.</translation>
    </message>
    <message>
        <source>the pathway has no units.</source>
        <translation>ścieżka nie ma modułów.</translation>
    </message>
    <message>
        <source>the TechMates pathway is missing from this build.</source>
        <translation>w tej kompilacji brakuje ścieżki TechMates.</translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>Wolontariusz (&amp;V):</translation>
    </message>
    <message>
        <source>Volunteer whose portfolio is shown</source>
        <translation>Wolontariusz, którego portfolio jest wyświetlane</translation>
    </message>
    <message>
        <source>Units, outcomes and evidence</source>
        <translation>Moduły, efekty i dowody</translation>
    </message>
    <message>
        <source>Unit / outcome / evidence</source>
        <translation>Moduł / efekt / dowód</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Dodaj dowód (&amp;E)…</translation>
    </message>
    <message>
        <source>Add evidence for the selected outcome</source>
        <translation>Dodaj dowód dla wybranego efektu</translation>
    </message>
    <message>
        <source>&amp;Sign off outcome</source>
        <translation>Zatwierdź efekt (&amp;S)</translation>
    </message>
    <message>
        <source>Sign off the selected outcome</source>
        <translation>Zatwierdź wybrany efekt</translation>
    </message>
    <message>
        <source>Verif&amp;y unit</source>
        <translation>Zwer&amp;yfikuj moduł</translation>
    </message>
    <message>
        <source>Verify the selected achieved unit</source>
        <translation>Zweryfikuj wybrany ukończony moduł</translation>
    </message>
    <message>
        <source>Ope&amp;n file</source>
        <translation>Otwórz plik (&amp;N)</translation>
    </message>
    <message>
        <source>Open the selected evidence file</source>
        <translation>Otwórz wybrany plik z dowodem</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Drukuj (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the portfolio</source>
        <translation>Drukuj portfolio</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Zapisz jako PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the portfolio as PDF</source>
        <translation>Zapisz portfolio jako PDF</translation>
    </message>
    <message>
        <source>%1 (%2 awaiting sign-off)</source>
        <translation>%1 (czeka na zatwierdzenie: %2)</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet: enrol volunteers on the Trainees tab.</source>
        <translation>Nikt nie jest jeszcze zapisany: zapisz wolontariuszy na karcie Uczestnicy szkolenia.</translation>
    </message>
    <message>
        <source>You are not enrolled on a training pathway yet. Ask your coordinator.</source>
        <translation>Nie jesteś jeszcze zapisany na ścieżkę szkoleniową. Zapytaj koordynatora.</translation>
    </message>
    <message>
        <source>%1 of %2 units achieved</source>
        <translation>Ukończone moduły: %1 z %2</translation>
    </message>
    <message>
        <source>%1: graduated %2</source>
        <translation>%1: ukończono %2</translation>
    </message>
    <message>
        <source>%1: enrolled %2</source>
        <translation>%1: zapisano %2</translation>
    </message>
    <message>
        <source>Achieved %1, verified</source>
        <translation>Ukończono %1, zweryfikowano</translation>
    </message>
    <message>
        <source>Achieved %1, awaiting verification</source>
        <translation>Ukończono %1, czeka na weryfikację</translation>
    </message>
    <message>
        <source>, certificate %1</source>
        <translation>, certyfikat %1</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes signed off</source>
        <translation>Zatwierdzone efekty: %1 z %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Signed off by %1, %2</source>
        <translation>Zatwierdził(a) %1, %2</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Brak dowodów</translation>
    </message>
    <message>
        <source>%1 piece(s) of evidence, awaiting sign-off</source>
        <translation>Dowody: %1, czekają na zatwierdzenie</translation>
    </message>
    <message>
        <source>%1.%2 %3</source>
        <translation>%1.%2 %3</translation>
    </message>
    <message>
        <source>Evidence needed: %1</source>
        <translation>Potrzebny dowód: %1</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, autor: %2</translation>
    </message>
    <message>
        <source>Choose the outcome the evidence is for.</source>
        <translation>Wybierz efekt, którego dotyczy dowód.</translation>
    </message>
    <message>
        <source>Choose the outcome to sign off.</source>
        <translation>Wybierz efekt do zatwierdzenia.</translation>
    </message>
    <message>
        <source>Choose the unit to verify.</source>
        <translation>Wybierz moduł do zweryfikowania.</translation>
    </message>
    <message>
        <source>Choose a piece of evidence with a file.</source>
        <translation>Wybierz dowód z plikiem.</translation>
    </message>
    <message>
        <source>The file %1 is missing from this desk&apos;s evidence folder or has changed since it was added (its checksum does not match).</source>
        <translation>Pliku %1 brakuje w folderze dowodów tego stanowiska lub zmienił się od czasu dodania (suma kontrolna się nie zgadza).</translation>
    </message>
    <message>
        <source>Training portfolio — %1</source>
        <translation>Portfolio szkoleniowe — %1</translation>
    </message>
    <message>
        <source>Save the training portfolio</source>
        <translation>Zapisz portfolio szkoleniowe</translation>
    </message>
    <message>
        <source>Portfolio %1.pdf</source>
        <translation>Portfolio %1.pdf</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
</context>
<context>
    <name>PrintedLetterhead</name>
    <message>
        <source>Telephone %1</source>
        <translation>Telefon %1</translation>
    </message>
</context>
<context>
    <name>PublishLoanTermsCommand</name>
    <message>
        <source>The terms are too short to be an agreement.</source>
        <translation>Warunki są za krótkie, by stanowić umowę.</translation>
    </message>
    <message>
        <source>The terms are too long (at most 20,000 characters).</source>
        <translation>Warunki są za długie (najwyżej 20 000 znaków).</translation>
    </message>
    <message>
        <source>New terms cannot start in the past: borrowers already accepted the terms in force then.</source>
        <translation>Nowe warunki nie mogą zaczynać obowiązywać w przeszłości: wypożyczający zaakceptowali już warunki obowiązujące w tym czasie.</translation>
    </message>
    <message>
        <source>These terms are already published, as version %1.</source>
        <translation>Te warunki są już opublikowane jako wersja %1.</translation>
    </message>
    <message>
        <source>Published loan terms version %1, in force from %2.</source>
        <translation>Opublikowano warunki wypożyczeń w wersji %1, obowiązujące od %2.</translation>
    </message>
</context>
<context>
    <name>PublishTermsDialog</name>
    <message>
        <source>Publish new loan terms</source>
        <translation>Opublikuj nowe warunki wypożyczeń</translation>
    </message>
    <message>
        <source>Publish a new version of the loan terms</source>
        <translation>Opublikuj nową wersję warunków wypożyczeń</translation>
    </message>
    <message>
        <source>Residents accept these terms at check-out. Loans already made keep the version their borrower accepted. Ctrl+S publishes.</source>
        <translation>Mieszkańcy akceptują te warunki przy wypożyczeniu. Zawarte wypożyczenia zachowują wersję zaakceptowaną przez wypożyczającego. Ctrl+S publikuje.</translation>
    </message>
    <message>
        <source>Text of the new terms</source>
        <translation>Tekst nowych warunków</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>Warunki (&amp;T)</translation>
    </message>
    <message>
        <source>In force from, day month year</source>
        <translation>Obowiązuje od, dzień miesiąc rok</translation>
    </message>
    <message>
        <source>Today or later</source>
        <translation>Dzisiaj lub później</translation>
    </message>
    <message>
        <source>In force &amp;from</source>
        <translation>Obowiązuje od (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>O&amp;publikuj</translation>
    </message>
    <message>
        <source>Publish the new terms</source>
        <translation>Opublikuj nowe warunki</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Nothing was published. Write the date the terms come into force as day/month/year, today or later.</source>
        <translation>Niczego nie opublikowano. Wpisz datę wejścia warunków w życie jako dzień/miesiąc/rok, dzisiaj lub później.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Cofnij (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ponów (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kopiuj (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Wklej (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>Tak (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>T&amp;ak dla wszystkich</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nie dla wszystkich (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoruj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Cofnij (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ponów (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kopiuj (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Wklej (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>ReceiveTransferCommand</name>
    <message>
        <source>received</source>
        <translation>przyjęte</translation>
    </message>
    <message>
        <source>%1 is in transit but no transfer is open for it. Ask a coordinator to check the register.</source>
        <translation>%1 jest w drodze, ale nie ma dla niego otwartego przeniesienia. Poproś koordynatora o sprawdzenie rejestru.</translation>
    </message>
    <message>
        <source>The transfer names a branch that is not in the store.</source>
        <translation>Przeniesienie wskazuje filię, której nie ma w bazie.</translation>
    </message>
    <message>
        <source>received at %1</source>
        <translation>przyjęte w %1</translation>
    </message>
    <message>
        <source>It still needs its wipe before it can be lent.</source>
        <translation>Przed wypożyczeniem nadal wymaga wymazania danych.</translation>
    </message>
    <message>
        <source>%1 has arrived at %2 and is %3.</source>
        <translation>%1 dotarło do %2 i ma stan: %3.</translation>
    </message>
</context>
<context>
    <name>RecordBadgeCommand</name>
    <message>
        <source>A learner is a resident, a volunteer or a member of staff.</source>
        <translation>Uczestnik to mieszkaniec, wolontariusz lub pracownik.</translation>
    </message>
    <message>
        <source>That %1 is not on record (or not yours to record badges for).</source>
        <translation>Nie ma zapisu: %1 (albo nie możesz zapisywać mu odznak).</translation>
    </message>
    <message>
        <source>You can record badges only for residents you have a booking with.</source>
        <translation>Odznaki możesz zapisywać tylko mieszkańcom, z którymi masz rezerwację.</translation>
    </message>
    <message>
        <source>Choose the badge.</source>
        <translation>Wybierz odznakę.</translation>
    </message>
    <message>
        <source>There is no badge with the code %1 in the catalogue.</source>
        <translation>W katalogu nie ma odznaki o kodzie %1.</translation>
    </message>
    <message>
        <source>The badge %1 (%2) is no longer offered.</source>
        <translation>Odznaka %1 (%2) nie jest już oferowana.</translation>
    </message>
    <message>
        <source>Give the date the badge was achieved.</source>
        <translation>Podaj datę zdobycia odznaki.</translation>
    </message>
    <message>
        <source>The date %1 is in the future: a badge is recorded once it has been achieved.</source>
        <translation>Data %1 jest w przyszłości: odznakę zapisuje się, gdy zostanie zdobyta.</translation>
    </message>
    <message>
        <source>The date %1 is too early for an iDEA badge; check the year.</source>
        <translation>Data %1 jest zbyt wczesna dla odznaki iDEA; sprawdź rok.</translation>
    </message>
    <message>
        <source>The TechMate who supported the badge is not on record.</source>
        <translation>Nie ma zapisu o TechMate, który wspierał zdobycie odznaki.</translation>
    </message>
    <message>
        <source>%1 already holds the badge %2 (%3).</source>
        <translation>%1 ma już odznakę %2 (%3).</translation>
    </message>
    <message>
        <source>The branch the badge is recorded at is not on record.</source>
        <translation>Nie ma zapisu o filii, w której zapisywana jest odznaka.</translation>
    </message>
    <message>
        <source>Recorded the badge %1 on %2.</source>
        <translation>Zapisano odznakę %1 dnia %2.</translation>
    </message>
</context>
<context>
    <name>RecordBadgesCommand</name>
    <message>
        <source>The file has no badge completions to import.</source>
        <translation>Plik nie zawiera ukończonych odznak do zaimportowania.</translation>
    </message>
    <message>
        <source>Add at least one learner and one badge.</source>
        <translation>Dodaj co najmniej jednego uczestnika i jedną odznakę.</translation>
    </message>
    <message>
        <source>At most %1 badges can be recorded in one go.</source>
        <translation>Jednorazowo można zapisać najwyżej %1 odznak.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>wpis %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the same learner and badge appear twice.</source>
        <translation>%1: ten sam uczestnik i odznaka występują dwa razy.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… i %1 więcej.</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1 problem(s).
%2</source>
        <translation>Niczego nie zapisano: problemy: %1.
%2</translation>
    </message>
    <message>
        <source>Imported %1 badge(s) for %2 learner(s).</source>
        <translation>Zaimportowano odznaki: %1 dla uczestników: %2.</translation>
    </message>
    <message>
        <source>Recorded %1 badge(s) for %2 learner(s) at a group session.</source>
        <translation>Zapisano odznaki: %1 dla uczestników: %2 podczas sesji grupowej.</translation>
    </message>
</context>
<context>
    <name>RecordDbsCommand</name>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>Tego wolontariusza nie ma w bazie.</translation>
    </message>
    <message>
        <source>A DBS certificate number has 12 digits.</source>
        <translation>Numer zaświadczenia DBS ma 12 cyfr.</translation>
    </message>
    <message>
        <source>Give the date the DBS certificate was issued.</source>
        <translation>Podaj datę wydania zaświadczenia DBS.</translation>
    </message>
    <message>
        <source>The DBS certificate&apos;s issue date (%1) is in the future.</source>
        <translation>Data wydania zaświadczenia DBS (%1) jest w przyszłości.</translation>
    </message>
    <message>
        <source>The re-check date must come after the issue date.</source>
        <translation>Data ponownej weryfikacji musi być późniejsza niż data wydania.</translation>
    </message>
    <message>
        <source>This check is already past its re-check date (%1): it does not allow home visits.</source>
        <translation>Ta weryfikacja jest już po terminie ponownej weryfikacji (%1): nie pozwala na wizyty domowe.</translation>
    </message>
    <message>
        <source>Recorded the DBS check; re-check due %1.</source>
        <translation>Zapisano weryfikację DBS; ponowna weryfikacja %1.</translation>
    </message>
</context>
<context>
    <name>RecordEventCommand</name>
    <message>
        <source>That event is not in the store.</source>
        <translation>Tego wydarzenia nie ma w bazie.</translation>
    </message>
    <message>
        <source>The event has not started yet: record the headcount once it has.</source>
        <translation>Wydarzenie jeszcze się nie rozpoczęło: zapisz frekwencję, gdy się zacznie.</translation>
    </message>
    <message>
        <source>The headcount must be between 0 and 1000.</source>
        <translation>Frekwencja musi wynosić od 0 do 1000.</translation>
    </message>
    <message>
        <source>The topics are too long (at most 1000 characters).</source>
        <translation>Tematy są za długie (najwyżej 1000 znaków).</translation>
    </message>
    <message>
        <source>A topic cannot contain a comma.</source>
        <translation>Temat nie może zawierać przecinka.</translation>
    </message>
    <message numerus="yes">
        <source>Logged the hours of %n helper(s).</source>
        <translation>
            <numerusform>Zapisano godziny %n pomocnika.</numerusform>
            <numerusform>Zapisano godziny %n pomocników.</numerusform>
            <numerusform>Zapisano godziny %n pomocników.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n people at the event.</source>
        <translation>
            <numerusform>Zapisano %n osobę na wydarzeniu.</numerusform>
            <numerusform>Zapisano %n osoby na wydarzeniu.</numerusform>
            <numerusform>Zapisano %n osób na wydarzeniu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordLoanConflictCommand</name>
    <message>
        <source>The check-out cannot be recorded as a conflict: it has no %1.</source>
        <translation>Wypożyczenia nie można zapisać jako konfliktu: brak w nim: %1.</translation>
    </message>
    <message>
        <source>This loan is already recorded.</source>
        <translation>To wypożyczenie jest już zapisane.</translation>
    </message>
    <message>
        <source>The check-out names a record the server does not have (%1).</source>
        <translation>Wypożyczenie wskazuje rekord, którego serwer nie ma (%1).</translation>
    </message>
    <message>
        <source>Not accepted by the council&apos;s record: %1 Awaiting a coordinator.</source>
        <translation>Nieprzyjęte przez rejestr samorządu: %1 Czeka na koordynatora.</translation>
    </message>
    <message>
        <source>Device %1 was lent at two desks; a coordinator will confirm who has it.</source>
        <translation>Urządzenie %1 zostało wypożyczone przy dwóch stanowiskach; koordynator potwierdzi, kto je ma.</translation>
    </message>
</context>
<context>
    <name>RecordOutcomeCommand</name>
    <message>
        <source>That session is not in the store.</source>
        <translation>Tej sesji nie ma w bazie.</translation>
    </message>
    <message>
        <source>Say what happened: attended, resident_no_show, volunteer_no_show or cancelled.</source>
        <translation>Podaj, co się wydarzyło: attended, resident_no_show, volunteer_no_show lub cancelled.</translation>
    </message>
    <message>
        <source>This session is already recorded as %1.</source>
        <translation>Ta sesja jest już zapisana jako: %1.</translation>
    </message>
    <message>
        <source>Give a reason for cancelling (for example “resident unwell”).</source>
        <translation>Podaj powód anulowania (na przykład „mieszkaniec chory”).</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>Powód jest za długi (najwyżej 500 znaków).</translation>
    </message>
    <message>
        <source>This session starts at %1: record what happened once it has begun, or cancel it.</source>
        <translation>Ta sesja zaczyna się o %1: zapisz jej przebieg, gdy się rozpocznie, albo ją anuluj.</translation>
    </message>
    <message>
        <source>Skills, tasks, confidence and a loan are recorded only for a session that was attended.</source>
        <translation>Umiejętności, zadania, pewność siebie i wypożyczenie zapisuje się tylko dla sesji, która się odbyła.</translation>
    </message>
    <message>
        <source>Unknown skills area “%1”; the areas are %2.</source>
        <translation>Nieznany obszar umiejętności „%1”; obszary to %2.</translation>
    </message>
    <message>
        <source>Confidence is a number from 1 (not confident) to 5 (very confident).</source>
        <translation>Pewność siebie to liczba od 1 (brak pewności) do 5 (pełna pewność).</translation>
    </message>
    <message>
        <source>Tasks and referrals can be at most 1000 characters, notes 2000.</source>
        <translation>Zadania i skierowania mogą mieć najwyżej 1000 znaków, notatki 2000.</translation>
    </message>
    <message>
        <source>That device loan is not in the store.</source>
        <translation>Tego wypożyczenia urządzenia nie ma w bazie.</translation>
    </message>
    <message>
        <source>That device loan is another resident&apos;s.</source>
        <translation>To wypożyczenie urządzenia należy do innego mieszkańca.</translation>
    </message>
    <message>
        <source>Logged %1 minutes of volunteering.</source>
        <translation>Zapisano %1 min wolontariatu.</translation>
    </message>
    <message>
        <source>Recorded the session as %1.</source>
        <translation>Zapisano sesję jako: %1.</translation>
    </message>
</context>
<context>
    <name>RecordWipeCommand</name>
    <message>
        <source>%1 is already wiped and available; there is nothing to record.</source>
        <translation>%1 ma już wymazane dane i jest dostępne; nie ma czego zapisywać.</translation>
    </message>
    <message>
        <source>%1 is on loan. Check it in first; then record its wipe.</source>
        <translation>%1 jest wypożyczone. Najpierw przyjmij zwrot, a potem zapisz wymazanie danych.</translation>
    </message>
    <message>
        <source>%1 is in repair. Record its return from repair first; then record the wipe.</source>
        <translation>%1 jest w naprawie. Najpierw zapisz powrót z naprawy, a potem wymazanie danych.</translation>
    </message>
    <message>
        <source>%1 is %2, not awaiting wipe.</source>
        <translation>%1 ma stan: %2, a nie czeka na wymazanie danych.</translation>
    </message>
    <message>
        <source>Say how the device was wiped (for example: factory reset, MDM wipe, reimage).</source>
        <translation>Podaj, jak wymazano dane z urządzenia (na przykład: przywrócenie ustawień fabrycznych, wymazanie przez MDM, ponowna instalacja obrazu).</translation>
    </message>
    <message>
        <source>The method, tool and report id must each be plain text of at most %1 characters.</source>
        <translation>Metoda, narzędzie i identyfikator raportu muszą być zwykłym tekstem o długości najwyżej %1 znaków każde.</translation>
    </message>
    <message>
        <source>The wipe time is in the future.</source>
        <translation>Czas wymazania danych jest w przyszłości.</translation>
    </message>
    <message>
        <source>That wipe was done before %1 came back (%2); wipe it again and record the new wipe.</source>
        <translation>To wymazanie wykonano, zanim %1 wróciło (%2); wymaż dane ponownie i zapisz nowe wymazanie.</translation>
    </message>
    <message>
        <source>Recorded the wipe of %1 (%2); it is available to lend.</source>
        <translation>Zapisano wymazanie danych z %1 (%2); urządzenie jest dostępne do wypożyczenia.</translation>
    </message>
</context>
<context>
    <name>ReminderLetters</name>
    <message>
        <source>%1, asset tag &lt;b&gt;%2&lt;/b&gt;, due back on %3</source>
        <translation>%1, numer inwentarzowy &lt;b&gt;%2&lt;/b&gt;, termin zwrotu %3</translation>
    </message>
    <message>
        <source>Our records show that the device we lent you is now past its return date:</source>
        <translation>Według naszych danych minął termin zwrotu wypożyczonego Ci urządzenia:</translation>
    </message>
    <message>
        <source>Our records show that the devices we lent you are now past their return date:</source>
        <translation>Według naszych danych minął termin zwrotu wypożyczonych Ci urządzeń:</translation>
    </message>
    <message>
        <source>ask at the library desk</source>
        <translation>zapytaj przy stanowisku w bibliotece</translation>
    </message>
    <message>
        <source>call us on %1 or ask at the library desk</source>
        <translation>zadzwoń do nas pod numer %1 lub zapytaj przy stanowisku w bibliotece</translation>
    </message>
    <message>
        <source>Please bring it back to %1 when you can. If you still need it, we may be able to renew the loan: %2.</source>
        <translation>Prosimy o zwrot do %1, gdy tylko będzie to możliwe. Jeśli nadal go potrzebujesz, być może uda się przedłużyć wypożyczenie: %2.</translation>
    </message>
    <message>
        <source>Please bring them back to %1 when you can. If you still need them, we may be able to renew the loans: %2.</source>
        <translation>Prosimy o zwrot do %1, gdy tylko będzie to możliwe. Jeśli nadal ich potrzebujesz, być może uda się przedłużyć wypożyczenia: %2.</translation>
    </message>
    <message>
        <source>If you have already returned it, thank you, and please ignore this letter. If something has gone wrong, do tell us: we would much rather hear from you than not.</source>
        <translation>Jeśli urządzenie zostało już zwrócone, dziękujemy — prosimy zignorować ten list. Jeśli coś poszło nie tak, daj nam znać: wolimy się o tym dowiedzieć.</translation>
    </message>
    <message>
        <source>If you have already returned them, thank you, and please ignore this letter. If something has gone wrong, do tell us: we would much rather hear from you than not.</source>
        <translation>Jeśli urządzenia zostały już zwrócone, dziękujemy — prosimy zignorować ten list. Jeśli coś poszło nie tak, daj nam znać: wolimy się o tym dowiedzieć.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Dzień dobry, %1,</translation>
    </message>
    <message>
        <source>Your library card number is %1.</source>
        <translation>Numer Twojej karty bibliotecznej to %1.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Z poważaniem</translation>
    </message>
    <message>
        <source>The TechMates team, %1</source>
        <translation>Zespół TechMates, %1</translation>
    </message>
    <message>
        <source>Overdue loan reminders</source>
        <translation>Przypomnienia o wypożyczeniach po terminie</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <source>Day of the sessions</source>
        <translation>Dzień sesji</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Zapisz &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the reminder list as CSV</source>
        <translation>Zapisz listę przypomnień jako CSV</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Drukuj (&amp;P)…</translation>
    </message>
    <message>
        <source>Print the reminder list</source>
        <translation>Drukuj listę przypomnień</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Remind by</source>
        <translation>Sposób przypomnienia</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Numer lub adres</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Residents to remind</source>
        <translation>Mieszkańcy do przypomnienia</translation>
    </message>
    <message>
        <source>Sessions on</source>
        <translation>Sesje w dniu</translation>
    </message>
    <message>
        <source>No offline resident has a session that day.</source>
        <translation>Żaden mieszkaniec bez internetu nie ma sesji tego dnia.</translation>
    </message>
    <message numerus="yes">
        <source>Residents without email who have a session on %1. %n more have not agreed to be phoned or written to, so they are not listed.</source>
        <translation>
            <numerusform>Mieszkańcy bez e-maila, którzy mają sesję %1. Jeszcze %n osoba nie zgodziła się na kontakt telefoniczny ani listowny, więc nie jest wymieniona.</numerusform>
            <numerusform>Mieszkańcy bez e-maila, którzy mają sesję %1. Jeszcze %n osoby nie zgodziły się na kontakt telefoniczny ani listowny, więc nie są wymienione.</numerusform>
            <numerusform>Mieszkańcy bez e-maila, którzy mają sesję %1. Jeszcze %n osób nie zgodziło się na kontakt telefoniczny ani listowny, więc nie są wymienione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Residents without email who have a session on %1.</source>
        <translation>Mieszkańcy bez e-maila, którzy mają sesję %1.</translation>
    </message>
    <message>
        <source>Reminders for sessions on %1</source>
        <translation>Przypomnienia o sesjach %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Save reminders</source>
        <translation>Zapisz przypomnienia</translation>
    </message>
    <message>
        <source>reminders-%1.csv</source>
        <translation>przypomnienia-%1.csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
</context>
<context>
    <name>RemoveAvailabilityCommand</name>
    <message>
        <source>That time is not in the store (already removed?).</source>
        <translation>Tych godzin nie ma w bazie (już usunięte?).</translation>
    </message>
    <message>
        <source>Removed the time; sessions already booked in it stay.</source>
        <translation>Usunięto godziny; zarezerwowane w nich sesje pozostają.</translation>
    </message>
</context>
<context>
    <name>RemoveAvailabilityExceptionCommand</name>
    <message>
        <source>That time away is not in the store (already removed?).</source>
        <translation>Tej nieobecności nie ma w bazie (już usunięta?).</translation>
    </message>
    <message>
        <source>Removed the time away.</source>
        <translation>Usunięto nieobecność.</translation>
    </message>
</context>
<context>
    <name>RemoveAwardLevelCommand</name>
    <message>
        <source>There is no award called “%1”.</source>
        <translation>Nie ma wyróżnienia o nazwie „%1”.</translation>
    </message>
    <message>
        <source>%1 is the only award; set another before removing it.</source>
        <translation>%1 to jedyne wyróżnienie; ustaw inne, zanim je usuniesz.</translation>
    </message>
    <message>
        <source>Removed the %1 award.</source>
        <translation>Usunięto wyróżnienie %1.</translation>
    </message>
</context>
<context>
    <name>RemoveLoanRuleCommand</name>
    <message>
        <source>That loan rule is not in the store.</source>
        <translation>Tej zasady wypożyczeń nie ma w bazie.</translation>
    </message>
    <message>
        <source>The standard rule for any device at any branch is everyone&apos;s fallback; change it instead of removing it.</source>
        <translation>Standardowa zasada dla dowolnego urządzenia w dowolnej filii jest rozwiązaniem zapasowym dla wszystkich; zmień ją zamiast usuwać.</translation>
    </message>
    <message>
        <source>Removed the loan rule.</source>
        <translation>Usunięto zasadę wypożyczeń.</translation>
    </message>
</context>
<context>
    <name>RenewAssessment</name>
    <message>
        <source>%1 is not on loan (it is %2), so there is nothing to renew.</source>
        <translation>%1 nie jest wypożyczone (stan: %2), więc nie ma czego przedłużać.</translation>
    </message>
    <message>
        <source>No loan rule covers this loan any more. An administrator must add one.</source>
        <translation>Żadna zasada wypożyczeń nie obejmuje już tego wypożyczenia. Administrator musi ją dodać.</translation>
    </message>
    <message>
        <source>%1 cannot be renewed: loans of this kind end on %2 (the loan rule&apos;s last date). It stays due on %3.</source>
        <translation>Nie można przedłużyć: %1; wypożyczenia tego rodzaju kończą się %2 (ostatnia data zasady wypożyczeń). Termin zwrotu pozostaje %3.</translation>
    </message>
    <message>
        <source>This loan has been renewed %1 time(s); the rule allows %2.</source>
        <translation>Liczba przedłużeń tego wypożyczenia: %1; zasada pozwala na %2.</translation>
    </message>
    <message>
        <source>%1 resident(s) are waiting for a %2 at this branch.</source>
        <translation>Mieszkańcy czekający na: %2 w tej filii: %1.</translation>
    </message>
</context>
<context>
    <name>RenewCommand</name>
    <message>
        <source>%1 is on a different loan now: the loan this renewal was for has already ended.</source>
        <translation>%1 jest teraz w innym wypożyczeniu: wypożyczenie, którego dotyczyło to przedłużenie, już się zakończyło.</translation>
    </message>
    <message>
        <source>%1 has been renewed since: this was to be renewal %2, and the loan has had %3.</source>
        <translation>%1 zostało w międzyczasie przedłużone: miało to być przedłużenie nr %2, a wypożyczenie miało ich już %3.</translation>
    </message>
    <message>
        <source>The override reason is too long (at most %1 characters).</source>
        <translation>Powód pominięcia ostrzeżenia jest za długi (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <source>renewal %1: %2</source>
        <translation>przedłużenie %1: %2</translation>
    </message>
    <message>
        <source>The loan changed while saving; nothing was saved.</source>
        <translation>Wypożyczenie zmieniło się podczas zapisywania; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Overridden (%1): %2</source>
        <translation>Pominięto (%1): %2</translation>
    </message>
    <message>
        <source>%1 renewal(s) left.</source>
        <translation>Pozostałe przedłużenia: %1.</translation>
    </message>
    <message>
        <source>No renewals left.</source>
        <translation>Nie pozostały żadne przedłużenia.</translation>
    </message>
    <message>
        <source>Renewed %1, now due %2.</source>
        <translation>Przedłużono %1, nowy termin zwrotu %2.</translation>
    </message>
</context>
<context>
    <name>RenewForm</name>
    <message>
        <source>Renew a loan</source>
        <translation>Przedłuż wypożyczenie</translation>
    </message>
    <message>
        <source>Cannot renew:</source>
        <translation>Nie można przedłużyć:</translation>
    </message>
    <message>
        <source>Override reason for the renewal</source>
        <translation>Powód pominięcia ostrzeżenia przy przedłużeniu</translation>
    </message>
    <message>
        <source>Why the warning is set aside (kept in the audit)</source>
        <translation>Dlaczego ostrzeżenie zostaje pominięte (zapisywane w dzienniku audytu)</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>Powód pominięcia (&amp;R)</translation>
    </message>
    <message>
        <source>Only someone with the override permission (a coordinator) can renew with these warnings, giving a reason.</source>
        <translation>Tylko osoba z uprawnieniem do pomijania ostrzeżeń (koordynator) może przedłużyć mimo tych ostrzeżeń, podając powód.</translation>
    </message>
    <message>
        <source>R&amp;enew</source>
        <translation>Prz&amp;edłuż</translation>
    </message>
    <message>
        <source>Renew the loan</source>
        <translation>Przedłuż wypożyczenie</translation>
    </message>
    <message>
        <source>Renew the loan (Enter)</source>
        <translation>Przedłuż wypożyczenie (Enter)</translation>
    </message>
    <message>
        <source>Back to check-in</source>
        <translation>Wróć do zwrotu</translation>
    </message>
    <message>
        <source>Back to check-in without renewing</source>
        <translation>Wróć do zwrotu bez przedłużania</translation>
    </message>
    <message>
        <source>Back to check-in without renewing (Esc)</source>
        <translation>Wróć do zwrotu bez przedłużania (Esc)</translation>
    </message>
    <message>
        <source>%1 · %2, lent to %3 (card %4)</source>
        <translation>%1 · %2, wypożyczone: %3 (karta %4)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Due now: %1 (days overdue: %2)</source>
        <translation>Obecny termin: %1 (dni po terminie: %2)</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Obecny termin: %1</translation>
    </message>
    <message>
        <source>Renewed, it will be due: %1</source>
        <translation>Po przedłużeniu termin zwrotu: %1</translation>
    </message>
    <message>
        <source>Renewals so far: %1 of %2</source>
        <translation>Dotychczasowe przedłużenia: %1 z %2</translation>
    </message>
    <message>
        <source>Renewed %1: now due back %2.</source>
        <translation>Przedłużono %1: nowy termin zwrotu %2.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Devices on loan</source>
        <translation>Wypożyczone urządzenia</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>Wypożyczenia po terminie</translation>
    </message>
    <message>
        <source>TechMates sessions this month</source>
        <translation>Sesje TechMates w tym miesiącu</translation>
    </message>
    <message>
        <source>iDEA badges this year</source>
        <translation>Odznaki iDEA w tym roku</translation>
    </message>
    <message>
        <source>Pathway graduates</source>
        <translation>Absolwenci ścieżki</translation>
    </message>
    <message>
        <source>Devices by status</source>
        <translation>Urządzenia według statusu</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Najważniejsze liczby</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Headline figures for the programme, against the council&apos;s targets.</source>
        <translation>Najważniejsze liczby programu na tle celów samorządu.</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Dane na dzień %1.</translation>
    </message>
    <message>
        <source>%1 % of loans out now</source>
        <translation>%1 % wypożyczonych teraz</translation>
    </message>
    <message>
        <source>Attended so far: %1</source>
        <translation>Odbyte do tej pory: %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cel %1</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Nie ustawiono celu</translation>
    </message>
    <message>
        <source>devices in the register</source>
        <translation>urządzenia w rejestrze</translation>
    </message>
</context>
<context>
    <name>ReservationQueue</name>
    <message>
        <source>A reservation changed while saving; nothing was saved.</source>
        <translation>Rezerwacja zmieniła się podczas zapisywania; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Keep %1 aside: it is offered to the resident with card %2, first on the waiting list.</source>
        <translation>Odłóż %1: jest proponowane mieszkańcowi z kartą %2, pierwszemu na liście oczekujących.</translation>
    </message>
    <message>
        <source>Keep %1 aside: it is offered to the resident with card %2, who reserved one.</source>
        <translation>Odłóż %1: jest proponowane mieszkańcowi z kartą %2, który je zarezerwował.</translation>
    </message>
    <message>
        <source>The resident with card %1 was waiting for this device; they keep their place on the waiting list.</source>
        <translation>Mieszkaniec z kartą %1 czekał na to urządzenie; zachowuje swoje miejsce na liście oczekujących.</translation>
    </message>
    <message>
        <source>%1 was kept for this resident and is free again.</source>
        <translation>%1 było zarezerwowane dla tego mieszkańca i jest znów wolne.</translation>
    </message>
    <message>
        <source>%1 is free for anyone again.</source>
        <translation>%1 jest znów dostępne dla wszystkich.</translation>
    </message>
</context>
<context>
    <name>ReserveCommand</name>
    <message>
        <source>Unknown device type “%1”.</source>
        <translation>Nieznany typ urządzenia „%1”.</translation>
    </message>
    <message>
        <source>Say which branch the resident will collect from.</source>
        <translation>Podaj, w której filii mieszkaniec odbierze urządzenie.</translation>
    </message>
    <message>
        <source>Unknown branch “%1”.</source>
        <translation>Nieznana filia „%1”.</translation>
    </message>
    <message>
        <source>The resident with card %1 is already on the waiting list for a %2 at %3.</source>
        <translation>Mieszkaniec z kartą %1 jest już na liście oczekujących na: %2 w %3.</translation>
    </message>
    <message>
        <source>Place on the waiting list: %1.</source>
        <translation>Miejsce na liście oczekujących: %1.</translation>
    </message>
    <message>
        <source>Reserved a device for card %1.</source>
        <translation>Zarezerwowano urządzenie dla karty %1.</translation>
    </message>
</context>
<context>
    <name>ResidentEditorDialog</name>
    <message>
        <source>New resident</source>
        <translation>Nowy mieszkaniec</translation>
    </message>
    <message>
        <source>Resident: %1</source>
        <translation>Mieszkaniec: %1</translation>
    </message>
    <message>
        <source>Fields marked * are needed. Everything else can be added later.</source>
        <translation>Pola oznaczone * są wymagane. Resztę można dodać później.</translation>
    </message>
    <message>
        <source>Library card %1</source>
        <translation>Karta biblioteczna %1</translation>
    </message>
    <message>
        <source>Resident&apos;s details</source>
        <translation>Dane mieszkańca</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Zapi&amp;sz</translation>
    </message>
    <message>
        <source>Save resident</source>
        <translation>Zapisz mieszkańca</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+S)</source>
        <translation>Zapisz (Enter lub Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Library card number</source>
        <translation>Numer karty bibliotecznej</translation>
    </message>
    <message>
        <source>Date of birth, day month year</source>
        <translation>Data urodzenia, dzień miesiąc rok</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/RRRR</translation>
    </message>
    <message>
        <source>Only if the resident wants to give it</source>
        <translation>Tylko jeśli mieszkaniec chce ją podać</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferowany język</translation>
    </message>
    <message>
        <source>Blank: a TM number is issued</source>
        <translation>Puste: zostanie nadany numer TM</translation>
    </message>
    <message>
        <source>Scan or type the library card; leave it blank to issue a TM number</source>
        <translation>Zeskanuj lub wpisz numer karty bibliotecznej; zostaw puste, aby nadać numer TM</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>Imię * (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>Nazwisko * (&amp;F)</translation>
    </message>
    <message>
        <source>Library &amp;card</source>
        <translation>Karta bibliote&amp;czna</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Data urodzenia (&amp;B)</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>Preferowany język (&amp;L)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>For example SW1A 1AA</source>
        <translation>Na przykład SW1A 1AA</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Telefon (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>P&amp;ostcode</source>
        <translation>K&amp;od pocztowy</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Rozmowy telefoniczne</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>SMS-y</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Listy</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>How the resident agreed we may contact them</source>
        <translation>Na jakie formy kontaktu zgodził się mieszkaniec</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Borrower category</source>
        <translation>Kategoria wypożyczającego</translation>
    </message>
    <message>
        <source>Eligibility criterion</source>
        <translation>Kryterium uprawnienia</translation>
    </message>
    <message>
        <source>e.g. no internet at home</source>
        <translation>np. brak internetu w domu</translation>
    </message>
    <message>
        <source>The criterion met, never the evidence itself</source>
        <translation>Spełnione kryterium, nigdy sam dowód</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>Organizacja kierująca</translation>
    </message>
    <message>
        <source>e.g. Citizens Advice</source>
        <translation>np. Citizens Advice</translation>
    </message>
    <message>
        <source>Home branch</source>
        <translation>Filia macierzysta</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Borrower ca&amp;tegory</source>
        <translation>Ka&amp;tegoria wypożyczającego</translation>
    </message>
    <message>
        <source>Eligibility c&amp;riterion</source>
        <translation>K&amp;ryterium uprawnienia</translation>
    </message>
    <message>
        <source>Referred b&amp;y</source>
        <translation>Skierowan&amp;y przez</translation>
    </message>
    <message>
        <source>Ho&amp;me branch</source>
        <translation>Filia &amp;macierzysta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Anything the next person at the desk should know. No health details.</source>
        <translation>Wszystko, co powinna wiedzieć następna osoba przy stanowisku. Bez informacji o zdrowiu.</translation>
    </message>
    <message>
        <source>Another branch</source>
        <translation>Inna filia</translation>
    </message>
    <message>
        <source>Write the date of birth as day/month/year, for example 14/07/1948.</source>
        <translation>Wpisz datę urodzenia jako dzień/miesiąc/rok, na przykład 14/07/1948.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Zamknij (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Resident: %1 (view only)</source>
        <translation>Mieszkaniec: %1 (tylko do odczytu)</translation>
    </message>
    <message>
        <source>You can see this resident&apos;s details but not change them. Ask a librarian or a coordinator if something is wrong.</source>
        <translation>Możesz zobaczyć dane tego mieszkańca, ale nie możesz ich zmieniać. Jeśli coś się nie zgadza, poproś bibliotekarza lub koordynatora.</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct the fields marked in red:</source>
        <translation>Niczego nie zapisano. Popraw pola zaznaczone na czerwono:</translation>
    </message>
</context>
<context>
    <name>ResidentSearchModel</name>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>ResidentValidator</name>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>The library card number must be 4 to 20 letters and digits.</source>
        <translation>Numer karty bibliotecznej musi mieć od 4 do 20 liter i cyfr.</translation>
    </message>
    <message>
        <source>“%1” is not a UK postcode (for example SW1A 1AA).</source>
        <translation>„%1” nie jest brytyjskim kodem pocztowym (na przykład SW1A 1AA).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (for example 020 7946 0000 or 07700 900123).</source>
        <translation>„%1” nie jest numerem telefonu (na przykład 020 7946 0000 lub 07700 900123).</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>The address is too long (at most 300 characters).</source>
        <translation>Adres jest za długi (najwyżej 300 znaków).</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Data urodzenia jest w przyszłości.</translation>
    </message>
    <message>
        <source>The date of birth is more than 120 years ago.</source>
        <translation>Data urodzenia jest sprzed ponad 120 lat.</translation>
    </message>
    <message>
        <source>The notes are too long (at most 2,000 characters).</source>
        <translation>Uwagi są za długie (najwyżej 2000 znaków).</translation>
    </message>
    <message>
        <source>Unknown borrower category “%1”.</source>
        <translation>Nieznana kategoria wypożyczającego „%1”.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Brak pola: %1.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 jest za długie (najwyżej %2 znaków).</translation>
    </message>
    <message>
        <source>%1 must be written in letters.</source>
        <translation>%1 musi być zapisane literami.</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Find a resident</source>
        <translation>Znajdź mieszkańca</translation>
    </message>
    <message>
        <source>Name, card, phone or postcode, or scan a library card</source>
        <translation>Imię i nazwisko, karta, telefon lub kod pocztowy albo zeskanuj kartę biblioteczną</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Znajdź (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New resident</source>
        <translation>&amp;Nowy mieszkaniec</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Nowy mieszkaniec</translation>
    </message>
    <message>
        <source>Add a resident (Ctrl+N)</source>
        <translation>Dodaj mieszkańca (Ctrl+N)</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>Znalezieni mieszkańcy</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Pokaż (&amp;V)</translation>
    </message>
    <message>
        <source>Open the selected resident</source>
        <translation>Otwórz wybranego mieszkańca</translation>
    </message>
    <message>
        <source>Open the selected resident (Enter)</source>
        <translation>Otwórz wybranego mieszkańca (Enter)</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Mieszkańcy</translation>
    </message>
    <message>
        <source>Find a resident by name, card, phone or postcode, or scan their library card.</source>
        <translation>Znajdź mieszkańca po imieniu i nazwisku, karcie, telefonie lub kodzie pocztowym albo zeskanuj jego kartę biblioteczną.</translation>
    </message>
    <message>
        <source>The residents you have sessions with.</source>
        <translation>Mieszkańcy, z którymi masz sesje.</translation>
    </message>
    <message>
        <source>Type part of a name, a card number, a phone number or a postcode.</source>
        <translation>Wpisz część imienia lub nazwiska, numer karty, numer telefonu lub kod pocztowy.</translation>
    </message>
    <message>
        <source>Showing %1 of the residents who match; type more to narrow the search.</source>
        <translation>Wyświetlono %1 pasujących mieszkańców; wpisz więcej, aby zawęzić wyszukiwanie.</translation>
    </message>
    <message>
        <source>Residents found: %1</source>
        <translation>Znalezieni mieszkańcy: %1</translation>
    </message>
    <message>
        <source>No resident matches “%1”.</source>
        <translation>Żaden mieszkaniec nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>No resident has library card %1. Press Ctrl+N to add them with this card.</source>
        <translation>Żaden mieszkaniec nie ma karty bibliotecznej %1. Naciśnij Ctrl+N, aby dodać go z tą kartą.</translation>
    </message>
    <message>
        <source>None of your residents has library card %1.</source>
        <translation>Żaden z Twoich mieszkańców nie ma karty bibliotecznej %1.</translation>
    </message>
    <message>
        <source>That resident is no longer available to you. Search again.</source>
        <translation>Ten mieszkaniec nie jest już dla Ciebie dostępny. Wyszukaj ponownie.</translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <translation>Zapisano. %1.</translation>
    </message>
</context>
<context>
    <name>ResolveLoanConflictCommand</name>
    <message>
        <source>Say why, for the record (for example “resident came in with the device”).</source>
        <translation>Podaj powód do rejestru (na przykład „mieszkaniec przyszedł z urządzeniem”).</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>Powód jest za długi (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <source>There is no such loan conflict.</source>
        <translation>Nie ma takiego konfliktu wypożyczeń.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Ten konflikt został już rozstrzygnięty.</translation>
    </message>
    <message>
        <source>The loan kept by the council&apos;s record is no longer active (it was %1 since), so it cannot be swapped. Check the device in and lend it again if needed.</source>
        <translation>Wypożyczenie zachowane w rejestrze samorządu nie jest już aktywne (od tego czasu: %1), więc nie można go zamienić. Przyjmij zwrot urządzenia i w razie potrzeby wypożycz je ponownie.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięte</translation>
    </message>
    <message>
        <source>Per coordinator: %1</source>
        <translation>Decyzja koordynatora: %1</translation>
    </message>
    <message>
        <source>The other desk&apos;s loan is now the active one.</source>
        <translation>Aktywne jest teraz wypożyczenie z innego stanowiska.</translation>
    </message>
    <message>
        <source>The council&apos;s record stands; the other loan stays closed.</source>
        <translation>Rejestr samorządu pozostaje bez zmian; drugie wypożyczenie pozostaje zamknięte.</translation>
    </message>
</context>
<context>
    <name>RetireDeviceCommand</name>
    <message>
        <source>retired</source>
        <translation>wycofane</translation>
    </message>
    <message>
        <source>SIM %1 is back in stock.</source>
        <translation>Karta SIM %1 wróciła do zapasu.</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 zostało wycofane.</translation>
    </message>
</context>
<context>
    <name>ReturnFromRepairCommand</name>
    <message>
        <source>returned from repair</source>
        <translation>wróciło z naprawy</translation>
    </message>
    <message>
        <source>back from repair</source>
        <translation>powrót z naprawy</translation>
    </message>
    <message>
        <source>%1 is back from repair and awaiting wipe: record the wipe before lending it.</source>
        <translation>%1 wróciło z naprawy i czeka na wymazanie danych: zapisz wymazanie przed wypożyczeniem.</translation>
    </message>
</context>
<context>
    <name>RevokeBadgeCommand</name>
    <message>
        <source>That badge record does not exist.</source>
        <translation>Ten zapis odznaki nie istnieje.</translation>
    </message>
    <message>
        <source>That badge record was already revoked.</source>
        <translation>Ten zapis odznaki został już cofnięty.</translation>
    </message>
    <message>
        <source>Only the person who recorded a badge, a coordinator or an administrator may revoke it.</source>
        <translation>Odznakę może cofnąć tylko osoba, która ją zapisała, koordynator lub administrator.</translation>
    </message>
    <message>
        <source>Say why the badge is revoked (3 to 200 characters).</source>
        <translation>Podaj, dlaczego odznaka jest cofana (od 3 do 200 znaków).</translation>
    </message>
    <message>
        <source>Revoked the badge %1.</source>
        <translation>Cofnięto odznakę %1.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordynator</translation>
    </message>
    <message>
        <source>Librarian</source>
        <translation>Bibliotekarz</translation>
    </message>
    <message>
        <source>TechMate volunteer</source>
        <translation>Wolontariusz TechMate</translation>
    </message>
</context>
<context>
    <name>RowImage</name>
    <message>
        <source>a value is a list or an object</source>
        <translation>wartość jest listą lub obiektem</translation>
    </message>
    <message>
        <source>“%1” is not a synced table</source>
        <translation>„%1” nie jest synchronizowaną tabelą</translation>
    </message>
    <message>
        <source>a %1 row has no id</source>
        <translation>wiersz %1 nie ma identyfikatora</translation>
    </message>
    <message>
        <source>%1 has no column “%2”</source>
        <translation>%1 nie ma kolumny „%2”</translation>
    </message>
    <message>
        <source>%1 has no column “%2” to change</source>
        <translation>%1 nie ma kolumny „%2” do zmiany</translation>
    </message>
</context>
<context>
    <name>SaveAwardLevelCommand</name>
    <message>
        <source>%1 is reached at %2 points.</source>
        <translation>%1 osiąga się przy %2 pkt.</translation>
    </message>
</context>
<context>
    <name>SaveBadgeCommand</name>
    <message>
        <source>Someone changed the badge %1 since you opened it. Open it again to see their change.</source>
        <translation>Ktoś zmienił odznakę %1, odkąd ją otworzono. Otwórz ją ponownie, aby zobaczyć tę zmianę.</translation>
    </message>
    <message>
        <source>Changed the badge %1.</source>
        <translation>Zmieniono odznakę %1.</translation>
    </message>
    <message>
        <source>The badge %1 was already like this.</source>
        <translation>Odznaka %1 już tak wyglądała.</translation>
    </message>
    <message>
        <source>Added the badge %1 (%2 points).</source>
        <translation>Dodano odznakę %1 (%2 pkt).</translation>
    </message>
</context>
<context>
    <name>SaveBookingSettingsCommand</name>
    <message>
        <source>The DBS re-check interval must be between 1 and 10 years.</source>
        <translation>Okres ponownej weryfikacji DBS musi wynosić od 1 do 10 lat.</translation>
    </message>
    <message>
        <source>Give one to five alert days before a DBS re-check, such as 60,30,7.</source>
        <translation>Podaj od jednego do pięciu dni alertów przed ponowną weryfikacją DBS, np. 60,30,7.</translation>
    </message>
    <message>
        <source>Alert days before a DBS re-check must be between 1 and 365.</source>
        <translation>Dni alertów przed ponowną weryfikacją DBS muszą wynosić od 1 do 365.</translation>
    </message>
    <message>
        <source>The fair-share period must be between 1 and 365 days.</source>
        <translation>Okres sprawiedliwego podziału musi wynosić od 1 do 365 dni.</translation>
    </message>
    <message>
        <source>Saved the booking settings.</source>
        <translation>Zapisano ustawienia rezerwacji.</translation>
    </message>
</context>
<context>
    <name>SaveEventCommand</name>
    <message>
        <source>Give the event a title, such as “Digital tea party”.</source>
        <translation>Nadaj wydarzeniu tytuł, np. „Cyfrowa herbatka”.</translation>
    </message>
    <message>
        <source>The title is too long (at most 120 characters).</source>
        <translation>Tytuł jest za długi (najwyżej 120 znaków).</translation>
    </message>
    <message>
        <source>Give the date and time the event starts.</source>
        <translation>Podaj datę i godzinę rozpoczęcia wydarzenia.</translation>
    </message>
    <message>
        <source>An event lasts between 15 minutes and 10 hours.</source>
        <translation>Wydarzenie trwa od 15 minut do 10 godzin.</translation>
    </message>
    <message>
        <source>Say at which branch the event is.</source>
        <translation>Podaj, w której filii odbywa się wydarzenie.</translation>
    </message>
    <message>
        <source>No branch “%1”.</source>
        <translation>Brak filii „%1”.</translation>
    </message>
    <message>
        <source>The event&apos;s start has passed: plan events for a time still to come.</source>
        <translation>Początek wydarzenia już minął: planuj wydarzenia na przyszły termin.</translation>
    </message>
    <message>
        <source>That event is not in the store.</source>
        <translation>Tego wydarzenia nie ma w bazie.</translation>
    </message>
    <message>
        <source>One of the volunteers is not in the store.</source>
        <translation>Jednego z wolontariuszy nie ma w bazie.</translation>
    </message>
    <message>
        <source>%1 is not taking part in events (their status is %2).</source>
        <translation>%1 nie bierze udziału w wydarzeniach (status: %2).</translation>
    </message>
    <message>
        <source>Added the event.</source>
        <translation>Dodano wydarzenie.</translation>
    </message>
    <message>
        <source>Saved the event.</source>
        <translation>Zapisano wydarzenie.</translation>
    </message>
</context>
<context>
    <name>SaveVolunteerCommand</name>
    <message>
        <source>Give the volunteer&apos;s first name and family name.</source>
        <translation>Podaj imię i nazwisko wolontariusza.</translation>
    </message>
    <message>
        <source>A name can be at most 100 characters long.</source>
        <translation>Imię lub nazwisko może mieć najwyżej 100 znaków.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Numer telefonu jest za długi.</translation>
    </message>
    <message>
        <source>Give at least one language the volunteer speaks (for example en).</source>
        <translation>Podaj co najmniej jeden język, którym posługuje się wolontariusz (na przykład en).</translation>
    </message>
    <message>
        <source>“%1” is not a language code: use two letters, such as en, pl or ur.</source>
        <translation>„%1” nie jest kodem języka: użyj dwóch liter, np. en, pl lub ur.</translation>
    </message>
    <message>
        <source>Unknown skills area “%1”; the areas are %2.</source>
        <translation>Nieznany obszar umiejętności „%1”; obszary to %2.</translation>
    </message>
    <message>
        <source>Unknown way of helping “%1”; choose from %2.</source>
        <translation>Nieznana forma pomocy „%1”; wybierz spośród: %2.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; choose from %2.</source>
        <translation>Nieznany status „%1”; wybierz spośród: %2.</translation>
    </message>
    <message>
        <source>The most a volunteer can give is 40 hours a week.</source>
        <translation>Wolontariusz może poświęcić najwyżej 40 godzin tygodniowo.</translation>
    </message>
    <message>
        <source>That home branch is not in the store.</source>
        <translation>Tej filii macierzystej nie ma w bazie.</translation>
    </message>
    <message>
        <source>That volunteer is not in the store.</source>
        <translation>Tego wolontariusza nie ma w bazie.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Home visits need a current DBS check. Record %1&apos;s DBS check before offering home visits.</source>
        <translation>Wizyty domowe wymagają aktualnego zaświadczenia DBS. Zapisz weryfikację DBS dla: %1, zanim zaproponujesz wizyty domowe.</translation>
    </message>
    <message>
        <source>Home visits need a current DBS check. Add the volunteer, record their DBS check, then offer home visits.</source>
        <translation>Wizyty domowe wymagają aktualnego zaświadczenia DBS. Dodaj wolontariusza, zapisz jego weryfikację DBS, a potem zaproponuj wizyty domowe.</translation>
    </message>
    <message>
        <source>Added a volunteer.</source>
        <translation>Dodano wolontariusza.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) are still booked with this volunteer: cancel or rebook them.</source>
        <translation>
            <numerusform>Z tym wolontariuszem zarezerwowana jest jeszcze %n sesja: odwołaj ją lub przełóż.</numerusform>
            <numerusform>Z tym wolontariuszem zarezerwowane są jeszcze %n sesje: odwołaj je lub przełóż.</numerusform>
            <numerusform>Z tym wolontariuszem zarezerwowanych jest jeszcze %n sesji: odwołaj je lub przełóż.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the volunteer&apos;s profile.</source>
        <translation>Zapisano profil wolontariusza.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>The store could not be read, so this list may be out of date. %1</source>
        <translation>Nie udało się odczytać bazy, więc ta lista może być nieaktualna. %1</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Residents</source>
        <translation>Mieszkańcy</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Wypożyczenia</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Rezerwacje</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Umiejętności</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
</context>
<context>
    <name>SeedRowsCommand</name>
    <message>
        <source>A seed batch holds at most %1 rows.</source>
        <translation>Pakiet początkowy może mieć najwyżej %1 wierszy.</translation>
    </message>
    <message>
        <source>“%1” is not a table records can be seeded into.</source>
        <translation>„%1” nie jest tabelą, do której można wczytać rekordy początkowe.</translation>
    </message>
    <message>
        <source>Seeded %1 of %2 records.</source>
        <translation>Wczytano %1 z %2 rekordów.</translation>
    </message>
</context>
<context>
    <name>SendToRepairCommand</name>
    <message>
        <source>sent to repair</source>
        <translation>wysłane do naprawy</translation>
    </message>
    <message>
        <source>%1 is in repair.</source>
        <translation>%1 jest w naprawie.</translation>
    </message>
</context>
<context>
    <name>SendTransferCommand</name>
    <message>
        <source>sent to another branch</source>
        <translation>wysłane do innej filii</translation>
    </message>
    <message>
        <source>Unknown branch “%1”.</source>
        <translation>Nieznana filia „%1”.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 należy już do %2.</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>wysłane do %1</translation>
    </message>
    <message>
        <source>%1 is on its way to %2.</source>
        <translation>%1 jest w drodze do %2.</translation>
    </message>
</context>
<context>
    <name>ServerSignInDialog</name>
    <message>
        <source>Sign in to the council server</source>
        <translation>Zaloguj się do serwera samorządu</translation>
    </message>
    <message>
        <source>Your password on the council server</source>
        <translation>Twoje hasło do serwera samorządu</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Hasło (&amp;P):</translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation>Zaloguj się i synchronizuj</translation>
    </message>
    <message>
        <source>Type your password, or press Esc to cancel.</source>
        <translation>Wpisz hasło lub naciśnij Esc, aby anulować.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Potwierdź (&amp;C)</translation>
    </message>
    <message>
        <source>Confirm the selected session</source>
        <translation>Potwierdź wybraną sesję</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>Zapisz wynik (&amp;O)…</translation>
    </message>
    <message>
        <source>Record what happened in the selected session</source>
        <translation>Zapisz przebieg wybranej sesji</translation>
    </message>
    <message>
        <source>%1 – outcome needed</source>
        <translation>%1 – potrzebny wynik</translation>
    </message>
    <message>
        <source>Sessions from today on: %1</source>
        <translation>Sesje od dzisiaj: %1</translation>
    </message>
    <message>
        <source>Sessions from today on: %1 · Waiting for an outcome: %2</source>
        <translation>Sesje od dzisiaj: %1 · Czekające na wynik: %2</translation>
    </message>
    <message>
        <source>No sessions are booked from today on.</source>
        <translation>Od dzisiaj nie ma zarezerwowanych sesji.</translation>
    </message>
    <message>
        <source>You have no sessions booked from today on.</source>
        <translation>Od dzisiaj nie masz zarezerwowanych sesji.</translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation>Najpierw wybierz sesję z listy.</translation>
    </message>
</context>
<context>
    <name>SetLoanRuleCommand</name>
    <message>
        <source>A borrower category is a word in lower case, such as standard or care_leaver.</source>
        <translation>Kategoria wypożyczającego to słowo pisane małymi literami, np. standard lub care_leaver.</translation>
    </message>
    <message>
        <source>Unknown device type “%1”.</source>
        <translation>Nieznany typ urządzenia „%1”.</translation>
    </message>
    <message>
        <source>Unknown branch “%1”.</source>
        <translation>Nieznana filia „%1”.</translation>
    </message>
    <message>
        <source>The loan length must be between 1 and %1 days.</source>
        <translation>Długość wypożyczenia musi wynosić od 1 do %1 dni.</translation>
    </message>
    <message>
        <source>Renewals must be between 0 and 99.</source>
        <translation>Liczba przedłużeń musi wynosić od 0 do 99.</translation>
    </message>
    <message>
        <source>The number of devices a resident may have at once must be between 1 and 20.</source>
        <translation>Liczba urządzeń, które mieszkaniec może mieć jednocześnie, musi wynosić od 1 do 20.</translation>
    </message>
    <message>
        <source>The hard end date %1 has already passed.</source>
        <translation>Ostateczna data końcowa %1 już minęła.</translation>
    </message>
    <message>
        <source>Nothing was changed: the rule already says this.</source>
        <translation>Niczego nie zmieniono: zasada już to określa.</translation>
    </message>
    <message>
        <source>The loan rule changed while saving; nothing was saved.</source>
        <translation>Zasada wypożyczeń zmieniła się podczas zapisywania; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Loan rule for %1 borrowers: %2 days, %3 renewal(s), %4 device(s) at once%5.</source>
        <translation>Zasada wypożyczeń dla kategorii %1: dni: %2, przedłużenia: %3, urządzenia jednocześnie: %4%5.</translation>
    </message>
    <message>
        <source>, ending %1</source>
        <translation>, do %1</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Enter your user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 sekundę</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Too many wrong passwords for “%1”. Try again in %2, or ask a coordinator to check the account.</source>
        <translation>Za dużo błędnych haseł dla „%1”. Spróbuj ponownie za %2 lub poproś koordynatora o sprawdzenie konta.</translation>
    </message>
    <message>
        <source>That user name and password do not match. Try again.</source>
        <translation>Nazwa użytkownika i hasło nie pasują do siebie. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The account “%1” is switched off. Ask an administrator.</source>
        <translation>Konto „%1” jest wyłączone. Zwróć się do administratora.</translation>
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
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Zaloguj &amp;się</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <source>S&amp;witch person</source>
        <translation>Zmień osobę (&amp;W)</translation>
    </message>
    <message>
        <source>Switch person</source>
        <translation>Zmień osobę</translation>
    </message>
    <message>
        <source>Clear the user name so someone else can sign in</source>
        <translation>Wyczyść nazwę użytkownika, aby mógł się zalogować ktoś inny</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Hasło (&amp;P)</translation>
    </message>
    <message>
        <source>Sign in as yourself: everything you do at this desk is recorded in your name.</source>
        <translation>Zaloguj się jako Ty: wszystko, co robisz przy tym stanowisku, jest zapisywane na Twoje nazwisko.</translation>
    </message>
    <message>
        <source>Desk locked</source>
        <translation>Stanowisko zablokowane</translation>
    </message>
    <message>
        <source>%1 locked this desk. Enter the password to carry on, or switch person so someone else can sign in.</source>
        <translation>%1 zablokował(a) to stanowisko. Wpisz hasło, aby kontynuować, lub zmień osobę, aby mógł się zalogować ktoś inny.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <source>Signing in failed because the store could not be read: %1</source>
        <translation>Logowanie nie powiodło się, bo nie udało się odczytać bazy: %1</translation>
    </message>
</context>
<context>
    <name>SignOffOutcomeCommand</name>
    <message>
        <source>That volunteer is not on record.</source>
        <translation>Nie ma zapisu o tym wolontariuszu.</translation>
    </message>
    <message>
        <source>That outcome is not on record.</source>
        <translation>Nie ma zapisu o tym efekcie.</translation>
    </message>
    <message>
        <source>Nobody signs off their own training: ask another assessor.</source>
        <translation>Nikt nie zatwierdza własnego szkolenia: poproś innego oceniającego.</translation>
    </message>
    <message>
        <source>The volunteer is not enrolled on a pathway with the unit %1.</source>
        <translation>Wolontariusz nie jest zapisany na ścieżkę z modułem %1.</translation>
    </message>
    <message>
        <source>That outcome is already signed off.</source>
        <translation>Ten efekt jest już zatwierdzony.</translation>
    </message>
    <message>
        <source>There is no evidence for this outcome yet; it cannot be signed off.</source>
        <translation>Dla tego efektu nie ma jeszcze dowodów; nie można go zatwierdzić.</translation>
    </message>
    <message>
        <source>You wrote evidence for this outcome, so another assessor must sign it off.</source>
        <translation>Dowód dla tego efektu dodał(a) Ty, więc musi go zatwierdzić inny oceniający.</translation>
    </message>
    <message>
        <source>Signed off outcome %1.%2.</source>
        <translation>Zatwierdzono efekt %1.%2.</translation>
    </message>
    <message>
        <source>Unit %1 is achieved; it awaits a coordinator&apos;s verification.</source>
        <translation>Moduł %1 ukończony; czeka na weryfikację koordynatora.</translation>
    </message>
    <message>
        <source>This unit unlocks %1 bookings.</source>
        <translation>Ten moduł odblokowuje rezerwacje: %1.</translation>
    </message>
    <message>
        <source>Every unit of %1 is achieved: a graduate!</source>
        <translation>Wszystkie moduły ścieżki %1 ukończone: absolwent!</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Achieved</source>
        <translation>Ukończono</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Odznaka</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Recent badge achievements</source>
        <translation>Ostatnio zdobyte odznaki</translation>
    </message>
    <message>
        <source>Skills views</source>
        <translation>Widoki umiejętności</translation>
    </message>
    <message>
        <source>L&amp;earner</source>
        <translation>Ucz&amp;estnik</translation>
    </message>
    <message>
        <source>Gro&amp;up session</source>
        <translation>Sesja gr&amp;upowa</translation>
    </message>
    <message>
        <source>I&amp;mport completions</source>
        <translation>I&amp;mport ukończeń</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizacja</translation>
    </message>
    <message>
        <source>Rece&amp;nt</source>
        <translation>Ostat&amp;nie</translation>
    </message>
    <message>
        <source>Badge &amp;catalogue</source>
        <translation>Katalog odznak (&amp;C)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Umiejętności</translation>
    </message>
    <message>
        <source>iDEA badges earned by residents, volunteers and staff, and progress towards Bronze, Silver and Gold.</source>
        <translation>Odznaki iDEA zdobyte przez mieszkańców, wolontariuszy i pracowników oraz postępy w drodze do poziomów Bronze, Silver i Gold.</translation>
    </message>
    <message>
        <source>No badges have been recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych odznak.</translation>
    </message>
    <message>
        <source>No badges you recorded or supported yet.</source>
        <translation>Nie ma jeszcze odznak, które zapisałeś lub w których zdobyciu pomagałeś.</translation>
    </message>
</context>
<context>
    <name>SkillsProgress</name>
    <message>
        <source>No branch</source>
        <translation>Bez filii</translation>
    </message>
    <message>
        <source>iDEA skills progress</source>
        <translation>Postępy w umiejętnościach iDEA</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punkty:</translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation>Odznaki:</translation>
    </message>
    <message>
        <source>No award reached yet.</source>
        <translation>Nie osiągnięto jeszcze wyróżnienia.</translation>
    </message>
    <message>
        <source>Award reached: %1.</source>
        <translation>Osiągnięte wyróżnienie: %1.</translation>
    </message>
    <message>
        <source>Every award reached.</source>
        <translation>Osiągnięto wszystkie wyróżnienia.</translation>
    </message>
    <message>
        <source>%1 more points for %2 (%3 points).</source>
        <translation>Brakuje %1 pkt do: %2 (%3 pkt).</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Wyróżnienia</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 pkt</translation>
    </message>
    <message>
        <source>reached %1</source>
        <translation>osiągnięto %1</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>pozostało %1</translation>
    </message>
    <message>
        <source>Points by category</source>
        <translation>Punkty według kategorii</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Odznaki</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Odznaka</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Wydrukowano %1.</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Mieszkańcy</translation>
    </message>
    <message>
        <source>TechMates (volunteers)</source>
        <translation>TechMates (wolontariusze)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
</context>
<context>
    <name>SkillsTotalsPanel</name>
    <message>
        <source>Badges per month and running total</source>
        <translation>Odznaki w miesiącu i suma narastająco</translation>
    </message>
    <message>
        <source>Chart of badges per month and the running total</source>
        <translation>Wykres odznak w miesiącu i sumy narastającej</translation>
    </message>
    <message>
        <source>No badges recorded yet.</source>
        <translation>Nie zapisano jeszcze odznak.</translation>
    </message>
    <message>
        <source>Badges by branch</source>
        <translation>Odznaki według filii</translation>
    </message>
    <message>
        <source>Badges by team</source>
        <translation>Odznaki według zespołu</translation>
    </message>
    <message>
        <source>Badges by month</source>
        <translation>Odznaki według miesięcy</translation>
    </message>
    <message>
        <source>Badge figures by branch, team and month</source>
        <translation>Liczby odznak według filii, zespołu i miesiąca</translation>
    </message>
    <message>
        <source>By &amp;branch</source>
        <translation>Według filii (&amp;B)</translation>
    </message>
    <message>
        <source>By &amp;team</source>
        <translation>Według zespołu (&amp;T)</translation>
    </message>
    <message>
        <source>B&amp;y month</source>
        <translation>Według miesięc&amp;y</translation>
    </message>
    <message>
        <source>%1 badges of the target %2 (%3 %), earned by %4 learners.</source>
        <translation>Odznaki: %1 przy celu %2 (%3 %), zdobyte przez uczestników: %4.</translation>
    </message>
    <message>
        <source>%1 badges, earned by %2 learners; no target is set.</source>
        <translation>Odznaki: %1, zdobyte przez uczestników: %2; nie ustawiono celu.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Odznaki</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>%1 awards</source>
        <translation>Wyróżnienia: %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Badges in the month</source>
        <translation>Odznaki w miesiącu</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Suma narastająco</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a TechMates store: it is not an SQLite database file. Check the file name, or choose another file.</source>
        <translation>„%1” nie jest bazą TechMates: to nie jest plik bazy danych SQLite. Sprawdź nazwę pliku lub wybierz inny plik.</translation>
    </message>
    <message>
        <source>No store file was named.</source>
        <translation>Nie podano pliku bazy.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a store file.</source>
        <translation>„%1” to folder, a nie plik bazy.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the store. Choose a location you can write to.</source>
        <translation>Nie można utworzyć folderu „%1” na bazę. Wybierz miejsce, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <source>Cannot open or create the store “%1”: %2. Choose a location you can write to.</source>
        <translation>Nie można otworzyć ani utworzyć bazy „%1”: %2. Wybierz miejsce, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <source>The store “%1” can only be read, not written. Check the file&apos;s permissions or choose a location you can write to.</source>
        <translation>Bazę „%1” można tylko odczytać, nie zapisać. Sprawdź uprawnienia pliku lub wybierz miejsce, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not a TechMates store; it cannot be read. Restore it from a backup.</source>
        <translation>„%1” jest uszkodzona lub nie jest bazą TechMates; nie można jej odczytać. Przywróć ją z kopii zapasowej.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a TechMates store. Choose a TechMates store file.</source>
        <translation>„%1” to baza danych SQLite, ale nie baza TechMates. Wybierz plik bazy TechMates.</translation>
    </message>
    <message>
        <source>The store “%1” was written by a newer version of TechMates Desk (store version %2; this program knows up to %3). Install the newer version to open it.</source>
        <translation>Baza „%1” została zapisana przez nowszą wersję TechMates Desk (wersja bazy %2; ten program zna wersje do %3). Zainstaluj nowszą wersję, aby ją otworzyć.</translation>
    </message>
    <message>
        <source>The store “%1” cannot be written (journal mode %2).</source>
        <translation>Nie można zapisywać do bazy „%1” (tryb dziennika %2).</translation>
    </message>
    <message>
        <source>The store “%1” can only be read, not written. Check the file&apos;s permissions or choose another location.</source>
        <translation>Bazę „%1” można tylko odczytać, nie zapisać. Sprawdź uprawnienia pliku lub wybierz inne miejsce.</translation>
    </message>
    <message>
        <source>Updating the store to version %1 failed: %2</source>
        <translation>Aktualizacja bazy do wersji %1 nie powiodła się: %2</translation>
    </message>
    <message>
        <source>The store is busy or cannot be written: %1</source>
        <translation>Baza jest zajęta lub nie można do niej zapisywać: %1</translation>
    </message>
</context>
<context>
    <name>StoreRead</name>
    <message>
        <source>The store could not be read, so this may be out of date. %1</source>
        <translation>Nie udało się odczytać bazy, więc dane mogą być nieaktualne. %1</translation>
    </message>
</context>
<context>
    <name>SubmitClaimCommand</name>
    <message>
        <source>That claim does not exist.</source>
        <translation>Ten wniosek nie istnieje.</translation>
    </message>
    <message>
        <source>The claim %1 is already %2.</source>
        <translation>Wniosek %1 jest już w stanie: %2.</translation>
    </message>
    <message>
        <source>The claim %1 has no units to submit.</source>
        <translation>Wniosek %1 nie ma modułów do złożenia.</translation>
    </message>
    <message>
        <source>Submitted the claim %1.</source>
        <translation>Złożono wniosek %1.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Enter the council server&apos;s web address, for example https://techmates.example.gov.uk</source>
        <translation>Wpisz adres internetowy serwera samorządu, na przykład https://techmates.example.gov.uk</translation>
    </message>
    <message>
        <source>“%1” is not a web address the desk can use: it must start with https:// (or http:// on the council&apos;s own network) and name a server, for example https://techmates.example.gov.uk</source>
        <translation>„%1” nie jest adresem internetowym, którego stanowisko może użyć: musi zaczynać się od https:// (lub http:// we własnej sieci samorządu) i wskazywać serwer, na przykład https://techmates.example.gov.uk</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; the desk asks for them when you sign in.</source>
        <translation>Nie umieszczaj nazwy użytkownika ani hasła w adresie; stanowisko zapyta o nie przy logowaniu.</translation>
    </message>
    <message>
        <source>The server address should not have ? or # parts.</source>
        <translation>Adres serwera nie powinien zawierać części ? ani #.</translation>
    </message>
</context>
<context>
    <name>SyncHttp</name>
    <message>
        <source>The server did not answer (%1).</source>
        <translation>Serwer nie odpowiedział (%1).</translation>
    </message>
    <message>
        <source>The server is busy or having trouble (HTTP %1); trying again later.</source>
        <translation>Serwer jest zajęty lub ma problemy (HTTP %1); ponowna próba później.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Serwer odrzucił żądanie (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short; trying again.</source>
        <translation>Odpowiedź serwera została ucięta; ponowna próba.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Keep this desk and the council&apos;s record in step; it keeps working offline.</source>
        <translation>Utrzymuj zgodność tego stanowiska z rejestrem samorządu; stanowisko działa dalej offline.</translation>
    </message>
    <message>
        <source>Devices lent at two desks while they were offline, for a coordinator to settle.</source>
        <translation>Urządzenia wypożyczone przy dwóch stanowiskach w trybie offline, do rozstrzygnięcia przez koordynatora.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikty (%1)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>The council server</source>
        <translation>Serwer samorządu</translation>
    </message>
    <message>
        <source>Council server address</source>
        <translation>Adres serwera samorządu</translation>
    </message>
    <message>
        <source>https://techmates.example.gov.uk</source>
        <translation>https://techmates.example.gov.uk</translation>
    </message>
    <message>
        <source>Sign &amp;in to the server…</source>
        <translation>Zaloguj s&amp;ię do serwera…</translation>
    </message>
    <message>
        <source>Sign in to the council server</source>
        <translation>Zaloguj się do serwera samorządu</translation>
    </message>
    <message>
        <source>Sign &amp;out of the server</source>
        <translation>Wyl&amp;oguj się z serwera</translation>
    </message>
    <message>
        <source>Forget your sign-in to the council server on this computer</source>
        <translation>Zapomnij logowanie do serwera samorządu na tym komputerze</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Sync now with the council server</source>
        <translation>Synchronizuj teraz z serwerem samorządu</translation>
    </message>
    <message>
        <source>Send this desk&apos;s changes and receive the council&apos;s (Ctrl+Shift+S)</source>
        <translation>Wyślij zmiany z tego stanowiska i odbierz zmiany samorządu (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sync automatically every so many minutes; 0 turns it off</source>
        <translation>Synchronizuj automatycznie co podaną liczbę minut; 0 wyłącza</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wył.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Postęp synchronizacji</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <source>Your sign-in:</source>
        <translation>Twoje logowanie:</translation>
    </message>
    <message>
        <source>Sync a&amp;utomatically every</source>
        <translation>Synchroniz&amp;uj automatycznie co</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Postęp:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Ostatnia synchronizacja:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Czeka na wysłanie:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Ostatni problem:</translation>
    </message>
    <message>
        <source>Checking this computer&apos;s keychain…</source>
        <translation>Sprawdzanie pęku kluczy tego komputera…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>Never: this desk has not synced with the council server yet.</source>
        <translation>Nigdy: to stanowisko nie synchronizowało się jeszcze z serwerem samorządu.</translation>
    </message>
    <message>
        <source>Nothing: every change made here has been sent.</source>
        <translation>Nic: wszystkie zmiany wprowadzone tutaj zostały wysłane.</translation>
    </message>
    <message>
        <source>1 change made at this desk</source>
        <translation>1 zmiana wprowadzona przy tym stanowisku</translation>
    </message>
    <message>
        <source>%L1 changes made at this desk</source>
        <translation>Zmiany wprowadzone przy tym stanowisku: %L1</translation>
    </message>
    <message>
        <source>Cannot be read just now: %1</source>
        <translation>Nie można teraz odczytać: %1</translation>
    </message>
    <message>
        <source>A sync is already running; wait for it to finish.</source>
        <translation>Synchronizacja już trwa; poczekaj, aż się zakończy.</translation>
    </message>
    <message>
        <source>Sign in once and this computer&apos;s keychain keeps you signed in for the next syncs.</source>
        <translation>Zaloguj się raz, a pęk kluczy tego komputera zachowa logowanie na kolejne synchronizacje.</translation>
    </message>
    <message>
        <source>Signed out of the council server on this computer. Sign in again to sync.</source>
        <translation>Wylogowano z serwera samorządu na tym komputerze. Zaloguj się ponownie, aby synchronizować.</translation>
    </message>
    <message>
        <source>Automatic sync waits until the server&apos;s address is filled in.</source>
        <translation>Automatyczna synchronizacja czeka na wpisanie adresu serwera.</translation>
    </message>
    <message>
        <source>Automatic sync needs a sign-in kept in this computer&apos;s keychain; until then, press Sync now.</source>
        <translation>Automatyczna synchronizacja wymaga logowania zachowanego w pęku kluczy tego komputera; do tego czasu naciskaj Synchronizuj teraz.</translation>
    </message>
    <message>
        <source>Syncs every minute</source>
        <translation>Synchronizacja co minutę</translation>
    </message>
    <message>
        <source>Syncs every %1 minutes</source>
        <translation>Synchronizacja co %1 min</translation>
    </message>
    <message>
        <source>, and as soon as the network comes back after a sync could not reach the server.</source>
        <translation> oraz zaraz po powrocie sieci, jeśli synchronizacja nie mogła połączyć się z serwerem.</translation>
    </message>
    <message>
        <source>; after a sync could not reach the server, the desk asks the server every minute and syncs as soon as it answers.</source>
        <translation>; gdy synchronizacja nie może połączyć się z serwerem, stanowisko co minutę sprawdza serwer i synchronizuje się, gdy tylko odpowie.</translation>
    </message>
    <message>
        <source>Automatic sync is off: the desk syncs when you press Sync now.</source>
        <translation>Automatyczna synchronizacja jest wyłączona: stanowisko synchronizuje się po naciśnięciu Synchronizuj teraz.</translation>
    </message>
    <message>
        <source>Connecting to the council server…</source>
        <translation>Łączenie z serwerem samorządu…</translation>
    </message>
    <message>
        <source>First sync: sending this desk&apos;s records to the council (%L1 so far)</source>
        <translation>Pierwsza synchronizacja: wysyłanie rekordów tego stanowiska do samorządu (dotąd: %L1)</translation>
    </message>
    <message>
        <source>Sending changes: %L1 of %L2</source>
        <translation>Wysyłanie zmian: %L1 z %L2</translation>
    </message>
    <message>
        <source>Receiving the council&apos;s changes</source>
        <translation>Odbieranie zmian samorządu</translation>
    </message>
    <message>
        <source>None: the last sync went through.</source>
        <translation>Brak: ostatnia synchronizacja się powiodła.</translation>
    </message>
    <message>
        <source>Your sign-in to the council server has expired; sign in again.</source>
        <translation>Logowanie do serwera samorządu wygasło; zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>Synced. Changes sent: %L1 (%L2 taken, %L3 turned down, %L4 conflicts). Changes received: %L5.</source>
        <translation>Zsynchronizowano. Wysłane zmiany: %L1 (przyjęte: %L2, odrzucone: %L3, konflikty: %L4). Odebrane zmiany: %L5.</translation>
    </message>
    <message>
        <source>Synced. Nothing to send. Changes received: %L1.</source>
        <translation>Zsynchronizowano. Nic do wysłania. Odebrane zmiany: %L1.</translation>
    </message>
    <message>
        <source>This desk&apos;s %L1 existing records were sent to the council first.</source>
        <translation>Istniejące rekordy tego stanowiska (%L1) zostały najpierw wysłane do samorządu.</translation>
    </message>
    <message>
        <source>A coordinator confirms who has each doubly lent device under Sync → Conflicts.</source>
        <translation>Koordynator potwierdza, kto ma każde podwójnie wypożyczone urządzenie, w Synchronizacja → Konflikty.</translation>
    </message>
    <message>
        <source>Changes made by other people at this desk, waiting until they sync themselves: %L1.</source>
        <translation>Zmiany wprowadzone przy tym stanowisku przez inne osoby, czekające, aż same się zsynchronizują: %L1.</translation>
    </message>
    <message>
        <source>Your sign-in to the council server has expired or was withdrawn: sign in again.</source>
        <translation>Logowanie do serwera samorządu wygasło lub zostało cofnięte: zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The council server could not be reached: %1 The desk keeps working offline; changes wait here and go with the next sync.</source>
        <translation>Nie udało się połączyć z serwerem samorządu: %1 Stanowisko działa dalej offline; zmiany czekają tutaj i zostaną wysłane przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Signed in as %1; this computer&apos;s keychain keeps the sign-in.</source>
        <translation>Zalogowano jako %1; pęk kluczy tego komputera zachowuje logowanie.</translation>
    </message>
    <message>
        <source>Not signed in to the server. Sync now asks for your password once.</source>
        <translation>Nie zalogowano do serwera. Synchronizuj teraz zapyta raz o hasło.</translation>
    </message>
    <message>
        <source>You sign in each time you sync.</source>
        <translation>Logujesz się przy każdej synchronizacji.</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>The server&apos;s answer to the sign-in was incomplete.</source>
        <translation>Odpowiedź serwera na logowanie była niepełna.</translation>
    </message>
    <message>
        <source>The store could not take the server&apos;s records: %1</source>
        <translation>Baza nie mogła przyjąć rekordów z serwera: %1</translation>
    </message>
    <message>
        <source>The server would not take this store&apos;s records: %1</source>
        <translation>Serwer nie przyjął rekordów z tej bazy: %1</translation>
    </message>
    <message>
        <source>The server answered for only part of what was sent.</source>
        <translation>Serwer odpowiedział tylko na część wysłanych danych.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Nie można odczytać odpowiedzi serwera: %1</translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be read: %1</source>
        <translation>Nie można odczytać zmian z serwera: %1</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>This desk&apos;s store could not be opened for the sync: %1</source>
        <translation>Nie udało się otworzyć bazy tego stanowiska do synchronizacji: %1</translation>
    </message>
    <message>
        <source>%1 does not look like a TechMates council server (%2).</source>
        <translation>%1 nie wygląda na serwer samorządu TechMates (%2).</translation>
    </message>
    <message>
        <source>The store could not be read or written during the sync: %1</source>
        <translation>Podczas synchronizacji nie udało się odczytać ani zapisać bazy: %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available on this computer, so TechMates cannot keep you signed in to the council server; you can keep working offline and sync by signing in each time.</source>
        <translation>Na tym komputerze nie ma pęku kluczy, więc TechMates nie może zachować logowania do serwera samorządu; możesz dalej pracować offline i synchronizować, logując się za każdym razem.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Units achieved</source>
        <translation>Ukończone moduły</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postępy</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Ukończenie</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>Czeka na zatwierdzenie</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Czeka na weryfikację</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Postępy szkolenia</translation>
    </message>
    <message>
        <source>E&amp;nrol a volunteer…</source>
        <translation>Zapisz wolo&amp;ntariusza…</translation>
    </message>
    <message>
        <source>Enrol a volunteer on the pathway</source>
        <translation>Zapisz wolontariusza na ścieżkę</translation>
    </message>
    <message>
        <source>Load the TechMates path&amp;way</source>
        <translation>&amp;Wczytaj ścieżkę TechMates</translation>
    </message>
    <message>
        <source>Load the TechMates pathway shipped with the desk</source>
        <translation>Wczytaj ścieżkę TechMates dołączoną do stanowiska</translation>
    </message>
    <message>
        <source>Enter on a row opens the volunteer&apos;s portfolio.</source>
        <translation>Enter na wierszu otwiera portfolio wolontariusza.</translation>
    </message>
    <message>
        <source>Training views</source>
        <translation>Widoki szkoleń</translation>
    </message>
    <message>
        <source>P&amp;ortfolio</source>
        <translation>P&amp;ortfolio</translation>
    </message>
    <message>
        <source>&amp;Trainees</source>
        <translation>Uczes&amp;tnicy szkolenia</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Postępy</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>Wnioski (&amp;C)</translation>
    </message>
    <message>
        <source>Gr&amp;aduates</source>
        <translation>&amp;Absolwenci</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <source>Volunteers on the accredited TechMates pathway: evidence, sign-offs, claims and graduates.</source>
        <translation>Wolontariusze na akredytowanej ścieżce TechMates: dowody, zatwierdzenia, wnioski i absolwenci.</translation>
    </message>
    <message>
        <source>Your progress on the accredited TechMates pathway.</source>
        <translation>Twoje postępy na akredytowanej ścieżce TechMates.</translation>
    </message>
    <message>
        <source>All units achieved</source>
        <translation>Wszystkie moduły ukończone</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Enrolled: %1 · Graduates: %2</source>
        <translation>Zapisani: %1 · Absolwenci: %2</translation>
    </message>
    <message>
        <source>No volunteers are enrolled on a training pathway yet.</source>
        <translation>Żaden wolontariusz nie jest jeszcze zapisany na ścieżkę szkoleniową.</translation>
    </message>
    <message>
        <source>You are not enrolled on a training pathway yet. Ask your coordinator.</source>
        <translation>Nie jesteś jeszcze zapisany na ścieżkę szkoleniową. Zapytaj koordynatora.</translation>
    </message>
    <message>
        <source>Load the TechMates pathway first.</source>
        <translation>Najpierw wczytaj ścieżkę TechMates.</translation>
    </message>
    <message>
        <source>Every volunteer is enrolled on %1 already.</source>
        <translation>Każdy wolontariusz jest już zapisany na %1.</translation>
    </message>
    <message>
        <source>Enrol a volunteer</source>
        <translation>Zapisz wolontariusza</translation>
    </message>
    <message>
        <source>Volunteer to enrol on %1:</source>
        <translation>Wolontariusz do zapisania na %1:</translation>
    </message>
</context>
<context>
    <name>TrainingQueries</name>
    <message>
        <source>verified</source>
        <translation>zweryfikowano</translation>
    </message>
    <message>
        <source>No home branch</source>
        <translation>Bez filii macierzystej</translation>
    </message>
    <message>
        <source>Training portfolio</source>
        <translation>Portfolio szkoleniowe</translation>
    </message>
    <message>
        <source>Home branch: %1</source>
        <translation>Filia macierzysta: %1</translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation>zapisano %1</translation>
    </message>
    <message>
        <source>; graduated %1</source>
        <translation>; ukończono %1</translation>
    </message>
    <message>
        <source>Units achieved: %1 of %2.</source>
        <translation>Ukończone moduły: %1 z %2.</translation>
    </message>
    <message>
        <source>Achieved %1</source>
        <translation>Ukończono %1</translation>
    </message>
    <message>
        <source>, verified by %1</source>
        <translation>, zweryfikował(a) %1</translation>
    </message>
    <message>
        <source>, awaiting verification</source>
        <translation>, czeka na weryfikację</translation>
    </message>
    <message>
        <source>, certificate %1</source>
        <translation>, certyfikat %1</translation>
    </message>
    <message>
        <source>, claim %1 (%2)</source>
        <translation>, wniosek %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes signed off</source>
        <translation>Zatwierdzone efekty: %1 z %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>autor: %1</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Brak dowodów.</translation>
    </message>
    <message>
        <source>Signed off by %1, %2</source>
        <translation>Zatwierdził(a) %1, %2</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Niezatwierdzone</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>Wydrukowano %1.</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>VerifyUnitCommand</name>
    <message>
        <source>There is no unit with the code %1.</source>
        <translation>Nie ma modułu o kodzie %1.</translation>
    </message>
    <message>
        <source>Nobody verifies their own training.</source>
        <translation>Nikt nie weryfikuje własnego szkolenia.</translation>
    </message>
    <message>
        <source>The unit %1 is not achieved yet: every outcome needs an assessor&apos;s sign-off first.</source>
        <translation>Moduł %1 nie jest jeszcze ukończony: każdy efekt musi najpierw zatwierdzić oceniający.</translation>
    </message>
    <message>
        <source>The unit %1 is already verified.</source>
        <translation>Moduł %1 jest już zweryfikowany.</translation>
    </message>
    <message>
        <source>Verified the unit %1; it can now be claimed.</source>
        <translation>Zweryfikowano moduł %1; można go teraz objąć wnioskiem.</translation>
    </message>
</context>
<context>
    <name>VolunteersPanel</name>
    <message>
        <source>Volunteer</source>
        <translation>Wolontariusz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>DBS</source>
        <translation>DBS</translation>
    </message>
    <message>
        <source>Helps by</source>
        <translation>Forma pomocy</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Pomaga w</translation>
    </message>
    <message>
        <source>Home branch</source>
        <translation>Filia macierzysta</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Wolontariusze</translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation>Dod&amp;aj wolontariusza…</translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation>Dodaj wolontariusza</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edytuj (&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the selected volunteer</source>
        <translation>Edytuj wybranego wolontariusza</translation>
    </message>
    <message>
        <source>DBS chec&amp;k…</source>
        <translation>Weryfi&amp;kacja DBS…</translation>
    </message>
    <message>
        <source>Record a DBS check</source>
        <translation>Zapisz weryfikację DBS</translation>
    </message>
    <message>
        <source>My &amp;times…</source>
        <translation>Moje godziny (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Times…</source>
        <translation>Godziny (&amp;T)…</translation>
    </message>
    <message>
        <source>Weekly times and time away</source>
        <translation>Godziny cotygodniowe i nieobecności</translation>
    </message>
    <message>
        <source>Choose a volunteer in the list first.</source>
        <translation>Najpierw wybierz wolontariusza z listy.</translation>
    </message>
    <message>
        <source>No volunteers yet.</source>
        <translation>Brak wolontariuszy.</translation>
    </message>
    <message>
        <source>No DBS check needs attention.</source>
        <translation>Żadna weryfikacja DBS nie wymaga uwagi.</translation>
    </message>
    <message>
        <source>DBS checks needing attention: %1</source>
        <translation>Weryfikacje DBS wymagające uwagi: %1</translation>
    </message>
    <message>
        <source>Edit volunteer</source>
        <translation>Edytuj wolontariusza</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages (codes, e.g. en, pl)</source>
        <translation>Języki (kody, np. en, pl)</translation>
    </message>
    <message>
        <source>Helps with %1</source>
        <translation>Pomaga w: %1</translation>
    </message>
    <message>
        <source>Offers %1</source>
        <translation>Oferuje: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Most minutes a week</source>
        <translation>Najwięcej minut tygodniowo</translation>
    </message>
    <message>
        <source> min a week</source>
        <translation> min tygodniowo</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Najwyżej</translation>
    </message>
    <message>
        <source>DBS check for %1</source>
        <translation>Weryfikacja DBS: %1</translation>
    </message>
    <message>
        <source>Certificate number, 12 digits</source>
        <translation>Numer zaświadczenia, 12 cyfr</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numer certyfikatu</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Data wydania</translation>
    </message>
    <message>
        <source>Registered with the DBS Update Service</source>
        <translation>Zarejestrowany w DBS Update Service</translation>
    </message>
    <message>
        <source>Set the re-check date myself</source>
        <translation>Sam(a) ustawię datę ponownej weryfikacji</translation>
    </message>
    <message>
        <source>Re-check due</source>
        <translation>Termin ponownej weryfikacji</translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Czeka od</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Oferowana</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista oczekujących</translation>
    </message>
    <message>
        <source>Book the &amp;offer</source>
        <translation>Zarezerwuj pr&amp;opozycję</translation>
    </message>
    <message>
        <source>Book the slot offered</source>
        <translation>Zarezerwuj proponowany termin</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Usuń (&amp;M)…</translation>
    </message>
    <message>
        <source>Take off the waiting list</source>
        <translation>Usuń z listy oczekujących</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 z: %2</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nikt nie czeka.</translation>
    </message>
    <message>
        <source>No slot is offered to this resident yet: book them from the Book tab when someone is free.</source>
        <translation>Temu mieszkańcowi nie zaproponowano jeszcze terminu: zarezerwuj go na karcie Rezerwuj, gdy ktoś będzie wolny.</translation>
    </message>
    <message>
        <source>Choose a resident in the list first.</source>
        <translation>Najpierw wybierz mieszkańca z listy.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
</context>
<context>
    <name>WaitlistQueue</name>
    <message>
        <source>The freed slot is offered to card %1, first on the waiting list: book it for them from the waiting list.</source>
        <translation>Zwolniony termin jest proponowany karcie %1, pierwszej na liście oczekujących: zarezerwuj go dla niej z listy oczekujących.</translation>
    </message>
</context>
<context>
    <name>WipePanel</name>
    <message>
        <source>Factory reset</source>
        <translation>Przywrócenie ustawień fabrycznych</translation>
    </message>
    <message>
        <source>Blancco</source>
        <translation>Blancco</translation>
    </message>
    <message>
        <source>ChromeOS powerwash</source>
        <translation>Powerwash ChromeOS</translation>
    </message>
    <message>
        <source>MDM wipe</source>
        <translation>Wymazanie przez MDM</translation>
    </message>
    <message>
        <source>Reimage</source>
        <translation>Ponowna instalacja obrazu</translation>
    </message>
    <message>
        <source>Android recovery</source>
        <translation>Tryb odzyskiwania Androida</translation>
    </message>
    <message>
        <source>Blancco Mobile</source>
        <translation>Blancco Mobile</translation>
    </message>
    <message>
        <source>Google Admin console</source>
        <translation>Konsola administracyjna Google</translation>
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
        <translation>Numer inwentarzowy urządzenia z wymazanymi danymi</translation>
    </message>
    <message>
        <source>Scan the wiped device&apos;s tag, then Enter</source>
        <translation>Zeskanuj numer urządzenia z wymazanymi danymi, potem Enter</translation>
    </message>
    <message>
        <source>Device &amp;tag</source>
        <translation>Numer urządzenia (&amp;T)</translation>
    </message>
    <message>
        <source>Wipe method</source>
        <translation>Metoda wymazania</translation>
    </message>
    <message>
        <source>Wipe tool</source>
        <translation>Narzędzie do wymazania</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <source>Wipe report or certificate id</source>
        <translation>Identyfikator raportu lub certyfikatu wymazania</translation>
    </message>
    <message>
        <source>The tool&apos;s report or certificate number, if it gives one</source>
        <translation>Numer raportu lub certyfikatu z narzędzia, jeśli go podaje</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metoda</translation>
    </message>
    <message>
        <source>Too&amp;l</source>
        <translation>Narzędzie (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Report id</source>
        <translation>Identyfikator &amp;raportu</translation>
    </message>
    <message>
        <source>Re&amp;cord wipe</source>
        <translation>Zapisz wymazanie (&amp;C)</translation>
    </message>
    <message>
        <source>Record the wipe</source>
        <translation>Zapisz wymazanie danych</translation>
    </message>
    <message>
        <source>Record the wipe (Enter or Ctrl+Enter)</source>
        <translation>Zapisz wymazanie danych (Enter lub Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Clear the form and start again</source>
        <translation>Wyczyść formularz i zacznij od nowa</translation>
    </message>
    <message>
        <source>Clear the form (Esc)</source>
        <translation>Wyczyść formularz (Esc)</translation>
    </message>
    <message>
        <source>Devices &amp;awaiting wipe (Enter on a row opens it):</source>
        <translation>Urządzeni&amp;a czekające na wymazanie danych (Enter na wierszu je otwiera):</translation>
    </message>
    <message>
        <source>Devices awaiting wipe</source>
        <translation>Urządzenia czekające na wymazanie danych</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Producent i model</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>No devices are waiting to be wiped.</source>
        <translation>Żadne urządzenie nie czeka na wymazanie danych.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · %2, %3 (%4)</source>
        <translation>%1 · %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Scan the wiped device&apos;s asset tag first.</source>
        <translation>Najpierw zeskanuj numer inwentarzowy urządzenia z wymazanymi danymi.</translation>
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
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Lock desk</source>
        <translation>Zab&amp;lokuj stanowisko</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>Zablokuj stanowisko</translation>
    </message>
    <message>
        <source>Hide everything until someone signs in (Ctrl+L)</source>
        <translation>Ukryj wszystko, dopóki ktoś się nie zaloguje (Ctrl+L)</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Nowy mieszkaniec</translation>
    </message>
    <message>
        <source>Find resident</source>
        <translation>Znajdź mieszkańca</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nic do wyświetlenia</translation>
    </message>
    <message>
        <source>Your account has no sections. Ask an administrator to check your role.</source>
        <translation>Twoje konto nie ma żadnych sekcji. Poproś administratora o sprawdzenie Twojej roli.</translation>
    </message>
</context>
</TS>
