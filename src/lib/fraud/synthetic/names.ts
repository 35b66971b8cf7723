/**
 * Name pools for the people Turno serves, each with the script(s) people type them in, the
 * nationalities and locale that go with them, and the phone country codes of those countries.
 *
 * A token is one name (a given name, a surname, a patronymic) in its own script and its Latin
 * spellings, the first being the usual one: "محمد" → Mohammed, Muhammad, Mohamed.
 */
import { pinyin } from 'pinyin-pro';

export type Token = { native: string; latin: readonly string[] };

export type NameStyle =
	'hispanic' | 'mayan' | 'western' | 'russian' | 'chinese' | 'arabic' | 'indic' | 'punjabi';

export type Origin = {
	id: string;
	style: NameStyle;
	/** Share of the population (relative). */
	weight: number;
	/** Locales with their weights: the language the group uses the site in. */
	locales: readonly (readonly [string, number])[];
	nationalities: readonly (readonly [string, number])[];
	male: readonly Token[];
	female: readonly Token[];
	surnames: readonly Token[];
	/** How often people of this origin type their name in its own (non-Latin) script. */
	nativeShare: number;
	/** Russian: patronymics (by male given name index), [male, female]. */
	patronymics?: readonly (readonly [Token, Token])[];
	/** Russian: the female form of each surname. */
	femaleSurnames?: readonly Token[];
};

const latinTokens = (list: string): Token[] =>
	list
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((s) => ({ native: s, latin: [s] }));

/** "native|Latin/Other" entries. */
const pairTokens = (list: string): Token[] =>
	list
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((s) => {
			const [native, latin] = s.split('|');
			return { native: native!, latin: latin!.split('/') };
		});

// Cyrillic → Latin: [common spelling, passport (ICAO) spelling].
const cyrillic: Record<string, [string, string]> = {
	а: ['a', 'a'],
	б: ['b', 'b'],
	в: ['v', 'v'],
	г: ['g', 'g'],
	д: ['d', 'd'],
	е: ['e', 'e'],
	ё: ['yo', 'e'],
	ж: ['zh', 'zh'],
	з: ['z', 'z'],
	и: ['i', 'i'],
	й: ['y', 'i'],
	к: ['k', 'k'],
	л: ['l', 'l'],
	м: ['m', 'm'],
	н: ['n', 'n'],
	о: ['o', 'o'],
	п: ['p', 'p'],
	р: ['r', 'r'],
	с: ['s', 's'],
	т: ['t', 't'],
	у: ['u', 'u'],
	ф: ['f', 'f'],
	х: ['kh', 'kh'],
	ц: ['ts', 'ts'],
	ч: ['ch', 'ch'],
	ш: ['sh', 'sh'],
	щ: ['shch', 'shch'],
	ъ: ['', 'ie'],
	ы: ['y', 'y'],
	ь: ['', ''],
	э: ['e', 'e'],
	ю: ['yu', 'iu'],
	я: ['ya', 'ia']
};

/** A Cyrillic name in Latin letters: scheme 0 is the everyday spelling, 1 the passport one. */
export function cyrillicToLatin(name: string, scheme: 0 | 1): string {
	let out = '';
	let wordStart = true;
	for (const ch of name) {
		const lower = ch.toLowerCase();
		const map = cyrillic[lower];
		if (!map) {
			out += ch;
			wordStart = ch === ' ' || ch === '-';
			continue;
		}
		let latin = map[scheme];
		if (scheme === 0 && wordStart && lower === 'е') latin = 'ye';
		if (ch !== lower && latin) latin = latin[0]!.toUpperCase() + latin.slice(1);
		out += latin;
		wordStart = false;
	}
	return out;
}

const cyr = (list: string): Token[] =>
	list
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((s) => {
			const a = cyrillicToLatin(s, 0);
			const b = cyrillicToLatin(s, 1);
			return { native: s, latin: a === b ? [a] : [a, b] };
		});

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Hanzi with pinyin (no tones): a surname read as a surname, a given name as one word. */
const hanzi = (list: string, surname: boolean): Token[] =>
	list
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((s) => ({
			native: s,
			latin: [
				capitalise(
					(
						pinyin(s, {
							toneType: 'none',
							type: 'array',
							...(surname ? { surname: 'head' as const } : {})
						}) as string[]
					).join('')
				)
			]
		}));

