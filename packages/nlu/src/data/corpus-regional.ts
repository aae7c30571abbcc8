/**
 * Extra training lines in the regional varieties the rest of the corpus barely has, written for this
 * project without seeing any evaluation set (not copied or paraphrased from one): Sasak (Lombok, NTB),
 * Kupang Malay (NTT), Madurese, Bugis/Makassar-flavoured Indonesian, Javanese krama inggil and krama
 * madya, East Javanese ngoko (Surabaya/Malang), Sundanese, and the Indonesian code-mixed with
 * Cantonese (Hong Kong), Mandarin (Taiwan) and Gulf Arabic that workers use there (sin saang, tai tai,
 * popo, m goi, laoban, zhongjie, ama/akong, baba/mama, kafil, maktab, huroob, khadama, jawazat).
 * All 21 intents are covered: attacks now, weapons, choking, being locked in under threat, hiding,
 * having just fled, being driven away, intruders and bare calls for help; direct and indirect
 * self-harm (last messages, entrusting children, collected pills, heights, a rope, refusing food);
 * lines of other intents written in secret under threat (borrowed phone, while he sleeps, do not
 * call, delete this) flagged as danger; and harmless near-misses sharing the alarming words (past
 * harm now safe, "what if" questions, films and jokes, everyday mati/mate/paeh, bunuh, pukul, kunci).
 * Phone typing, as written by migrant women from those regions, mixed with Indonesian.
 * Several problems in one message are labelled by the priority of INTENTS (src/types.ts).
 * Runs of lines of one intent ("!" marks danger: corpus.ts).
 */
import { type CorpusItem, corpusItems, type LabelledRun } from "./corpus.js";

