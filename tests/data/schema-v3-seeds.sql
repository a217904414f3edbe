-- A database written by schema version 3 (the sample imported with its manifest), for upgrade tests.
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
    , updated INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0);
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
    , published_latest TEXT, pages TEXT);
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
CREATE TABLE incident_actors (
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        role TEXT,
        PRIMARY KEY (incident_id, actor_id)
    );
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
        durations TEXT NOT NULL DEFAULT '', mention_id INTEGER REFERENCES mentions(id) ON DELETE CASCADE,
        CHECK (end > start AND start >= 0)
    );
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
CREATE VIRTUAL TABLE incidents_fts USING fts5(title, passages, actors);
CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        incident_id INTEGER NOT NULL REFERENCES incidents(id),
        ordinal INTEGER NOT NULL,
        date_start TEXT NOT NULL,
        date_end TEXT NOT NULL,
        precision TEXT NOT NULL CHECK (precision IN ('day', 'week', 'month', 'range', 'year')),
        date_note TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        location TEXT,
        terms TEXT NOT NULL DEFAULT '',
        actor_keys TEXT NOT NULL DEFAULT '',
        wide INTEGER NOT NULL DEFAULT 0,
        UNIQUE (document_id, ordinal),
        CHECK (date_end >= date_start)
    );
CREATE TABLE mention_actors (
        mention_id INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        role TEXT,
        PRIMARY KEY (mention_id, actor_id)
    );
CREATE TABLE raw_files (
        raw_sha256 TEXT PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
    );