const hispanicMale = latinTokens(
	'Juan,José,Luis,Carlos,Jorge,Miguel,Pedro,Francisco,Antonio,Manuel,Jesús,Alejandro,Fernando,Ricardo,Roberto,Eduardo,Javier,Mario,Óscar,Raúl,Sergio,Andrés,Rafael,Héctor,Víctor,Julio,César,Edwin,Wilmer,Selvin,Erick,Kevin,Brayan,Anderson,Yeison,Jhon,Elmer,Nery,Byron,Marvin,Denis,Walter,Santos,Ángel,Gabriel,Daniel,David,Diego,Mateo,Samuel,Emilio,Rubén,Hugo,Álvaro,Gerardo,Ramón,Tomás,Adrián,Cristian,Josué,Orlando,Wilfredo,Osmin,Henry,Franklin,Dagoberto,Esteban,Ismael,Lorenzo,Abraham'
);
const hispanicFemale = latinTokens(
	'María,Ana,Rosa,Carmen,Sofía,Lucía,Isabel,Elena,Gabriela,Daniela,Valentina,Camila,Andrea,Paola,Karla,Yesenia,Glenda,Dilcia,Marleny,Yolanda,Blanca,Gloria,Patricia,Claudia,Sandra,Mónica,Verónica,Leticia,Josefina,Guadalupe,Marisol,Esperanza,Luz,Flor,Alejandra,Fernanda,Mariela,Dayana,Yuliana,Nayeli,Ximena,Jimena,Juana,Marta,Teresa,Silvia,Norma,Beatriz,Raquel,Liliana,Jennifer,Heidy,Wendy,Iris,Reina,Estefany,Milagro,Abigail,Noemí,Dulce,Lourdes,Ingrid,Karen,Maribel,Rocío,Yaneth,Zulma,Damaris,Keila,Johana'
);
const hispanicSurnames = latinTokens(
	'García,Rodríguez,Martínez,Hernández,López,González,Pérez,Sánchez,Ramírez,Torres,Flores,Rivera,Gómez,Díaz,Cruz,Morales,Reyes,Ortiz,Gutiérrez,Chávez,Ramos,Mendoza,Ruiz,Álvarez,Castillo,Jiménez,Vásquez,Moreno,Romero,Herrera,Medina,Aguilar,Vargas,Castro,Guzmán,Fernández,Juárez,Salazar,Mejía,Orellana,Aguirre,Rosales,Figueroa,Pineda,Zelaya,Banegas,Maldonado,Escobar,Cabrera,Ávila,Ventura,Alvarado,Arévalo,Barrios,Cardona,Cordero,Carranza,Bonilla,Cáceres,Campos,Contreras,Delgado,Domínguez,Duarte,Espinoza,Estrada,Fuentes,Galdámez,Girón,Godoy,Guerra,Hidalgo,Ibarra,Lara,Lemus,Leiva,Lobo,Lozano,Marroquín,Meléndez,Miranda,Montoya,Murillo,Navarro,Núñez,Ochoa,Osorio,Padilla,Paredes,Pacheco,Peña,Ponce,Portillo,Quintanilla,Quiñónez,Rivas,Rojas,Salgado,Sandoval,Santos,Serrano,Solís,Soto,Suazo,Tejada,Toledo,Urbina,Valle,Vega,Velásquez,Villalobos,Zamora,Zúñiga,Acosta,Benítez,Calderón,Carrillo,Colindres,Henríquez,Lazo,Mazariegos,Recinos,Argueta,Amaya,Chinchilla,Barahona,Cantarero,Euceda,Matamoros,Ordóñez,Palacios,Sosa'
);
const mayanSurnames = latinTokens(
	"Tz'ul,Tzoc,Tz'ib,Xoy,Sic,Ixcoy,Ajpacajá,Chiquival,K'iche',Q'anjob'al,B'atz',Chay,Cux,Tuy,Yax,Coc,Caal,Choc,Pop,Ical,Xol,Tiul,Cac,Chub,Tzunux,Ixquiac,Tum,Canil,Sajic,Xicay,Tzep,Ajanel,Cumes,Ajú,Tzoy,Q'uel,K'anil,Tz'unun,Ixtz'ul,B'alam,Sut,Guarchaj,Tepaz,Ixmatá,Cholotío"
);
const mayanMale = latinTokens(
	"B'alam,Tz'unun,Kawoq,Ajpop,Q'anil,Iq',K'at,Tojil,Juan,Pedro,Diego,Francisco,Tomás,Manuel,Sebastián,Gaspar,Mateo,Lucas,Baltazar,Andrés,Nicolás,Marcos,Felipe,Santiago,Jacinto"
);
const mayanFemale = latinTokens(
	"Ixchel,Ixmukané,Ixkik',Sak'ul,Ix'im,Nikte',Ixb'alam,María,Juana,Rosa,Catarina,Magdalena,Micaela,Petrona,Candelaria,Tomasa,Manuela,Sebastiana,Lucía,Ana,Francisca,Dominga,Isabela,Ixkem,Ajq'ij"
);