const RAW: LabelledRun[] = [
  // =====================================================================================
  // Sasak (Lombok, NTB)
  // =====================================================================================
  [
    "emergency",
    "tulung tiang, majikan kenyeke mantok tiang leq dapur nane, ndek mele berenti",
    "baba bawak pisau, ye bilang mele bunuh tiang malem ni, tiang kenyeke ngumpet leq lemari",
    "leher tiang tecekek siq semame majikan barusan, tiang ndek bau napas, tulung",
    "tiang tekunci leq gudang, majikan ngancam lamun tiang bersuara tiang tepantok sampe mate",
    "tiang uah pelai lek bale majikan jam 2 subuh, nane duduk leq depan masjid, ndarak kepeng, ndek tau lek mbe",
    "arak dengan mame tame leq kamar tiang tengah malem, majikan ndarak leq bale, tiang takut laloq",
    "tiang tegeret siq dengan agen tame mobil, ndek tau tiang jak tebait lek mbe",
    "nunas tulung semeton!!! darurat",
  ],
  [
    "self_harm",
    "tiang mele mate doang, uah ndek kuat urip malik",
    "inaq, ampure tiang. titip kanak tiang nggih, tiang ndek gen ulek malik",
    "uah tiang kumpulan obat tidur leq lemari, laun malem tiang inem selapuq",
    "tiang nane leq atap bale majikan, mele luncat doang, ndarak gunane tiang urip",
  ],
  [
    "physical_abuse",
    "girang tiang tepantok siq inaq majikan lamun masakan tiang ndek enak",
    "jaman tiang leq malaysia julu tiang girang tepantok, nane uah ulek leq Lombok, bau lapor ndek?",
  ],
  [
    "sexual_abuse",
    "amaq majikan girang tame kamar tiang malem-malem, gerepe awak tiang",
    "!tiang nulis ni pas amaq majikan tindoq, ye girang paksa tiang, ndaq telpon tiang nggih, laun ye gitaq",
  ],
  [
    "psychological_abuse",
    "tiap jelo tiang tepisuh siq majikan, tebilang bodo, tebilang binatang",
    "majikan ngancam gen laporang tiang lek polisi lamun tiang mele ulek",
  ],
  [
    "wage_issue",
    "gaji tiang ndek tebeng uah lime bulan siq majikan, lamun tiang betakon ye marah",
  ],
  [
    "document_held",
    "paspor tiang tebait siq PT sejak tiang dateng, ndek tebeng malik",
  ],
  [
    "confinement",
    "tiang ndek tebeng sugul siq majikan, hp tiang uah tebait, ndek bau telpon inaq",
  ],
  [
    "overwork",
    "tiang bekerja mulai jam 4 subuh sampe tengah malem, ndarak libur, mangan sekali sejelo",
    "tiang lelah laloq, tindoq telu jam doang sejelo, majikan bilang ndarak libur",
  ],
  [
    "trafficking",
    "sponsor bilang tiang gen bekerja leq toko, ternyata tiang tebeng lek majikan len, ndarak kontrak",
  ],
  [
    "health",
    "awak tiang panas uah telu jelo, kepala sakit, lek mbe arak dokter sak murah?",
  ],
  [
    "legal_status",
    "izin tinggal tiang uah mate, majikan ndek mele perpanjang, berembe carane?",
    "lamun tiang pelai lek majikan, visa tiang gen mate? tiang betakon doang",
  ],
  [
    "agency_issue",
    "PT tiang leq Mataram ndek mele angkat telpon, tiang mele ganti majikan",
  ],
  [
    "go_home",
    "tiang mele ulek lek Lombok, ndarak kepeng beli tiket",
  ],
  [
    "contact_embassy",
    "side tau nomer KBRI leq Kuala Lumpur? tiang mele lapor",
  ],
  [
    "human_agent",
    "tiang mele bebase kance petugas langsung, bau telpon tiang?",
  ],
  [
    "finance",
    "berembe carane kirim kepeng lek inaq leq kampung sak murah?",
    "tiang mele nabung kepeng gaji, lek mbe taoq sak aman?",
  ],
  [
    "greeting",
    "tabeq side, assalamualaikum",
  ],
  [
    "thanks",
    "tampiasih banget side, tiang uah aman leq shelter nane",
  ],
  [
    "goodbye",
    "uah juluq nggih, majikan uah ulek, laun tiang chat malik",
  ],
  [
    "out_of_scope",
    "hp tiang girang mate sendiri padahal baterai penuh, kenapa nggih",
    "tiang nonton film, pemerane tepantok sampe mate, tiang nangis wkwk",
  ],

  // =====================================================================================
  // Kupang Malay (NTT)
  // =====================================================================================
  [
    "emergency",
    "tolong beta, majikan ada pukul beta ni, dia sonde mau berhenti",
    "bos laki pegang parang, bilang mau potong beta pung leher, beta lari maso kamar mandi",
    "dia cekik beta tadi sampe beta jatuh, sekarang dia masih jaga di luar, beta sonde berani kaluar",
    "beta su lari dari majikan pung rumah, sekarang di pos satpam, sonde ada doi, sonde tau mau pi mana",
    "beta dikunci di kamar belakang, dia bilang kalo beta bataria dia kasi mati beta",
    "ada laki-laki sonde kenal maso rumah malam ni, beta sambunyi di bawah tampa tidur",
    "dong paksa beta naik oto, beta sonde tau dong mau bawa beta pi mana",
    "kakaaa tolong e cepat",
  ],
  [
    "self_harm",
    "beta su capek idup, mau mati sa biar abis samua ini",
    "mama, ini beta pung pesan terakhir. jaga beta pung ana dong bae-bae e, beta minta ampun",
    "beta sengaja sonde makan su 4 hari, biar cepat mati sa",
    "tali su beta ikat di kamar mandi, malam ni beta mau pi sa",
  ],
  [
    "physical_abuse",
    "majikan parampuan suka tampeleng beta kalo beta karja lambat",
    "kalo majikan pukul beta, beta bisa lapor polisi ko sonde?",
    "!beta tulis ni waktu dia tidur, badan biru samua, dia bilang besok pagi dia pukul lai. jang bales e",
  ],
  [
    "sexual_abuse",
    "beta su hamil 3 bulan, itu bos laki yang paksa beta, beta malu mau omong ke sapa-sapa",
  ],
  [
    "psychological_abuse",
    "tiap hari dia maki beta anjing, babi, bilang beta orang kampung bodo",
    "majikan ancam kalo beta lapor dia kasi masuk beta ke penjara, beta takut sekali",
  ],
  [
    "wage_issue",
    "su 7 bulan beta sonde dapa gaji, majikan bilang nanti sa, nanti sa",
  ],
  [
    "document_held",
    "beta pung paspor deng KTP dong tahan di agen, dong bilang nanti kontrak abis baru kasi",
    "majikan simpan beta pung paspor di brankas lalu kunci, beta sonde bisa ame",
  ],
  [
    "confinement",
    "beta sonde boleh kaluar rumah samasekali, hp ju dong ame",
    "!beta tulis ni sambunyi-sambunyi, dong kunci beta di rumah tiap hari dan ame hp, hapus ni pesan e kaka",
  ],
  [
    "overwork",
    "beta karja dari jam 5 pagi sampe jam 2 malam, sonde ada libur, tidur di dapur",
    "beta capek mati karja tiap hari, su satu taun sonde pernah libur",
  ],
  [
    "trafficking",
    "calo bilang karja di toko, sampe sini dong kasi beta karja di tampa karaoke, beta sonde mau",
  ],
  [
    "health",
    "beta pung perut sakit talalu, su 2 hari muntah, beta bisa pi dokter di mana?",
    "beta pung tangan luka kena pisau waktu potong sayur, kasi obat apa bae?",
  ],
  [
    "legal_status",
    "beta pung visa su mati 3 bulan, beta takut ditangkap polisi, bagemana ni",
  ],
  [
    "agency_issue",
    "PT yang kirim beta sonde angkat telpon lai, beta mau ganti majikan",
  ],
  [
    "go_home",
    "beta mau pulang ke Kupang sa, sonde tahan lai, tapi tiket mahal",
    "beta pung bapa meninggal kermaren, beta mau pulang cepat, majikan sonde kasi izin",
  ],
  [
    "contact_embassy",
    "KJRI Kuching pung nomor berapa? beta mau lapor diri",
  ],
  [
    "human_agent",
    "beta mau omong langsung deng orang, jang mesin sa",
  ],
  [
    "finance",
    "bagemana kirim doi ke mama di Atambua yang murah?",
    "beta pung utang di koperasi kampung, bagemana atur gaji supaya cepat lunas?",
  ],
  [
    "greeting",
    "pagi kaka, beta mau tanya dolo",
  ],
  [
    "thanks",
    "makasi banyak kaka, Tuhan berkati",
    "makasi kaka, polisi su datang jemput beta, beta su aman",
  ],
  [
    "goodbye",
    "su dolo e kaka, majikan su pulang",
  ],
  [
    "out_of_scope",
    "hahaha beta mati katawa liat video kucing tadi",
    "tadi nonton bola, kiper dong su mati langkah, hahaha",
  ],

  // =====================================================================================
  // Madurese
  // =====================================================================================
  [
    "emergency",
    "tolong, engkok epokol majikan sateya, tak ambu-ambu",
    "majikan lake' ngibe pisau, ngoca' terro mate'e engkok, sateya engkok ngumpet e kamar mandi",
    "kaula ekonce' e gudang, majikan ngancam mon kaula ngoca' ka oreng kaula epate'e",
    "engkok la buru dhari bengkona majikan, sateya e terminal, tadha' pessè, tak taoh ka dhimma",
    "leher engkok ecekek reng lake' rowa, sateya gi' ajaga e adha'na kamar",
    "tolong kaule... bede oreng maso' bengko tengnga malem",
  ],
  [
    "self_harm",
    "engkok terro mate bhai, la tak kuat odi' e dinna'",
    "emma', sapora engkok. ana'na engkok titip ka sampeyan, engkok tak kera mole pole",
    "la ngompol obat bannya' e lemari, malem reya kaula terro ngenom kabbi",
  ],
  [
    "physical_abuse",
    "kaula sering epokol ban etampeleng bi' nyonya mon lambat alako",
  ],
  [
    "sexual_abuse",
    "majikan lake' sering ngraba' engkok mon nyonya tadha' e bengko",
  ],
  [
    "psychological_abuse",
    "saben are engkok ekoca'e bodho, sapeh, tang ate sakit",
  ],
  [
    "wage_issue",
    "gaji kaula gi' tak ebajar lema bulan, nyonya ngoca' laggu' bhai",
    "tolong, berempa gaji minimal e Taiwan sateya?",
  ],
  [
    "document_held",
    "paspor engkok egibe agen, tak eberri'i pole",
    "mon paspor egibe agen, olle agabay se anyar e KBRI?",
  ],
  [
    "confinement",
    "kaula tak olle kaloar bengko, hp eala' bi' nyonya",
  ],
  [
    "overwork",
    "alako dhari subuh sampe tengnga malem, tadha' libur, tedung keng tello jam",
    "!engkok ngetik reya sambi nyonya tedung, alako 20 jam sa are, jha' ebales ya, hp reya pinjeman",
  ],
  [
    "health",
    "tang tabu' sake' la tello are, kaula terro ka dokter tape tadha' pessè",
  ],
  [
    "legal_status",
    "visa engkok la mate bulan lambe', engkok tako' etangkep razia",
  ],
  [
    "agency_issue",
    "agen engkok tak ngangkat telpon, engkok terro ganti majikan",
  ],
  [
    "go_home",
    "engkok terro mole ka Madura, tak kerasan pole e dinna'",
  ],
  [
    "contact_embassy",
    "alamat KJRI Johor e dhimma? engkok terro ka dissa'",
  ],
  [
    "human_agent",
    "kaula terro ngoca' bi' oreng, benni robot",
  ],
  [
    "finance",
    "berempa ongkos ngerem pessè ka Bangkalan lewat bank?",
  ],
  [
    "greeting",
    "salam, bede oreng e dinna'?",
  ],
  [
    "thanks",
    "sakalangkong, sampeyan la abantu kaula",
  ],
  [
    "goodbye",
    "ampon gi, kaula pamit, nyonya la dateng",
  ],
  [
    "out_of_scope",
    "mate lampu e dinna' dhari sore, panas ongguen",
  ],

  // =====================================================================================
  // Bugis / Makassar-flavoured Indonesian
  // =====================================================================================
  [
    "emergency",
    "tolongka kak, dipukulka terus sama majikan ini, ndak berhenti-berhenti mi",
    "bosku pegang badik, katanya mau na bunuhka, sembunyika di wc sekarang",
    "na cekikka tadi suaminya madam, sekarang na jaga pintu kamarku, takutka sekali",
    "larima dari rumahnya majikan tadi malam, di parkiran mall ka sekarang, de' gaga doi, ndak tau mau ke mana",
    "dikuncika di gudang, na bilang kalau berteriakka na kasi mati ka",
    "na paksaka naik mobil itu agen, ndak ku tau mau na bawa ke mana ka",
  ],
  [
    "self_harm",
    "capekma hidup kodong, mauka mati saja",
    "indo', maafkanka. jagaki anakku nah, ini terakhir mi pesanku",
    "di atas atap ka sekarang, mau ma lompat, ndak ada gunanya ka hidup",
    "sudah ku kumpul obat tidur satu botol, malam ini ku minum semua mi",
  ],
  [
    "physical_abuse",
    "seringka na tampar madam kalau lambatka kerja, na jambak juga rambutku",
  ],
  [
    "sexual_abuse",
    "itu anaknya bos laki-laki seringka na pegang-pegang kalau ndak ada orang, risihka",
    "!sembunyi-sembunyi ka ketik ini, bos na paksaka tiap malam, jangan ki telpon nah, na dengar nanti",
  ],
  [
    "psychological_abuse",
    "na bilangka binatang, bodoh, orang kampung, tiap hari mi begitu, sakit hatiku",
  ],
  [
    "wage_issue",
    "sudah mi 4 bulan belum na bayarka gajiku, na bilang nanti pi",
  ],
  [
    "document_held",
    "paspor ku na simpan agen, na bilang nanti pi kalau selesai kontrak baru na kasi",
  ],
  [
    "confinement",
    "ndak bisaka keluar rumah, na ambil hp ku, ndak bisa ka telpon indo'ku",
    "bolehji majikan kunci pagar kalau keluar ki? ndak apa-apa ji, cuma mau tau",
  ],
  [
    "overwork",
    "kerja ka dari subuh sampai jam 1 malam, de' gaga libur, sekali ji makan sehari",
    "mau mati rasanya capek, tiap hari masak untuk 15 orang, ndak pernah libur",
  ],
  [
    "trafficking",
    "na bilang calo kerja di restoran ki, sampai di sini di suruhka layani tamu laki-laki, ndak mauka",
    "!ini hp tamu ku pinjam diam-diam, di kurung ka di rumah bordil, na jaga laki-laki, jangan ki telpon",
  ],
  [
    "legal_status",
    "temanku ditangkap polisi kemarin gara-gara overstay, bagaimana mi nasibnya?",
  ],
  [
    "agency_issue",
    "agen ku di Makassar ndak mau mi angkat telpon, na minta lagi doi 5 juta",
  ],
  [
    "go_home",
    "mauka pulang ke Bone, ndak ada doi untuk tiket, bagaimana mi ini",
  ],
  [
    "contact_embassy",
    "tabe', berapa nomor darurat di Malaysia? mau ku simpan ji, jaga-jaga",
  ],
  [
    "human_agent",
    "bisa ka bicara sama orang langsung? mauka ditelpon",
  ],
  [
    "finance",
    "bagaimana cara kirim doi ke indo'ku di Sengkang yang murah?",
  ],
  [
    "greeting",
    "tabe' daeng, ada ji orang yang jaga di sini?",
  ],
  [
    "thanks",
    "makasih banyak ki kak, bagus sekali ji infonya",
  ],
  [
    "goodbye",
    "nanti pi lagi kak, mau ma tidur dulu",
  ],
  [
    "out_of_scope",
    "banyak sekali kecoa di dapur, pake apa bunuhnya?",
    "hilang kunci lemari ku, ada cara buka tanpa kunci?",
  ],

  // =====================================================================================
  // Javanese krama inggil / krama madya
  // =====================================================================================
  [
    "emergency",
    "nyuwun tulung, bapak majikan sakmenika ngantemi kula, kula mboten saged medal",
    "ibu majikan ngacung-acungaken gunting dhateng kula, kula mlajar dhateng lantai inggil, piyambakipun ngoyak",
    "kula dipun cekek kaliyan putranipun majikan, sakmenika piyambakipun nengga wonten ngajeng kamar",
    "kula sampun mlajar saking griyanipun majikan, sakmenika wonten stasiun, mboten gadhah arta, mboten ngertos badhe dhateng pundi",
    "lawang kamar dipun palang saking njawi, bapak ngendika menawi kula bengok badhe dipun pejahi",
    "wonten tiyang jaler ingkang mboten kula tepangi mlebet griya, kula ndhelik wonten ngandhap kasur, ajrih sanget",
    "nyuwun tulung sanget, darurat",
  ],
  [
    "self_harm",
    "kula sampun mboten kiat malih, badhe nyusul bapak kemawon",
    "simbok, menika serat ingkang pungkasan saking kula. lare-lare kula titipaken panjenengan",
    "tali sampun kula cawisaken wonten kamar mandi, dalu menika kula badhe mungkasi sedaya",
    "kula sengaja mboten nedha sampun gangsal dinten, ben enggal pejah",
    "kula pengin ical kemawon saking donya menika, mboten wonten ingkang mbetahaken kula",
  ],
  [
    "physical_abuse",
    "kula asring dipun sabet ngangge selang kaliyan ibu majikan menawi lepat sekedhik",
    "rumiyin kula nate dipun tendang majikan wonten Taiwan, sakmenika sampun wangsul, menapa saged lapor?",
  ],
  [
    "sexual_abuse",
    "bapak majikan asring mlebet kamar kula dalu-dalu, nggrayangi badan kula",
    "taun kepengker kula nate dipun ganggu putranipun majikan wonten Singapura, menapa tasih saged dipun laporaken?",
    "!kula ngetik niki sesidheman, bapak majikan meksa kula saben dalu, sampun ngantos nelpon nggih, mangke kepireng",
  ],
  [
    "psychological_abuse",
    "saben dinten kula dipun wastani bodho, kewan, mboten wonten ajinipun",
    "ibu majikan nyentak-nyentak kula ngantos kula gemeter, ngendika kula badhe dipun kintunaken wangsul tanpa bayaran",
  ],
  [
    "wage_issue",
    "bayaran kula dereng dipun paringaken sampun tigang wulan, saben nyuwun dipun duka",
  ],
  [
    "document_held",
    "paspor lan kontrak kula dipun simpen bapak majikan, kula mboten angsal nyepeng",
  ],
  [
    "confinement",
    "menawi majikan tindak, kula dipun kunci saking njawi, mboten saged nilpun kulawarga",
    "!kula ngampil hp kanca sesidheman, majikan mboten marengaken kula gadhah hp, sampun dipun bales nggih",
  ],
  [
    "overwork",
    "kula nyambut damel wiwit jam gangsal enjing ngantos jam kalih dalu, mboten wonten prei",
  ],
  [
    "trafficking",
    "rumiyin dipun janjeni nyambut damel wonten pabrik, nanging kula dipun sade dhateng majikan sanes",
  ],
  [
    "health",
    "kula gerah mriyang sampun tigang dinten, majikan mboten marengaken dhateng dhokter",
    "rumiyin kula nate ngiris tangan, sakmenika sampun mboten, namung kepengin konsultasi psikolog",
  ],
  [
    "legal_status",
    "visa kula sampun telas, kula ajrih dipun cepeng polisi, kedah pripun?",
  ],
  [
    "agency_issue",
    "PT ingkang ngintunaken kula mboten purun mbiyantu, kula badhe gantos majikan",
    "kontrak kula badhe telas, agensi nyuwun arta kathah kangge perpanjang, menapa leres?",
  ],
  [
    "go_home",
    "kula kepengin wangsul dhateng Cilacap, kontrak sampun rampung, nanging majikan mboten purun numbasaken tiket",
  ],
  [
    "contact_embassy",
    "nyuwun pirsa, alamat KBRI Kuala Lumpur wonten pundi nggih?",
    "menawi wonten rencang dipun antemi majikan, kedah lapor dhateng pundi?",
  ],
  [
    "human_agent",
    "nyuwun tulung, kula kepengin matur kaliyan petugas langsung, saged dipun telpon?",
  ],
  [
    "finance",
    "pripun carane ngintun arta dhateng kampung ingkang mirah?",
  ],
  [
    "greeting",
    "sugeng dalu, nuwun sewu badhe tanglet",
  ],
  [
    "thanks",
    "matur nuwun sanget, petugas sampun mendhet kula, sakmenika kula aman",
  ],
  [
    "goodbye",
    "sampun rumiyin nggih, kula nyuwun pamit",
  ],
  [
    "out_of_scope",
    "kunci griya kula ical, menapa wonten tukang kunci caket mriki?",
    "pukul pinten pertandingan badminton mangke dalu?",
    "film ingkang pemeranipun dipun pejahi menika sae sanget, sampun mirsani?",
  ],

  // =====================================================================================
  // East Javanese ngoko (Surabaya, Malang)
  // =====================================================================================
  [
    "emergency",
    "rek tulungen, bojone madam ngantemi aku saiki, gak mari-mari",
    "cak, bosku nggowo celurit, jare kate mateni aku, aku ngunci awak nang kamar mandi",
    "guluku dicekek anake majikan, saiki arek iku nunggoni nang ngarep lawang, aku gak wani metu",
    "aku wes mlayu teko omahe bos, saiki nang halte, gak duwe duwit, gak ngerti kate nang endi",
    "koen iso nulungi ta? aku dikunci nang gudang, bos ngomong lek aku bengok-bengok aku kate dipateni",
    "aku digowo mobil ambek wong agen, gak oleh mudhun, jare kate didol",
  ],
  [
    "self_harm",
    "aku wes kesel dadi wong, rasane luwih enak mati, sopo sing kate kelangan aku",
    "mak, sepurane aku. titip arek-arek yo, aku gak isok moleh maneh",
    "aku lagi ngadek nang pinggir jembatan, banyune jero, wes kesel ambek kabeh",
    "obat turu wes tak kumpulno sak plastik, engko bengi tak untal kabeh",
  ],
  [
    "physical_abuse",
    "madam lek nesu mesti nyabet aku nganggo sabuk, sikilku sampek lebam",
    "!aku ngetik iki pas bos turu, raiku abuh dikaplok mau sore, jare sesuk diajar maneh. ojok ditelpon yo",
  ],
  [
    "sexual_abuse",
    "anake bos nyekel-nyekel dodoku pas aku ngepel, aku isin kate ngomong",
  ],
  [
    "psychological_abuse",
    "saben dino aku dipisuhi jancok, goblok, koyok kewan, aku stres",
    "mbiyen aku sering diseneni bos lawas, saiki bos anyar apik, cuma takon hakku",
  ],
  [
    "wage_issue",
    "gajiku wes telung sasi gak dibayar, jare bos duwite durung onok",
    "!iki hp nyilih konco meneng-meneng, gajiku setaun gak dibayar, ojok dibales yo, busek ae chat iki",
  ],
  [
    "document_held",
    "pasporku dicekel agen, jare gak oleh tak gowo dewe",
  ],
  [
    "confinement",
    "aku gak oleh metu omah blas, hp ku dijupuk lek bengi",
  ],
  [
    "overwork",
    "kerjo teko jam 4 isuk sampek jam 1 bengi, gak onok libur, turu nang lantai pawon",
  ],
  [
    "trafficking",
    "jare sponsor kerjo nang pabrik, tekan kene malah dikon kerjo nang omah telu, gak dibayar",
  ],
  [
    "legal_status",
    "permitku wes entek, bos gak gelem ngurus, aku wedi digaruk polisi",
  ],
  [
    "agency_issue",
    "agenku njaluk duwit maneh 10 juta gawe ganti majikan, gak masuk akal",
  ],
  [
    "go_home",
    "aku kepengin moleh nang Malang, tiket larang, gak duwe duwit",
  ],
  [
    "contact_embassy",
    "nomere KJRI Hong Kong piro rek?",
  ],
  [
    "human_agent",
    "isok ngomong ambek wong langsung ta? aku pengen ditelpon",
    "tulung sambungno aku karo konselor, aku pengen curhat",
  ],
  [
    "finance",
    "rek, transfer duwit teko HK nang BRI potongane piro?",
  ],
  [
    "greeting",
    "halo rek, onok wong ta?",
  ],
  [
    "thanks",
    "suwun yo mbak, koncoku sing mau digebuki wes digowo nang shelter",
  ],
  [
    "goodbye",
    "wes yo, bos wes moleh, engkok tak chat maneh",
  ],
  [
    "out_of_scope",
    "bojoku tak pateni lek lali ulang tahunku maneh wkwkwk",
    "nonton film horor mau bengi, sampek saiki wedi nang kamar mandi dewe",
    "jadwal konser dangdut nang Victoria Park kapan rek?",
  ],

  // =====================================================================================
  // Sundanese
  // =====================================================================================
  [
    "emergency",
    "tulung abdi, dunungan nuju neunggeul abdi ku gagang pel, teu eureun-eureun",
    "salaki dunungan nyepeng bedog, saurna bade maehan abdi, abdi nyumput di lomari",
    "abdi nembe dicekek ku putrana dunungan dugi ka teu tiasa napas, ayeuna anjeunna ngantosan di payuneun panto",
    "abdi tos kabur ti bumi dunungan ngan make sendal, ayeuna nyumput di tukangeun warung, teu terang kedah kamana",
    "abdi dikonci di kamar luhur, dunungan ngancam upami abdi ngagorowok abdi bakal dialungkeun tina jandela",
    "aya jalmi teu dikenal muka panto imah tengah wengi, dunungan teu aya, abdi sieun pisan",
    "tulungan!!! gancang",
  ],
  [
    "self_harm",
    "hirup abdi teu aya hartina deui, meureun leuwih hade abdi leungit ti dunya",
    "ema, hapunten abdi. budak abdi titip nya, abdi moal uih deui",
    "tos kumpul obat sabotol, engke peuting bade diinum sadayana",
    "abdi ngahaja teu dahar tos saminggu, supados enggal maot",
  ],
  [
    "physical_abuse",
    "abdi sering diteunggeul ku dunungan make gagang sapu upami telat masak",
    "kapungkur abdi kantos ditajong dunungan di Saudi, ayeuna tos di Cianjur, tiasa keneh lapor?",
  ],
  [
    "sexual_abuse",
    "putra dunungan sok asup ka kamar abdi teu ngetrok heula, tuluy nyium abdi dipaksa",
    "abdi dipaksa ku anak dunungan nu sawawa, ayeuna abdi reuneuh dua bulan, sieun pisan",
  ],
  [
    "psychological_abuse",
    "unggal dinten abdi disebat bodo, sato, teu aya gunana",
    "!abdi nginjeum hp rerencangan sasumputan, dunungan ngancam bade ngaduruk barang abdi sareng ngusir abdi upami abdi lapor, ulah ditelepon nya",
  ],
  [
    "wage_issue",
    "gajih abdi teu acan dibayar tos opat sasih, saurna engke wae",
  ],
  [
    "document_held",
    "paspor abdi masih dicepeng dunungan, padahal kontrak tos beres, kumaha nyandakna?",
  ],
  [
    "confinement",
    "hp abdi dicandak, ngan kenging nelepon kulawarga sabulan sakali",
  ],
  [
    "trafficking",
    "calo nyarios damel di toko, nyatana abdi dijual ka dunungan sanes",
    "abdi kedah mayar hutang ka sponsor 25 juta ku cara digawekeun tanpa gajih",
    "!abdi ngetik sasumputan, agen bade ngajual abdi ka dunungan sanes wengi ieu, ulah ditelepon",
  ],
  [
    "health",
    "abdi muriang tos tilu dinten, lieur, dimana aya dokter nu murah?",
    "kapungkur abdi kantos hoyong bunuh diri, ayeuna tos sae, nuju konseling",
  ],
  [
    "legal_status",
    "visa abdi tos paeh sabulan, sieun ditewak imigrasi, kedah kumaha?",
  ],
  [
    "agency_issue",
    "PT nu ngirim abdi teu tiasa dihubungi, abdi hoyong ganti dunungan",
  ],
  [
    "go_home",
    "indung abdi nuju dirawat di rumah sakit, abdi hoyong mulang ayeuna keneh, dunungan teu ngidinan",
  ],
  [
    "contact_embassy",
    "nomer KBRI Riyadh sabaraha nya? abdi hoyong lapor",
    "upami aya nu dikonci ku dunungan, kedah nelepon ka nomer naon?",
  ],
  [
    "human_agent",
    "aya teteh petugas nu tiasa diajak ngobrol ku telepon? abdi bingung",
  ],
  [
    "finance",
    "kumaha carana ngirim artos ka kampung nu murah?",
  ],
  [
    "greeting",
    "sampurasun, aya nu jaga teu?",
  ],
  [
    "thanks",
    "hatur nuhun pisan teh, tos ngabantosan",
  ],
  [
    "goodbye",
    "engke deui nya teh, dunungan tos sumping ti pasar",
    "tos heula nya, batre hp abdi bade paeh",
  ],
  [
    "out_of_scope",
    "abdi sieun pisan ku lancah di kamar, kumaha ngusirna?",
  ],

  // =====================================================================================
  // Hong Kong: Indonesian with Cantonese
  // =====================================================================================
  [
    "emergency",
    "tolong sin saang mabuk pukul aku skrg, tai tai diem aja, aku di dapur",
    "sin saang pegang pisau dapur teriak2 ke aku, aku kunci diri di toilet",
    "barusan lari dari flat sin saang di Tsuen Wan, lagi duduk di stasiun MTR, HKID ditahan, ga punya tujuan",
    "SOS ada orang ga dikenal buka pintu flat, tai tai lagi keluar, aku sembunyi di kamar popo",
  ],
  [
    "self_harm",
    "aku udah tulis surat buat anakku, tabungan udah aku titip ke kakak, habis ini aku ga ada lagi",
    "aku berdiri di atap gedung di Mong Kok, capek semuanya, mau lompat aja",
    "obat tidur popo aku kumpulin sedikit2, udah satu genggam",
  ],
  [
    "physical_abuse",
    "tai tai suka cubit lenganku sambil teriak faai di faai di, sampe biru",
    "dulu popo yg aku jaga suka pukul pake tongkat, sekarang udah ganti majikan, aman",
  ],
  [
    "sexual_abuse",
    "sin saang ham sap, sering peluk aku dari belakang pas tai tai kerja",
  ],
  [
    "psychological_abuse",
    "tai tai bilang aku mou yung, ben, tiap hari dibentak di depan tamu",
    "sin saang ngancam mau terminate aku dan lapor polisi kalo aku ke Labour Department",
  ],
  [
    "wage_issue",
    "yan gung aku cuma dikasih 3500, padahal minimum 4990, m goi tolong hitung aku rugi berapa",
    "tahun baru imlek disuruh kerja terus, hari libur umum ga diganti ga dibayar",
  ],
  [
    "document_held",
    "HKID sama paspor aku disimpan tai tai di laci terkunci, katanya biar aku ga kabur",
    "!aku ketik di toilet biar sin saang ga tau, paspor sama HKID aku disita, hapus chat ini ya",
  ],
  [
    "confinement",
    "libur minggu ga boleh keluar, tai tai kunci pintu kalo pergi yum cha",
  ],
  [
    "overwork",
    "jaga popo 24 jam, malam bangun tiap 2 jam, day off cuma sebulan sekali",
  ],
  [
    "trafficking",
    "agen di kampung janji kerja di HK, ternyata aku dikirim ke Shenzhen pake visa turis",
  ],
  [
    "health",
    "tai yi sang di HK mahal ga? aku batuk udah 2 minggu",
    "popo jatuh di kamar mandi tadi, kepalanya berdarah dikit, sin saang udah bawa ke hospital, aku harus ngapain",
    "popo batuk berdahak, boleh aku pukul pelan2 punggungnya biar keluar?",
  ],
  [
    "legal_status",
    "aku di-terminate kemarin, katanya cuma ada 14 hari buat cari majikan baru, bener ga?",
  ],
  [
    "agency_issue",
    "agen di Causeway Bay potong gaji aku 7 bulan buat biaya, boleh ga?",
  ],
  [
    "go_home",
    "habis finish contract aku mau balik for good ke Blitar, ga mau perpanjang lagi",
    "kangen setengah mati sama anak, pengen pulang aja abis kontrak ini",
  ],
  [
    "contact_embassy",
    "KJRI di Causeway Bay buka hari minggu ga? mau perpanjang paspor",
  ],
  [
    "human_agent",
    "bisa minta konselor telpon aku hari minggu pas day off?",
    "m goi, boleh minta telpon balik jam 10 malem?",
  ],
  [
    "finance",
    "transfer HKD ke rekening BNI di kampung kena potongan brp?",
  ],
  [
    "greeting",
    "nei hou kak, selamat sore",
  ],
  [
    "thanks",
    "m goi sai kak, sangat membantu",
  ],
  [
    "goodbye",
    "bai bai kak, tai tai pulang",
  ],
  [
    "out_of_scope",
    "kill time di Victoria Park nunggu temen, enaknya makan apa ya",
  ],

  // =====================================================================================
  // Taiwan: Indonesian with Mandarin
  // =====================================================================================
  [
    "emergency",
    "tolong laoban mabuk bawa golok, aku sama ama sembunyi di kamar, dia gedor2 pintu",
    "anak ama cekik leherku tadi, sekarang dia masih di ruang tamu marah2, aku gemeteran di balkon",
    "aku dibawa paksa zhongjie naik mobil, katanya mau dipulangkan, HP mau diambil, tolong",
  ],
  [
    "self_harm",
    "ama udah ga ada, aku yang dituduh, rasanya mau ikut mati aja",
    "ini pesan terakhirku, tolong bilang mama aku sayang dia, anak2 titip sama mbakku",
  ],
  [
    "physical_abuse",
    "akong kalo marah lempar gelas ke aku, kemarin kena kepala, laoban niang bilang biasa",
  ],
  [
    "sexual_abuse",
    "laoban suka masuk kamar pas aku ganti baju, bilang cuma mau cek ama",
  ],
  [
    "psychological_abuse",
    "laoban niang bilang aku ben dan, shen jing bing, ngancam kirim pulang tanpa gaji",
  ],
  [
    "wage_issue",
    "xinshui bulan ini dipotong 5000 NT tanpa alasan, jiaban juga ga dihitung",
  ],
  [
    "document_held",
    "ARC sama huzhao aku dipegang zhongjie, katanya takut aku kabur",
  ],
  [
    "confinement",
    "ga pernah dikasih fangjia, ga boleh keluar rumah, HP cuma boleh malem",
  ],
  [
    "overwork",
    "jaga ama siang malam, tidur di lantai samping ranjangnya, ga pernah xiuxi",
  ],
  [
    "trafficking",
    "kontraknya kanhu ama, tapi aku disuruh kerja juga di pabrik laoban tiap hari",
  ],
  [
    "legal_status",
    "aku kaburan udah 2 tahun di Taichung, mau serahkan diri, bakal dipenjara ga?",
  ],
  [
    "agency_issue",
    "ama meninggal minggu lalu, zhongjie ga urus pindah majikan, aku nganggur",
    "fu wu fei zhongjie tiap bulan 1800, boleh ga aku tolak?",
  ],
  [
    "health",
    "jianbao aku udah aktif belum ya? mau ke yiyuan periksa gigi",
  ],
  [
    "go_home",
    "kontrak habis bulan ini, mau pulang ke Indramayu, laoban ga mau beliin tiket",
  ],
  [
    "contact_embassy",
    "KDEI Taipei alamatnya di mana, naik MRT turun stasiun apa?",
  ],
  [
    "human_agent",
    "ada petugas cewek yg bisa diajak curhat lewat telpon?",
  ],
  [
    "finance",
    "tolong itungin, 20 ribu NT jadi berapa rupiah? mau kirim ke Indo",
  ],
  [
    "greeting",
    "ni hao kak, mau nanya",
  ],
  [
    "thanks",
    "xie xie kak, udah jelas sekarang",
  ],
  [
    "goodbye",
    "zai jian kak, ama udah bangun",
  ],
  [
    "out_of_scope",
    "ama nonton drama yg tokohnya mati dibunuh, terus nangis terus, lucu",
    "aku kekunci di luar rumah gara2 lupa bawa kunci, akong tidur, gimana ya",
  ],

  // =====================================================================================
  // Saudi Arabia and the Gulf: Indonesian with Arabic
  // =====================================================================================
  [
    "emergency",
    "tolong baba pukul aku pake ikat pinggang sekarang, mama cuma liat, aku di dapur",
    "anak baba pegang pistol, bilang kalo aku ga diam dia tembak, aku di kamar khadama",
    "aku baru loncat pagar rumah kafil, sekarang ngumpet di balik tong sampah pinggir jalan, mafi fulus, mafi iqama",
    "aku dikunci di kamar atas, kafil bilang kalo aku teriak aku dibunuh dan dibuang ke gurun",
    "sopir maktab bawa aku pake mobil ke luar kota, ga mau berhenti, aku takut",
  ],
  [
    "self_harm",
    "wallahi aku udah ga kuat, mending aku mati aja di sini",
    "aku udah siapin tali di kamar mandi, mama baba ga peduli sama aku",
  ],
  [
    "physical_abuse",
    "!nulis ini diam2 pas baba tidur, punggungku luka kena kabel tadi, jangan bales ya nanti ketahuan",
  ],
  [
    "sexual_abuse",
    "baba masuk kamar khadama tengah malam, paksa aku, aku takut hamil",
    "anak kafil yg besar suka rekam aku pas mandi pake hp",
  ],
  [
    "psychological_abuse",
    "mama panggil aku kalb, majnun, tiap hari teriak2, bilang aku orang miskin",
    "kafil ngancam mau laporin aku huroob kalo aku minta pindah",
  ],
  [
    "wage_issue",
    "mafi rotib udah 8 bulan, kafil bilang bukroh bukroh terus",
  ],
  [
    "document_held",
    "paspor sama iqama aku dipegang kafil, aku ga pernah liat",
  ],
  [
    "confinement",
    "sudah 2 tahun ga pernah keluar pagar, jendela kamar dipaku, mama bilang khadama ga perlu keluar",
  ],
  [
    "overwork",
    "kerja di 3 rumah keluarga kafil, tidur cuma 3 jam, makan sisa mereka",
  ],
  [
    "trafficking",
    "aku dikembalikan ke maktab terus dijual lagi ke kafil lain tanpa kontrak baru",
    "berangkat pake visa ziarah katanya nanti diubah jadi visa kerja, sampai sekarang ga ada",
  ],
  [
    "health",
    "aku marid, demam dan batuk, mama ga mau bawa ke mustasyfa",
  ],
  [
    "legal_status",
    "kafil udah lapor huroob, aku sekarang di rumah teman, takut ditangkap jawazat",
    "gimana cara dapat exit visa kalau kafil ga mau kasih, iqama udah mati",
  ],
  [
    "agency_issue",
    "maktab ga mau bantu tanazul, malah suruh aku bayar 5000 riyal",
  ],
  [
    "go_home",
    "mau pulang ke Lombok for good, tiket pesawat dari Jeddah berapa ya?",
  ],
  [
    "contact_embassy",
    "nomor hotline KJRI Jeddah berapa, aku mau lapor diri",
  ],
  [
    "human_agent",
    "tolong, bisa minta orang telpon aku? capek ngetik",
  ],
  [
    "finance",
    "kirim riyal ke rupiah lebih untung lewat bank atau Western Union?",
  ],
  [
    "greeting",
    "assalamualaikum ukhti",
  ],
  [
    "thanks",
    "syukron kak, jazakillah khair",
  ],
  [
    "goodbye",
    "ma'assalamah kak, mama udah panggil",
  ],
  [
    "out_of_scope",
    "mama nyuruh aku bunuh ayam buat kabsah, caranya yg halal gimana",
    "kucing mama mati tadi pagi, dia sedih, aku juga",
  ],
];

/** Extra lines in regional varieties and destination code-mixing (emergency and self_harm lines are always danger). */
export const CORPUS_REGIONAL: readonly CorpusItem[] = corpusItems(RAW);
