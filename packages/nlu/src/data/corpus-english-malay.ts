/**
 * Extra training lines in English / broken English, Malay (Malaysia and Brunei) and informal,
 * code-mixed Indonesian, written for this project (not copied or paraphrased from any evaluation
 * set). They target what is still weak on unseen messages: English and Malay phrasings of every
 * intent; emergency kinds that were rare in the corpus (fire or gas with the door locked, being
 * followed, a drugged drink, being pushed into a car or van, being dragged into a room at night,
 * locked in for days without food and growing weak, trafficked while in transit, climbing onto a
 * roof or balcony to escape); danger messages of the other intents (written in secret or under a
 * threat, or harm happening now), which keep their own intent; and the harmless intents in
 * everyday detail (deductions in HKD/NTD/SAR/RM/SGD/KRW/BND, agency fees, a copy of the contract,
 * visa/permit/iqama/ARC expiry, overstay, BPJS and insurance, the ticket home, lapor diri, sending
 * money), greetings, thanks, goodbyes and out-of-scope chatter, with near-misses (knife, fire,
 * "kill" and "die" in everyday senses, past harm now safe). Several problems in one message are
 * labelled by the priority of INTENTS (src/types.ts). Runs of lines of one intent ("!" marks danger: corpus.ts).
 */
import { type CorpusItem, corpusItems, type LabelledRun } from "./corpus.js";