const haitianMale = latinTokens(
	'Jean,Pierre,Jacques,Wilner,Frantz,Jean-Baptiste,Lesly,Ronald,Evens,Wilson,Stanley,Jonel,Dieudonné,Fritznel,Wisly,Jameson,Réginald,Emmanuel,Joseph,Samuel,Guerby,Ernst,Patrick,Rodney,Jean-Claude,Kervens,Mackenson,Widlet,Ronaldo,Jean-Robert,Lucner,Mérilien,Sonel,Ylrick,Wesner'
);
const haitianFemale = latinTokens(
	'Marie,Rose,Nadège,Wideline,Guerline,Roseline,Mirlande,Fabiola,Nathalie,Jocelyne,Lovely,Darline,Esther,Mylène,Fabienne,Manoucheka,Bernadette,Chantale,Islande,Judeline,Kettly,Lourdia,Magalie,Nadia,Rose-Marie,Sherline,Vanessa,Widline,Yolette,Marie-Carmelle,Nerlande,Phanise,Rosemène,Sophonie,Taïna'
);
const haitianSurnames = latinTokens(
	'Joseph,Jean-Louis,Pierre,Louis,Charles,Baptiste,François,Jean-Baptiste,Célestin,Dorvil,Désir,Étienne,Augustin,Bien-Aimé,Alexis,Saint-Fleur,Saint-Louis,Noël,Michel,Paul,Florestal,Dorcé,Exantus,Fleurant,Guerrier,Jeune,Lafortune,Laguerre,Metellus,Mondésir,Petit-Frère,Philogène,Pierre-Louis,Valcourt,Vilsaint,Toussaint,Théodore,Lamour,Jules,Cadet,Dorméus,Estimé,Jean-Pierre,Lindor,Séraphin'
);

const brazilMale = latinTokens(
	'João,Pedro,Lucas,Gabriel,Matheus,Rafael,Gustavo,Felipe,Bruno,Thiago,Rodrigo,Marcelo,Leonardo,Vinícius,Eduardo,Diego,André,Paulo,Carlos,Antônio,Francisco,Luiz,Fábio,Márcio,Sérgio,Wellington,Anderson,Cleiton,Davi,Heitor,Caio,Renato,Otávio,Júlio,Samuel'
);
const brazilFemale = latinTokens(
	'Ana,Maria,Juliana,Fernanda,Patrícia,Aline,Camila,Amanda,Bruna,Letícia,Larissa,Beatriz,Mariana,Gabriela,Jéssica,Vanessa,Tatiane,Luana,Raquel,Sônia,Cláudia,Adriana,Débora,Priscila,Rafaela,Renata,Simone,Viviane,Thaís,Lívia,Daniela,Márcia,Rosângela,Eliane,Carolina'
);
const brazilSurnames = latinTokens(
	'Silva,Santos,Oliveira,Souza,Rodrigues,Ferreira,Alves,Pereira,Lima,Gomes,Costa,Ribeiro,Martins,Carvalho,Almeida,Lopes,Soares,Fernandes,Vieira,Barbosa,Rocha,Dias,Nascimento,Andrade,Moreira,Nunes,Marques,Machado,Mendes,Freitas,Cardoso,Ramos,Gonçalves,Santana,Teixeira,Araújo,Pinto,Correia,Monteiro,Cavalcanti,Batista,Borges,Campos,Azevedo,Moura'
);

const africaMale = latinTokens(
	'Mamadou,Ibrahima,Moussa,Ousmane,Abdoulaye,Cheikh,Souleymane,Amadou,Alpha,Boubacar,Kouassi,Yao,Koffi,Serge,Christian,Patrick,Olivier,Guy,Jean-Pierre,Désiré,Fiston,Blaise,Trésor,Héritier,Landry,Arsène,Lamine,Sékou,Modibo,Aliou,Bakary,Dieudonné,Junior,Rodrigue,Thierry'
);
const africaFemale = latinTokens(
	'Aminata,Fatoumata,Mariama,Aïssatou,Awa,Kadiatou,Fanta,Ramatoulaye,Ndèye,Adjoa,Akissi,Affoué,Grâce,Merveille,Chancelle,Divine,Espérance,Solange,Béatrice,Clarisse,Josiane,Odette,Pascaline,Rachelle,Hawa,Oumou,Safiatou,Bintou,Mireille,Gloria,Naomie,Ruth,Sandrine,Francine,Prisca'
);
const africaSurnames = latinTokens(
	"Diallo,Bah,Barry,Sow,Camara,Traoré,Touré,Keïta,Cissé,Diop,Ndiaye,Fall,Sy,Konaté,Coulibaly,Koné,Ouattara,Kouamé,N'Guessan,Kouadio,Tshibangu,Kabongo,Mukendi,Ilunga,Mbuyi,Kalala,Nkulu,Lukusa,Mbarga,Nkodo,Fotso,Kamga,Tchinda,Ngono,Essomba,Sangaré,Kanté,Doumbia,Soumah,Condé,Mbemba,Kasongo,Tshilombo,Nzeyimana,Kabeya"
);