INSERT INTO import_runs (id,started_at,finished_at,paths,imported,unchanged,refused,incidents_added,version,updated,removed) VALUES (1,'2026-12-02T15:06:24+00:00','2026-12-02T15:06:24+00:00','["seeds/000_01ca550ca98c5542.txt", "seeds/001_19fd34cc00d73f13.txt", "seeds/002_78390224f86cb7bc.txt", "seeds/003_b6047d1f9e8a733a.txt", "seeds/004_237c34216390f099.txt"]',5,0,0,14,'0.1.0',0,0);
INSERT INTO documents (id,file_name,path,sha256,title,outlet,author,url,published,published_source,published_note,text,imported_at,import_run_id,published_latest,pages) VALUES (1,'000_01ca550ca98c5542.txt','/tmp/oldcode/seeds/000_01ca550ca98c5542.txt','cde0c6704687e36da81fc7552da412925fd90601b34b0dd997a4996c83527ae2',NULL,NULL,NULL,NULL,'2018-07-30','dateline','dateline “date 2018-07-30”',' date 2018-07-30 PORTLAND, Ore. – Mayor Ted Wheeler is being accused of violating the U.S. Constitution after city police didn''t respond to some 911 calls placed by federal immigration employees during a five-week-long protest in Southwest Portland.

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

','2026-12-02T15:06:24+00:00',1,NULL,NULL);
INSERT INTO documents (id,file_name,path,sha256,title,outlet,author,url,published,published_source,published_note,text,imported_at,import_run_id,published_latest,pages) VALUES (2,'001_19fd34cc00d73f13.txt','/tmp/oldcode/seeds/001_19fd34cc00d73f13.txt','aa0924a3aa8c98007380a3d07b333f00ce25bb9d3793d14ce1074803d43ed8a5','ICE Union Say Portland Mayor Ordered Police Not To Help Off-Duty ICE Employees',NULL,NULL,NULL,'2018-07-30','estimated','between 30 Jul and 31 Jul 2018: byline of July 2018','• Search

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

Follow us on social media and be sure to mark us as "See First."','2026-12-02T15:06:24+00:00',1,'2018-07-31',NULL);
INSERT INTO documents (id,file_name,path,sha256,title,outlet,author,url,published,published_source,published_note,text,imported_at,import_run_id,published_latest,pages) VALUES (3,'002_78390224f86cb7bc.txt','/tmp/oldcode/seeds/002_78390224f86cb7bc.txt','036dae416a6978f49854d787d2a935bc05e6253b10926ace876969344f386672','Mayor ignores multiple 911 calls from ICE employees surrounded by violent demonstrators',NULL,NULL,NULL,'2018-07-31','manifest','from the manifest, line 4','Mayor ignores multiple 911 calls from ICE employees surrounded by violent demonstrators

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

Disclaimer : This is based on sources and we have been unable to verify this information independently.','2026-12-02T15:06:24+00:00',1,NULL,NULL);
INSERT INTO documents (id,file_name,path,sha256,title,outlet,author,url,published,published_source,published_note,text,imported_at,import_run_id,published_latest,pages) VALUES (4,'003_b6047d1f9e8a733a.txt','/tmp/oldcode/seeds/003_b6047d1f9e8a733a.txt','044dd507344aa4902be67d7c46b0b445bc6d9c9c63ec963db99f65c72efba130','Portland Police Refused to Respond When ICE Agents Called 911 During Protest, Letter Says','Willamette Week',NULL,NULL,'2018-07-25','estimated','between 25 Jul and 31 Jul 2018: updated 31 Jul 2018','Portland Police Refused to Respond When ICE Agents Called 911 During Protest, Letter Says

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

Willamette Week’s reporting has concrete impacts that change laws, force action from civic leaders, and drive compromised politicians from public office. Support WW''s journalism today.','2026-12-02T15:06:24+00:00',1,'2018-07-31',NULL);
INSERT INTO documents (id,file_name,path,sha256,title,outlet,author,url,published,published_source,published_note,text,imported_at,import_run_id,published_latest,pages) VALUES (5,'004_237c34216390f099.txt','/tmp/oldcode/seeds/004_237c34216390f099.txt','c6422843aac672d688f0f1cd9d37c8878141a1042cec79bd19fdfc9ebe39b799','Police Refused to Help ICE Agents Who Called 911, Letter to Mayor Says','The Epoch Times',NULL,NULL,'2018-07-31','dateline','dateline “7/31/2018”','Police Refused to Help ICE Agents Who Called 911, Letter to Mayor Says

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
twitter','2026-12-02T15:06:24+00:00',1,NULL,NULL);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (1,'2018-07-30','2018-07-30','day','“on Monday”, article dated Mon 30 Jul 2018 (dateline)','Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler','legal action','Portland','',4);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (2,'2018-06-17','2018-06-17','day','“On June 17”, article dated Tue 31 Jul 2018 (manifest)','In front of the Southwest Portland ICE holding facility','protest','Southwest Portland ICE','',4);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (3,'2018-07-01','2018-07-10','range','“in early July”, article dated Mon 30 Jul 2018 (dateline)','The ICE office reopened','reopening',NULL,'',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (4,'2018-07-25','2018-07-25','day','“on July 25”, article dated Mon 30 Jul 2018 (dateline)','The protest was disbanded by Portland police amid health and safety issues present at the camp','protest',NULL,'',3);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (5,'2018-06-20','2018-06-20','day','“On June 20”, article dated Mon 30 Jul 2018 (dateline)','The day the protest first shut down the ICE facility, Mayor Wheeler','statement',NULL,'',3);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (6,'2018-06-19','2018-06-19','day','“On June 19”, article dated Mon 30 Jul 2018 (dateline)','Protesters threatened to beat up the employee and surrounded his car','violence',NULL,'',2);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (7,'2018-07-09','2018-07-09','day','“On July 9”, article dated Mon 30 Jul 2018 (dateline)','The employee said a protester asked him whether he was an ICE employee and then started','statement',NULL,'',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (10,'2018-06-01','2018-06-30','month','“last month”, article dated Tue 31 Jul 2018 (manifest)','Portland drew national attention when videos of violent skirmishes between right-wing activists are radical far-left outfits','violence',NULL,'',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (11,'2018-06-28','2018-06-28','day','“on June 28, 2018” in the text','A protester faces off with federal police after a raid of Occupy ICE PDX','police action',NULL,'',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (12,'2018-06-01','2018-06-30','month','“last month”, article dated Wed 25 Jul 2018 (estimated)','The union that represents U.S. Immigration and Customs Enforcement officers says on at least two occasions','call for help',NULL,'',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (13,'2018-06-19','2018-06-19','day','“June 19”, article dated Wed 25 Jul 2018 (estimated)','Portland Police Deputy Chief Bob Day wrote the email','statement',NULL,'',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (14,'2018-07-16','2018-07-29','range','“last week”, article dated Wed 25 Jul 2018 (estimated)','It broke down, after Wheeler sent a notice to protesters telling them he planned to sweep','police action',NULL,'',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (15,'2017-08-27','2017-08-27','day','“on Aug. 27, 2017” in the text','Two people dressed in black beat a man accused of being a right-wing Trump supporter','violence','MLK Jr. Park','',1);
INSERT INTO incidents (id,date_start,date_end,precision,date_note,title,kind,location,terms,source_count) VALUES (16,'2018-07-31','2018-07-31','day','“on July 31”, article dated Tue 31 Jul 2018 (dateline)','The Democrats want Open Borders, Trump wrote','statement',NULL,'',1);
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
INSERT INTO actors (id,name,kind,title) VALUES (18,'lawyers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (19,'federal agents','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (20,'KOIN','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (21,'FOX','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (22,'demonstrators','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (23,'National Immigration and Customs Enforcement Council','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (24,'Portland Police Department','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (25,'immigrants','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (26,'Donald Trump','person','President');
INSERT INTO actors (id,name,kind,title) VALUES (27,'federal officers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (28,'AbolishICEPDX protesters','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (29,'ICE agents','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (30,'agents','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (31,'Immigration and Customs Enforcement','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (32,'authorities','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (33,'mob','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (34,'Ridell','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (35,'activists','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (36,'federal police','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (37,'U.S. Immigration Customs Enforcement officers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (38,'members','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (39,'National ICE Council','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (40,'White House','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (41,'ICE union','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (42,'Portland Police Bureau','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (43,'ICE officers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (44,'WW','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (45,'federal officials','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (46,'Bob Day','person','Portland Police Deputy Chief');
INSERT INTO actors (id,name,kind,title) VALUES (47,'Federal Protective Service','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (48,'PPB','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (49,'FPS','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (50,'Chris Crane','person',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (51,'national union','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (52,'Occupy ICE','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (53,'officials','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (54,'federal employees','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (55,'Willamette Week','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (56,'Support WW','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (57,'owners','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (58,'customers','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (59,'Law Enforcement Professionals','organisation',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (60,'Occupy ICE protesters','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (61,'city officials','group',NULL);
INSERT INTO actors (id,name,kind,title) VALUES (62,'Danielle Outlaw','person','Portland Police Chief');
INSERT INTO actors (id,name,kind,title) VALUES (63,'Epoch Times','organisation',NULL);
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
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (24,18,'lawyers',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (25,1,'Wheeler',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (26,1,'Mayor Wheeler',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (27,3,'employee',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (28,10,'protester',1);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (29,3,'employees',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (30,3,'Employees',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (31,5,'union',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (32,13,'ICE employees',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (33,11,'Portland police',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (34,19,'federal agents',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (35,7,'U.S. Immigration and Customs Enforcement (ICE)',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (36,7,'ICE',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (37,7,'U.S. Immigration and Customs Enforcement',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (38,1,'Ted Wheeler',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (39,1,'Portland Mayor Ted Wheeler',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (40,20,'KOIN',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (41,6,'Sean Riddell',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (42,10,'protesters',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (43,10,'Protesters',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (44,21,'FOX',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (45,22,'demonstrators',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (46,23,'National Immigration and Customs Enforcement Council',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (47,24,'Portland Police Department',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (48,25,'immigrants',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (49,25,'Immigrants',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (50,9,'Portland ICE',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (51,26,'Donald Trump',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (52,26,'President Donald Trump',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (53,27,'federal officers',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (54,28,'AbolishICEPDX protesters',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (55,14,'officers',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (56,14,'officer',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (57,1,'Wheeler',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (58,6,'Riddell',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (59,1,'the mayor',2);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (60,13,'ICE employees',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (61,22,'demonstrators',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (62,11,'Portland police',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (63,10,'protesters',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (64,29,'ICE agents',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (65,30,'agents',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (66,31,'Immigration and Customs Enforcement',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (67,32,'authorities',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (68,33,'mob',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (69,23,'National Immigration and Customs Enforcement Council',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (70,6,'Sean Riddell',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (71,1,'Ted Wheeler',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (72,1,'Portland Mayor Ted Wheeler',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (73,2,'city police',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (74,9,'Portland ICE',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (75,8,'Occupy ICE PDX',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (76,3,'employees',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (77,7,'Immigration and Customs Enforcement Agency (ICE)',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (78,7,'ICE',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (79,7,'Immigration and Customs Enforcement Agency',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (80,34,'Ridell',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (81,25,'immigrants',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (82,35,'activists',3);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (83,19,'federal agents',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (84,15,'police',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (85,10,'protesters',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (86,10,'protester',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (87,36,'federal police',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (88,8,'Occupy ICE PDX',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (89,5,'union',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (90,37,'U.S. Immigration Customs Enforcement officers',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (91,37,'U.S. Immigration and Customs Enforcement officers',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (92,13,'ICE employees',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (93,11,'Portland police',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (94,38,'members',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (95,38,'Members',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (96,39,'National ICE Council',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (97,1,'Ted Wheeler',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (98,1,'Mayor Ted Wheeler',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (99,3,'employees',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (100,7,'ICE',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (101,7,'Immigration and Customs Enforcement Agency',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (102,40,'White House',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (103,9,'Portland ICE',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (104,30,'agents',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (105,41,'ICE union',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (106,6,'Sean Riddell',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (107,42,'Portland Police Bureau',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (108,43,'ICE officers',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (109,43,'ICE officer',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (110,44,'WW',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (111,14,'officers',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (112,14,'officer',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (113,45,'federal officials',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (114,46,'Bob Day',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (115,46,'Portland Police Deputy Chief Bob Day',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (116,47,'Federal Protective Service',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (117,12,'Department of Homeland Security',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (118,48,'PPB',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (119,49,'FPS',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (120,50,'Chris Crane',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (121,51,'national union',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (122,33,'mob',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (123,26,'Donald Trump',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (124,26,'President Donald Trump',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (125,52,'Occupy ICE',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (126,53,'officials',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (127,25,'immigrants',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (128,35,'activists',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (129,29,'ICE agents',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (130,54,'federal employees',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (131,55,'Willamette Week',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (132,56,'Support WW',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (133,15,'cops',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (134,1,'Wheeler',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (135,1,'the mayor',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (136,10,'Protesters',4);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (137,7,'Immigration and Customs Enforcement (ICE)',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (138,7,'ICE',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (139,7,'Immigration and Customs Enforcement',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (140,30,'agents',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (141,15,'police',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (142,23,'National Immigration and Customs Enforcement Council',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (143,1,'Ted Wheeler',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (144,1,'Portland Mayor Ted Wheeler',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (145,11,'Portland police',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (146,13,'ICE employees',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (147,3,'employees',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (148,52,'Occupy ICE',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (149,25,'immigrants',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (150,10,'protesters',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (151,57,'owners',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (152,57,'Owners',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (153,58,'customers',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (154,5,'union',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (155,26,'Donald Trump',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (156,26,'President Donald Trump',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (157,59,'Law Enforcement Professionals',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (158,60,'Occupy ICE protesters',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (159,53,'officials',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (160,53,'Officials',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (161,61,'city officials',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (162,62,'Danielle Outlaw',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (163,62,'Portland Police Chief Danielle Outlaw',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (164,63,'Epoch Times',5);
INSERT INTO aliases (id,actor_id,alias,document_id) VALUES (165,26,'Trump',5);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,1,'mayor');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,3,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,5,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,6,'attorney');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,13,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,19,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,23,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,38,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (1,39,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,1,'mayor');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,3,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,6,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,8,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,9,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,23,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,25,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (2,52,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (3,1,'mayor');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (3,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,1,'mayor');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,9,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,15,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,26,'president');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,40,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,53,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,59,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,60,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (4,61,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (5,1,'mayor');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (5,6,'attorney');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (5,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (5,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (5,23,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,3,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,14,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,15,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,16,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,43,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (6,44,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,3,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,13,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,16,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (7,17,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (10,35,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (11,8,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (11,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (11,36,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,1,'mayor');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,5,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,11,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,13,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,15,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,37,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (12,39,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (13,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (13,12,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (13,46,'chief');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (13,47,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (13,48,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (13,49,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (13,50,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (14,1,'mayor');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (14,10,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (14,35,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (15,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (16,7,NULL);
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (16,26,'president');
INSERT INTO incident_actors (incident_id,actor_id,role) VALUES (16,59,NULL);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (1,1,1,434,516,'Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler on Monday.','protection of law enforcement.

','

“Your policy of not providing ','on Monday','2018-07-30','2018-07-30','day',1,'',1);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (2,2,1,662,850,'Occupy ICE PDX started protesting at the Southwest Portland ICE holding facility in mid-June, in response to the Trump administration’s policy of separating migrant families at the border.','rce of income,” Riddell wrote.

','

Protesters shut down the ICE o','in mid-June','2018-06-11','2018-06-20','range',1,'',2);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (3,3,1,952,989,'The ICE office reopened in early July',' to employee security concerns. ',' and the protest was disbanded b','in early July','2018-07-01','2018-07-10','range',1,'',3);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (4,4,1,994,1100,'the protest was disbanded by Portland police on July 25 amid health and safety issues present at the camp.','fice reopened in early July and ','

On June 20, the day the protes','on July 25','2018-07-25','2018-07-25','day',1,'',4);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (5,5,1,1102,1297,'On June 20, the day the protest first shut down the ICE facility, Mayor Wheeler – who is also the police commissioner – announced he would not involve the city’s police department in the protest.','ty issues present at the camp.

','

"I want to be very clear that ','On June 20','2018-06-20','2018-06-20','day',1,'',5);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (6,6,1,1811,1927,'On June 19, protesters threatened to beat up the employee and surrounded his car, the employee wrote in a complaint.','rtland police never showed up.

',' When he called 911, officers ne','On June 19','2018-06-19','2018-06-19','day',1,'',6);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (7,6,1,1928,2054,'When he called 911, officers never showed up and instead told him to meet him at a different location to file a police report.',' employee wrote in a complaint. ','

The employee said he then drov',NULL,NULL,NULL,NULL,0,'',6);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (8,7,1,2363,2476,'On July 9, the employee said a protester asked him whether he was an ICE employee and then started following him.','l Federal Protective Services.

',' The employee called 911 and rep','On July 9','2018-07-09','2018-07-09','day',1,'',7);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (9,7,1,2477,2529,'The employee called 911 and reported the harassment.','and then started following him. ',' Several other protesters surrou',NULL,NULL,NULL,NULL,0,'',7);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (10,7,1,2530,2634,'Several other protesters surrounded the employee, he said, and the employee showed his concealed weapon.','11 and reported the harassment. ',' A police officer arrived and re',NULL,NULL,NULL,NULL,0,'',7);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (11,7,1,2635,2756,'A police officer arrived and removed his weapon, and asked for identification and his weapons permit, the employee wrote.','ee showed his concealed weapon. ',' Federal Protective Services arr',NULL,NULL,NULL,NULL,0,'',7);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (12,7,1,2757,2874,'Federal Protective Services arrived and Portland police released the employee to federal custody, the employee wrote.','ons permit, the employee wrote. ','

The mayor’s office said lawyer',NULL,NULL,NULL,NULL,0,'',7);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (13,5,2,1887,2087,'I want to be very clear I do not want the @PortlandPolice to be engaged or sucked into a conflict, particularly from a federal agency that I believe is on the wrong track,” Wheeler tweeted on June 20.','n entire week, KOIN reported.

“','

On Monday, Riddell sent the “c','on June 20','2018-06-20','2018-06-20','day',1,'',8);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (14,1,2,2089,2347,'On Monday, Riddell sent the “cease and desist” letter to the mayor on behalf of the National Immigration and Customs Enforcement Council that said denying ICE employees basic police services because of where they work is a violation of the U.S. Constitution.',',” Wheeler tweeted on June 20.

','

“Mister Wheeler cannot create ','On Monday','2018-07-30','2018-07-30','day',1,'',9);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (15,1,2,2761,2976,'Your policy of not providing police services to employees of ICE creates a class of people based upon their source of income,” Riddell spelled out the problem clearing in his July 30 letter to the mayor of Portland.','s equal protection of the laws. ','

“You have failed to articulate','July 30','2018-07-30','2018-07-30','day',1,'',10);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (16,2,3,999,1200,'On June 17, in front of the Southwest Portland ICE holding facility, a large group of people calling themselves Occupy ICE PDX began a demonstration in response to the family separations at the border.','e city police''s "lax policies". ',' 

According to KGW-TV, the prot','On June 17','2018-06-17','2018-06-17','day',1,'',11);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (17,10,3,3541,3717,'Portland drew national attention last month when videos of violent skirmishes between right-wing activists are radical far-left outfits such as anti-fa emerged on social media.',' that the protestors conceded.

','

The liberal city has come to b','last month','2018-06-01','2018-06-30','month',1,'',12);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (18,11,4,252,342,'A protester faces off with federal police after a raid of Occupy ICE PDX on June 28, 2018.','g to the feds'' calls for help.

',' (Sam Gehrke)

The union that re','on June 28, 2018','2018-06-28','2018-06-28','day',1,'',13);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (19,12,4,357,644,'The union that represents U.S. Immigration and Customs Enforcement officers says on at least two occasions last month two federal ICE employees called Portland police while being harassed by protesters—but cops did not show up, because Portland''s mayor had ordered them not to intervene.','on June 28, 2018. (Sam Gehrke)

','

Members of the union, called t','last month','2018-06-01','2018-06-30','month',1,'',14);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (20,1,4,646,834,'Members of the union, called the National ICE Council, sent Mayor Ted Wheeler a cease and desist letter Monday demanding he require Portland police to assist federal agents if called upon.','ordered them not to intervene.

','

The letter, filed this morning','Monday','2018-07-23','2018-07-30','range',1,'',15);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (21,1,4,836,1056,'The letter, filed this morning by the union on behalf of employees working in Portland''s ICE office, says Wheeler''s decision to order Portland police not to assist federal agents was a violation of the U.S. Constitution.','federal agents if called upon.

',' Specifically, it cites the 14th','this morning','2018-07-25','2018-07-31','range',1,'',16);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (22,1,4,1057,1180,'Specifically, it cites the 14th Amendment, which says the government cannot deny any person equal protection under the law.','ation of the U.S. Constitution. ','

"Your current policy forbiddin',NULL,NULL,NULL,NULL,0,'',16);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (23,4,4,1705,1756,'The camp was abandoned and swept by police July 25.','E office for more than a month. ','

But the letter places a new le','July 25','2018-07-25','2018-07-25','day',1,'',17);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (24,5,4,2526,2610,'Related: On June 20, the mayor told ICE they wouldn''t get help from Portland police.','unsel is reviewing the letter.

','

The people seeking relief in t','On June 20','2018-06-20','2018-06-20','day',1,'',18);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (25,6,4,2779,2977,'A local ICE officer, who spoke to WW only on the condition of anonymity, says two agency employees called Portland police June 19, when they were blocked from leaving the building in their vehicles.','eaking on behalf of the union.

',' One of those employees told Por','June 19','2018-06-19','2018-06-19','day',1,'',19);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (26,6,4,2978,3145,'One of those employees told Portland police that protesters followed his truck as he went to pick up his daughter from summer camp and harassed him in the parking lot.','the building in their vehicles. ','

He also says protesters showed',NULL,NULL,NULL,NULL,0,'',19);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (27,6,4,3147,3234,'He also says protesters showed up at his Portland apartment building a few hours later.','rassed him in the parking lot.

',' Again, he called police, but sa','a few hours later','2018-06-19','2018-06-19','day',1,'',20);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (28,6,4,3235,3290,'Again, he called police, but says no officer responded.','ent building a few hours later. ','

"This area became like a Wild ',NULL,NULL,NULL,NULL,0,'',20);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (29,13,4,3455,3659,'Portland Police Deputy Chief Bob Day wrote the email June 19, replying to a formal request for assistance from the Federal Protective Service, a police division within the Department of Homeland Security.','decision to federal officials.

',' "At this time I am denying your','June 19','2018-06-19','2018-06-19','day',1,'',21);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (30,13,4,3660,3746,'"At this time I am denying your request for additional resources from PPB," Day wrote.','epartment of Homeland Security. ',' "I recognize this is a fluid si',NULL,NULL,NULL,NULL,0,'',21);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (31,2,4,4993,5113,'Protesters surrounded the ICE building beginning June 17, after news reports about the federal family separation policy.','d immigrants from deportation.

',' The protesters briefly shut dow','beginning June 17','2018-06-17','2018-06-17','day',1,'',22);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (32,2,4,5114,5260,'The protesters briefly shut down the ICE building by blocking the entrances and exits, harassing employees as they arrived and attempted to leave.','deral family separation policy. ',' The occupation inspired similar',NULL,NULL,NULL,NULL,0,'',22);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (33,2,4,5261,5313,'The occupation inspired similar protests nationwide.','arrived and attempted to leave. ','

Most of the camp remained peac',NULL,NULL,NULL,NULL,0,'',22);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (34,14,4,5351,5530,'It broke down last week, after Wheeler sent a notice to protesters telling them he planned to sweep the camp because it was unsafe and he feared violence from far-right activists.',' of the camp remained peaceful. ','

In their cease and desist lett','last week','2018-07-16','2018-07-29','range',1,'',23);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (35,15,5,143,282,'Two people dressed in black beat a man accused of being a right-wing Trump supporter at MLK Jr. Park in Berkeley, Calif., on Aug. 27, 2017.','alled 911, Letter to Mayor Says
',' (Elijah Nouvelage/Getty Images)','on Aug. 27, 2017','2017-08-27','2017-08-27','day',1,'',24);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (36,1,5,605,812,'A cease-and-desist letter (pdf) sent on July 30, from the National Immigration and Customs Enforcement Council to Portland Mayor Ted Wheeler blamed the policy for creating a “zone of terror and lawlessness.”','ecent, often violent protests.

',' It comes after Portland police ','on July 30','2018-07-30','2018-07-30','day',1,'',25);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (37,1,5,813,1009,'It comes after Portland police in Oregon refused to respond to at least two 911 emergency calls from ICE employees who felt threatened from the protests outside their office, according to reports.','one of terror and lawlessness.” ','

“As you are aware, the 14th Am',NULL,NULL,NULL,NULL,0,'',25);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (38,2,5,1286,1421,'In June, an Occupy ICE movement began in Portland to protest the family separation of illegal immigrants under a zero tolerance policy.',' upon their source of income.”

',' The often violent protesters, c','In June','2018-06-01','2018-06-30','month',1,'',26);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (39,2,5,1422,1565,'The often violent protesters, composed of Marxists, socialists, Antifa, anarchists, and the homeless, set up a tent outside ICE’s headquarters.',' under a zero tolerance policy. ',' At one point they targeted Happ',NULL,NULL,NULL,NULL,0,'',26);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (40,2,5,1566,1731,'At one point they targeted Happy Camper, a food cart right across the street from ICE, which is a tax exempt 501(c)(3) organization set up to assist homeless people.','ent outside ICE’s headquarters. ','

Owners of the food cart claime',NULL,NULL,NULL,NULL,0,'',26);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (41,16,5,2750,2807,'The Democrats want Open Borders,” Trump wrote on July 31.','s to be an unrelated comment.

“',' “I want Maximum Border Security','on July 31','2018-07-31','2018-07-31','day',1,'',27);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (42,4,5,2906,2998,'After several weeks of protests, Occupy ICE protesters were forced to close camp on July 25.','Law Enforcement Professionals!”
',' Officials said the camp was lef','on July 25','2018-07-25','2018-07-25','day',1,'several weeks',28);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (43,4,5,2999,3076,'Officials said the camp was left in a disgusting and poorly maintained state.','orced to close camp on July 25. ',' The trash was so abundant that ',NULL,NULL,NULL,NULL,0,'',28);
INSERT INTO evidence (id,incident_id,document_id,start,end,quote,context_before,context_after,date_text,date_start,date_end,precision,is_dated,durations,mention_id) VALUES (44,4,5,3077,3183,'The trash was so abundant that the scope of the cleanup efforts led to intense planning by city officials.','ng and poorly maintained state. ','

“There’s fire hazards in there',NULL,NULL,NULL,NULL,0,'',28);
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (1,'Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler','Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler on Monday. On Monday, Riddell sent the “cease and desist” letter to the mayor on behalf of the National Immigration and Customs Enforcement Council that said denying ICE employees basic police services because of where they work is a violation of the U.S. Constitution. Your policy of not providing police services to employees of ICE creates a class of people based upon their source of income,” Riddell spelled out the problem clearing in his July 30 letter to the mayor of Portland. Members of the union, called the National ICE Council, sent Mayor Ted Wheeler a cease and desist letter Monday demanding he require Portland police to assist federal agents if called upon. The letter, filed this morning by the union on behalf of employees working in Portland''s ICE office, says Wheeler''s decision to order Portland police not to assist federal agents was a violation of the U.S. Constitution. Specifically, it cites the 14th Amendment, which says the government cannot deny any person equal protection under the law. A cease-and-desist letter (pdf) sent on July 30, from the National Immigration and Customs Enforcement Council to Portland Mayor Ted Wheeler blamed the policy for creating a “zone of terror and lawlessness.” It comes after Portland police in Oregon refused to respond to at least two 911 emergency calls from ICE employees who felt threatened from the protests outside their office, according to reports.','Ted Wheeler Mayor employees  union  Sean Riddell Union attorney U.S. Immigration and Customs Enforcement (ICE)  Portland police  ICE employees  federal agents  National Immigration and Customs Enforcement Council  members  National ICE Council ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (2,'In front of the Southwest Portland ICE holding facility','Occupy ICE PDX started protesting at the Southwest Portland ICE holding facility in mid-June, in response to the Trump administration’s policy of separating migrant families at the border. On June 17, in front of the Southwest Portland ICE holding facility, a large group of people calling themselves Occupy ICE PDX began a demonstration in response to the family separations at the border. Protesters surrounded the ICE building beginning June 17, after news reports about the federal family separation policy. The protesters briefly shut down the ICE building by blocking the entrances and exits, harassing employees as they arrived and attempted to leave. The occupation inspired similar protests nationwide. In June, an Occupy ICE movement began in Portland to protest the family separation of illegal immigrants under a zero tolerance policy. The often violent protesters, composed of Marxists, socialists, Antifa, anarchists, and the homeless, set up a tent outside ICE’s headquarters. At one point they targeted Happy Camper, a food cart right across the street from ICE, which is a tax exempt 501(c)(3) organization set up to assist homeless people.','Ted Wheeler Mayor employees  Sean Riddell Union attorney U.S. Immigration and Customs Enforcement (ICE)  Occupy ICE PDX  Portland ICE  protesters  National Immigration and Customs Enforcement Council  immigrants  Occupy ICE ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (3,'The ICE office reopened','The ICE office reopened in early July','Ted Wheeler Mayor U.S. Immigration and Customs Enforcement (ICE) ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (4,'The protest was disbanded by Portland police amid health and safety issues present at the camp','the protest was disbanded by Portland police on July 25 amid health and safety issues present at the camp. The camp was abandoned and swept by police July 25. After several weeks of protests, Occupy ICE protesters were forced to close camp on July 25. Officials said the camp was left in a disgusting and poorly maintained state. The trash was so abundant that the scope of the cleanup efforts led to intense planning by city officials.','Ted Wheeler Mayor U.S. Immigration and Customs Enforcement (ICE)  Portland ICE  Portland police  police  Donald Trump President White House  officials  Law Enforcement Professionals  Occupy ICE protesters  city officials ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (5,'The day the protest first shut down the ICE facility, Mayor Wheeler','On June 20, the day the protest first shut down the ICE facility, Mayor Wheeler – who is also the police commissioner – announced he would not involve the city’s police department in the protest. I want to be very clear I do not want the @PortlandPolice to be engaged or sucked into a conflict, particularly from a federal agency that I believe is on the wrong track,” Wheeler tweeted on June 20. Related: On June 20, the mayor told ICE they wouldn''t get help from Portland police.','Ted Wheeler Mayor Sean Riddell Union attorney U.S. Immigration and Customs Enforcement (ICE)  Portland police  National Immigration and Customs Enforcement Council ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (6,'Protesters threatened to beat up the employee and surrounded his car','On June 19, protesters threatened to beat up the employee and surrounded his car, the employee wrote in a complaint. When he called 911, officers never showed up and instead told him to meet him at a different location to file a police report. A local ICE officer, who spoke to WW only on the condition of anonymity, says two agency employees called Portland police June 19, when they were blocked from leaving the building in their vehicles. One of those employees told Portland police that protesters followed his truck as he went to pick up his daughter from summer camp and harassed him in the parking lot. He also says protesters showed up at his Portland apartment building a few hours later. Again, he called police, but says no officer responded.','employees  protesters  Portland police  officers  police  Federal Protective Services  ICE officers  WW ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (7,'The employee said a protester asked him whether he was an ICE employee and then started','On July 9, the employee said a protester asked him whether he was an ICE employee and then started following him. The employee called 911 and reported the harassment. Several other protesters surrounded the employee, he said, and the employee showed his concealed weapon. A police officer arrived and removed his weapon, and asked for identification and his weapons permit, the employee wrote. Federal Protective Services arrived and Portland police released the employee to federal custody, the employee wrote.','employees  protesters  Portland police  ICE employees  Federal Protective Services  police officers ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (10,'Portland drew national attention when videos of violent skirmishes between right-wing activists are radical far-left outfits','Portland drew national attention last month when videos of violent skirmishes between right-wing activists are radical far-left outfits such as anti-fa emerged on social media.','activists ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (11,'A protester faces off with federal police after a raid of Occupy ICE PDX','A protester faces off with federal police after a raid of Occupy ICE PDX on June 28, 2018.','Occupy ICE PDX  protesters  federal police ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (12,'The union that represents U.S. Immigration and Customs Enforcement officers says on at least two occasions','The union that represents U.S. Immigration and Customs Enforcement officers says on at least two occasions last month two federal ICE employees called Portland police while being harassed by protesters—but cops did not show up, because Portland''s mayor had ordered them not to intervene.','Ted Wheeler Mayor union  protesters  Portland police  ICE employees  police  U.S. Immigration Customs Enforcement officers  National ICE Council ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (13,'Portland Police Deputy Chief Bob Day wrote the email','Portland Police Deputy Chief Bob Day wrote the email June 19, replying to a formal request for assistance from the Federal Protective Service, a police division within the Department of Homeland Security. "At this time I am denying your request for additional resources from PPB," Day wrote.','U.S. Immigration and Customs Enforcement (ICE)  Department of Homeland Security  Bob Day Portland Police Deputy Chief Federal Protective Service  PPB  FPS  Chris Crane ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (14,'It broke down, after Wheeler sent a notice to protesters telling them he planned to sweep','It broke down last week, after Wheeler sent a notice to protesters telling them he planned to sweep the camp because it was unsafe and he feared violence from far-right activists.','Ted Wheeler Mayor protesters  activists ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (15,'Two people dressed in black beat a man accused of being a right-wing Trump supporter','Two people dressed in black beat a man accused of being a right-wing Trump supporter at MLK Jr. Park in Berkeley, Calif., on Aug. 27, 2017.','U.S. Immigration and Customs Enforcement (ICE) ');
INSERT INTO incidents_fts (rowid,title,passages,actors) VALUES (16,'The Democrats want Open Borders, Trump wrote','The Democrats want Open Borders,” Trump wrote on July 31.','U.S. Immigration and Customs Enforcement (ICE)  Donald Trump President Law Enforcement Professionals ');
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (1,1,1,0,'2018-07-30','2018-07-30','day','“on Monday”, article dated Mon 30 Jul 2018 (dateline)','Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler','legal action',NULL,'union attorney sean riddell issu cease desist lett wheel ¶issu','sean riddellted wheelerwheelerunion',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (2,1,2,1,'2018-06-11','2018-06-20','range','“in mid-June”, article dated Mon 30 Jul 2018 (dateline)','Occupy ICE PDX started protesting at the Southwest Portland ICE holding facility','protest','Southwest Portland ICE','occupy ice pdx start protest §protest southwest portland hold facility mid-june response trump administration’ policy separat migrant famili bord ¶protest','occupy ice pdxportland ice',1);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (3,1,3,2,'2018-07-01','2018-07-10','range','“in early July”, article dated Mon 30 Jul 2018 (dateline)','The ICE office reopened','reopening',NULL,'ice office reopen ¶reopen','ice',1);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (4,1,4,3,'2018-07-25','2018-07-25','day','“on July 25”, article dated Mon 30 Jul 2018 (dateline)','The protest was disbanded by Portland police amid health and safety issues present at the camp','protest',NULL,'protest §protest disband §clear portland police amid health safety issu present camp ¶clear','portland police',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (5,1,5,4,'2018-06-20','2018-06-20','day','“On June 20”, article dated Mon 30 Jul 2018 (dateline)','The day the protest first shut down the ICE facility, Mayor Wheeler','protest',NULL,'protest §protest shut ice facility mayor wheel police commission announc involve city’ department ¶protest','icemayor wheelerted wheelerwheeler',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (6,1,6,5,'2018-06-19','2018-06-19','day','“On June 19”, article dated Mon 30 Jul 2018 (dateline)','Protesters threatened to beat up the employee and surrounded his car','violence',NULL,'protest §protest threaten beat employee surround car wrote complaint call 911 offic nev show instead told him meet different loc file police report ¶protest','protesteremployeeofficer',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (7,1,7,6,'2018-07-09','2018-07-09','day','“On July 9”, article dated Mon 30 Jul 2018 (dateline)','The employee said a protester asked him whether he was an ICE employee and then started','statement',NULL,'employee protest ask him wheth ice start call 911 report harassment several §protest surround show conceal weapon police offic arriv remov §clear identific permit wrote federal protective servic portland releas custody §arrest ¶ask','federal protective serviceemployeeprotesterice employeepolice officerportland police',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (8,2,5,0,'2018-06-20','2018-06-20','day','“on June 20”, article dated Mon 30 Jul 2018 (estimated)','I want to be very clear I do not want the @PortlandPolice to be engaged','statement',NULL,'want clear portland police engag suck conflict particularly federal agency believe wrong track wheel tweet ¶say','ted wheelerwheeler',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (9,2,1,1,'2018-07-30','2018-07-30','day','“On Monday”, article dated Mon 30 Jul 2018 (estimated)','Riddell sent the “cease and desist” letter to the mayor on behalf of the National Immigration','legal action',NULL,'riddell sent cease desist lett mayor behalf national immigr custom enforcement council deny ice employe basic police servic work viol constitution ¶sent','riddellsean riddellnational immigration and customs enforcement councilted wheelerthe mayorice employee',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (10,2,1,2,'2018-07-30','2018-07-30','day','“July 30”, article dated Mon 30 Jul 2018 (estimated)','Your policy of not providing police services to employees of ICE creates a class of people','legal action',NULL,'policy provid police servic employe ice creat clas people bas upon source income riddell spell problem clear lett mayor portland ¶spell','iceu.s. immigration and customs enforcementu.s. immigration and customs enforcement (ice)riddellsean riddellted wheelerthe mayoremployee',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (11,3,2,0,'2018-06-17','2018-06-17','day','“On June 17”, article dated Tue 31 Jul 2018 (manifest)','In front of the Southwest Portland ICE holding facility','protest','Southwest Portland ICE','front southwest portland ice hold facility large group people call themselv occupy pdx began demonstr §protest response family separ bord ¶began','portland iceoccupy ice pdx',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (12,3,10,1,'2018-06-01','2018-06-30','month','“last month”, article dated Tue 31 Jul 2018 (manifest)','Portland drew national attention when videos of violent skirmishes between right-wing activists are radical far-left outfits','violence',NULL,'portland drew national attention video violent skirmish right-w activist radical far-left outfit anti-fa emerg social media ¶drew','activist',1);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (13,4,11,0,'2018-06-28','2018-06-28','day','“on June 28, 2018” in the text','A protester faces off with federal police after a raid of Occupy ICE PDX','police action',NULL,'protest fac federal police raid occupy ice pdx ¶fac','occupy ice pdxprotesterfederal police',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (14,4,12,1,'2018-06-01','2018-06-30','month','“last month”, article dated Wed 25 Jul 2018 (estimated)','The union that represents U.S. Immigration and Customs Enforcement officers says on at least two occasions','call for help',NULL,'union represent immigr custom enforcement offic least two occasion federal ice employe call portland police harass protest §protest cop show portland'' mayor order intervene ¶call','unionu.s. immigration and customs enforcement officeru.s. immigration customs enforcement officerice employeeportland policeprotestercoppolice',1);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (15,4,1,2,'2018-07-23','2018-07-30','range','“Monday”, article dated Wed 25 Jul 2018 (estimated)','Members of the union, called the National ICE Council','legal action',NULL,'memb union call national ice council sent mayor ted wheel cease desist lett demand require portland police assist federal agent upon ¶call','national ice councilmayor ted wheelerted wheelermemberunionportland policefederal agent',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (16,4,1,3,'2018-07-25','2018-07-31','range','“this morning”, article dated Wed 25 Jul 2018 (estimated)','The letter, filed by the union on behalf of employees working in Portland''s ICE office','legal action','Portland','lett fil union behalf employe work portland'' ice office wheeler'' decision ord portland police assist federal agent viol constitution specifically cit amendment government cannot deny person equal protection und law ¶lett','iceted wheelerwheelerunionemployeeportland policefederal agent',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (17,4,4,4,'2018-07-25','2018-07-25','day','“July 25”, article dated Wed 25 Jul 2018 (estimated)','The camp was abandoned and swept by police','police action',NULL,'camp abandon §clear swept police ¶clear','police',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (18,4,5,5,'2018-06-20','2018-06-20','day','“On June 20”, article dated Wed 25 Jul 2018 (estimated)','The mayor told ICE they wouldn''t get help from Portland police','statement',NULL,'relat mayor told ice wouldn''t get help portland police ¶say','iceted wheelerthe mayorportland police',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (19,4,6,6,'2018-06-19','2018-06-19','day','“June 19”, article dated Wed 25 Jul 2018 (estimated)','A local ICE officer, who spoke to WW only on the condition of anonymity','call for help',NULL,'local ice offic spoke condition anonymity two agency employe call portland police block leav build vehicl one told protest §protest follow truck went pick daught summ camp harass him park lot ¶spoke','wwice officeremployeeportland policeprotester',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (20,4,6,7,'2018-06-19','2018-06-19','day','“a few hours later”, counted from the date the story was at','He also says protesters showed up at his Portland apartment building','statement',NULL,'protest §protest show portland apartment build few call police offic respond ¶protest','protesterpoliceofficer',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (21,4,13,8,'2018-06-19','2018-06-19','day','“June 19”, article dated Wed 25 Jul 2018 (estimated)','Portland Police Deputy Chief Bob Day wrote the email','statement',NULL,'portland police deputy chief bob wrote email reply formal request assistance federal protective service division within department homeland security deny additional resourc ppb ¶say','bob dayportland police deputy chief bob dayfederal protective servicedepartment of homeland securityppb',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (22,4,2,9,'2018-06-17','2018-06-17','day','“beginning June 17”, article dated Wed 25 Jul 2018 (estimated)','Protesters surrounded the ICE building, after news reports about the federal family separation policy','protest',NULL,'protest §protest surround ice build beginn new report federal family separ policy briefly shut block entranc exit harass employe arriv attempt leave occup inspir similar nationwide ¶protest','iceprotesteremployee',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (23,4,14,10,'2018-07-16','2018-07-29','range','“last week”, article dated Wed 25 Jul 2018 (estimated)','It broke down, after Wheeler sent a notice to protesters telling them he planned to sweep','police action',NULL,'broke §storm wheel sent notice protest §protest tell plann sweep §clear camp unsafe fear violence far-right activist ¶storm','ted wheelerwheelerprotesteractivist',1);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (24,5,15,0,'2017-08-27','2017-08-27','day','“on Aug. 27, 2017” in the text','Two people dressed in black beat a man accused of being a right-wing Trump supporter','violence','MLK Jr. Park','two people dress black beat man accus right-w trump support mlk park berkeley calif ¶dress','',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (25,5,1,1,'2018-07-30','2018-07-30','day','“on July 30”, article dated Tue 31 Jul 2018 (dateline)','A cease-and-desist letter (pdf) sent','legal action',NULL,'cease-and-desist lett pdf sent national immigr custom enforcement council portland mayor ted wheel blam policy creat zone terror lawlessnes com police oregon refus respond least two 911 emergency call ice employe felt threaten protest §protest outside office report ¶cease-and-desist','national immigration and customs enforcement councilportland mayor ted wheelerted wheelerportland policeice employee',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (26,5,2,2,'2018-06-01','2018-06-30','month','“In June”, article dated Tue 31 Jul 2018 (dateline)','An Occupy ICE movement began in Portland to protest the family separation of illegal immigrants under','protest','Portland','occupy ice movement began portland protest §protest family separ illegal immigrant und zero tolerance policy often violent compos marxist socialist antifa anarchist homeles set tent outside ice’ headquart one point target happy camp food cart right acros street tax exempt organiz assist people ¶began','occupy iceiceimmigration and customs enforcementimmigration and customs enforcement (ice)immigrantprotester',1);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (27,5,16,3,'2018-07-31','2018-07-31','day','“on July 31”, article dated Tue 31 Jul 2018 (dateline)','The Democrats want Open Borders, Trump wrote','statement',NULL,'democrat want open bord trump wrote ¶say','donald trumptrump',0);
INSERT INTO mentions (id,document_id,incident_id,ordinal,date_start,date_end,precision,date_note,title,kind,location,terms,actor_keys,wide) VALUES (28,5,4,4,'2018-07-25','2018-07-25','day','“on July 25”, article dated Tue 31 Jul 2018 (dateline)','After several weeks of protests, Occupy ICE protesters were forced to close camp','protest',NULL,'several protest §protest occupy ice forc close camp official left disgust poorly maintain state trash abundant scope cleanup effort led intense plann city ¶protest','occupy ice protesterofficialcity official',0);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (1,5,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (1,6,'attorney');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (1,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (1,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (2,8,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (2,9,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (2,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (3,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (3,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (4,11,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (4,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (4,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (5,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (5,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (6,10,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (6,3,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (6,14,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (6,16,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (7,3,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (7,10,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (7,13,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (7,17,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (7,16,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (7,11,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (8,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (8,6,'attorney');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (8,23,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (9,6,'attorney');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (9,23,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (9,13,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (9,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (10,3,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (10,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (10,6,'attorney');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (10,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (11,9,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (11,8,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (11,23,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (11,6,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (11,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (12,35,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (13,10,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (13,36,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (13,8,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (14,5,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (14,37,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (14,13,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (14,11,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (14,10,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (14,15,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (14,39,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (14,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (15,38,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (15,5,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (15,39,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (15,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (15,11,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (15,19,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (16,5,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (16,3,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (16,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (16,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (16,11,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (16,19,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (17,15,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (17,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (17,40,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (17,9,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (18,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (18,11,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (18,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (19,43,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (19,44,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (19,3,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (19,11,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (19,10,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (20,10,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (20,15,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (20,14,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (20,44,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (21,46,'chief');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (21,47,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (21,12,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (21,48,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (21,49,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (21,50,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (21,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (22,10,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (22,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (22,3,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (22,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (23,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (23,10,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (23,35,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (24,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (25,23,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (25,1,'mayor');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (25,11,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (25,13,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (26,52,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (26,25,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (26,10,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (26,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (27,26,'president');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (27,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (27,59,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (28,60,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (28,53,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (28,61,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (28,26,'president');
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (28,7,NULL);
INSERT INTO mention_actors (mention_id,actor_id,role) VALUES (28,59,NULL);
INSERT INTO raw_files (raw_sha256,document_id) VALUES ('cde0c6704687e36da81fc7552da412925fd90601b34b0dd997a4996c83527ae2',1);
INSERT INTO raw_files (raw_sha256,document_id) VALUES ('aa0924a3aa8c98007380a3d07b333f00ce25bb9d3793d14ce1074803d43ed8a5',2);
INSERT INTO raw_files (raw_sha256,document_id) VALUES ('036dae416a6978f49854d787d2a935bc05e6253b10926ace876969344f386672',3);
INSERT INTO raw_files (raw_sha256,document_id) VALUES ('044dd507344aa4902be67d7c46b0b445bc6d9c9c63ec963db99f65c72efba130',4);
INSERT INTO raw_files (raw_sha256,document_id) VALUES ('c6422843aac672d688f0f1cd9d37c8878141a1042cec79bd19fdfc9ebe39b799',5);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
CREATE INDEX documents_file_name ON documents(file_name);
CREATE INDEX incidents_date ON incidents(date_start, id);
CREATE INDEX incidents_kind_date ON incidents(kind, date_start, id);
CREATE INDEX aliases_alias ON aliases(alias);
CREATE INDEX incident_actors_actor ON incident_actors(actor_id, incident_id);
CREATE INDEX evidence_incident ON evidence(incident_id, document_id, start);
CREATE INDEX evidence_document ON evidence(document_id, start);
CREATE INDEX incidents_timeline ON incidents(date_start, date_end, id);
CREATE INDEX mentions_window ON mentions(wide, date_start);
CREATE INDEX mentions_incident ON mentions(incident_id);
CREATE INDEX mention_actors_actor ON mention_actors(actor_id, mention_id);
CREATE INDEX raw_files_document ON raw_files(document_id);
CREATE INDEX evidence_mention ON evidence(mention_id);
PRAGMA application_id = 1229865796;
PRAGMA user_version = 3;
COMMIT;
