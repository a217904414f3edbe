-- A database written by schema version 2 (the sample articles imported), for upgrade tests.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE import_runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        paths TEXT NOT NULL,
        imported INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        refused INTEGER NOT NULL DEFAULT 0,
        incidents_added INTEGER NOT NULL DEFAULT 0,
        version TEXT NOT NULL
    );
CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        title TEXT,
        outlet TEXT,
        author TEXT,
        url TEXT,
        published TEXT,
        published_source TEXT NOT NULL CHECK (published_source IN
            ('metadata', 'manifest', 'user', 'dateline', 'estimated', 'unknown')),
        published_note TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        import_run_id INTEGER REFERENCES import_runs(id)
    );
CREATE INDEX documents_file_name ON documents(file_name);
CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        date_start TEXT NOT NULL,
        date_end TEXT NOT NULL,
        precision TEXT NOT NULL CHECK (precision IN ('day', 'week', 'month', 'range', 'year')),
        date_note TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        location TEXT,
        terms TEXT NOT NULL DEFAULT '',
        source_count INTEGER NOT NULL DEFAULT 0,
        CHECK (date_end >= date_start)
    );
CREATE INDEX incidents_date ON incidents(date_start, id);
CREATE INDEX incidents_kind_date ON incidents(kind, date_start, id);
CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group')),
        title TEXT
    );
CREATE TABLE aliases (
        id INTEGER PRIMARY KEY,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        UNIQUE (actor_id, alias, document_id)
    );
CREATE INDEX aliases_alias ON aliases(alias);
CREATE TABLE incident_actors (
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        role TEXT,
        PRIMARY KEY (incident_id, actor_id)
    );
CREATE INDEX incident_actors_actor ON incident_actors(actor_id, incident_id);
CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        quote TEXT NOT NULL,
        context_before TEXT NOT NULL DEFAULT '',
        context_after TEXT NOT NULL DEFAULT '',
        date_text TEXT,
        date_start TEXT,
        date_end TEXT,
        precision TEXT,
        is_dated INTEGER NOT NULL,
        durations TEXT NOT NULL DEFAULT '',
        CHECK (end > start AND start >= 0)
    );