const russianMaleEntries =
	'Александр|Александрович|Александровна,Дмитрий|Дмитриевич|Дмитриевна,Сергей|Сергеевич|Сергеевна,Андрей|Андреевич|Андреевна,Алексей|Алексеевич|Алексеевна,Иван|Иванович|Ивановна,Максим|Максимович|Максимовна,Михаил|Михайлович|Михайловна,Николай|Николаевич|Николаевна,Владимир|Владимирович|Владимировна,Евгений|Евгеньевич|Евгеньевна,Павел|Павлович|Павловна,Артём|Артёмович|Артёмовна,Игорь|Игоревич|Игоревна,Олег|Олегович|Олеговна,Юрий|Юрьевич|Юрьевна,Виктор|Викторович|Викторовна,Роман|Романович|Романовна,Денис|Денисович|Денисовна,Антон|Антонович|Антоновна,Кирилл|Кириллович|Кирилловна,Никита|Никитич|Никитична,Илья|Ильич|Ильинична,Владислав|Владиславович|Владиславовна,Георгий|Георгиевич|Георгиевна,Константин|Константинович|Константиновна,Вадим|Вадимович|Вадимовна,Григорий|Григорьевич|Григорьевна,Тимур|Тимурович|Тимуровна,Руслан|Русланович|Руслановна,Борис|Борисович|Борисовна,Леонид|Леонидович|Леонидовна,Степан|Степанович|Степановна,Фёдор|Фёдорович|Фёдоровна,Егор|Егорович|Егоровна'.split(
		','
	);
const russianMale = cyr(russianMaleEntries.map((e) => e.split('|')[0]!).join(','));
const russianPatronymics = russianMaleEntries.map((e) => {
	const [, m, f] = e.split('|');
	return [cyr(m!)[0]!, cyr(f!)[0]!] as const;
});
const russianFemale = cyr(
	'Анна,Мария,Елена,Ольга,Наталья,Татьяна,Ирина,Екатерина,Светлана,Юлия,Анастасия,Дарья,Ксения,Марина,Людмила,Галина,Виктория,Полина,Алина,Вера,Надежда,Любовь,Софья,Евгения,Валентина,Кристина,Алёна,Яна,Оксана,Елизавета,Вероника,Лариса,Жанна,Нина,Зоя'
);
const russianSurnameList =
	'Иванов,Смирнов,Кузнецов,Попов,Васильев,Петров,Соколов,Михайлов,Новиков,Фёдоров,Морозов,Волков,Алексеев,Лебедев,Семёнов,Егоров,Павлов,Козлов,Степанов,Николаев,Орлов,Андреев,Макаров,Никитин,Захаров,Зайцев,Соловьёв,Борисов,Яковлев,Григорьев,Романов,Воробьёв,Сергеев,Кузьмин,Фролов,Александров,Дмитриев,Королёв,Гусев,Киселёв,Ильин,Максимов,Поляков,Сорокин,Виноградов,Ковалёв,Белов,Медведев,Антонов,Тарасов,Жуков,Баранов,Филиппов,Комаров,Давыдов,Беляев,Герасимов,Богданов,Осипов,Сидоров,Матвеев,Титов,Марков,Миронов,Крылов,Куликов,Карпов,Власов,Мельников,Денисов,Гаврилов,Тихонов,Казаков,Афанасьев,Данилов,Савельев,Тимофеев,Фомин,Чернов,Абрамов,Мартынов,Ефимов,Щербаков,Назаров,Калинин,Исаев,Быков,Маслов,Родионов,Коновалов,Лазарев,Воронин,Климов,Филатов,Голубев,Кудрявцев,Прохоров,Наумов,Потапов,Журавлёв,Трофимов,Леонов,Соболев,Ермаков,Колесников,Гончаров,Емельянов,Никифоров,Котов,Гришин,Архипов,Громов,Кириллов,Малышев,Панов,Моисеев,Румянцев,Акимов,Бирюков,Горбунов,Галкин,Лукьянов,Скворцов,Юдин,Белоусов,Нестеров,Симонов,Харитонов,Князев,Цветков,Левин,Воронцов,Рыбаков,Ершов,Жданов,Островский,Яблонский,Высоцкий,Шевченко,Бондаренко,Коваленко,Ткаченко';
const russianSurnames = cyr(russianSurnameList);
const feminine = (s: string) =>
	/(ов|ев|ёв|ин|ын)$/.test(s)
		? s + 'а'
		: /ский$/.test(s)
			? s.replace(/ский$/, 'ская')
			: /цкий$/.test(s)
				? s.replace(/цкий$/, 'цкая')
				: s;
const russianFemaleSurnames = cyr(russianSurnameList.split(',').map(feminine).join(','));

const chineseSurnames = hanzi(
	'王,李,张,刘,陈,杨,黄,赵,吴,周,徐,孙,马,朱,胡,郭,何,高,林,罗,郑,梁,谢,宋,唐,许,韩,冯,邓,曹,彭,曾,肖,田,董,袁,潘,于,蒋,蔡,余,杜,叶,程,苏,魏,吕,丁,任,沈',
	true
);
/** Characters that given names are made of (one or two of them). */
export const chineseGivenMale = hanzi(
	'伟,强,磊,军,洋,勇,杰,涛,明,超,刚,建,文,辉,宇,浩,俊,鹏,志,海,飞,凯,瑞,博,泽,国,东,林,峰,斌,龙,成,健,鑫,昊',
	false
);
export const chineseGivenFemale = hanzi(
	'芳,娜,秀,英,敏,静,丽,艳,娟,霞,平,桂,华,玉,萍,红,欣,怡,佳,婷,雪,琳,晨,晓,梦,嘉,涵,雨,颖,慧,宁,玲,春,兰,思',
	false
);