const RAW: LabelledRun[] = [
  // =====================================================================================
  // English and broken English
  // =====================================================================================
  // ---- emergency
  [
    "emergency",
    "fire in the kitchen, smoke everywhere, the front door is locked from outside and i cant get out",
    "the smoke alarm keep ringing and i smell burning, all doors locked, i have the 2 kids with me",
    "i smell gas very strong, madam locked me in before she left, my head is spinning",
    "a man followed me from the bus stop to the building, he is still standing downstairs waiting",
    "someone walking behind me since the market, i went inside a shop, he is waiting outside, what do i do",
    "a car has been following me since i left church, same man who grabbed me last week",
    "the agent's friend gave me juice at the office, now i cant keep my eyes open and they wont let me leave",
    "after i drank the tea sir made my body feel so weak, he keep touching me, pls",
    "two men pushing me into a white van outside the agency, i am in the back now, dont know where we going",
    "the driver not taking me to the agency, he lock the car doors and drive to the highway, i am scared",
    "sir pulled me into his bedroom, it is midnight, he locked the door, i am crying in the corner",
    "every night he drags me to the guest room, tonight he is already waiting there, please",
    "they forcing me into the back room of the agency, its night and many men there",
    "locked in the flat 4 days no food, water almost finish, i feel so weak cant stand anymore",
    "they left me locked in the storeroom since friday, no food, i am shaking and dizzy, please send someone",
    "at the border now, agent took all our passports, men with guns watching us, they say we cross tonight",
    "the agent moving us from the boat to a lorry now, he has a gun, we dont even know which country this is",
    "im in a taxi the agent put me in, he said new boss in another city but the other girl said they sell us, doors are locked",
    "i climbed out to the balcony to run away, 6th floor, holding the railing, employer trying to open the door",
    "my friend is on the roof of the house to escape her boss, she called me crying, he is looking for her",
    "he is kicking the bathroom door, the lock is breaking",
    "SOS pls",
    "plz hlp me quick",
    "baba slapping me again and again, my mouth bleeding, he dont stop",
    "madam throwing hot oil at me from the pan, i ran to my room, she is coming",
    "i just jumped over the gate and ran, barefoot on the street at night, no credit, no friend here",
    "she is pressing a pillow on my face every time i scream, i got away for one minute",
    "the son say he will burn me with lighter if i make noise, he is in my room now",
  ],
  // ---- self_harm
  [
    "self_harm",
    "no reason to wake up tomorrow, i am ready to go",
    "i bought rat poison today, it is under my bed",
    "i want to drink the bleach, nobody cares about me here",
    "standing at the window 12th floor thinking how fast it will be",
    "hurt my wrist with a blade again tonight, i deserve it",
    "tell my mother sorry, i cant go on",
    "i stopped eating on purpose, i just want to fade away",
    "i swallowed all madam's pills from the drawer 10 minutes ago",
    "when i see the knife in the kitchen i think to use it on myself",
    "i posted my goodbye on facebook, now walking to the bridge",
  ],
  // ---- physical_abuse
  [
    "physical_abuse",
    "madam hit my head with the remote control because the tv not working",
    "grandma hits me with her walking stick everyday",
    "sir kicked my back yesterday because i was slow, still pain when i walk",
    "employer twisted my ear till it bleed last sunday",
    "my boss in kuwait used to beat me, i went back to indonesia last year, can i still get compensation",
    "she scratched my face with her nails, now i have marks",
    "!she beat me with the hanger this morning, writing from the toilet, she said later more",
    "!he beats me every night, i think my arm is broken, using grandma phone while she sleep, if he know he beat me worse",
    "!madam burned my arm with the iron again today, she says tomorrow my face, i hide my phone in the rice bag",
    "!she will beat me when she sees the broken cup, she already said so, i'm texting fast",
  ],
  // ---- sexual_abuse
  [
    "sexual_abuse",
    "sir always ask me to massage him with no clothes when madam not home",
    "the driver grabs my bottom when i pass in the garage",
    "my employer put a camera in my room, i found it behind the clock",
    "boss says if i sleep with him he will pay my salary",
    "the grandfather i care for keeps asking to touch my chest, family says just ignore",
    "i got pregnant from my employer, he forced me many times, now he wants me to abort",
    "!sir keeps sending voice notes what he wants to do with me tonight, he has the spare key, writing this hiding",
    "!he touched me again while i was sleeping, he is still in the house, typing in the toilet with the lock on",
    "!employer's son recorded me in the bathroom, says he shows everyone unless i do what he wants tonight",
    "!my boss comes to my bed at night and i pretend to sleep, he will come again tonight, dont reply fast madam checks phone",
  ],
  // ---- psychological_abuse
  [
    "psychological_abuse",
    "madam calls me a dog and says indonesians are born to be servants",
    "they make me stand in the corner for hours if i forget something",
    "sir says if i complain to the labour office he will tell police i stole gold and i go to jail",
    "employer keep saying my family will starve if i dont obey, i cry every day",
    "she takes photos of me crying and posts them in the family group to laugh",
    "!she keeps screaming she will get me deported and blacklisted, typing hiding in the laundry room, she check my phone every hour",
    "!employer says he knows my village address and will send someone to my children if i report, writing secretly at night",
    "!they smashed my phone and told me im worthless, using a hidden old phone, if they find it they punish me",
  ],
  // ---- trafficking
  [
    "trafficking",
    "agency in jakarta said restaurant job in taiwan, i arrived and they made me care for 3 old people and work on a farm",
    "my employer gave me to his brother's family, i never signed anything",
    "they say i owe the sponsor for plane ticket, visa and food, every month the debt gets bigger",
    "came to dubai with visit visa, agent said they change it to work visa, 5 months still nothing",
    "friend offered me waitress job in malaysia, now im in a karaoke and they say i must drink with customers to pay back",
    "my brother on a fishing boat 10 months no pay, the captain took all passports",
    "the office in riyadh keeps girls in a room and rents us out to families by the week",
    "the agent told me to say i am a tourist at the airport and not to tell immigration about the job",
    "!we are kept upstairs in the shophouse, they make us serve men at night, i hide this phone in my bra",
    "!agent sold me to another family, this sir locks me and says i belong to him because he paid, texting from bathroom",
    "!on the boat they beat the ones who are slow, my cousin sent this from a hidden phone, they are still at sea",
  ],
  // ---- confinement
  [
    "confinement",
    "they never let me out, even to throw the garbage madam comes with me",
    "employer keeps my phone in her room and gives it only 30 minutes on sunday",
    "i have not seen outside the gate since i arrived 11 months ago",
    "they lock the door with key from outside when they go to work, what if there is a fire",
    "not allowed to call my family, madam says i must focus on work",
    "boss changed the wifi password so i cant message anyone",
    "!they lock me in every day and watch the cctv, found this old phone, if they see me using it they will hurt me",
    "!im not allowed outside, tonight sir said if i try to leave he break my legs, writing while they sleep",
    "!madam took my phone, this is grandma's tablet, please reply short, she checks the history and will punish me",
    "!they keep me inside and took my sim card, i message from the neighbour wifi in secret, they threaten to beat me if i talk to anyone",
  ],
  // ---- document_held
  [
    "document_held",
    "madam keeps my passport in her bank safety box, says its the rule",
    "my ARC is with the broker since i arrived, i need it to open a bank account",
    "agency in singapore holds my work permit card",
    "sponsor wont give back my iqama even after i finished the contract",
    "they took my HKID and my contract when i signed, i dont have anything with me",
    "employer tore my passport when i asked to go home",
    "!passport locked in sir's drawer, typing in the dark, if he catch me asking he will beat me",
    "!kafil has my passport and iqama and says if i ask again he puts me in jail, writing secretly from the roof",
    "!my passport is with the agent, he said if i run he finds me and hurts me, texting from the toilet",
  ],
  // ---- wage_issue
  [
    "wage_issue",
    "madam deduct HKD 500 every month for food, my contract says food is free",
    "boss pays me NTD 17000 but the contract says 20000",
    "my salary is 1200 SAR but kafil gives 800, the rest he says later",
    "employer cut RM300 from my pay because i broke a glass",
    "sgd 650 only, my contract is 750, they say the first 6 months less",
    "factory in korea not paying overtime, almost KRW 2 million missing",
    "madam says no salary this month because i was sick 3 days",
    "salary always late 2 weeks, sometimes she gives only half",
    "!no salary since january, writing from the rooftop at night, if kafil sees this phone he will beat me",
    "i work on public holidays with no extra pay, is that legal in hong kong",
    "!7 months salary not paid, writing from the toilet, sir said if i ask again he will lock me in",
    "!asked for my wages and madam said she will hurt me, hiding in my room, please dont call me",
  ],
  // ---- overwork
  [
    "overwork",
    "i wake at 4.30 and finish at midnight, every day the same",
    "only sunday half day off but even then madam ask me to wash the car",
    "i sleep on a mattress in the laundry area next to the washing machine",
    "they give me only bread and leftovers, always hungry",
    "i look after 2 houses and 5 kids, no rest at all",
    "contract says 1 day off a week, i never got one in 2 years",
    "!no sleep for 3 nights caring grandpa, i feel i will collapse, madam still shouting to work",
    "!they only give me one meal a day and watch me eat, im dizzy, typing secretly in the kitchen",
  ],
  // ---- health
  [
    "health",
    "i have a lump in my breast, can i see a doctor on my day off",
    "does my employer have to pay my hospital bill in singapore",
    "is my BPJS still valid while i work abroad",
    "im 3 months pregnant, will i lose my job",
    "i slipped in the bathroom and hurt my ankle, very swollen",
    "!grandma i care for fell and her head is bleeding, she is not answering me, nobody else home",
    "cant sleep, always sad and crying, is there free counselling",
    "!i vomited blood twice tonight, nobody home, i feel very cold",
    "!my friend fell from the ladder cleaning windows, she is not moving",
  ],
  // ---- legal_status
  [
    "legal_status",
    "my visa expires in 5 days and employer hasnt renewed",
    "i overstayed 2 years in malaysia, can i go home without being caught",
    "police called me, madam says i stole her ring, what should i do",
    "my contract was terminated, how many days can i stay in singapore",
    "ARC expired, can i still work while the broker fixes it",
    "my iqama expired and there is a fine, who has to pay it",
    "i ran from my employer in saudi, now they reported me huroob, what happens to me",
    "my E-9 visa ends soon, can i extend in korea",
    "!police are at the door looking for me, madam says i stole, im hiding in the laundry room and i have no visa",
    "!immigration officers at the door of our dorm right now, i have no permit, where do i hide",
  ],
  // ---- agency_issue
  [
    "agency_issue",
    "agency ask me to pay 2 months salary as placement fee again for the new employer",
    "the agent in hong kong charged me HKD 10000, is that legal",
    "my PT in indonesia is closed, nobody answers, who helps me now",
    "i want to change employer but the agency says i must pay a penalty",
    "i never got a copy of my contract, how can i ask for it",
    "agency refuse to help even though i told them the employer is bad",
    "can i end my contract early with one month notice",
    "broker in taiwan takes 1800 NTD service fee every month, is that normal",
    "how do i find a new employer myself without an agency",
  ],
  // ---- go_home
  [
    "go_home",
    "how do i get home, i have no money for the plane",
    "my contract ends in june, the employer must buy my ticket home right",
    "want to go back to my kids, i cant stay here anymore",
    "my mother passed away, i need to fly home tomorrow",
    "is there any free flight home for workers",
    "employer says i pay my own ticket if i quit early",
    "im at the shelter, when can i be repatriated",
    "finished my contract already, how to get back to surabaya cheap",
  ],
  // ---- contact_embassy
  [
    "contact_embassy",
    "what is the address of the indonesian embassy in riyadh",
    "whats the phone number of KBRI singapore, i want to save it",
    "how do i get to KJRI jeddah by bus",
    "is there an indonesian consulate in kota kinabalu",
    "complaint hotline for indonesian workers in taiwan",
    "how do i register lapor diri when i arrive in korea",
    "what time does KDEI taipei open on saturday",
    "does the embassy in kuwait have a shelter, i want to save the address",
  ],
  // ---- human_agent
  [
    "human_agent",
    "can i speak to someone real",
    "please connect me with an officer who speaks javanese",
    "i prefer to talk on the phone, can someone call me",
    "i need a counsellor please, i want to talk",
    "is there a person i can video call",
    "!someone pls call me but text first, sir is home and checks, if he hears he will hit me",
  ],
  // ---- finance
  [
    "finance",
    "best app to send money from hong kong to indonesia",
    "how much is 1 SAR in rupiah today",
    "i want to save for a house in my village, any tips",
    "my husband keeps spending the money i send, what can i do",
    "loan shark in taiwan charging big interest, how to stop it",
    "is western union cheaper than bank transfer",
    "how to open an indonesian bank account from abroad",
    "how to make a budget from my 4990 HKD salary",
  ],
  // ---- greeting
  [
    "greeting",
    "good evening sis, you there",
    "hello is anyone there",
    "hi admin",
    "assalamualaikum sis",
    "heyy admin",
    "good morning, can i ask something",
  ],
  // ---- thanks
  [
    "thanks",
    "thanks a lot for the info kak",
    "thank you, that helps",
    "many thanks sister",
    "thx sis, very clear",
    "thank you for listening to me",
    "appreciate it, god bless you",
  ],
  // ---- goodbye
  [
    "goodbye",
    "ok thats all, bye for now",
    "see you, need to cook dinner",
    "going to sleep, goodnight",
    "i'll message again later, bye",
    "bye sis take care",
    "have to go, the baby is awake",
  ],
  // ---- out_of_scope
  [
    "out_of_scope",
    "whats the score of indonesia vs japan",
    "how to make fried rice",
    "is it hot in dubai next week",
    "can you tell me a funny story",
    "recommend a good kdrama",
    "the movie had a fire scene, so scary lol",
    "what is the capital of australia",
    "so bored today haha",
  ],

  // =====================================================================================
  // Malay (Malaysia / Brunei)
  // =====================================================================================
  // ---- emergency
  [
    "emergency",
    "dapur terbakar, asap penuh rumah, pintu kena kunci dari luar, sy tak boleh keluar",
    "api marak kat dapur, majikan tak tinggal kunci, sy dengan nenek terperangkap",
    "bau gas kuat sangat, majikan kunci sy dalam rumah, kepala sy pening nak pitam",
    "ada lelaki ikut sy dari kedai sampai ke pagar rumah, dia masih tunggu kat luar",
    "tolong, ada orang ekori sy naik motor sejak balik pasar malam, sy lari masuk kedai",
    "sy rasa air yang tuan bagi tadi ada ubat, badan lemah, dia tak bagi sy keluar bilik",
    "ejen paksa sy naik van, skrg dalam kereta, tak tau nak bawa ke mana",
    "tengah malam tuan tarik sy masuk bilik dia dan kunci pintu, tolong",
    "dah 4 hari kena kunci, makanan habis, air pun takde, sy lemah sangat tak larat bangun",
    "kami kat jeti, tekong ambil semua pasport, dia kata sesiapa lari kena tembak, bot bertolak malam ni",
    "sy kat balkoni tingkat 5 nak panjat turun lari dari majikan, dia tengah pecahkan pintu",
    "kawan sy atas bumbung rumah nak lari, majikan dia kejar bawa kayu",
    "tolong kak tolong",
    "majikan tengah hentak kepala sy kat dinding",
    "sy baru lari dari rumah majikan, tengah malam kat stesen bas, takde duit, takde kawan",
    "anak majikan acu pisau kat perut sy, dia kata jangan bising",
  ],
  // ---- self_harm
  [
    "self_harm",
    "sy dah beli racun rumput, malam ni sy minum",
    "tak guna sy hidup, semua orang susah sebab sy",
    "sy selalu fikir nak gantung diri dalam bilik stor",
    "tadi sy dah hiris lengan, darah banyak",
    "penat hidup, nak tidur dan tak bangun lagi",
    "sy nak terjun sungai, esok takde sesiapa ingat sy",
  ],
  // ---- physical_abuse
  [
    "physical_abuse",
    "mem pukul tangan sy dengan senduk sebab nasi hangus",
    "tuan tendang perut sy minggu lepas, masih sakit",
    "majikan cubit peha sy sampai biru setiap hari",
    "dulu majikan pertama selalu pukul, sekarang dah ok kat rumah baru, nak tanya boleh lapor lagi tak",
    "!mem sepak sy pagi tadi, malam ni dia kata lagi teruk, sy taip dalam tandas",
    "!badan sy penuh lebam, tuan ugut pukul lagi bila balik kerja, sy sorok fon bawah tilam",
  ],
  // ---- sexual_abuse
  [
    "sexual_abuse",
    "tuan selalu peluk sy dari belakang masa sy basuh pinggan",
    "anak majikan hantar mesej lucah tiap malam",
    "pemandu majikan sentuh badan sy dalam kereta",
    "tuan kata kalau sy tak tidur dengan dia gaji tak bayar",
    "!tuan ada kunci bilik sy, malam tadi dia masuk, malam ni dia kata datang lagi, sy takut sangat",
    "!dia paksa sy tiap kali mem keluar, sy tulis ni senyap2 sebelum dia balik",
  ],
  // ---- psychological_abuse
  [
    "psychological_abuse",
    "mem panggil sy anjing depan anak2 dia",
    "majikan kata kalau sy berhenti dia report imigresen, sy masuk penjara",
    "tiap hari kena marah, kena jerit, sy rasa tak ada harga diri",
    "!tuan ugut nak cari mak sy kat kampung kalau sy buat laporan, sy taip senyap2",
    "!mem semak fon sy tiap malam dan ugut hantar sy ke balai polis, ni sy guna fon kawan sembunyi",
  ],
  // ---- trafficking
  [
    "trafficking",
    "ejen janji kerja restoran, sampai KL kena jaga orang tua 3 rumah",
    "majikan jual sy kat kawan dia, sy tak sign apa2 kontrak",
    "ejen kata sy berhutang 6000 ringgit, kena kerja free 10 bulan baru boleh keluar",
    "masuk Sabah ikut jalan tikus, sekarang kerja ladang tanpa dokumen, tauke kata hutang belum habis",
    "!kami 8 orang dikurung atas kedai, malam kena layan pelanggan, sy sorok fon dalam kasut",
    "!tekong kurung kami dalam rumah kongsi, siapa lari kena pukul, sy mesej masa dia tidur",
  ],
  // ---- confinement
  [
    "confinement",
    "majikan kunci pagar setiap kali keluar, sy sorang dengan budak",
    "fon sy majikan simpan, seminggu sekali je boleh guna",
    "tak pernah dapat keluar rumah sejak sampai Brunei",
    "mem tak bagi sy call keluarga, dia kata buang masa",
    "!sy kena kurung dalam rumah, tuan pasang cctv, kalau dia nampak sy guna fon ni habis sy",
    "!fon kena rampas, ni fon lama sy sorok, tuan kata kalau sy lari dia patahkan kaki sy",
    "!kena kurung dalam rumah, fon ni sy ambil dari laci mem, kalau kantoi dia kata sy takkan jumpa anak lagi",
  ],
  // ---- document_held
  [
    "document_held",
    "pasport sy majikan simpan dalam peti besi",
    "ejen tak pulangkan pasport walaupun kontrak dah habis",
    "i-Kad sy dengan majikan, sy takut keluar sebab polis selalu check",
    "!pasport kena tahan, sy taip dalam bilik air, kalau tuan tahu sy kena pukul",
    "!sy minta pasport balik, majikan ugut nak bakar, sy mesej senyap2",
  ],
  // ---- wage_issue
  [
    "wage_issue",
    "gaji RM1500 tapi majikan bayar RM900 je",
    "majikan potong RM200 sebulan untuk duit makan",
    "dah 4 bulan gaji tak masuk akaun",
    "kerja hari cuti tak dapat bayaran lebih",
    "!dah 5 bulan tak dapat gaji, sy taip ni dalam bilik air, mem kata kalau sy mengadu dia hantar orang pukul sy",
    "gaji BND 350, majikan tolak 100 untuk levi",
    "!gaji 6 bulan tak bayar, sy mesej senyap2, mem ugut pukul kalau sy tanya lagi",
  ],
  // ---- overwork
  [
    "overwork",
    "kerja dari subuh sampai pukul 1 pagi, tak ada rehat",
    "tidur dalam stor, takde katil",
    "jaga 2 rumah, cuti pun takde",
    "makan sisa je, selalu lapar",
    "!dah 3 malam tak tidur jaga nenek, rasa nak pengsan, mem masih suruh kerja",
  ],
  // ---- health
  [
    "health",
    "sy sakit gigi teruk, klinik mana murah",
    "insurans majikan boleh guna kat hospital kerajaan tak",
    "sy mengandung 2 bulan, boleh kena hantar balik ke",
    "tangan sy luka kena pisau masa potong ayam, dalam jugak",
    "!sy muntah darah, sorang kat rumah, badan sejuk",
  ],
  // ---- legal_status
  [
    "legal_status",
    "permit sy tamat bulan depan, majikan tak nak sambung",
    "sy overstay 3 tahun, macam mana nak balik tanpa kena tangkap",
    "majikan tuduh sy curi duit, polis nak ambil keterangan",
    "!polis tengah cari sy sebab majikan tuduh curi, sy sembunyi rumah kawan, pasport takde, takut sangat",
    "visa sy kat Brunei dah mati, ejen kata kena bayar denda",
    "!imigresen tengah serbu rumah kongsi kami sekarang, sy sorok dalam almari takde dokumen",
  ],
  // ---- agency_issue
  [
    "agency_issue",
    "ejen minta RM3000 untuk tukar majikan",
    "agensi kat Jakarta dah tutup, siapa nak tolong sy",
    "sy nak salinan kontrak, ejen kata takde",
    "boleh ke sy tamatkan kontrak awal",
    "ejen tak nak layan aduan sy pasal majikan",
    "yuran ejen SGD 2000, mahal sangat, ada undang2 tak",
  ],
  // ---- go_home
  [
    "go_home",
    "sy nak balik kampung, tiket mahal, takde duit",
    "kontrak habis, majikan kena bayar tiket balik ke",
    "anak sy sakit, sy perlu balik minggu ni",
    "ada program hantar pulang percuma tak untuk pekerja",
    "dah tak tahan kerja sini, nak balik Indonesia je",
  ],
  // ---- contact_embassy
  [
    "contact_embassy",
    "KBRI KL dekat stesen LRT mana",
    "nombor hotline KJRI Kuching",
    "KJRI Penang buka pukul berapa",
    "cara daftar lapor diri guna telefon",
    "KBRI Brunei ada tempat perlindungan tak",
  ],
  // ---- human_agent
  [
    "human_agent",
    "nak cakap dengan orang, bukan robot",
    "boleh pegawai call sy lepas pukul 9 malam",
    "tolong sambungkan sy dengan kaunselor",
    "!sy nak cakap dengan pegawai tapi mesej je dulu, tuan periksa fon, kalau dia dengar sy kena belasah",
  ],
  // ---- finance
  [
    "finance",
    "hantar duit guna apa paling murah dari Malaysia",
    "macam mana nak buka akaun bank kat sini",
    "kadar tukaran RM ke rupiah naik ke turun",
    "duit yang sy hantar suami habiskan, macam mana nak simpan",
  ],
  // ---- greeting
  [
    "greeting",
    "assalamualaikum kak, boleh tanya",
    "hai, selamat malam",
    "helo, ada sesiapa",
    "salam sejahtera semua",
  ],
  // ---- thanks
  [
    "thanks",
    "tq banyak2 kak",
    "terima kasih atas bantuan",
    "ribuan terima kasih kak",
    "tq, nanti sy cuba",
  ],
  // ---- goodbye
  [
    "goodbye",
    "ok kak, jumpa esok",
    "sy kena pergi, mem panggil",
    "selamat malam kak, bye",
    "nanti sy mesej balik, chow",
  ],
  // ---- out_of_scope
  [
    "out_of_scope",
    "cuaca kat KL esok hujan ke",
    "resipi rendang ayam",
    "siapa menang piala malaysia",
    "drama melayu apa yang best sekarang",
  ],

  // =====================================================================================
  // Informal Indonesian and code-mixed
  // =====================================================================================
  // ---- emergency
  [
    "emergency",
    "kak dapur kebakaran, aku kekunci di dlm, asep dmn2",
    "bau gas bocor bgt, majikan pergi ngunci pintu, aku udh pusing mual",
    "ada cowo ngikutin aku dr pasar smp depan apartemen, skrg dia nunggu di lobby",
    "ada yg ngikutin aku pake motor dr stasiun, aku masuk minimarket, dia nunggu di luar",
    "abis minum kopi yg dikasih anak majikan aku lemes bgt ga bisa gerak, dia masuk kamarku",
    "aku dimasukin ke mobil sm calo, hp mau diambil, ga tau dibawa kmn",
    "broker bawa aku naik van bareng 3 cewe lain, pintu dikunci, mereka bilang kita dijual",
    "tengah malem sir narik aku ke kamarnya trs pintunya dikunci, aku nangis2",
    "udh 5 hari dikunci di kamar ga dikasih makan, aku lemes bgt mau pingsan",
    "lg di bandara transit, org agensi nahan paspor kami, katanya kerja bukan di negara yg di kontrak, kami dijaga terus ga boleh pergi",
    "aku di balkon lantai 4 mau manjat turun kabur, majikan lg gedor pintu kamar",
    "temenku manjat ke atap buat kabur dr majikannya, majikannya nyariin bawa kayu",
    "tolong mba sekarang jugaa",
    "madam lagi nyiram aku pake air panas, kulitku melepuh",
    "aku abis kabur loncat pager, skrg di pinggir jalan malem2, ga punya apa2",
    "bos nodong gunting ke mukaku, katanya kalo teriak dicolok",
    "help kak sir lg mukulin aku pake helm, kepalaku berdarah",
    "ada yg ngintip di jendela kamarku dr tadi, skrg dia nyoba buka jendelanya, aku sendirian",
    "tolong aku dikasih minum sm majikan trs kepalaku berat bgt, dia ngunci pintu kamar",
    "kami lg di kapal menuju malaysia, tekong ngancem buang ke laut kalo ada yg ribut, paspor diambil semua",
  ],
  // ---- self_harm
  [
    "self_harm",
    "aku udh nyiapin tali di kamar mandi",
    "pengen nabrakin diri ke mobil aja biar selesai",
    "aku barusan minum cairan pembersih lantai",
    "capek jd beban, mending aku nyusul bapak aja",
    "tiap malem aku sayat2 paha pake silet, malem ini pengen lbh dalem",
    "udah ga ada gunanya hidup, besok pagi aku ga akan ada lagi",
  ],
  // ---- physical_abuse
  [
    "physical_abuse",
    "majikan lempar sandal ke mukaku tiap kesel",
    "akong mukul punggungku pake tongkat kmrn, skrg masih biru",
    "madam jewer kupingku smp luka krn lupa matiin kompor",
    "thn lalu aku sering ditendang bos, skrg udh pindah, mau nanya bisa nuntut ga",
    "!tadi pagi aku ditampar2 madam, skrg chat diem2 di kamar mandi, katanya ntar malem lanjut",
    "!tanganku disetrika sm majikan, aku ngetik sambil ngumpetin hp, takut dia liat trs nyiksa lg",
  ],
  // ---- sexual_abuse
  [
    "sexual_abuse",
    "anak majikan suka ngintipin aku ganti baju",
    "sir sering minta aku pijitin dia cm pake handuk",
    "supir majikan ngirimin video jorok ke wa aku",
    "aku hamil krn dipaksa sm bos, skrg aku bingung",
    "!sir udh 3 malem masuk kamarku, pintu ga ada kuncinya, aku ngetik diem2 takut dia dateng lg",
    "!bos ngancem nyebarin fotoku kalo aku ga nurut malam ini, aku ngetik sembunyi2",
  ],
  // ---- psychological_abuse
  [
    "psychological_abuse",
    "madam tiap hari ngatain aku goblok, kampungan",
    "majikan bilang kalo aku kabur dia lapor polisi biar aku dipenjara",
    "aku disuruh makan di lantai kaya binatang",
    "!majikan ngancem nyuruh org ke kampungku kalo aku ngadu, aku chat ini diem2",
    "!dia ngebentak2 aku dr tadi katanya aku bakal dideportasi, aku ngumpet di gudang ngetik ini gemeteran",
  ],
  // ---- trafficking
  [
    "trafficking",
    "dijanjiin kerja di pabrik korea, ternyata disuruh kerja di kebun tanpa visa kerja",
    "aku dioper ke majikan lain tanpa tanda tangan apa2, gaji ga jelas",
    "PT bilang utangku 40 juta, harus kerja ga digaji setahun buat lunasin",
    "berangkat pake visa turis ke malaysia, katanya nanti diurusin permit, ternyata kerja gelap",
    "suami kerja di kapal ikan, setahun ga boleh turun, gaji ga dibayar",
    "!kami disekap di mess, tiap malem dipaksa ngelayanin tamu karaoke, hp ini aku sembunyiin di bantal",
    "!agen jual aku ke org, skrg aku ditahan di rumahnya, dia bilang aku udh dibayar, aku chat pas dia tidur",
  ],
  // ---- confinement
  [
    "confinement",
    "aku ga boleh keluar rumah, buang sampah aja diawasin",
    "hp aku disita majikan, cuma dikasih pas minggu sejam",
    "udh setahun ga pernah liat luar pager",
    "majikan ganti password wifi biar aku ga bisa chat keluarga",
    "!aku dikunci tiap hari, majikan bilang kalo kabur kakiku dipatahin, ini hp cadangan aku umpetin",
    "!hpku diambil, aku pinjem tab cucu akong diem2, kalo ketauan aku abis",
    "!di penampungan agensi ga boleh keluar sama sekali, hp dikumpulin, aku pake hp selundupan, kalo ketauan disiksa",
  ],
  // ---- document_held
  [
    "document_held",
    "paspor aku ditahan agensi di singapore",
    "ARC ku dipegang majikan, mau ke klinik ga bisa",
    "kontrak kerja asli diambil majikan, aku ga pegang apa2",
    "kafil ga mau balikin paspor walau aku udh selesai kontrak",
    "!paspor disembunyiin majikan, aku ngetik di wc, kalo dia tau aku dipukul",
    "!aku minta paspor malah diancam dibakar, ini chat pake hp temen diem2",
  ],
  // ---- wage_issue
  [
    "wage_issue",
    "gaji aku dipotong HKD 300 tiap bulan katanya buat listrik",
    "gaji NTD 20000 tp yg dikasih cuma 15000, sisanya katanya ditabung bos",
    "kafil cm bayar 900 riyal, di kontrak 1500",
    "udh 3 bulan gaji telat, kadang dikasih setengah",
    "lembur tiap hari ga pernah dibayar, pabrik di korea",
    "gaji dipotong buat ganti vas bunga yg pecah",
    "!aku nagih gaji 5 bulan malah diancam dikunci di gudang, chat ini sembunyi2",
  ],
  // ---- overwork
  [
    "overwork",
    "kerja dr jam 4 pagi smp jam 12 malem tiap hari",
    "tidur di sofa ruang tamu, ga ada kamar",
    "libur cuma sebulan sekali itupun disuruh kerja",
    "makan cuma nasi sisa, sering kelaparan",
    "!aku dipaksa kerja terus ga dikasih makan seharian, tangan gemeteran, aku chat diem2 di dapur",
  ],
  // ---- health
  [
    "health",
    "BPJS aku bisa dipake di hongkong ga",
    "aku sakit perut parah tiap mens, obat apa ya",
    "aku hamil 2 bulan, takut dipulangin",
    "jariku keiris pisau pas masak, dalem, perlu dijahit ga",
    "asuransi dr majikan bisa buat berobat gigi ga",
    "!kyknya aku keracunan, muntah2 terus ga berhenti, badan dingin, di rumah sendirian",
    "!temen sekamarku kejang2 di lantai, mulutnya berdarah, majikan ga mau bawa ke RS",
  ],
  // ---- legal_status
  [
    "legal_status",
    "visa aku abis minggu depan, bos blm urus",
    "aku overstay setahun di malaysia, bisa pulang ga tanpa ditangkep",
    "aku dituduh nyuri gelang, dipanggil polisi",
    "di-PHK, dikasih 14 hari buat keluar dr hongkong",
    "iqama mati 6 bulan, kena denda, siapa yg bayar",
    "!ada razia imigrasi di asrama skrg, aku ga punya permit, ngumpet di atas lemari",
  ],
  // ---- agency_issue
  [
    "agency_issue",
    "agensi minta 2 bulan gaji buat pindah majikan",
    "PT ku ga bisa dihubungin udh 2 bulan",
    "aku mau salinan kontrak, agen bilang ga ada",
    "agensi ga mau bantu pas aku lapor majikan jahat",
  ],
  // ---- go_home
  [
    "go_home",
    "pengen pulang ke indo, ga ada duit tiket",
    "kontrak abis bulan depan, tiket pulang siapa yg bayar",
    "bapak meninggal, aku hrs pulang secepatnya",
    "di shelter udh 2 bulan, kapan dipulangkan",
    "udh ga kuat kerja di sini, mau balik kampung aja",
  ],
  // ---- contact_embassy
  [
    "contact_embassy",
    "nomor KJRI hongkong berapa",
    "alamat KBRI riyadh dmn",
    "cara lapor diri di KDEI taipei",
    "KJRI jeddah buka hari jumat ga",
    "hotline pengaduan pekerja migran di korea apa",
  ],
  // ---- human_agent
  [
    "human_agent",
    "mau ngobrol sm petugas aja",
    "bisa telpon aku nanti malem jam 10",
    "ada konselor yg bisa diajak ngobrol ga",
    "!tolong petugas wa aku aja jgn telpon, majikan lg ngawasin, kalo tau aku ngadu aku disiksa",
  ],
  // ---- finance
  [
    "finance",
    "kirim uang ke indo paling murah pake apa",
    "kurs NTD ke rupiah hari ini brp",
    "gmn caranya nabung biar ga habis dikirim semua",
    "aku punya utang pinjol, ditagih terus",
    "biaya transfer dr saudi ke bri brp",
  ],
  // ---- greeting
  [
    "greeting",
    "halo kakak admin",
    "pagi kak, mau tanya",
    "assalamualaikum min",
    "met pagi kak",
  ],
  // ---- thanks
  [
    "thanks",
    "makasih kak",
    "makasih bnyk ya udh bantu",
    "trims infonya",
    "mksh bgt kak",
  ],
  // ---- goodbye
  [
    "goodbye",
    "dadah kak",
    "aku tidur dulu ya, bye",
    "nanti aku chat lg, madam pulang",
  ],
  // ---- out_of_scope
  [
    "out_of_scope",
    "resep soto ayam gmn",
    "skor timnas semalem brp",
    "ada lagu dangdut baru ga",
    "film horor td serem bgt, hantunya bunuh semua org wkwk",
    "cuaca hongkong besok hujan ga",
    "drakor apa yg bagus",
  ],
];

/** Extra lines in English, Malay and informal Indonesian (emergency and self_harm lines are always danger). */
export const CORPUS_ENGLISH_MALAY: readonly CorpusItem[] = corpusItems(RAW);
