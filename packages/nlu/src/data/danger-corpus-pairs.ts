/**
 * Contrastive training pairs for the danger model and the network, written for this project (not
 * copied or paraphrased from any evaluation set). Each pair is two lines next to each other, in the
 * same language and style and with mostly the same words, that differ in whether the risk is
 * happening NOW: the first is danger (an attack now or seconds ago with the abuser still there, a
 * weapon out, a death threat now, locked in under threat, hiding from the abuser, just fled with
 * nowhere to go, a break-in, sexual assault now, suicidal thoughts or acts, pills taken, cutting, a
 * bare call for help, writing in secret under threat), the second is harmless (it happened before
 * and she is safe now, a question about the law, asking for a friend, a film or the news, a joke,
 * mati/bunuh/kabur/capek/tidur in everyday senses, ordinary tiredness, sadness or homesickness, a
 * complaint without immediate risk) and gets its own intent. About a quarter of the pairs are
 * self-harm, much of it indirect (being a burden, disappearing, sleeping forever, joining a dead
 * parent, farewell letters, pills already taken). Informal Indonesian, English (also broken),
 * Javanese, Sundanese and Malay, with destination words, voice-typed lines, caps and emoji.
 * Each line: intent, danger flag, text.
 */
import type { CorpusItem } from "./corpus.js";