const arabicMale = pairTokens(
	'محمد|Mohammed/Muhammad/Mohamed,أحمد|Ahmed/Ahmad,علي|Ali,حسن|Hassan/Hasan,حسين|Hussein/Hussain,عمر|Omar/Umar,خالد|Khaled/Khalid,يوسف|Youssef/Yusuf/Yousef,إبراهيم|Ibrahim/Ebrahim,عبدالله|Abdullah/Abdallah,مصطفى|Mustafa/Moustafa,محمود|Mahmoud/Mahmud,سامي|Sami,طارق|Tarek/Tariq,كريم|Karim/Kareem,وليد|Walid/Waleed,ماجد|Majed/Majid,فيصل|Faisal/Faysal,سعيد|Said/Saeed,ناصر|Nasser/Naser,جمال|Jamal/Gamal,عادل|Adel/Adil,رامي|Rami,باسل|Basel/Basil,زياد|Ziad/Ziyad,هشام|Hisham/Hesham,صالح|Saleh/Salih,منصور|Mansour/Mansur,أنس|Anas,بلال|Bilal/Belal,عماد|Imad/Emad,مراد|Murad/Mourad,نبيل|Nabil/Nabeel,ياسر|Yasser/Yasir,سليمان|Suleiman/Sulaiman,عثمان|Othman/Osman,إسماعيل|Ismail/Ismael,حمزة|Hamza/Hamzah,أيمن|Ayman/Aymen,عمرو|Amr/Amro'
);
const arabicFemale = pairTokens(
	'فاطمة|Fatima/Fatma,عائشة|Aisha/Aicha,مريم|Maryam/Mariam,زينب|Zainab/Zeinab,خديجة|Khadija/Khadeeja,نور|Nour/Noor,سارة|Sara/Sarah,ليلى|Layla/Leila,هدى|Huda/Hoda,أمل|Amal,رنا|Rana,دينا|Dina,سلمى|Salma,ياسمين|Yasmin/Yasmine,رانيا|Rania,هبة|Heba/Hiba,إيمان|Iman/Eman,منى|Mona/Muna,سمر|Samar,ريم|Reem/Rim,لينا|Lina,نادية|Nadia,سعاد|Souad/Suad,حنان|Hanan,آمنة|Amina/Amna,رشا|Rasha,شيماء|Shaimaa/Shaima,ولاء|Walaa,أسماء|Asmaa/Asma,دعاء|Doaa/Duaa'
);
const arabicSurnames = pairTokens(
	'الأحمد|Al-Ahmad/Alahmad,الحسن|Al-Hassan/Alhassan,العلي|Al-Ali/Alali,الخطيب|Al-Khatib/Alkhatib,النجار|Al-Najjar/Alnajjar,الشامي|Al-Shami/Alshami,المصري|Al-Masri/El-Masry,حداد|Haddad,خليل|Khalil,عثمان|Osman/Othman,منصور|Mansour,عبدالرحمن|Abdelrahman/Abdulrahman,الزين|Al-Zein/Elzein,حمدان|Hamdan,قاسم|Kassem/Qasim,عيسى|Issa/Eisa,درويش|Darwish,الحلبي|Al-Halabi/Alhalabi,العمر|Al-Omar/Alomar,الحمود|Al-Hamoud,السيد|El-Sayed/Elsayed,الطويل|Al-Tawil,بكر|Bakr/Bakir,جابر|Jaber/Jabir,نصر|Nasr,الفارس|Al-Fares,سعد|Saad,الرفاعي|Al-Rifai,الكردي|Al-Kurdi,الشريف|Al-Sharif/El-Sherif,عوض|Awad,موسى|Mousa/Musa,الجبوري|Al-Jubouri/Aljuboori,البغدادي|Al-Baghdadi,الحسيني|Al-Husseini,الصباغ|Al-Sabbagh,عبدالعزيز|Abdelaziz/Abdulaziz,الدوري|Al-Douri,مكي|Makki,شحادة|Shehadeh/Shehada'
);