CREATE INDEX evidence_incident ON evidence(incident_id, document_id, start);
CREATE INDEX evidence_document ON evidence(document_id, start);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
CREATE VIRTUAL TABLE incidents_fts USING fts5(title, passages, actors);
CREATE INDEX incidents_timeline ON incidents(date_start, date_end, id);
INSERT INTO import_runs (id,started_at,finished_at,paths,imported,unchanged,refused,incidents_added,version) VALUES (1,'2026-12-02T03:57:41+00:00','2026-12-02T03:57:41+00:00','["seeds"]',5,0,0,14,'0.1.0');
INSERT INTO documents (id,file_name,path,sha256,title,outlet,author,url,published,published_source,published_note,text,imported_at,import_run_id) VALUES (1,'000_01ca550ca98c5542.txt','seeds/000_01ca550ca98c5542.txt','cde0c6704687e36da81fc7552da412925fd90601b34b0dd997a4996c83527ae2',NULL,NULL,NULL,NULL,'2018-07-30','dateline','dateline “date 2018-07-30”',' date 2018-07-30 PORTLAND, Ore. – Mayor Ted Wheeler is being accused of violating the U.S. Constitution after city police didn''t respond to some 911 calls placed by federal immigration employees during a five-week-long protest in Southwest Portland.

The union representing U.S. Immigration and Customs Enforcement employees alleges Wheeler violated the 14th Amendment, which guarantees citizens equal protection of law enforcement.

Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler on Monday.

“Your policy of not providing police services to employees of ICE creates a class of people based upon their source of income,” Riddell wrote.

Occupy ICE PDX started protesting at the Southwest Portland ICE holding facility in mid-June, in response to the Trump administration’s policy of separating migrant families at the border.

Protesters shut down the ICE office for about two weeks, in part due to employee security concerns. The ICE office reopened in early July and the protest was disbanded by Portland police on July 25 amid health and safety issues present at the camp.

On June 20, the day the protest first shut down the ICE facility, Mayor Wheeler – who is also the police commissioner – announced he would not involve the city’s police department in the protest.

"I want to be very clear that I do not want the Portland police to be engaged or sucked into a conflict, particularly from a federal agency that I believe is on the wrong track. If they are looking for a bailout from this mayor, they are looking in the wrong place," Wheeler said.

Internal Department of Homeland Security documents show an ICE employee called 911 on two separate occasions after protesters allegedly harassed him.

On the first occasion, the ICE employee said Portland police never showed up.

On June 19, protesters threatened to beat up the employee and surrounded his car, the employee wrote in a complaint. When he called 911, officers never showed up and instead told him to meet him at a different location to file a police report.

The employee said he then drove to pick up his daughter from summer camp. When he arrived, he said two protesters were parked behind him, yelling “Nazi” and “Gestapo.” He said the protesters’ car followed him as he was driving home. He called police again and was told to call Federal Protective Services.

On July 9, the employee said a protester asked him whether he was an ICE employee and then started following him. The employee called 911 and reported the harassment. Several other protesters surrounded the employee, he said, and the employee showed his concealed weapon. A police officer arrived and removed his weapon, and asked for identification and his weapons permit, the employee wrote. Federal Protective Services arrived and Portland police released the employee to federal custody, the employee wrote.

The mayor’s office said lawyers are reviewing the letter.

','2026-12-02T03:57:41+00:00',1);
INSERT INTO documents (id,file_name,path,sha256,title,outlet,author,url,published,published_source,published_note,text,imported_at,import_run_id) VALUES (2,'001_19fd34cc00d73f13.txt','seeds/001_19fd34cc00d73f13.txt','aa0924a3aa8c98007380a3d07b333f00ce25bb9d3793d14ce1074803d43ed8a5','ICE Union Say Portland Mayor Ordered Police Not To Help Off-Duty ICE Employees',NULL,NULL,NULL,'2018-07-30','estimated','the latest date the article mentions','• Search

ICE Union Say Portland Mayor Ordered Police Not To Help Off-Duty ICE Employees

The union that represents ICE employees has sent a "cease and desist" letter to the Portland mayor''s office.

Portland, OR – When the Portland mayor refused to allow the Portland police to assist federal agents with protecting the U.S. Immigration and Customs Enforcement (ICE) offices, he also ordered them not to provide police services to ICE employees when they were off duty.

Now an attorney representing the union for those ICE employees has filed a “cease and desist” order against Portland Mayor Ted Wheeler on the grounds his stand-down order was a violation of the 14th Amendment, which says no state may deprive its citizens of equal protection by the law, KOIN reported.

“Your policy has created a zone of terror and lawlessness. We ask that you end your policy of not responding to calls for police services from ICE employees immediately,” read the letter from attorney Sean Riddell to the Portland Mayor on behalf of the ICE employees’ union.

“Our membership has been the subjected to threats of physical violence and harassment since you announced your policy,” the letter said.

Protesters set up a tent city along the sidewalk in front of the ICE service center in Portland for five weeks, during which time Wheeler refused to allow the Portland police to assist ICE employees in any way, the letter claims.

When ICE employees had trouble leaving work because protesters were surrounding their cars, or in one case, when protesters followed an employee and harassed him at his home, Portland police refused to respond on orders of the mayor, according to FOX & Friends.

The Portland mayor took an early hard stance against helping ICE early in the protest cycle, and at one point demonstrators succeeded in shutting down the ICE offices for an entire week, KOIN reported.

“I want to be very clear I do not want the @PortlandPolice to be engaged or sucked into a conflict, particularly from a federal agency that I believe is on the wrong track,” Wheeler tweeted on June 20.

On Monday, Riddell sent the “cease and desist” letter to the mayor on behalf of the National Immigration and Customs Enforcement Council that said denying ICE employees basic police services because of where they work is a violation of the U.S. Constitution.

“Mister Wheeler cannot create a subset of citizens that do not rate equal protection or government assets or government facilities based on their source of income,” Riddell said.

The letter accused the mayor of targeting a specific group of people in violation of the 14th Amendment.

“As you are aware, the 14th Amendment forbids the government from denying any person or persons equal protection of the laws. Your policy of not providing police services to employees of ICE creates a class of people based upon their source of income,” Riddell spelled out the problem clearing in his July 30 letter to the mayor of Portland.

“You have failed to articulate why these people deserve to be the target of your ire and, you have failed to articulate the legitimate government interest protected or supported by your targeting of hardworking citizens,” the “cease and desist” letter read.

The letter, which threatened federal litigation should the Portland Police Department continue to ignore calls from ICE employees, broke down the dispute into simple language.

“We understand that you have a difference of opinion with the current President of the United States, and some of his policies, but we fail to see why targeting the employees of ICE and leaving them vulnerable to violence, harassment and even death furthers a legitimate government interest,” Riddell wrote.

From the beginning, Wheeler called the tent city that grew up around the ICE offices a “peaceful protest” although that was the farthest thing from the truth.

Immigrants with appointments at the Portland ICE offices weren’t able to get into the building to check in, and employees trying to leave the building weren’t able to get out.

The protest that was ostensibly to support immigrants and express dissatisfaction with President Donald Trump’s “zero-tolerance policy” for those who cross the U.S. border illegally, but it actually made things more difficult for immigrants who were trying to follow the law.

Moreover, the federal officers who were deployed to protect the ICE office in Portland from the #AbolishICEPDX protesters were subjected to racist slurs and threats on a daily basis.

“They have yelled continuously that they hope we die, they hope our families die,” one officer wrote in an email to his supervisor, according to the Oregonian.

Sandy Malone - July Fri, 2018


Sign up to our daily newsletter so you don''t miss out on the latest events surrounding law enforcement!

Follow Me

Follow us on social media and be sure to mark us as "See First."','2026-12-02T03:57:41+00:00',1);
INSERT INTO documents (id,file_name,path,sha256,title,outlet,author,url,published,published_source,published_note,text,imported_at,import_run_id) VALUES (3,'002_78390224f86cb7bc.txt','seeds/002_78390224f86cb7bc.txt','036dae416a6978f49854d787d2a935bc05e6253b10926ace876969344f386672','Mayor ignores multiple 911 calls from ICE employees surrounded by violent demonstrators',NULL,NULL,NULL,'2018-07-31','estimated','from the articles imported with it','Mayor ignores multiple 911 calls from ICE employees surrounded by violent demonstrators

Portland police refused to respond to at least two 911 emergency calls from ICE employees after violent protesters surrounded their office

                            Mayor ignores multiple 911 calls from ICE employees surrounded by violent demonstrators
(Source:Getty Images)

The mayor of Portland, Oregon, has been accused of ordering law enforcement to deny help to ICE agents after violent demonstrators stormed their offices. The allegation was made by a union representing agents of the Immigration and Customs Enforcement. At least two 911 calls from ICE employees were deliberately ignored by authorities in Portland when an aggressive mob attacked their offices in the city, reported The Daily Caller.

A lawyer representing the National Immigration and Customs Enforcement Council, Sean Riddell, wrote a letter to Portland Mayor Ted Wheeler demanding to meet over the city police''s "lax policies". On June 17, in front of the Southwest Portland ICE holding facility, a large group of people calling themselves Occupy ICE PDX began a demonstration in response to the family separations at the border. 

According to KGW-TV, the protests grew in intensity over a period of nearly 40 days to the point that the offices were shut down for two weeks due to safety concerns.

Wheeler, who is also the police commissioner of the city, said he would not involve his bureau leading to the federal facility being shut down. "I want to be very clear that I do not want the Portland police to be engaged or sucked into a conflict, particularly from a federal agency, that I believe is on the wrong track," he wrote. "If they are looking for a bailout from this mayor, they are looking in the wrong place."

On the other hand, Riddell says Wheeler created "a zone of terror and lawlessness" that is putting ICE employees'' lives at risk. He has also "threatened" to take the mayor to court.

"The Council and I assert that your current policy forbidding Portland law enforcement agencies from assisting employees of the Immigration and Customs Enforcement Agency ("ICE") who request law enforcement assistance while at or away from work is a violation of the United States Constitution''s Equal Protection Clause," Riddell wrote.

The 14th Amendment of the Constitution guarantees citizens equal protection under the law, which Ridell says the mayor has violated.

"Your policy of not providing police services to employees of ICE creates a class of people based upon their source of income," the letter read.

The lawyer noted that Wheeler was always opposed to the immigration crackdown conducted by Trump''s administration. "We fail to see why targeting the employees of ICE and leaving them vulnerable to violence, harassment, and even death furthers a legitimate government interest," he wrote.

Wheeler has repeatedly tweeted right from the start of the protest that ICE agents would not get any assistance from city law enforcement if the agency intended to evict the protestors. It must be noted that the mayor is a Trump critic in a state that implemented the first statewide sanctuary protections for illegal immigrants.

According to The Oregonian, Wheeler''s legal counsel is currently reviewing the letter and has no further comment on the issue.

However, as the demonstrations stretched from weeks to over a month, Wheeler warned protestors to disperse before they were removed by authorities. It was only then that the protestors conceded.

Portland drew national attention last month when videos of violent skirmishes between right-wing activists are radical far-left outfits such as anti-fa emerged on social media.

The liberal city has come to be known for its near-weekly protests, with downtown parks becoming popular gathering places for dissent.

Disclaimer : This is based on sources and we have been unable to verify this information independently.','2026-12-02T03:57:41+00:00',1);
INSERT INTO documents (id,file_name,path,sha256,title,outlet,author,url,published,published_source,published_note,text,imported_at,import_run_id) VALUES (4,'003_b6047d1f9e8a733a.txt','seeds/003_b6047d1f9e8a733a.txt','044dd507344aa4902be67d7c46b0b445bc6d9c9c63ec963db99f65c72efba130','Portland Police Refused to Respond When ICE Agents Called 911 During Protest, Letter Says',NULL,NULL,NULL,'2018-07-31','dateline','dateline “UPDATE 7/31/18”','Portland Police Refused to Respond When ICE Agents Called 911 During Protest, Letter Says

In cease and desist letter, federal agents say Portland mayor violated the the U.S. Constitution by barring police from responding to the feds'' calls for help.

A protester faces off with federal police after a raid of Occupy ICE PDX on June 28, 2018. (Sam Gehrke)

The union that represents U.S. Immigration and Customs Enforcement officers says on at least two occasions last month two federal ICE employees called Portland police while being harassed by protesters—but cops did not show up, because Portland''s mayor had ordered them not to intervene.

Members of the union, called the National ICE Council, sent Mayor Ted Wheeler a cease and desist letter Monday demanding he require Portland police to assist federal agents if called upon.

The letter, filed this morning by the union on behalf of employees working in Portland''s ICE office, says Wheeler''s decision to order Portland police not to assist federal agents was a violation of the U.S. Constitution. Specifically, it cites the 14th Amendment, which says the government cannot deny any person equal protection under the law.

"Your current policy forbidding Portland law enforcement agencies from assisting employees of the Immigration and Customs Enforcement Agency who request law enforcement assistance while at or away from work is a violation of the United States Constitution''s Equal Protection Clause," the letter says.

ICE is a scorned agency in Portland, especially in the wake of a White House policy of separating immigrant families at the U.S. border. A protest camp blockaded and harried the Portland ICE office for more than a month. The camp was abandoned and swept by police July 25.

But the letter places a new legal demand on Wheeler. It says that if he does not allow Portland police to assist federal immigration agents from here on out, the ICE union will take him to court.

"We understand that you have a difference of opinion with the current President of the United States, and some of his policies, but we fail to see why targeting the employees of ICE and leaving them vulnerable to violence, harassment and even death furthers a legitimate government interest," their attorney, Sean Riddell, says in the letter. "Your policy has created a zone of terror and lawlessness."

The Portland Police Bureau deferred any comment on the dispute to the mayor''s office. The mayor''s spokeswoman Sophia June says legal counsel is reviewing the letter.

Related: On June 20, the mayor told ICE they wouldn''t get help from Portland police.

The people seeking relief in the letter are a local immigration agent and a representative from the federal agency''s national office speaking on behalf of the union.

A local ICE officer, who spoke to WW only on the condition of anonymity, says two agency employees called Portland police June 19, when they were blocked from leaving the building in their vehicles. One of those employees told Portland police that protesters followed his truck as he went to pick up his daughter from summer camp and harassed him in the parking lot.

He also says protesters showed up at his Portland apartment building a few hours later. Again, he called police, but says no officer responded.

"This area became like a Wild West," the local immigration officer tells WW.

An email obtained by WW shows police defending their decision to federal officials.

Portland Police Deputy Chief Bob Day wrote the email June 19, replying to a formal request for assistance from the Federal Protective Service, a police division within the Department of Homeland Security. "At this time I am denying your request for additional resources from PPB," Day wrote. "I recognize this is a fluid situation that will need continuous monitoring. I am willing to revisit this inquiry after you have exhausted all alternative options besides arrests and maximized the use of FPS resources. We will respond to [calls] for assistance if your officers are assaulted and need us to facilitate a safe exit from the conflict."

Chris Crane, president of the national union, says the situation at the ICE building in Portland spiraled out of control because police would not assist federal agents.

"Every person in law enforcement knows there are few things as dangerous or as unpredictable as an angry mob," Crane says. "No one could have responded quickly enough to protect our employees who were trapped inside this building. All of this because the mayor of Portland has a beef with the president of the United States."

Wheeler opposes President Donald Trump''s immigration policies, which he called "un-American" shortly after the Occupy ICE camp sprang up outside the federal building.

Trump administration officials have threatened in speeches and interviews to criminally prosecute mayors like Wheeler, who support local sanctuary laws and policies that sometimes shield undocumented immigrants from deportation.

Protesters surrounded the ICE building beginning June 17, after news reports about the federal family separation policy. The protesters briefly shut down the ICE building by blocking the entrances and exits, harassing employees as they arrived and attempted to leave. The occupation inspired similar protests nationwide.

Most of the camp remained peaceful. It broke down last week, after Wheeler sent a notice to protesters telling them he planned to sweep the camp because it was unsafe and he feared violence from far-right activists.

In their cease and desist letter, the ICE agents say Portland police put federal employees in danger.

"We ask that you end your policy of not responding to calls for police services from ICE employees immediately," the ICE union pleads in the letter to the mayor. "We would like to avoid federal litigation, but we are prepared to protect our membership and their families."

UPDATE 7/31/18: This post has been updated with additional information about communication between federal officials and Portland police. 

Willamette Week’s reporting has concrete impacts that change laws, force action from civic leaders, and drive compromised politicians from public office. Support WW''s journalism today.','2026-12-02T03:57:41+00:00',1);
INSERT INTO documents (id,file_name,path,sha256,title,outlet,author,url,published,published_source,published_note,text,imported_at,import_run_id) VALUES (5,'004_237c34216390f099.txt','seeds/004_237c34216390f099.txt','c6422843aac672d688f0f1cd9d37c8878141a1042cec79bd19fdfc9ebe39b799','Police Refused to Help ICE Agents Who Called 911, Letter to Mayor Says',NULL,NULL,NULL,'2018-07-31','dateline','dateline “7/31/2018”','Police Refused to Help ICE Agents Who Called 911, Letter to Mayor Says

Police Refused to Help ICE Agents Who Called 911, Letter to Mayor Says
Two people dressed in black beat a man accused of being a right-wing Trump supporter at MLK Jr. Park in Berkeley, Calif., on Aug. 27, 2017. (Elijah Nouvelage/Getty Images)
Bowen Xiao
7/31/2018
Updated:
7/31/2018

A union representing Immigration and Customs Enforcement (ICE) agents accused the Portland mayor of violating the Constitution in his enforcement of a policy that ordered police not to respond to calls for help amid recent, often violent protests.

A cease-and-desist letter (pdf) sent on July 30, from the National Immigration and Customs Enforcement Council to Portland Mayor Ted Wheeler blamed the policy for creating a “zone of terror and lawlessness.” It comes after Portland police in Oregon refused to respond to at least two 911 emergency calls from ICE employees who felt threatened from the protests outside their office, according to reports.

“As you are aware, the 14th Amendment forbids the government from denying any person or persons equal protection of the laws,” the letter states. “Your policy of not providing police services to employees of ICE creates a class of people based upon their source of income.”

In June, an Occupy ICE movement began in Portland to protest the family separation of illegal immigrants under a zero tolerance policy. The often violent protesters, composed of Marxists, socialists, Antifa, anarchists, and the homeless, set up a tent outside ICE’s headquarters. At one point they targeted Happy Camper, a food cart right across the street from ICE, which is a tax exempt 501(c)(3) organization set up to assist homeless people.

Owners of the food cart claimed, with accompanying evidence of cellphone footage, that they were harassed and threatened with violence by people from Occupy ICE. They said their customers were also harassed and that business was down about 80 percent because of it.

In the letter, the union called for the mayor to “immediately” end the policy of not responding to calls, accusing him of injecting partisan politics into the mix. They also requested a meeting with Wheeler for further discussion on the issue.

“We understand that you have a difference of opinion with the current President of the United States, and some of his policies, but we fail to see why targeting the employees of ICE and leaving them vulnerable to violence, harassment, and even death furthers a legitimate government interest,” the letter said.

President Donald Trump echoed some of the sentiments outlined in the letter on Twitter, calling for ICE employees to be treated with more dignity, in what appears to be an unrelated comment.

“The Democrats want Open Borders,” Trump wrote on July 31. “I want Maximum Border Security and respect for ICE and our great Law Enforcement Professionals!”
After several weeks of protests, Occupy ICE protesters were forced to close camp on July 25. Officials said the camp was left in a disgusting and poorly maintained state. The trash was so abundant that the scope of the cleanup efforts led to intense planning by city officials.

“There’s fire hazards in there. There’s bio-medical hazards in there, and because of those sorts of complaints we knew we had to get ahead of it before it spiraled out of control,” Portland Police Chief Danielle Outlaw said at the time.

The union and the mayor’s office did not immediately respond to a request for comment.

Bowen Xiao was a New York-based reporter at The Epoch Times. He covers national security, human trafficking and U.S. politics.
twitter','2026-12-02T03:57:41+00:00',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (1,'2018-07-30','2018-07-30','day','“on Monday”, article dated Mon 30 Jul 2018 (dateline)','Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler','legal action','Portland','union attorney sean riddell issu cease desist lett wheel monday sent mayor behalf national immigr custom enforcement council deny ice employe basic police servic work viol constitution policy provid creat clas people bas upon source income spell problem clear july portland memb call ted demand require assist federal agent fil morn portland'' office wheeler'' decision ord specifically cit amendment government cannot person equal protection und law cease-and-desist pdf blam zone terror lawlessnes com oregon refus respond least two 911 emergency felt threaten protest outside report',4);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (2,'2018-06-17','2018-06-17','day','“On June 17”, article dated Tue 31 Jul 2018 (estimated)','Occupy ICE PDX started protesting at the Southwest Portland ICE holding facility, in…','protest','Southwest Portland ICE','occupy ice pdx start protest southwest portland hold facility mid-june response trump administration’ policy separat migrant famili bord june front large group people call themselv began demonstr family separ surround build beginn new report federal briefly shut block entranc exit harass employe arriv attempt leave occup inspir similar nationwide movement illegal immigrant und zero tolerance often violent compos marxist socialist antifa anarchist homeles set tent outside ice’ headquart one point target happy camp food cart right acros street tax exempt organiz assist',4);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (3,'2018-07-01','2018-07-10','range','“in early July”, article dated Mon 30 Jul 2018 (dateline)','The ICE office reopened','reopening',NULL,'ice office reopen early july',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (4,'2018-07-25','2018-07-25','day','“on July 25”, article dated Mon 30 Jul 2018 (dateline)','The protest was disbanded by Portland police amid health and safety issues present at…','protest',NULL,'protest disband portland police july amid health safety issu present camp abandon swept several week occupy ice forc close official left disgust poorly maintain state trash abundant scope cleanup effort led intense plann city',3);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (5,'2018-06-20','2018-06-20','day','“On June 20”, article dated Mon 30 Jul 2018 (dateline)','The day the protest first shut down the ICE facility, Mayor Wheeler – who is also the…','protest',NULL,'june day protest first shut ice facility mayor wheel police commission announc involve city’ department want clear portlandpolice engag suck conflict particularly federal agency believe wrong track tweet relat told wouldn''t get help portland',3);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (6,'2018-06-19','2018-06-19','day','“On June 19”, article dated Mon 30 Jul 2018 (dateline)','Protesters threatened to beat up the employee and surrounded his car, the employee…','violence',NULL,'june protest threaten beat employee surround car wrote complaint call 911 offic nev show instead told him meet different loc file police report local ice spoke condition anonymity two agency employe portland block leav build vehicl one follow truck went pick daught summ camp harass park lot apartment few hour lat respond',2);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (7,'2018-07-09','2018-07-09','day','“On July 9”, article dated Mon 30 Jul 2018 (dateline)','The employee said a protester asked him whether he was an ICE employee and then started…','statement',NULL,'july employee protest ask him wheth ice start follow call 911 report harassment several surround show conceal weapon police offic arriv remov identific permit wrote federal protective servic portland releas custody',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (8,'2018-06-01','2018-06-30','month','“last month”, article dated Tue 31 Jul 2018 (estimated)','Portland drew national attention when videos of violent skirmishes between right-wing…','violence',NULL,'portland drew national attention last month video violent skirmish right-w activist radical far-left outfit anti-fa emerg social media',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (9,'2018-06-28','2018-06-28','day','“on June 28, 2018” in the text','A protester faces off with federal police after a raid of Occupy ICE PDX','police action',NULL,'protest fac federal police raid occupy ice pdx june',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (10,'2018-06-01','2018-06-30','month','“last month”, article dated Tue 31 Jul 2018 (dateline)','The union that represents U.S. Immigration and Customs Enforcement officers says on at…','call for help',NULL,'union represent immigr custom enforcement offic least two occasion last month federal ice employe call portland police harass protest cop show portland'' mayor order intervene',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (11,'2018-06-19','2018-06-19','day','“June 19”, article dated Tue 31 Jul 2018 (dateline)','Portland Police Deputy Chief Bob Day wrote the email, replying to a formal request for…','statement',NULL,'portland police deputy chief bob day wrote email june reply formal request assistance federal protective service division within department homeland security time deny additional resourc ppb',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (12,'2018-07-23','2018-07-29','week','“last week”, article dated Tue 31 Jul 2018 (dateline)','It broke down, after Wheeler sent a notice to protesters telling them he planned to…','police action',NULL,'broke last week wheel sent notice protest tell plann sweep camp unsafe fear violence far-right activist',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (13,'2017-08-27','2017-08-27','day','“on Aug. 27, 2017” in the text','Two people dressed in black beat a man accused of being a right-wing Trump supporter at…','violence','MLK Jr. Park','two people dress black beat man accus right-w trump support mlk park berkeley calif aug',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (14,'2018-07-31','2018-07-31','day','“on July 31”, article dated Tue 31 Jul 2018 (dateline)','The Democrats want Open Borders, Trump wrote','statement',NULL,'democrat want open bord trump wrote july',1);
INSERT INTO actors (id,name,kind,title) VALUES (1,'Ted Wheeler','person','Mayor');
INSERT INTO actors (id,name,kind,title) VALUES (2,'city police','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (3,'employees','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (4,'U.S. Immigration Customs Enforcement employees','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (5,'union','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (6,'Sean Riddell','person','Union attorney');
INSERT INTO actors (id,name,kind,title) VALUES (7,'U.S. Immigration and Customs Enforcement (ICE)','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (8,'Occupy ICE PDX','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (9,'Portland ICE','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (10,'protesters','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (11,'Portland police','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (12,'Department of Homeland Security','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (13,'ICE employees','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (14,'officers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (15,'police','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (16,'Federal Protective Services','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (17,'police officers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (18,'federal agents','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (19,'KOIN','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (20,'FOX & Friends','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (21,'demonstrators','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (22,'National Immigration and Customs Enforcement Council','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (23,'Portland Police Department','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (24,'immigrants','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (25,'Donald Trump','person','President');
INSERT INTO actors (id,name,kind,title) VALUES (26,'federal officers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (27,'AbolishICEPDX protesters','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (28,'ICE agents','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (29,'agents','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (30,'Immigration and Customs Enforcement','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (31,'authorities','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (32,'mob','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (33,'activists','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (34,'federal police','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (35,'U.S. Immigration Customs Enforcement officers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (36,'members','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (37,'National ICE Council','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (38,'White House','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (39,'ICE union','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (40,'Portland Police Bureau','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (41,'ICE officers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (42,'WW','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (43,'federal officials','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (44,'Bob Day','person','Portland Police Deputy Chief');
INSERT INTO actors (id,name,kind,title) VALUES (45,'Federal Protective Service','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (46,'PPB','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (47,'FPS','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (48,'Chris Crane','person',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (49,'national union','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (50,'Occupy ICE','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (51,'officials','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (52,'federal employees','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (53,'Willamette Week','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (54,'Support WW','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (55,'MLK Jr. Park','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (56,'owners','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (57,'customers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (58,'Law Enforcement Professionals','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (59,'Occupy ICE protesters','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (60,'city officials','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (61,'Danielle Outlaw','person','Portland Police Chief');
INSERT INTO actors (id,name,kind,title) VALUES (62,'Epoch Times','organisation',NULL);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (1,1,'Ted Wheeler',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (2,1,'Mayor Ted Wheeler',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (3,2,'city police',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (4,3,'employees',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (5,4,'U.S. Immigration Customs Enforcement employees',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (6,4,'U.S. Immigration and Customs Enforcement employees',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (7,5,'union',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (8,5,'Union',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (9,6,'Sean Riddell',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (10,7,'ICE',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (11,8,'Occupy ICE PDX',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (12,9,'Portland ICE',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (13,10,'protesters',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (14,10,'Protesters',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (15,11,'Portland police',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (16,12,'Department of Homeland Security',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (17,13,'ICE employees',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (18,13,'ICE employee',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (19,14,'officers',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (20,15,'police',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (21,16,'Federal Protective Services',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (22,17,'police officers',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (23,17,'police officer',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (24,1,'Wheeler',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (25,1,'Mayor Wheeler',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (26,3,'employee',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (27,10,'protester',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (28,3,'employees',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (29,3,'Employees',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (30,5,'union',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (31,13,'ICE employees',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (32,11,'Portland police',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (33,18,'federal agents',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (34,7,'U.S. Immigration and Customs Enforcement (ICE)',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (35,7,'ICE',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (36,7,'U.S. Immigration and Customs Enforcement',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (37,1,'Ted Wheeler',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (38,1,'Portland Mayor Ted Wheeler',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (39,19,'KOIN',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (40,6,'Sean Riddell',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (41,10,'protesters',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (42,10,'Protesters',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (43,20,'FOX & Friends',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (44,21,'demonstrators',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (45,22,'National Immigration and Customs Enforcement Council',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (46,23,'Portland Police Department',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (47,24,'immigrants',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (48,24,'Immigrants',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (49,9,'Portland ICE',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (50,25,'Donald Trump',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (51,25,'President Donald Trump',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (52,26,'federal officers',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (53,27,'AbolishICEPDX protesters',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (54,14,'officers',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (55,14,'officer',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (56,1,'Wheeler',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (57,6,'Riddell',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (58,1,'the mayor',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (59,13,'ICE employees',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (60,21,'demonstrators',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (61,11,'Portland police',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (62,10,'protesters',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (63,28,'ICE agents',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (64,29,'agents',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (65,30,'Immigration and Customs Enforcement',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (66,31,'authorities',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (67,32,'mob',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (68,22,'National Immigration and Customs Enforcement Council',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (69,6,'Sean Riddell',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (70,1,'Ted Wheeler',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (71,1,'Portland Mayor Ted Wheeler',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (72,2,'city police',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (73,9,'Portland ICE',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (74,8,'Occupy ICE PDX',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (75,3,'employees',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (76,7,'Immigration and Customs Enforcement Agency (ICE)',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (77,7,'ICE',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (78,7,'Immigration and Customs Enforcement Agency',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (79,24,'immigrants',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (80,33,'activists',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (81,18,'federal agents',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (82,15,'police',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (83,10,'protesters',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (84,10,'protester',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (85,34,'federal police',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (86,8,'Occupy ICE PDX',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (87,5,'union',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (88,35,'U.S. Immigration Customs Enforcement officers',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (89,35,'U.S. Immigration and Customs Enforcement officers',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (90,13,'ICE employees',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (91,11,'Portland police',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (92,36,'members',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (93,36,'Members',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (94,37,'National ICE Council',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (95,1,'Ted Wheeler',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (96,1,'Mayor Ted Wheeler',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (97,3,'employees',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (98,7,'ICE',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (99,7,'Immigration and Customs Enforcement Agency',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (100,38,'White House',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (101,9,'Portland ICE',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (102,29,'agents',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (103,39,'ICE union',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (104,6,'Sean Riddell',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (105,40,'Portland Police Bureau',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (106,41,'ICE officers',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (107,41,'ICE officer',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (108,42,'WW',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (109,14,'officers',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (110,14,'officer',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (111,43,'federal officials',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (112,44,'Bob Day',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (113,44,'Portland Police Deputy Chief Bob Day',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (114,45,'Federal Protective Service',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (115,12,'Department of Homeland Security',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (116,46,'PPB',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (117,47,'FPS',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (118,48,'Chris Crane',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (119,49,'national union',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (120,32,'mob',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (121,25,'Donald Trump',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (122,25,'President Donald Trump',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (123,50,'Occupy ICE',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (124,51,'officials',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (125,24,'immigrants',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (126,33,'activists',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (127,28,'ICE agents',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (128,52,'federal employees',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (129,53,'Willamette Week',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (130,54,'Support WW',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (131,15,'cops',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (132,1,'Wheeler',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (133,1,'the mayor',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (134,10,'Protesters',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (135,25,'Donald Trump',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (136,25,'Trump',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (137,55,'MLK Jr. Park',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (138,7,'Immigration and Customs Enforcement (ICE)',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (139,7,'ICE',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (140,7,'Immigration and Customs Enforcement',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (141,29,'agents',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (142,15,'police',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (143,22,'National Immigration and Customs Enforcement Council',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (144,1,'Ted Wheeler',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (145,1,'Portland Mayor Ted Wheeler',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (146,11,'Portland police',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (147,13,'ICE employees',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (148,3,'employees',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (149,50,'Occupy ICE',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (150,24,'immigrants',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (151,10,'protesters',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (152,56,'owners',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (153,56,'Owners',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (154,57,'customers',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (155,5,'union',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (156,58,'Law Enforcement Professionals',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (157,59,'Occupy ICE protesters',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (158,51,'officials',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (159,51,'Officials',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (160,60,'city officials',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (161,61,'Danielle Outlaw',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (162,61,'Portland Police Chief Danielle Outlaw',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (163,62,'Epoch Times',5);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,5,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,6,'attorney');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,1,'mayor');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,8,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,9,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (3,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (5,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (5,1,'mayor');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,3,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,14,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,3,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,13,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,17,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,16,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,22,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,13,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,3,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (8,33,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (9,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (9,34,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (9,8,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (10,5,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (10,35,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (10,13,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (10,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (10,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (10,15,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,36,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,37,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,18,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,15,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (5,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,41,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,42,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,15,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (11,44,'chief');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (11,45,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (11,12,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (11,46,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,3,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,1,'mayor');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,33,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (13,25,'president');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (13,55,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,50,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,24,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (14,25,'president');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,59,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,51,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,60,NULL);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (1,1,1,434,516,'Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler on Monday.','protection of law enforcement.

','

“Your policy of not providing ','on Monday','2018-07-30','2018-07-30','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (2,2,1,662,850,'Occupy ICE PDX started protesting at the Southwest Portland ICE holding facility in mid-June, in response to the Trump administration’s policy of separating migrant families at the border.','rce of income,” Riddell wrote.

','

Protesters shut down the ICE o','in mid-June','2018-06-11','2018-06-20','range',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (3,3,1,952,989,'The ICE office reopened in early July',' to employee security concerns. ',' and the protest was disbanded b','in early July','2018-07-01','2018-07-10','range',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (4,4,1,994,1100,'the protest was disbanded by Portland police on July 25 amid health and safety issues present at the camp.','fice reopened in early July and ','

On June 20, the day the protes','on July 25','2018-07-25','2018-07-25','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (5,5,1,1102,1297,'On June 20, the day the protest first shut down the ICE facility, Mayor Wheeler – who is also the police commissioner – announced he would not involve the city’s police department in the protest.','ty issues present at the camp.

','

"I want to be very clear that ','On June 20','2018-06-20','2018-06-20','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (6,6,1,1811,1927,'On June 19, protesters threatened to beat up the employee and surrounded his car, the employee wrote in a complaint.','rtland police never showed up.

',' When he called 911, officers ne','On June 19','2018-06-19','2018-06-19','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (7,6,1,1928,2054,'When he called 911, officers never showed up and instead told him to meet him at a different location to file a police report.',' employee wrote in a complaint. ','

The employee said he then drov',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (8,7,1,2363,2476,'On July 9, the employee said a protester asked him whether he was an ICE employee and then started following him.','l Federal Protective Services.

',' The employee called 911 and rep','On July 9','2018-07-09','2018-07-09','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (9,7,1,2477,2529,'The employee called 911 and reported the harassment.','and then started following him. ',' Several other protesters surrou',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (10,7,1,2530,2634,'Several other protesters surrounded the employee, he said, and the employee showed his concealed weapon.','11 and reported the harassment. ',' A police officer arrived and re',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (11,7,1,2635,2756,'A police officer arrived and removed his weapon, and asked for identification and his weapons permit, the employee wrote.','ee showed his concealed weapon. ',' Federal Protective Services arr',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (12,7,1,2757,2874,'Federal Protective Services arrived and Portland police released the employee to federal custody, the employee wrote.','ons permit, the employee wrote. ','

The mayor’s office said lawyer',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (13,5,2,1887,2087,'I want to be very clear I do not want the @PortlandPolice to be engaged or sucked into a conflict, particularly from a federal agency that I believe is on the wrong track,” Wheeler tweeted on June 20.','n entire week, KOIN reported.

“','

On Monday, Riddell sent the “c','on June 20','2018-06-20','2018-06-20','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (14,1,2,2089,2347,'On Monday, Riddell sent the “cease and desist” letter to the mayor on behalf of the National Immigration and Customs Enforcement Council that said denying ICE employees basic police services because of where they work is a violation of the U.S. Constitution.',',” Wheeler tweeted on June 20.

','

“Mister Wheeler cannot create ','On Monday','2018-07-30','2018-07-30','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (15,1,2,2761,2976,'Your policy of not providing police services to employees of ICE creates a class of people based upon their source of income,” Riddell spelled out the problem clearing in his July 30 letter to the mayor of Portland.','s equal protection of the laws. ','

“You have failed to articulate','July 30','2018-07-30','2018-07-30','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (16,2,3,999,1200,'On June 17, in front of the Southwest Portland ICE holding facility, a large group of people calling themselves Occupy ICE PDX began a demonstration in response to the family separations at the border.','e city police''s "lax policies". ',' 

According to KGW-TV, the prot','On June 17','2018-06-17','2018-06-17','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (17,8,3,3541,3717,'Portland drew national attention last month when videos of violent skirmishes between right-wing activists are radical far-left outfits such as anti-fa emerged on social media.',' that the protestors conceded.

','

The liberal city has come to b','last month','2018-06-01','2018-06-30','month',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (18,9,4,252,342,'A protester faces off with federal police after a raid of Occupy ICE PDX on June 28, 2018.','g to the feds'' calls for help.

',' (Sam Gehrke)

The union that re','on June 28, 2018','2018-06-28','2018-06-28','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (19,10,4,357,644,'The union that represents U.S. Immigration and Customs Enforcement officers says on at least two occasions last month two federal ICE employees called Portland police while being harassed by protesters—but cops did not show up, because Portland''s mayor had ordered them not to intervene.','on June 28, 2018. (Sam Gehrke)

','

Members of the union, called t','last month','2018-06-01','2018-06-30','month',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (20,1,4,646,834,'Members of the union, called the National ICE Council, sent Mayor Ted Wheeler a cease and desist letter Monday demanding he require Portland police to assist federal agents if called upon.','ordered them not to intervene.

','

The letter, filed this morning','Monday','2018-07-30','2018-07-30','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (21,1,4,836,1056,'The letter, filed this morning by the union on behalf of employees working in Portland''s ICE office, says Wheeler''s decision to order Portland police not to assist federal agents was a violation of the U.S. Constitution.','federal agents if called upon.

',' Specifically, it cites the 14th','this morning','2018-07-31','2018-07-31','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (22,1,4,1057,1180,'Specifically, it cites the 14th Amendment, which says the government cannot deny any person equal protection under the law.','ation of the U.S. Constitution. ','

"Your current policy forbiddin',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (23,4,4,1705,1756,'The camp was abandoned and swept by police July 25.','E office for more than a month. ','

But the letter places a new le','July 25','2018-07-25','2018-07-25','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (24,5,4,2526,2610,'Related: On June 20, the mayor told ICE they wouldn''t get help from Portland police.','unsel is reviewing the letter.

','

The people seeking relief in t','On June 20','2018-06-20','2018-06-20','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (25,6,4,2779,2977,'A local ICE officer, who spoke to WW only on the condition of anonymity, says two agency employees called Portland police June 19, when they were blocked from leaving the building in their vehicles.','eaking on behalf of the union.

',' One of those employees told Por','June 19','2018-06-19','2018-06-19','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (26,6,4,2978,3145,'One of those employees told Portland police that protesters followed his truck as he went to pick up his daughter from summer camp and harassed him in the parking lot.','the building in their vehicles. ','

He also says protesters showed',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (27,6,4,3147,3234,'He also says protesters showed up at his Portland apartment building a few hours later.','rassed him in the parking lot.

',' Again, he called police, but sa','a few hours later','2018-06-19','2018-06-19','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (28,6,4,3235,3290,'Again, he called police, but says no officer responded.','ent building a few hours later. ','

"This area became like a Wild ',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (29,11,4,3455,3659,'Portland Police Deputy Chief Bob Day wrote the email June 19, replying to a formal request for assistance from the Federal Protective Service, a police division within the Department of Homeland Security.','decision to federal officials.

',' "At this time I am denying your','June 19','2018-06-19','2018-06-19','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (30,11,4,3660,3746,'"At this time I am denying your request for additional resources from PPB," Day wrote.','epartment of Homeland Security. ',' "I recognize this is a fluid si',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (31,2,4,4993,5113,'Protesters surrounded the ICE building beginning June 17, after news reports about the federal family separation policy.','d immigrants from deportation.

',' The protesters briefly shut dow','beginning June 17','2018-06-17','2018-06-17','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (32,2,4,5114,5260,'The protesters briefly shut down the ICE building by blocking the entrances and exits, harassing employees as they arrived and attempted to leave.','deral family separation policy. ',' The occupation inspired similar',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (33,2,4,5261,5313,'The occupation inspired similar protests nationwide.','arrived and attempted to leave. ','

Most of the camp remained peac',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (34,12,4,5351,5530,'It broke down last week, after Wheeler sent a notice to protesters telling them he planned to sweep the camp because it was unsafe and he feared violence from far-right activists.',' of the camp remained peaceful. ','

In their cease and desist lett','last week','2018-07-23','2018-07-29','week',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (35,13,5,143,282,'Two people dressed in black beat a man accused of being a right-wing Trump supporter at MLK Jr. Park in Berkeley, Calif., on Aug. 27, 2017.','alled 911, Letter to Mayor Says
',' (Elijah Nouvelage/Getty Images)','on Aug. 27, 2017','2017-08-27','2017-08-27','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (36,1,5,605,812,'A cease-and-desist letter (pdf) sent on July 30, from the National Immigration and Customs Enforcement Council to Portland Mayor Ted Wheeler blamed the policy for creating a “zone of terror and lawlessness.”','ecent, often violent protests.

',' It comes after Portland police ','on July 30','2018-07-30','2018-07-30','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (37,1,5,813,1009,'It comes after Portland police in Oregon refused to respond to at least two 911 emergency calls from ICE employees who felt threatened from the protests outside their office, according to reports.','one of terror and lawlessness.” ','

“As you are aware, the 14th Am',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (38,2,5,1286,1421,'In June, an Occupy ICE movement began in Portland to protest the family separation of illegal immigrants under a zero tolerance policy.',' upon their source of income.”

',' The often violent protesters, c','In June','2018-06-01','2018-06-30','month',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (39,2,5,1422,1565,'The often violent protesters, composed of Marxists, socialists, Antifa, anarchists, and the homeless, set up a tent outside ICE’s headquarters.',' under a zero tolerance policy. ',' At one point they targeted Happ',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (40,2,5,1566,1731,'At one point they targeted Happy Camper, a food cart right across the street from ICE, which is a tax exempt 501(c)(3) organization set up to assist homeless people.','ent outside ICE’s headquarters. ','

Owners of the food cart claime',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (41,14,5,2750,2807,'The Democrats want Open Borders,” Trump wrote on July 31.','s to be an unrelated comment.

“',' “I want Maximum Border Security','on July 31','2018-07-31','2018-07-31','day',1,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (42,4,5,2906,2998,'After several weeks of protests, Occupy ICE protesters were forced to close camp on July 25.','Law Enforcement Professionals!”
',' Officials said the camp was lef','on July 25','2018-07-25','2018-07-25','day',1,'several weeks');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (43,4,5,2999,3076,'Officials said the camp was left in a disgusting and poorly maintained state.','orced to close camp on July 25. ',' The trash was so abundant that ',NULL,NULL,NULL,NULL,0,'');
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations) VALUES (44,4,5,3077,3183,'The trash was so abundant that the scope of the cleanup efforts led to intense planning by city officials.','ng and poorly maintained state. ','

“There’s fire hazards in there',NULL,NULL,NULL,NULL,0,'');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (1,'Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler','Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler on Monday. On Monday, Riddell sent the “cease and desist” letter to the mayor on behalf of the National Immigration and Customs Enforcement Council that said denying ICE employees basic police services because of where they work is a violation of the U.S. Constitution. Your policy of not providing police services to employees of ICE creates a class of people based upon their source of income,” Riddell spelled out the problem clearing in his July 30 letter to the mayor of Portland. Members of the union, called the National ICE Council, sent Mayor Ted Wheeler a cease and desist letter Monday demanding he require Portland police to assist federal agents if called upon. The letter, filed this morning by the union on behalf of employees working in Portland''s ICE office, says Wheeler''s decision to order Portland police not to assist federal agents was a violation of the U.S. Constitution. Specifically, it cites the 14th Amendment, which says the government cannot deny any person equal protection under the law. A cease-and-desist letter (pdf) sent on July 30, from the National Immigration and Customs Enforcement Council to Portland Mayor Ted Wheeler blamed the policy for creating a “zone of terror and lawlessness.” It comes after Portland police in Oregon refused to respond to at least two 911 emergency calls from ICE employees who felt threatened from the protests outside their office, according to reports.','Ted Wheeler Mayor employees  union  Sean Riddell Union attorney U.S. Immigration and Customs Enforcement (ICE)  Portland police  ICE employees  federal agents  National Immigration and Customs Enforcement Council  members  National ICE Council ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (2,'Occupy ICE PDX started protesting at the Southwest Portland ICE holding facility, in…','Occupy ICE PDX started protesting at the Southwest Portland ICE holding facility in mid-June, in response to the Trump administration’s policy of separating migrant families at the border. On June 17, in front of the Southwest Portland ICE holding facility, a large group of people calling themselves Occupy ICE PDX began a demonstration in response to the family separations at the border. Protesters surrounded the ICE building beginning June 17, after news reports about the federal family separation policy. The protesters briefly shut down the ICE building by blocking the entrances and exits, harassing employees as they arrived and attempted to leave. The occupation inspired similar protests nationwide. In June, an Occupy ICE movement began in Portland to protest the family separation of illegal immigrants under a zero tolerance policy. The often violent protesters, composed of Marxists, socialists, Antifa, anarchists, and the homeless, set up a tent outside ICE’s headquarters. At one point they targeted Happy Camper, a food cart right across the street from ICE, which is a tax exempt 501(c)(3) organization set up to assist homeless people.','employees  U.S. Immigration and Customs Enforcement (ICE)  Occupy ICE PDX  Portland ICE  protesters  immigrants  Occupy ICE ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (3,'The ICE office reopened','The ICE office reopened in early July','U.S. Immigration and Customs Enforcement (ICE) ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (4,'The protest was disbanded by Portland police amid health and safety issues present at…','the protest was disbanded by Portland police on July 25 amid health and safety issues present at the camp. The camp was abandoned and swept by police July 25. After several weeks of protests, Occupy ICE protesters were forced to close camp on July 25. Officials said the camp was left in a disgusting and poorly maintained state. The trash was so abundant that the scope of the cleanup efforts led to intense planning by city officials.','Portland police  police  officials  Occupy ICE protesters  city officials ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (5,'The day the protest first shut down the ICE facility, Mayor Wheeler – who is also the…','On June 20, the day the protest first shut down the ICE facility, Mayor Wheeler – who is also the police commissioner – announced he would not involve the city’s police department in the protest. I want to be very clear I do not want the @PortlandPolice to be engaged or sucked into a conflict, particularly from a federal agency that I believe is on the wrong track,” Wheeler tweeted on June 20. Related: On June 20, the mayor told ICE they wouldn''t get help from Portland police.','Ted Wheeler Mayor U.S. Immigration and Customs Enforcement (ICE)  Portland police ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (6,'Protesters threatened to beat up the employee and surrounded his car, the employee…','On June 19, protesters threatened to beat up the employee and surrounded his car, the employee wrote in a complaint. When he called 911, officers never showed up and instead told him to meet him at a different location to file a police report. A local ICE officer, who spoke to WW only on the condition of anonymity, says two agency employees called Portland police June 19, when they were blocked from leaving the building in their vehicles. One of those employees told Portland police that protesters followed his truck as he went to pick up his daughter from summer camp and harassed him in the parking lot. He also says protesters showed up at his Portland apartment building a few hours later. Again, he called police, but says no officer responded.','employees  protesters  Portland police  officers  police  ICE officers  WW ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (7,'The employee said a protester asked him whether he was an ICE employee and then started…','On July 9, the employee said a protester asked him whether he was an ICE employee and then started following him. The employee called 911 and reported the harassment. Several other protesters surrounded the employee, he said, and the employee showed his concealed weapon. A police officer arrived and removed his weapon, and asked for identification and his weapons permit, the employee wrote. Federal Protective Services arrived and Portland police released the employee to federal custody, the employee wrote.','employees  protesters  Portland police  ICE employees  Federal Protective Services  police officers ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (8,'Portland drew national attention when videos of violent skirmishes between right-wing…','Portland drew national attention last month when videos of violent skirmishes between right-wing activists are radical far-left outfits such as anti-fa emerged on social media.','activists ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (9,'A protester faces off with federal police after a raid of Occupy ICE PDX','A protester faces off with federal police after a raid of Occupy ICE PDX on June 28, 2018.','Occupy ICE PDX  protesters  federal police ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (10,'The union that represents U.S. Immigration and Customs Enforcement officers says on at…','The union that represents U.S. Immigration and Customs Enforcement officers says on at least two occasions last month two federal ICE employees called Portland police while being harassed by protesters—but cops did not show up, because Portland''s mayor had ordered them not to intervene.','union  protesters  Portland police  ICE employees  police  U.S. Immigration Customs Enforcement officers ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (11,'Portland Police Deputy Chief Bob Day wrote the email, replying to a formal request for…','Portland Police Deputy Chief Bob Day wrote the email June 19, replying to a formal request for assistance from the Federal Protective Service, a police division within the Department of Homeland Security. "At this time I am denying your request for additional resources from PPB," Day wrote.','Department of Homeland Security  Bob Day Portland Police Deputy Chief Federal Protective Service  PPB ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (12,'It broke down, after Wheeler sent a notice to protesters telling them he planned to…','It broke down last week, after Wheeler sent a notice to protesters telling them he planned to sweep the camp because it was unsafe and he feared violence from far-right activists.','Ted Wheeler Mayor protesters  activists ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (13,'Two people dressed in black beat a man accused of being a right-wing Trump supporter at…','Two people dressed in black beat a man accused of being a right-wing Trump supporter at MLK Jr. Park in Berkeley, Calif., on Aug. 27, 2017.','Donald Trump President MLK Jr. Park ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (14,'The Democrats want Open Borders, Trump wrote','The Democrats want Open Borders,” Trump wrote on July 31.','Donald Trump President');
INSERT INTO documents_fts(documents_fts) VALUES('rebuild');
PRAGMA user_version = 2;
COMMIT;