const RAW: [CorpusItem["intent"], 0 | 1, string][] = [
  // ==== Indonesian (informal, voice-typed, caps, emoji): attack, weapon, threat, locked in, hiding, fled
  ["emergency", 1, "madam lg nyabetin aku pake kabel setrika, tgn aku udh baret2"],
  ["physical_abuse", 0, "madam pernah nyabet aku pake kabel setrika thn lalu, skrg aku udh kerja di tmpt lain"],

  ["emergency", 1, "sir nodongin pisau ke leherku skrg, aku gk berani gerak"],
  ["out_of_scope", 0, "sir lg ngajarin aku motong daging pake pisau gede, takut kena jari wkwk"],

  ["emergency", 1, "aku dikunciin di gudang sm majikan, dia bilang klo teriak aku dibunuh"],
  ["confinement", 0, "aku sering dikunciin di rumah klo majikan pergi, tp gk pernah diancem apa2, itu boleh gk sih"],

  ["emergency", 1, "tolonggg dia nyekik aku lgi"],
  ["physical_abuse", 0, "dia pernah nyekik aku sekali pas mabok, udh lama bgt, skrg dia gk minum lg"],

  ["emergency", 1, "aku ngumpet di balik mesin cuci, majikan nyari aku sambil bawa palu"],
  ["out_of_scope", 0, "aku ngumpet di balik mesin cuci pas main petak umpet sm anak majikan, seru bgt"],

  ["emergency", 1, "abis subuh td aku lari dr apartemen majikan, skrg jalan kaki nyusurin jalan tol, dompet ketinggalan, bingung mau nginep dmn"],
  ["legal_status", 0, "temenku dulu lari dr apartemen majikan abis subuh, skrg udh tinggal di shelter, status visanya gmn ya"],

  ["emergency", 1, "ada yg lg congkel gembok pagar, aku sendirian sm bayi"],
  ["out_of_scope", 0, "gembok pagar rusak, aku disuruh beli yg baru, merk apa yg bagus ya"],

  ["emergency", 1, "anak majikan lg maksa buka bajuku, aku dorong dia tp dia msh di kamar"],
  ["sexual_abuse", 0, "dulu anak majikan pernah maksa buka bajuku, aku udh lapor agen dan dipindah, bisa nuntut gk"],

  ["emergency", 1, "DIA NGANCEM BAKAR AKU, BENSINNYA UDH DI TANGAN"],
  ["out_of_scope", 0, "di sinetron td suaminya ngancem bakar rumah, bensinnya udh di tangan, serem bgt"],

  ["emergency", 1, "tlg aku lg ditendangin di lantai dapur"],
  ["physical_abuse", 0, "aku pernah ditendangin di lantai dapur sm mantan majikan, apa bisa dilaporin walaupun udh 2 thn"],

  ["emergency", 1, "majikan mabok berat, mukulin pintu kamarku pake botol, bilang mau bunuh aku"],
  ["out_of_scope", 0, "majikan mabok berat abis pesta, tidur di sofa sampe siang, aku yg beresin botol2nya"],

  ["emergency", 1, "aku diiket di tiang jemuran blkg rumah dr td siang, panas bgt, dia ngawasin dr jendela"],
  ["overwork", 0, "aku disuruh jemur baju di blkg rumah dr td siang, panas bgt, gk boleh istirahat"],

  ["emergency", 1, "skrg aku lg sembunyi di toilet mall, kabur dr agen yg mau jual aku, mereka nungguin di luar"],
  ["trafficking", 0, "temenku dulu kabur dr agen yg mau jual dia, sembunyi di toilet mall, skrg dia udh aman di rumah"],

  ["emergency", 1, "suami madam nyeret aku ke kamarnya, aku lg nahan pintu"],
  ["sexual_abuse", 0, "suami madam suka ngeliatin aku klo lewat, aku risih, tiap malem kamar aku kunci"],

  ["emergency", 1, "dia lg ngayunin gesper ke aku, aku udh jatuh"],
  ["physical_abuse", 0, "dulu dia suka ngayunin gesper ke aku, skrg majikan baru baik, cuma aku msh suka mimpi buruk"],

  ["emergency", 1, "sos majikan ngunci aku di balkon lantai 30, dia ngancem dorong aku"],
  ["out_of_scope", 0, "sos balkon lantai 30 ini anginnya kenceng bgt, jemuran terbang semua 😂"],

  ["emergency", 1, "aku baru dipukul pake ulekan, kepala berdarah, dia masih ngamuk di dapur"],
  ["health", 0, "kepala aku berdarah dikit kepentok lemari dapur pas ngambil ulekan, udh diplester"],

  ["emergency", 1, "dia bilang mlm ini aku bakal dikubur di belakang rumah"],
  ["out_of_scope", 0, "kucing majikan mati, mlm ini mau dikubur di belakang rumah, sedih"],

  ["emergency", 1, "majikan lg ngejar aku keliling rumah bawa gunting"],
  ["out_of_scope", 0, "anak majikan lg ngejar aku keliling rumah bawa pistol air wkwk"],

  ["emergency", 1, "aku di dlm mobil agen, pintunya dikunci, hpku mau diambil, gk tau dibawa kemana"],
  ["agency_issue", 0, "aku di dlm mobil agen mau dianter ke majikan baru, kontraknya blm aku baca, wajar gk sih"],

  ["emergency", 1, "aq lg di tangga darurat apartemen, ngumpet dr sir, dia nyari aku lantai per lantai"],
  ["out_of_scope", 0, "aq lg di tangga darurat apartemen, lift rusak, naik 15 lantai bawa belanjaan"],

  ["emergency", 1, "tolong pliss ada cowo mabok nabrak2 pintu kamarku dr td"],
  ["out_of_scope", 0, "tetangga cowo mabok tiap malem minggu, brisik bgt nyanyi2 sampe pagi"],

  ["emergency", 1, "aku ditahan di lantai, mulutku dibekep, skrg dia ke dapur ambil sesuatu"],
  ["physical_abuse", 0, "dulu mulutku pernah dibekep sm majikan laki2, aku blm pernah cerita ke siapa2"],

  ["emergency", 1, "tulungin akuu plss"],
  ["finance", 0, "tulungin aku plss itungin 4800 dolar jadi brp rupiah"],

  ["emergency", 1, "darurat, aku di luar gerbang, kabur dr majikan, gk ada tempat tidur, udh malem"],
  ["contact_embassy", 0, "aku di luar gerbang KBRI nih, antrian lapor diri panjang bgt, buka jam brp"],

  ["emergency", 1, "majikan cowok lg berdiri di depan kamar mandi, aku mandi dan dia maksa masuk"],
  ["sexual_abuse", 0, "majikan cowok suka berdiri di depan kamar mandi pas aku mandi, udh aku bilang ke madam tp dia gk percaya"],

  ["emergency", 1, "ada yg ngikutin aku dr pasar, skrg dia berdiri di depan pintu, aku sendiri di rumah"],
  ["out_of_scope", 0, "kemarin ada org ngikutin aku dr pasar, tp udh aku laporin ke satpam, skrg aman"],

  ["emergency", 1, "aku dicambukin pake selang air sm madam, punggung perih, dia blm puas"],
  ["psychological_abuse", 0, "madam suka ngancem nyambuk pake selang air klo lantai msh basah, tp blm pernah beneran"],

  ["emergency", 1, "kafil ngunci aku di kamar, gk dikasih makan 2 hari, dia bilang aku mati aja di sini"],
  ["overwork", 0, "kafil kasih makan cuma sekali sehari, aku laper trs, boleh minta makan lebih gk"],

  ["emergency", 1, "pak sopir bawa aku ke jalan sepi, mobilnya dikunci, dia mulai pegang2 aku"],
  ["sexual_abuse", 0, "pak sopir suka pegang2 tangan aku klo nganter ke pasar, aku gk nyaman, hrs lapor siapa"],

  ["emergency", 1, "istri majikan lg nyiram aku pake air panas dr termos"],
  ["health", 0, "tanganku kesiram air panas dr termos td pagi, melepuh, pake salep apa"],

  ["emergency", 1, "mereka dobrak pintu kamarku, 3 org laki2, aku di kolong ranjang"],
  ["out_of_scope", 0, "di film yg td aku tonton polisi dobrak pintu, penjahatnya ngumpet di kolong ranjang"],

  ["emergency", 1, "bos lg nyekap aku di ruko, katanya aku udh dibeli, jd hrs nurut"],
  ["trafficking", 0, "bos bilang aku udh dibeli dr agen jd gk boleh pindah sampe utang lunas, itu bener gk secara hukum"],

  ["emergency", 1, "aku diancem ditusuk klo gk mau ngelayanin tamu mlm ini"],
  ["trafficking", 0, "dulu aku dipaksa ngelayanin tamu karaoke, skrg aku udh di rumah aman, pengen lapor calonya"],

  ["emergency", 1, "hp aku dibanting, ini pake hp anaknya, majikan lg nyari aku pake pisau"],
  ["out_of_scope", 0, "hp aku jatoh kebanting, layar pecah, ini pake hp anak majikan, servis dmn ya murah"],

  ["emergency", 1, "aku lg jongkok di pojok kamar mandi, dia gedor2 pintu sambil teriak mau ngebunuh"],
  ["psychological_abuse", 0, "aku lg jongkok nyikat kamar mandi, majikan teriak2 nyuruh cepet, kesel aja"],

  ["emergency", 1, "mas agen nahan aku di kontrakan, pintu digembok, aku dipukulin klo nangis"],
  ["agency_issue", 0, "mas agen nahan aku di penampungan 3 bulan blm juga diberangkatin, uang udh dibayar"],

  ["emergency", 1, "aku gemeteran, dia barusan ngacungin golok dan bilang aku gk bakal keluar hidup2"],
  ["out_of_scope", 0, "aku gemeteran nonton film thriller td, penjahatnya ngacungin golok terus"],

  ["emergency", 1, "aku barusan diperkosa, dia masih tidur di sebelah, aku gk bisa keluar"],
  ["sexual_abuse", 0, "aku diperkosa majikan thn lalu, skrg udh di indonesia, gmn cara lapor ke polisi"],

  ["emergency", 1, "majikan lg nginjek tanganku pake sepatu"],
  ["out_of_scope", 0, "anak majikan gk sengaja nginjek tanganku pake sepatu roda wkwk"],

  ["emergency", 1, "baru aja lompat dr jendela lantai 2 buat kabur, kakiku sakit, aku sembunyi di semak2"],
  ["health", 0, "kakiku masih sakit abis jatuh dr tangga pas bersihin jendela lantai 2, perlu ke dokter gk"],

  ["emergency", 1, "Tolong saya sedang disekap di rumah majikan dia mengancam akan membunuh saya kalau saya keluar kamar titik"],
  ["psychological_abuse", 0, "Halo saya mau tanya majikan sering mengancam akan memotong gaji kalau saya keluar kamar waktu istirahat titik"],

  ["emergency", 1, "pliss aku takut bgt, dia di depan pintu bawa parang, katanya nunggu aku keluar"],
  ["out_of_scope", 0, "aku takut bgt sm tukang kebun, tiap hari bawa parang, tp dia baik sih cuma mukanya serem wkwk"],

  ["emergency", 1, "majikan nyiksa aku dr pagi, skrg aku dikurung di kamar mandi tanpa lampu"],
  ["physical_abuse", 0, "aku mau cerita majikanku yg dulu suka nyiksa, skrg aku udh pindah ke majikan yg baik"],

  ["emergency", 1, "aku di pos satpam, baru kabur, majikan nyusul kesini, satpamnya gk ngerti bahasa aku"],
  ["contact_embassy", 0, "aku di pos satpam nunggu taksi ke KBRI, alamat lengkapnya apa ya"],

  ["emergency", 1, "agen nampar aku berkali2 di kantornya, pintunya dikunci, aku blm boleh pulang"],
  ["agency_issue", 0, "agen marah2 di kantornya krn aku minta ganti majikan, aku blm dikasih jawaban"],

  ["emergency", 1, "akong ngunci aku di kamar sm dia, dia buka celana"],
  ["out_of_scope", 0, "akong ngunci kamarnya sendiri trs lupa kuncinya dmn, aku disuruh nyari seharian"],

  ["emergency", 1, "DIA MAU NUSUK AKU TLG"],
  ["out_of_scope", 0, "DIA MAU NUSUK SATE PAKE LIDI KATANYA BIAR CEPET 😂"],

  ["emergency", 1, "dia ngeluarin pistol dr laci, skrg nodongin ke aku sm anaknya"],
  ["out_of_scope", 0, "sir ngeluarin pistol mainan dr laci buat ulang taun anaknya, ribut bgt"],

  ["emergency", 1, "aku gk boleh keluar kamar, pintu dikunci, majikan bilang klo aku teriak dia bakar kamarnya"],
  ["confinement", 0, "aku gk boleh keluar rumah klo hari libur, majikan bilang bahaya, apa itu melanggar kontrak"],

  ["emergency", 1, "aku kabur, skrg duduk di halte, udh jam 2 pagi, hujan, gk ada yg aku kenal di sini"],
  ["out_of_scope", 0, "aku duduk di halte nunggu bis, udh jam 9 pagi, hujan, lupa bawa payung"],

  ["emergency", 1, "tadi aku dijambak dan dibenturin ke meja, madam masih di ruang tamu, aku di kamar gemeter"],
  ["physical_abuse", 0, "minggu lalu aku dijambak madam, udh cerita ke agen dan katanya mau dipindah, nunggu kabar"],

  ["emergency", 1, "dia masukin sesuatu ke minumku, aku pusing, dia nungguin di sofa"],
  ["health", 0, "aku pusing abis minum obat flu, normal gk ya ngantuk bgt"],

  ["emergency", 1, "cpt tlg, temen sekamar aku dipukulin pacarnya, aku di luar kamar dengerin dia nangis"],
  ["out_of_scope", 0, "temen sekamar aku nangis td krn putus sm pacarnya, gmn cara hibur dia"],

  ["emergency", 1, "majikan ngancem nyebur aku ke kolam klo gk ngaku nyuri, dia lg nyeret aku ke sana"],
  ["legal_status", 0, "majikan nuduh aku nyuri cincin, dia mau lapor polisi besok, aku harus gmn"],

  ["emergency", 1, "kak tlng aq"],
  ["greeting", 0, "kak halo aq mau nanya"],

  ["emergency", 1, "aku dipepet sir di dapur, dia nyium2 aku paksa, madam lg keluar"],
  ["sexual_abuse", 0, "sir pernah nyium aku paksa di dapur pas madam keluar, aku takut kejadian lagi, boleh minta pindah gk"],

  ["emergency", 1, "aku disuruh berlutut di lantai dr 3 jam lalu, klo gerak dipukul tongkat"],
  ["psychological_abuse", 0, "aku sering disuruh minta maaf sambil berlutut klo salah, malu bgt rasanya"],

  ["emergency", 1, "dia blm berhenti nampar aku, td sampe jatuh, tlg kirim org"],
  ["human_agent", 0, "tlg kirim org buat ngobrol sm aku, aku mau cerita masalah sama majikan"],

  ["emergency", 1, "mereka kunci aku di kontainer di pelabuhan, udh gelap, ada cewe2 lain juga"],
  ["trafficking", 0, "berita td ada cewe2 dikunci di kontainer di pelabuhan, itu termasuk perdagangan orang ya"],

  ["emergency", 1, "aku dikejar2 anjing majikan yg sengaja dilepas, skrg naik ke atas lemari, dia ketawa"],
  ["out_of_scope", 0, "aku dikejar2 anjing tetangga pas jalan pagi, lucu sih anjingnya kecil"],

  ["emergency", 1, "udh 2 jam aku diiket, tanganku kebas, baru bisa ngetik pake dagu"],
  ["overwork", 0, "udh 2 jam aku nyetrika, tanganku kebas, baru bisa istirahat"],

  ["emergency", 1, "aku hamil dan dia lagi nendang perutku"],
  ["health", 0, "aku hamil 5 bulan, bayinya sering nendang perut, aman gk kerja angkat2"],

  ["emergency", 1, "majikan nyalain kompor trs naro tanganku di atasnya, aku teriak dia ketawa"],
  ["health", 0, "tanganku kena api kompor pas masak, merah dan perih, dikasih apa ya"],

  ["emergency", 1, "ada bau gas, majikan sengaja buka kompor trs ngunci aku di dapur"],
  ["confinement", 0, "dulu majikan pernah ngunci aku di dapur seharian, tp itu udh lama, skrg kerja di tmpt lain"],

  ["emergency", 1, "aku sm 2 temen dikurung di mess pabrik, mandornya bawa senjata, kami gk dikasih keluar"],
  ["overwork", 0, "aku sm 2 temen tinggal di mess pabrik, kerja 12 jam sehari, gk ada libur"],

  ["wage_issue", 1, "gaji gk dibayar 7 bln, aku ngetik di wc diem2, klo ketauan madam aku disiram air panas lg"],
  ["wage_issue", 0, "gaji gk dibayar 7 bln, aku udh lapor ke agen tp blm ada jawaban"],

  ["document_held", 1, "paspor ditahan, aku chat pake hp yg aku sembunyiin, klo ketahuan sir bilang aku dihabisin"],
  ["document_held", 0, "paspor ditahan sir katanya biar aman, aku boleh minta balik gk"],

  // ==== Indonesian: self-harm vs sadness, tiredness, homesickness, everyday words
  ["self_harm", 1, "mending aku lenyap aja, gk bakal ada yg nyariin"],
  ["finance", 0, "gajiku lenyap aja tiap akhir bulan, gk kerasa, gmn cara nabung"],

  ["self_harm", 1, "udh aku telen semua obat di laci, skrg tinggal nunggu"],
  ["health", 0, "obat di laci udh abis semua, beli obat maag yg bagus apa ya"],

  ["self_harm", 1, "aku nulis surat buat anakku, klo besok aku gk ada tolong kasih ke dia"],
  ["go_home", 0, "aku nulis surat buat anakku, bilang bulan depan aku pulang, gk sabar ketemu"],

  ["self_harm", 1, "pengen tidur trs gk usah bangun lagi selamanya"],
  ["overwork", 0, "pengen tidur 12 jam trs gk usah bangun pagi, sebulan ini tiap hari bangun jam 4"],

  ["self_harm", 1, "ibu udh tenang di surga, aku pengen ketemu ibu di sana secepatnya"],
  ["go_home", 0, "ibu udh sehat di kampung, aku pengen ketemu ibu secepatnya, kontrak tinggal 2 bulan"],

  ["self_harm", 1, "aku cuma nyusahin suami sm anak, lbh baik aku gk pernah lahir"],
  ["finance", 0, "aku cuma bisa kirim 2 juta ke suami sm anak bulan ini, cukup gk ya buat sekolah"],

  ["self_harm", 1, "tanganku udh aku silet lagi, darahnya netes ke lantai"],
  ["health", 0, "tanganku kegores silet pas buka kardus, darahnya netes dikit, perlu ditutup apa"],

  ["self_harm", 1, "aku udh berdiri di jembatan, air sungainya deras"],
  ["out_of_scope", 0, "aku udh berdiri di jembatan nunggu temen, foto2 dulu, sungainya bagus"],

  ["self_harm", 1, "rasanya pengen gantung diri aja di kamar mandi"],
  ["health", 0, "dulu wkt di taiwan aku sempet pengen gantung diri, alhamdulillah skrg udh sehat dan kerja lagi"],

  ["self_harm", 1, "udh gk kuat, gk ada gunanya aku hidup"],
  ["overwork", 0, "udh gk kuat kerja dr jam 5 pagi sampe tengah mlm, gk ada jeda"],

  ["self_harm", 1, "semua barangku udh aku bagiin ke temen2, aku pamit ya"],
  ["goodbye", 0, "semua urusanku udh beres, aku pamit dulu ya kak, makasih"],

  ["self_harm", 1, "udh cape bgt ngejalanin hidup kyk gini, pengen nyudahin semuanya aja"],
  ["overwork", 0, "udh cape bgt ngejalanin kerjaan hari ini, pengen nyudahin nyetrika trs rebahan aja"],

  ["self_harm", 1, "sebotol karbol udh aku minum setengah, perutku panas"],
  ["health", 0, "gk sengaja kehirup karbol pas ngepel, batuk2 dikit, bahaya gk ya"],

  ["self_harm", 1, "mungkin klo aku mati keluarga dpt asuransi, lbh berguna drpd aku hidup"],
  ["health", 0, "klo aku sakit di sini keluarga dpt asuransi gk ya, BPJS masih berlaku?"],

  ["self_harm", 1, "aku benci diriku, td aku pukul2 kepala sendiri ke tembok sampe benjol"],
  ["health", 0, "kepalaku kepentok tembok td pas ngepel, benjol dikit wkwk"],

  ["self_harm", 1, "gk usah nyari aku lagi ya mak, maafin anakmu"],
  ["go_home", 0, "gk usah nyariin aku lagi ya mak, bulan depan aku udh pulang ke rumah"],

  ["self_harm", 1, "aku udh siapin tali di gudang, nanti mlm pas semua tidur"],
  ["out_of_scope", 0, "aku udh siapin tali jemuran baru di gudang, nanti mlm dipasang"],

  ["self_harm", 1, "buat apa bertahan, aku cuma beban di rumah ini dan di kampung"],
  ["psychological_abuse", 0, "madam bilang aku cuma beban di rumah ini, sakit hati bgt dengernya"],

  ["self_harm", 1, "rasanya mau mati aja 😭😭 udh gk sanggup lg"],
  ["out_of_scope", 0, "rasanya mau ketawa sampe mati liat video bayi joget ini 😭😭"],

  ["self_harm", 1, "udh 3 hari aku sengaja gk makan, biar cepet selesai"],
  ["overwork", 0, "udh 3 hari aku gk makan siang, majikan gk kasih waktu istirahat"],

  ["self_harm", 1, "td aku minum obat tidur madam sebungkus, skrg mataku berat bgt"],
  ["health", 0, "td aku minum obat flu 1 tablet, skrg mataku berat bgt, wajar gk"],

  ["self_harm", 1, "kalo aku loncat dr lantai 23 ini mungkin semua beres"],
  ["out_of_scope", 0, "dr lantai 23 ini keliatan kembang api, bagus bgt"],

  // ==== English and broken English
  ["emergency", 1, "my employer is choking me with a towel, i can barely type"],
  ["physical_abuse", 0, "my old employer once choked me with a towel, it was two years ago, can i still report it"],

  ["emergency", 1, "he's kicking the bathroom door, i locked myself in, he says he'll kill me"],
  ["out_of_scope", 0, "the bathroom door is stuck, i locked myself in by mistake lol, madam got the key"],

  ["emergency", 1, "ma'am is holding scissors to my face right now"],
  ["out_of_scope", 0, "ma'am is cutting my hair with kitchen scissors right now lol pray for me"],

  ["emergency", 1, "i ran away an hour ago, i'm on a bench by the highway, no money, battery 3%"],
  ["go_home", 0, "i finished my contract an hour ago, no money for the ticket yet, how can i go home"],

  ["emergency", 1, "someone just smashed the kitchen window and is climbing in"],
  ["out_of_scope", 0, "the ball just smashed the kitchen window, the kids are in big trouble haha"],

  ["emergency", 1, "sir pushed me into his room and is taking off his belt"],
  ["sexual_abuse", 0, "last year sir pushed me into his room, i left that job, can i still file a case"],

  ["emergency", 1, "THEY ARE BEATING ME WITH A BAT"],
  ["out_of_scope", 0, "THEY ARE PLAYING CRICKET WITH A BAT IN THE HALLWAY AGAIN"],

  ["emergency", 1, "i'm hiding in the laundry room, he's searching the house with a knife"],
  ["out_of_scope", 0, "i'm hiding in the laundry room from the heat, it's the only room with a fan"],

  ["emergency", 1, "my employer locked me on the roof and said i'll die out here"],
  ["overwork", 0, "my employer makes me sleep on the roof, it's very hot at night, is that allowed"],

  ["emergency", 1, "he's threatening to kill me, i'm in the car with him, he won't stop"],
  ["psychological_abuse", 0, "he always threatens to send me back when i'm in the car with him, just words but i hate it"],

  ["emergency", 1, "help me plz im locked in the storeroom and hes got a hammer"],
  ["out_of_scope", 0, "help me plz how do i fix a shelf in the storeroom with a hammer without breaking the wall"],

  ["emergency", 1, "i just escaped from the agent's house, barefoot, it's night and i don't know where i am"],
  ["agency_issue", 0, "i just left the agent's office, they want me to sign a new contract tonight, i don't know what to do"],

  ["emergency", 1, "the man from the agency is dragging me out of the shelter by my hair"],
  ["agency_issue", 0, "the man from the agency came to the shelter and says i still owe them fees"],

  ["emergency", 1, "akong's son is strangling me in the hallway"],
  ["health", 0, "akong's son says grandpa keeps choking on his food, how should i feed him"],

  ["emergency", 1, "hello hello please send police my madam husband is pointing a gun at my head"],
  ["contact_embassy", 0, "hello please send me the police number in kuwait and the embassy hotline just to keep"],

  ["emergency", 1, "i'm under the bed, someone got in through the balcony"],
  ["out_of_scope", 0, "i'm under the bed looking for the baby's toy, it rolled in from the balcony"],

  ["emergency", 1, "boss just burned me with a cigarette again, he's still sitting next to me"],
  ["physical_abuse", 0, "boss used to burn me with cigarettes at my last job, i still have the scars, is there any compensation"],

  ["emergency", 1, "i'm being held in a hotel room, they took my passport and there's a guard at the door"],
  ["trafficking", 0, "my cousin was held in a hotel room by an agent two years ago, she's home now, who can she report to"],

  ["emergency", 1, "he told me i won't live to see the morning, he's still in the living room"],
  ["overwork", 0, "he told me i won't finish the cleaning before morning, he's still in the living room watching tv"],

  ["emergency", 1, "i cant breathe he's sitting on my chest"],
  ["health", 0, "i cant breathe well when i climb the stairs, should i see a doctor"],

  ["emergency", 1, "my friend just called me screaming, her employer is stabbing her, she's at tower 5"],
  ["out_of_scope", 0, "my friend just called me laughing, her employer's kid stabbed the birthday cake with a fork"],

  ["emergency", 1, "i jumped the fence and ran, now behind a bus stop, he's driving around looking for me"],
  ["out_of_scope", 0, "i ran for the bus and missed it, now waiting at the bus stop for 30 min"],

  ["emergency", 1, "he's pouring kerosene around my room"],
  ["out_of_scope", 0, "he's pouring kerosene into the old heater in the garage, smells so bad"],

  ["emergency", 1, "s.o.s pls now"],
  ["out_of_scope", 0, "sos by abba is madam's favourite song, she plays it every morning"],

  ["emergency", 1, "i'm in the walk-in closet with the lights off, the boss is drunk and hunting for me"],
  ["out_of_scope", 0, "i'm in the walk-in closet folding clothes, the boss is asleep on the sofa, quiet day"],

  ["emergency", 1, "the sponsor is hitting me with his shoe right now, i'm on the floor"],
  ["physical_abuse", 0, "the sponsor hit me with his shoe last ramadan, i moved to a new house since, can i still complain"],

  ["emergency", 1, "my employer tied my hands and left me in the garage, he's coming back soon"],
  ["out_of_scope", 0, "my employer tied the boxes and left them in the garage, i have to carry them upstairs later"],

  ["emergency", 1, "two men are trying to pull me into a van outside the market"],
  ["out_of_scope", 0, "two men are selling fish from a van outside the market, so cheap"],

  ["emergency", 1, "the guy who grabbed me yesterday is following me home, he's right behind me now"],
  ["sexual_abuse", 0, "a guy grabbed me at the market yesterday, i got away and i'm home safe, should i report it"],

  ["emergency", 1, "my employer is holding my arm over the balcony railing and says she'll drop me"],
  ["psychological_abuse", 0, "my employer jokes she'll throw me off the balcony if i break another plate, i don't find it funny"],

  ["emergency", 1, "urgent he has a knife and the kids are watching"],
  ["out_of_scope", 0, "urgent need a lamb recipe, he wants it for dinner and the kids are watching me cook"],

  ["emergency", 1, "i'm sitting outside in the cold, madam threw me out at midnight, nowhere to go"],
  ["out_of_scope", 0, "i'm sitting outside in the cold watching the new year fireworks, madam gave me the night off"],

  ["emergency", 1, "sir came into the shower room and won't leave, he's grabbing me"],
  ["sexual_abuse", 0, "sir once came into the shower room while i was bathing, it hasn't happened since but i'm worried"],

  ["emergency", 1, "i am locked in and there is smoke, he set fire to the kitchen"],
  ["out_of_scope", 0, "there was smoke in the kitchen, i burned the fish lol, madam laughed"],

  ["emergency", 1, "call someone pls, the agent's men are outside my friend's flat where i'm hiding"],
  ["human_agent", 0, "call me pls when an officer is free, i'm at my friend's flat, no rush"],

  ["emergency", 1, "kafeel beat me with electric wire, now he go get the stick"],
  ["physical_abuse", 0, "kafeel beat me with wire before, now i am in shelter, how i get my salary"],

  ["emergency", 1, "madam say she kill me tonight, she sharpen the knife now"],
  ["out_of_scope", 0, "madam say she teach me cook tonight, she sharpen the knife for chicken now"],

  // ---- English self-harm vs sadness, tiredness, homesickness
  ["self_harm", 1, "my kids would have a better life if i just stopped existing"],
  ["finance", 0, "my kids would have a better life if i just saved more, how do i start"],

  ["self_harm", 1, "i already took all my sleeping pills, i feel heavy"],
  ["health", 0, "i already took my allergy pill, i feel sleepy, is that normal"],

  ["self_harm", 1, "wrote a goodbye letter for my daughter and put it under my pillow"],
  ["go_home", 0, "wrote a letter for my daughter, i'll give it to her when i fly home next week"],

  ["self_harm", 1, "i want to join my father, i'm tired of being here without him"],
  ["go_home", 0, "i want to visit my father's grave back home, i'm tired of being here, how much is a ticket to surabaya"],

  ["self_harm", 1, "i don't want to wake up tomorrow"],
  ["overwork", 0, "i don't want to wake up at 4 tomorrow, third day in a row with no rest"],

  ["self_harm", 1, "cutting again tonight, it's the only thing that helps"],
  ["out_of_scope", 0, "cutting vegetables again tonight, madam wants soup, it's the only thing she eats"],

  ["self_harm", 1, "im a burden to everyone, they dont need me"],
  ["psychological_abuse", 0, "madam keeps calling me a burden to the family, it hurts"],

  ["self_harm", 1, "i'm standing on the ledge of the 14th floor"],
  ["out_of_scope", 0, "i'm standing on a stool cleaning the window on the 14th floor, scary view"],

  ["self_harm", 1, "no one here or at home would even notice if i was gone for good"],
  ["go_home", 0, "no one here would even notice if i was gone, i'm going home next month for good"],

  ["self_harm", 1, "i drank the bleach. i'm sorry"],
  ["health", 0, "i spilled bleach on my hands, they're itchy, what should i put on"],

  ["self_harm", 1, "thinking about ending it all tonight"],
  ["agency_issue", 0, "thinking about ending my contract tonight, how do i tell the agency"],

  ["self_harm", 1, "i want to vanish tonight and never be found"],
  ["out_of_scope", 0, "i want to vanish into my bed all sunday and never be found lol"],

  ["self_harm", 1, "my mom died last year, i want to be with her now, i have the pills ready"],
  ["human_agent", 0, "my mom died last year, i miss her so much, i cry every night, is there someone i can talk to"],

  // ==== Javanese
  ["emergency", 1, "juraganku lagi ngantemi aku nganggo gagang pel, aku ora iso mlayu"],
  ["physical_abuse", 0, "juraganku biyen tau ngantemi aku nganggo gagang pel, saiki aku wis pindah majikan"],

  ["emergency", 1, "aku lagi ndhelik nang ngisor meja, bose nggowo lading"],
  ["out_of_scope", 0, "aku lagi resik2 nang ngisor meja, bose ngasah lading nggo masak"],

  ["emergency", 1, "aku mentas minggat, saiki nang pinggir dalan, ora nduwe duit, ora ngerti arep nginep nang endi"],
  ["go_home", 0, "aku mentas rampung kontrak, ora nduwe duit nggo tiket, piye carane mulih"],

  ["emergency", 1, "tulung, aku dikunci nang gudang, jarene arep dipateni"],
  ["out_of_scope", 0, "tulung, kunci gudang ilang, jarene juragan kudu ketemu sesuk"],

  ["emergency", 1, "wong lanang mabuk nggedor lawangku terus, aku dhewekan"],
  ["out_of_scope", 0, "tanggane mabuk saben malem minggu, rame banget, aku ora iso turu"],

  ["emergency", 1, "anake juragan meksa aku, saiki aku nang kamar mandi, dheweke nunggu nang njaba"],
  ["sexual_abuse", 0, "anake juragan biyen tau meksa aku, saiki aku wis mulih, arep lapor nang endi"],

  ["emergency", 1, "aku dicekik bojone madam, gulu lara banget, dheweke isih nang kene"],
  ["physical_abuse", 0, "aku tau dicekik bojone madam pas taun wingi, saiki wis aman nang shelter"],

  ["emergency", 1, "awakku disiram banyu panas saiki, perih kabeh"],
  ["health", 0, "tanganku kesiram banyu panas pas nggodhog mie, perih, diolesi apa"],

  ["emergency", 1, "aku diancam arep diobong yen ora manut, bensine wis digawa"],
  ["psychological_abuse", 0, "aku diancam ora dibayar yen ora manut, juraganku pancen galak"],

  ["emergency", 1, "kancaku lagi diseret nang mobil karo wong agen, dheweke nangis"],
  ["agency_issue", 0, "kancaku dijemput mobil agen arep dipindah majikan, dheweke bingung kontrake"],

  ["emergency", 1, "tulungi, gek ndang"],
  ["finance", 0, "tulungi aku ngitung kurs dolar taiwan nang rupiah"],

  ["emergency", 1, "aku ndhelik nang kebon mburi, juragan nggoleki nggowo senter lan pentungan"],
  ["out_of_scope", 0, "aku lungguh nang kebon mburi, juragan nyiram kembang, adem banget sore iki"],

  ["emergency", 1, "lawang kamarku dijebol, ana wong loro mlebu, aku ndhelik"],
  ["out_of_scope", 0, "lawang kamarku rusak, engsele copot, juragan janji arep ndandani"],

  ["emergency", 1, "aku saiki dikurung nang kamar, juragan ngomong aku ora bakal metu urip2"],
  ["confinement", 0, "aku ora oleh metu omah pas prei, juragan ngomong bahaya, piye iki"],

  ["emergency", 1, "DITHUTHUKI TERUS, SIRAHKU GETIHEN"],
  ["health", 0, "sirahku getihen sithik kejedhuk lemari, wis tak plester"],

  ["self_harm", 1, "aku kepengin turu selawase, ora usah tangi maneh"],
  ["overwork", 0, "aku kepengin turu sedina muput, wis seminggu ora prei"],

  ["self_harm", 1, "aku wis ngombe obat sak botol, saiki sirahku abot"],
  ["health", 0, "aku wis ngombe obat watuk, saiki sirahku abot, ngantuk"],

  ["self_harm", 1, "bapak wis ninggal, aku arep nyusul bapak bengi iki"],
  ["go_home", 0, "bapak lara nang omah, aku arep mulih nyusul bapak sasi ngarep"],

  ["self_harm", 1, "aku mung ngrepoti wong akeh, luwih becik aku mati"],
  ["psychological_abuse", 0, "jare madam aku mung ngrepoti wong akeh, saben dina dipaido"],

  ["self_harm", 1, "aku wis nulis layang pamit nggo anakku"],
  ["go_home", 0, "aku wis nulis layang nggo anakku, sasi ngarep aku mulih"],

  // ==== Sundanese
  ["emergency", 1, "abdi keur dipentungan ku juragan ayeuna, sirah abdi bocor"],
  ["physical_abuse", 0, "abdi kantos dipentungan ku juragan kapungkur, ayeuna abdi tos pindah damel"],

  ["emergency", 1, "abdi nyumput di kamar mandi, juragan mawa bedog milarian abdi"],
  ["out_of_scope", 0, "abdi keur di kamar mandi ngumbah baju, juragan motong kai ku bedog di buruan"],

  ["emergency", 1, "abdi nembe kabur ti bumi majikan, ayeuna di sisi jalan, teu gaduh artos"],
  ["legal_status", 0, "rerencangan abdi kabur ti bumi majikan bulan kamari, ayeuna visana kumaha"],

  ["emergency", 1, "abdi dikonci di gudang, cenah bakal dipaehan"],
  ["confinement", 0, "abdi sok dikonci di bumi upami dunungan angkat, teu aya ancaman, kenging kitu"],

  ["emergency", 1, "aya nu ngabuka jandela kamar abdi, abdi nyalira di bumi"],
  ["out_of_scope", 0, "angin ngabuka jandela kamar abdi tadi wengi, abdi kaget hehe"],

  ["emergency", 1, "putra dunungan maksa abdi, ayeuna anjeunna di payuneun panto"],
  ["sexual_abuse", 0, "putra dunungan taun kamari sok ngaganggu abdi wengi-wengi, ayeuna abdi parantos uih, tiasa lapor ka mana?"],

  ["emergency", 1, "abdi dicekek ku salaki dunungan, anjeunna masih aya di dieu"],
  ["physical_abuse", 0, "abdi kantos dicekek ku salaki dunungan taun kamari, ayeuna tos aman"],

  ["emergency", 1, "tulungan abdi, dunungan ngancam maehan upami abdi kaluar kamar"],
  ["psychological_abuse", 0, "dunungan ngancam moal mayar gajih upami abdi kaluar kamar nalika istirahat"],

  ["emergency", 1, "abdi kakara luncat tina pager, kabur, ayeuna nyumput di tukangeun warung"],
  ["out_of_scope", 0, "abdi kakara balanja di warung, ayeuna calik di tukangeun bumi, tiis"],

  ["emergency", 1, "tulung tulung abdi diseret ka mobil"],
  ["out_of_scope", 0, "abdi diajak ka mobil ku juragan, bade ka mall, bingah"],

  ["emergency", 1, "abdi keur ditajongan ayeuna"],
  ["physical_abuse", 0, "abdi sok ditajong upami lepat, naon hak abdi"],

  ["emergency", 1, "panto dirempak, aya tilu urang lalaki asup, abdi di handapeun ranjang"],
  ["out_of_scope", 0, "panto kamar rusak, aya tukang asup ngalereskeun, abdi ngantosan"],

  ["emergency", 1, "abdi sieun pisan, anjeunna nyekel péso di payuneun abdi ayeuna"],
  ["out_of_scope", 0, "abdi sieun pisan ningali pilem tadi, tokohna nyekel péso"],

  ["emergency", 1, "leungeun abdi diduruk ku seterika ku dunungan, anjeunna teu eureun"],
  ["health", 0, "leungeun abdi kaduruk ku seterika nalika nyetrika, kedah dipasihan naon"],

  ["emergency", 1, "abdi dikurung sareng babaturan di hiji imah, dijaga ku jalma nu mawa pakarang"],
  ["trafficking", 0, "abdi sareng babaturan dijangjikeun damel di toko, tapi dipasihan padamelan di imah, ieu penipuan?"],

  ["self_harm", 1, "geus teu betah hirup, hayang maot peuting ieu"],
  ["go_home", 0, "geus teu betah damel di dieu, hayang balik ka Indonesia peuting ieu, tiket pesawatna sabaraha"],

  ["self_harm", 1, "abdi tos nginum obat sare sakantong, ayeuna lieur"],
  ["health", 0, "abdi tos nginum obat flu, ayeuna lieur saeutik, normal?"],

  ["self_harm", 1, "hoyong sare salamina, teu hoyong hudang deui"],
  ["overwork", 0, "hoyong sare sadinten, saminggu teu aya libur"],

  ["self_harm", 1, "abdi ngan ngarerepot, mending abdi teu aya di dunya"],
  ["psychological_abuse", 0, "dunungan nyebat abdi ngan ngarerepot, nyeri hate"],

  ["self_harm", 1, "abdi nyerat serat pamit kanggo ema, tos disimpen dina lomari"],
  ["go_home", 0, "abdi nyerat serat kanggo ema, bulan payun abdi uih ka lembur"],

  // ==== Malay
  ["emergency", 1, "majikan tengah tampar muka saya berkali2, dia tak berhenti"],
  ["physical_abuse", 0, "majikan lama pernah tampar muka saya, sekarang saya dah kerja tempat lain"],

  ["emergency", 1, "saya menyorok bawah katil, dia cari saya bawa pisau"],
  ["out_of_scope", 0, "saya sapu bawah katil, jumpa pisau lipat anak majikan, nak simpan mana ya"],

  ["emergency", 1, "saya baru lari dari rumah majikan, sekarang tepi jalan, takde duit, tak tahu nak pergi mana"],
  ["legal_status", 0, "kawan saya lari dari rumah majikan bulan lepas, sekarang duduk dengan sepupu, permit dia macam mana"],

  ["emergency", 1, "dia ugut nak bunuh saya malam ni, dia tengah tunggu depan bilik"],
  ["out_of_scope", 0, "dia ugut nak habiskan semua kuih raya malam ni haha, budak tu memang kuat makan"],

  ["emergency", 1, "tolong, ada orang cuba pecahkan pintu dapur, saya sorang"],
  ["out_of_scope", 0, "pintu dapur rosak, susah nak tutup, siapa boleh baiki ya"],

  ["emergency", 1, "anak majikan paksa saya masuk bilik dia, pintu dah kunci"],
  ["sexual_abuse", 0, "dulu anak majikan pernah paksa saya masuk bilik dia, saya dah berhenti kerja, boleh buat laporan?"],

  ["emergency", 1, "saya kena kurung dalam stor, dia kata saya akan mati kebulur"],
  ["overwork", 0, "saya tidur dalam stor, takde tilam, panas sangat"],

  ["emergency", 1, "majikan tengah cekik leher saya"],
  ["physical_abuse", 0, "majikan dulu pernah cekik leher saya masa marah, sekarang saya di rumah perlindungan"],

  ["emergency", 1, "ejen tarik saya masuk kereta, tak tahu nak bawa ke mana"],
  ["agency_issue", 0, "ejen nak bawa saya ke majikan baru esok, kontrak belum baca lagi"],

  ["emergency", 1, "saya kena simbah air panas tadi, dia masih marah kat dapur"],
  ["health", 0, "saya tersimbah air panas masa masak tadi, kulit merah, sapu apa"],

  ["emergency", 1, "tolong cepat, kawan serumah kena tikam"],
  ["out_of_scope", 0, "kawan serumah tengah tengok drama, watak utama kena tikam, dia menangis"],

  ["emergency", 1, "lelaki mabuk ikut saya sampai depan rumah, saya sorang, dia ketuk pintu"],
  ["out_of_scope", 0, "jiran mabuk nyanyi kuat depan rumah tiap malam, bising sangat"],

  ["emergency", 1, "saya diikat kat kerusi, mulut ditutup, baru boleh lepas sebelah tangan"],
  ["physical_abuse", 0, "tahun lepas saya pernah diikat kat kerusi oleh majikan, sekarang dah balik kampung, boleh tuntut?"],

  ["emergency", 1, "MAJIKAN BELASAH SAYA, TOLONG, DIA MASIH ADA"],
  ["contact_embassy", 0, "TOLONG BAGI NOMBOR KEDUTAAN DI KL"],

  ["emergency", 1, "majikan acu gunting ke muka saya, dia jerit nak potong lidah saya"],
  ["psychological_abuse", 0, "majikan selalu jerit kat muka saya, cakap saya bodoh, saya sedih"],

  ["self_harm", 1, "rasa macam tak guna bernyawa lagi, baik saya pergi terus"],
  ["go_home", 0, "rasa macam nak pengsan tengok harga tiket balik raya, mahal gila haha"],

  ["self_harm", 1, "saya dah telan semua pil dalam botol tu"],
  ["health", 0, "saya dah habis pil demam dalam botol tu, nak beli lagi kat mana"],

  ["self_harm", 1, "saya nak tidur dan tak bangun lagi, penat dengan semua ni"],
  ["overwork", 0, "saya nak tidur awal malam ni, penat kerja dari subuh"],

  ["self_harm", 1, "semua orang lagi senang kalau saya tiada"],
  ["psychological_abuse", 0, "majikan cakap semua orang lagi senang kalau saya tiada dalam rumah ni, sakit hati"],

  ["self_harm", 1, "tadi saya kelar lengan dengan pisau cukur, darah banyak"],
  ["health", 0, "tadi lengan saya terluka kena pisau cukur masa kemas bilik air, sikit je"],
];

/** Contrastive pairs (emergency and self_harm lines are always danger). */
export const DANGER_CORPUS_PAIRS: readonly CorpusItem[] = RAW.map(([intent, d, text]) => ({ intent, text, danger: d === 1 || intent === "emergency" || intent === "self_harm" }));