const turkishMale = latinTokens(
	'Mehmet,Mustafa,Ahmet,Ali,Hüseyin,Hasan,İbrahim,İsmail,Osman,Yusuf,Murat,Ömer,Ramazan,Halil,Süleyman,Abdullah,Mahmut,Recep,Emre,Burak,Serkan,Yasin,Kemal,Fatih,Tolga,Oğuz,Barış,Çağrı,Uğur,Eren,Furkan,Gökhan,Selim,Volkan,Onur,Kaan,Can,Enes,Berk,Arda'
);
const turkishFemale = latinTokens(
	'Fatma,Ayşe,Emine,Hatice,Zeynep,Elif,Meryem,Şerife,Zehra,Sultan,Hanife,Merve,Özlem,Esra,Büşra,Gül,Derya,Ebru,Seda,Tuğba,Yasemin,Hülya,Songül,Gülşen,Dilek,Sevgi,Aysel,Nur,Kübra,İrem,Ceren,Selin,Aslı,Pınar,Şeyma,Nazlı,Damla,Cansu,Burcu,Gizem'
);
const turkishSurnames = latinTokens(
	'Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,Arslan,Doğan,Kılıç,Aslan,Çetin,Kara,Koç,Kurt,Özkan,Şimşek,Polat,Özcan,Korkmaz,Çakır,Erdoğan,Yavuz,Acar,Şen,Aktaş,Güler,Yalçın,Güneş,Bozkurt,Bulut,Keskin,Ünal,Turan,Özer,Işık,Kaplan,Avcı,Sarı,Tekin,Taş,Köse,Yüksel,Ateş,Aksoy,Uçar,Karataş,Tunç,Duman,Erdem,Akgül,Bayram,Coşkun,Altun,Karaca'
);

const hindiMale = pairTokens(
	'राहुल|Rahul,अमित|Amit,सुनील|Sunil,अनिल|Anil,राजेश|Rajesh,संजय|Sanjay,विजय|Vijay,मनोज|Manoj,रवि|Ravi,अजय|Ajay,दीपक|Deepak/Dipak,अशोक|Ashok,सुरेश|Suresh,रमेश|Ramesh,विकास|Vikas,अंकित|Ankit,रोहित|Rohit,आकाश|Akash,नितिन|Nitin,प्रदीप|Pradeep/Pradip,मुकेश|Mukesh,विशाल|Vishal,अर्जुन|Arjun,करण|Karan,हर्ष|Harsh,आदित्य|Aditya,सौरभ|Saurabh/Sourabh,गौरव|Gaurav,प्रशांत|Prashant,योगेश|Yogesh,हितेश|Hitesh,जिग्नेश|Jignesh,भावेश|Bhavesh,केतन|Ketan,धर्मेश|Dharmesh'
);
const hindiFemale = pairTokens(
	'प्रिया|Priya,पूजा|Pooja/Puja,सुनीता|Sunita,अनीता|Anita,नेहा|Neha,रेखा|Rekha,कविता|Kavita,सीमा|Seema/Sima,ममता|Mamta,गीता|Geeta/Gita,आरती|Aarti/Arti,अंजलि|Anjali,दिव्या|Divya,ज्योति|Jyoti,मीना|Meena,शालिनी|Shalini,स्वाति|Swati,रीना|Reena,सरिता|Sarita,पायल|Payal,निशा|Nisha,किरण|Kiran,लक्ष्मी|Lakshmi/Laxmi,सोनिया|Sonia,राधा|Radha,काजल|Kajal,भावना|Bhavna/Bhavana,उषा|Usha,माया|Maya,हेतल|Hetal'
);
const hindiSurnames = pairTokens(
	'शर्मा|Sharma,वर्मा|Verma,गुप्ता|Gupta,यादव|Yadav,पटेल|Patel,जैन|Jain,मिश्रा|Mishra,पांडे|Pandey/Pande,तिवारी|Tiwari,चौहान|Chauhan,ठाकुर|Thakur,राठौर|Rathore/Rathod,अग्रवाल|Agarwal/Aggarwal,मेहता|Mehta,शाह|Shah,देसाई|Desai,जोशी|Joshi,चौधरी|Chaudhary/Choudhary,दुबे|Dubey/Dube,त्रिपाठी|Tripathi,श्रीवास्तव|Srivastava,सक्सेना|Saxena,भट्ट|Bhatt,रावत|Rawat,नेगी|Negi,मौर्य|Maurya,प्रजापति|Prajapati,सोलंकी|Solanki,परमार|Parmar'
);
/** Middle names that many Hindi speakers add: [male, female]. */
export const hindiMiddle = pairTokens('कुमार|Kumar,कुमारी|Kumari,देवी|Devi');

const punjabiMale = pairTokens(
	'ਗੁਰਪ੍ਰੀਤ|Gurpreet,ਹਰਪ੍ਰੀਤ|Harpreet,ਮਨਪ੍ਰੀਤ|Manpreet,ਜਸਪ੍ਰੀਤ|Jaspreet,ਅਮਨਦੀਪ|Amandeep,ਗਗਨਦੀਪ|Gagandeep,ਹਰਜੀਤ|Harjeet/Harjit,ਸੁਖਵਿੰਦਰ|Sukhwinder/Sukhvinder,ਕੁਲਵਿੰਦਰ|Kulwinder/Kulvinder,ਬਲਜੀਤ|Baljit/Baljeet,ਰਣਜੀਤ|Ranjit/Ranjeet,ਜਗਮੀਤ|Jagmeet,ਹਰਮਨ|Harman,ਨਵਜੋਤ|Navjot,ਲਵਪ੍ਰੀਤ|Lovepreet,ਅਰਸ਼ਦੀਪ|Arshdeep,ਗੁਰਜੀਤ|Gurjit/Gurjeet,ਜਸਵੀਰ|Jasvir/Jasveer,ਪਰਮਜੀਤ|Paramjit/Paramjeet,ਇੰਦਰਜੀਤ|Inderjit/Inderjeet,ਕਰਨਵੀਰ|Karanvir/Karanveer,ਤੇਜਿੰਦਰ|Tejinder'
);
const punjabiFemale = pairTokens(
	'ਸਿਮਰਨ|Simran,ਮਨਜੀਤ|Manjeet/Manjit,ਰਾਜਵਿੰਦਰ|Rajwinder/Rajvinder,ਜਸਲੀਨ|Jasleen,ਨਵਨੀਤ|Navneet,ਸੁਖਪ੍ਰੀਤ|Sukhpreet,ਪ੍ਰਭਜੋਤ|Prabhjot,ਰਮਨਦੀਪ|Ramandeep,ਕਿਰਨਦੀਪ|Kirandeep,ਹਰਲੀਨ|Harleen,ਗੁਰਲੀਨ|Gurleen,ਅਮਰਜੀਤ|Amarjit/Amarjeet,ਬਲਵਿੰਦਰ|Balwinder/Balvinder,ਜਸਮੀਨ|Jasmeen/Jasmine,ਮਨਦੀਪ|Mandeep,ਪਰਮਿੰਦਰ|Parminder,ਰੁਪਿੰਦਰ|Rupinder,ਸੰਦੀਪ|Sandeep,ਤਰਨਜੀਤ|Taranjit/Taranjeet,ਗੁਰਪ੍ਰੀਤ|Gurpreet'
);
const punjabiSurnames = pairTokens(
	'ਸੰਧੂ|Sandhu,ਗਿੱਲ|Gill,ਸਿੱਧੂ|Sidhu,ਬਰਾੜ|Brar,ਢਿੱਲੋਂ|Dhillon,ਗਰੇਵਾਲ|Grewal,ਧਾਲੀਵਾਲ|Dhaliwal,ਮਾਨ|Mann/Maan,ਬਾਜਵਾ|Bajwa,ਚੀਮਾ|Cheema,ਰੰਧਾਵਾ|Randhawa,ਸੈਣੀ|Saini,ਕੰਗ|Kang,ਬੈਂਸ|Bains,ਔਲਖ|Aulakh,ਵਿਰਕ|Virk,ਚਾਹਲ|Chahal,ਖਹਿਰਾ|Khehra/Khaira,ਸੇਖੋਂ|Sekhon,ਥਿੰਦ|Thind,ਸੋਹਲ|Sohal,ਭੁੱਲਰ|Bhullar'
);
/** Sikh middle names: [Singh, Kaur]. */
export const punjabiMiddle = pairTokens('ਸਿੰਘ|Singh,ਕੌਰ|Kaur');

export const origins: readonly Origin[] = [
	{
		id: 'hispanic',
		style: 'hispanic',
		weight: 42,
		locales: [
			['es', 95],
			['en', 5]
		],
		nationalities: [
			['HN', 22],
			['GT', 18],
			['MX', 18],
			['SV', 12],
			['VE', 12],
			['CO', 8],
			['NI', 4],
			['EC', 4],
			['CU', 3],
			['PE', 2]
		],
		male: hispanicMale,
		female: hispanicFemale,
		surnames: hispanicSurnames,
		nativeShare: 1
	},
	{
		id: 'mayan',
		style: 'mayan',
		weight: 7,
		locales: [
			['quc', 55],
			['es', 45]
		],
		nationalities: [
			['GT', 92],
			['MX', 8]
		],
		male: mayanMale,
		female: mayanFemale,
		surnames: mayanSurnames,
		nativeShare: 1
	},
	{
		id: 'haitian',
		style: 'western',
		weight: 9,
		locales: [
			['ht', 72],
			['fr', 22],
			['es', 6]
		],
		nationalities: [['HT', 1]],
		male: haitianMale,
		female: haitianFemale,
		surnames: haitianSurnames,
		nativeShare: 1
	},
	{
		id: 'brazilian',
		style: 'western',
		weight: 6,
		locales: [['pt', 1]],
		nationalities: [['BR', 1]],
		male: brazilMale,
		female: brazilFemale,
		surnames: brazilSurnames,
		nativeShare: 1
	},
	{
		id: 'francophone-africa',
		style: 'western',
		weight: 6,
		locales: [
			['fr', 92],
			['en', 8]
		],
		nationalities: [
			['GN', 22],
			['SN', 20],
			['CD', 20],
			['CM', 15],
			['CI', 15],
			['ML', 8]
		],
		male: africaMale,
		female: africaFemale,
		surnames: africaSurnames,
		nativeShare: 1
	},
	{
		id: 'russian',
		style: 'russian',
		weight: 7,
		locales: [['ru', 1]],
		nationalities: [
			['RU', 85],
			['BY', 8],
			['KZ', 7]
		],
		male: russianMale,
		female: russianFemale,
		surnames: russianSurnames,
		femaleSurnames: russianFemaleSurnames,
		patronymics: russianPatronymics,
		nativeShare: 0.72
	},
	{
		id: 'chinese',
		style: 'chinese',
		weight: 6,
		locales: [
			['zh', 94],
			['en', 6]
		],
		nationalities: [['CN', 1]],
		male: chineseGivenMale,
		female: chineseGivenFemale,
		surnames: chineseSurnames,
		nativeShare: 0.68
	},
	{
		id: 'arabic',
		style: 'arabic',
		weight: 5,
		locales: [
			['ar', 90],
			['en', 6],
			['fr', 4]
		],
		nationalities: [
			['SY', 22],
			['EG', 20],
			['YE', 14],
			['SD', 14],
			['MA', 10],
			['LB', 7],
			['JO', 6],
			['IQ', 7]
		],
		male: arabicMale,
		female: arabicFemale,
		surnames: arabicSurnames,
		nativeShare: 0.55
	},
	{
		id: 'turkish',
		style: 'western',
		weight: 4,
		locales: [['tr', 1]],
		nationalities: [['TR', 1]],
		male: turkishMale,
		female: turkishFemale,
		surnames: turkishSurnames,
		nativeShare: 1
	},
	{
		id: 'hindi',
		style: 'indic',
		weight: 4,
		locales: [
			['hi', 85],
			['en', 15]
		],
		nationalities: [['IN', 1]],
		male: hindiMale,
		female: hindiFemale,
		surnames: hindiSurnames,
		nativeShare: 0.4
	},
	{
		id: 'punjabi',
		style: 'punjabi',
		weight: 4,
		locales: [
			['pa', 80],
			['hi', 5],
			['en', 15]
		],
		nationalities: [['IN', 1]],
		male: punjabiMale,
		female: punjabiFemale,
		surnames: punjabiSurnames,
		nativeShare: 0.35
	}
];

/** Calling codes, mobile prefixes and the length of the national number (prefix included). */
export const phonePlans: Record<
	string,
	{ code: string; prefixes: readonly string[]; national: number }
> = {
	US: {
		code: '1',
		prefixes: ['713', '832', '214', '210', '915', '213', '602', '312', '718', '305', '404', '702'],
		national: 10
	},
	MX: {
		code: '52',
		prefixes: ['55', '33', '81', '664', '656', '868', '899', '867', '631', '686'],
		national: 10
	},
	GT: { code: '502', prefixes: ['3', '4', '5'], national: 8 },
	HN: { code: '504', prefixes: ['3', '8', '9'], national: 8 },
	SV: { code: '503', prefixes: ['6', '7'], national: 8 },
	NI: { code: '505', prefixes: ['8'], national: 8 },
	CO: { code: '57', prefixes: ['300', '310', '311', '320'], national: 10 },
	VE: { code: '58', prefixes: ['412', '414', '424'], national: 10 },
	EC: { code: '593', prefixes: ['98', '99'], national: 9 },
	CU: { code: '53', prefixes: ['5'], national: 8 },
	PE: { code: '51', prefixes: ['9'], national: 9 },
	HT: { code: '509', prefixes: ['3', '4'], national: 8 },
	BR: { code: '55', prefixes: ['119', '219', '319', '419'], national: 11 },
	GN: { code: '224', prefixes: ['62', '66'], national: 9 },
	SN: { code: '221', prefixes: ['77', '78'], national: 9 },
	CD: { code: '243', prefixes: ['81', '82', '99'], national: 9 },
	CM: { code: '237', prefixes: ['67', '69'], national: 9 },
	CI: { code: '225', prefixes: ['07', '05'], national: 10 },
	ML: { code: '223', prefixes: ['7'], national: 8 },
	RU: { code: '7', prefixes: ['9'], national: 10 },
	BY: { code: '375', prefixes: ['29', '33'], national: 9 },
	KZ: { code: '7', prefixes: ['70'], national: 10 },
	CN: { code: '86', prefixes: ['13', '15', '18'], national: 11 },
	SY: { code: '963', prefixes: ['9'], national: 9 },
	EG: { code: '20', prefixes: ['10', '11', '12'], national: 10 },
	YE: { code: '967', prefixes: ['7'], national: 9 },
	SD: { code: '249', prefixes: ['9'], national: 9 },
	MA: { code: '212', prefixes: ['6'], national: 9 },
	LB: { code: '961', prefixes: ['3', '7'], national: 8 },
	JO: { code: '962', prefixes: ['7'], national: 9 },
	IQ: { code: '964', prefixes: ['77', '78'], national: 10 },
	TR: { code: '90', prefixes: ['5'], national: 10 },
	IN: { code: '91', prefixes: ['9', '8', '7'], national: 10 }
};
