"""Word lists and dependency labels the rules read: data, not code. Imports nothing.

The verb lists follow the reporting verbs used by textacy and the Gender Gap Tracker, and
PolNeAR's broad sense of attribution (saying, believing, intending, showing).
"""

from __future__ import annotations

# Verbs that say how the words were said (grumbling, gloating, confiding): each reports words
# as much as "say" does ("Hewlett sniped that she was 'learning on the job'").
MANNER_OF_SAYING_LEMMAS = frozenset(
    """snipe grouse gripe vent fume carp crow gloat sneer rant rave enthuse opine bellow holler
    growl marvel exult quibble whine moan sniff confide relay concur aver posit
    theorize theorise inquire enquire reason berate chastise admonish lecture preach""".split()
)
# Verbs (lemmas) that introduce speech or writing in news; textacy and the Gender Gap
# Tracker use lists of the same kind.
CUE_LEMMAS = MANNER_OF_SAYING_LEMMAS | frozenset(
    """say tell add write tweet post insist warn claim explain note ask state declare announce
    argue continue reply respond recall acknowledge admit confirm deny suggest predict caution
    urge vow promise complain describe call joke quip remark comment observe report reveal
    stress emphasize emphasise mention concede contend assert maintain allege testify recount
    boast scoff shout yell cry exclaim whisper mutter retort counter agree conclude inform
    threaten accuse blame question wonder demand plead pledge proclaim repeat reiterate lament
    muse chant read interject interrupt offer brag gush grumble snap charge dismiss label brand
    term dub characterize characterise hail praise criticize criticise condemn
    denounce decry slam blast thank apologize apologise recommend propose estimate indicate
    signal hint text email message order instruct advise sing pray express refer answer assure
    mock portray cite echo imply herald tout bemoan deride ridicule lambaste scold chide rebuke
    rip assail taunt ponder liken confess laud commend credit fault compare reference knock
    tease pan""".split()
)
# Verbs that attribute content to a source (PARC/PolNeAR's sense of attribution): saying,
# believing and knowing, intending, and evidence "showing" something. The reported content
# is the verb's clause, object or prepositional complement.
SAYING_LEMMAS = MANNER_OF_SAYING_LEMMAS | frozenset(
    """say tell claim argue insist warn add note explain acknowledge admit confirm deny suggest
    predict report announce state allege contend assert maintain stress emphasize emphasise concede
    testify conclude indicate agree complain recall write tweet post estimate caution signal hint
    declare promise vow pledge threaten charge accuse point mention remark comment respond reply
    ask question urge demand call describe characterize criticize criticise praise blame condemn
    denounce defend endorse support oppose reject dismiss dispute challenge counter propose
    recommend cite reiterate repeat disclose reveal boast brag joke quip lament acknowledge
    email text insist predict forecast speculate tout decry slam blast applaud welcome back
    attack discuss refuse decline offer express release favor favour prefer embrace oppose
    acknowledge hail reject rule remind assure inform confess specify stipulate""".split()
)
BELIEF_LEMMAS = frozenset(
    """believe think know expect hope fear worry doubt feel suspect assume consider guess
    understand realize realise recognize recognise decide determine find see view regard
    want plan intend seek aim wish vow show demonstrate prove like dislike hate love""".split()
)
# acts that take a side without words: "voted for the bill", "voted against Hart" (PolNeAR
# counts a vote as an attribution; no one is reported saying anything)
POSITION_ACT_LEMMAS = frozenset({"vote"})
# Verbs whose content follows a preposition: "talked about the economy", "called for a ban"
PHRASAL_LEMMAS = frozenset(
    """talk speak call advocate push argue fight campaign vote worry care think hear learn point
    refer respond react object apologize apologise complain comment testify lobby press rally
    believe warn hint joke boast brag insist agree disagree lash focus dwell elaborate weigh
    rail lament muse reflect reminisce speculate""".split()
)
# verbs that with "back" answer an attack in words: "shot back that …", "fired back: “…”"
RETORT_LEMMAS = frozenset({"fire", "shoot", "hit", "snap", "strike"})
# Nouns that carry attributed content: "his remarks about", "her criticism of", "a plan to"
NOUN_CUE_LEMMAS = frozenset(
    """statement remark comment criticism claim proposal plan call warning argument support
    opposition view position concern fear hope complaint accusation allegation assertion promise
    pledge vow threat denial suggestion belief demand insistence prediction assessment
    explanation announcement endorsement attack praise contention lament tirade rant diatribe
    screed broadside conclusion joke jab swipe barb""".split()
)
# light verbs that give a reporting noun voice, their subject its owner: "issued a warning
# that …", "made the argument that …", "launched into a lament for …"
UTTERANCE_VERB_LEMMAS = frozenset(
    "issue make deliver voice sound level lodge air launch renew reiterate repeat offer give take crack".split()
)
# the noun cues that report a thought, a wish, a plan or a view rather than words said
THOUGHT_NOUN_LEMMAS = frozenset(
    "plan view position concern fear hope belief assessment support opposition conclusion".split()
)
INDIRECT_CUE_LEMMAS = SAYING_LEMMAS | BELIEF_LEMMAS
# speech verbs whose object is the one spoken to: "Ramos told AFP"
HEARER_OBJECT_LEMMAS = frozenset({"tell", "ask", "inform", "assure", "remind", "warn", "urge", "advise"})
# verbs that name the one told, accused or praised right after themselves ("told them to
# leave", "accused Hart of lying"): right before the "to" or the preposition that would
# follow that one, they are a passive without its "were", a headline's ("Residents told to
# leave", "Ministers accused of betrayal"); not "ask" ("Lee asked to speak" is her request),
# nor "warn of" ("Lee warned of delays" is her warning)
PASSIVE_BEFORE = {
    **dict.fromkeys(("tell", "urge", "warn", "advise", "order", "instruct", "remind"), frozenset({"to"})),
    "accuse": frozenset({"of"}),
    "charge": frozenset({"with"}),
    "blame": frozenset({"for"}),
    "praise": frozenset({"for"}),
    "hail": frozenset({"as", "for"}),
    **dict.fromkeys(("criticise", "criticize", "condemn", "slam", "question"), frozenset({"over", "for"})),
}
# what is told rather than who is told: "told the story of …", "tell their stories", "told a joke"
TOLD_THINGS = frozenset({"story", "tale", "joke", "anecdote"})
# gatherings someone speaks to ("told a news briefing", "told the hearing", "told parliament")
GATHERING_NOUNS = frozenset(
    """briefing conference meeting hearing rally summit session forum audience crowd gathering
    parliament committee congress assembly inquiry tribunal jury convention""".split()
)
# object complements count only for verbs whose object is itself the content ("endorsed
# Clinton", "criticized the deal"), not for "tell" (whose object is the hearer)
# (nor for verbs whose object is the vehicle or a thing: "released a video", "found a way")
OBJECT_CONTENT_LEMMAS = (
    INDIRECT_CUE_LEMMAS
    - HEARER_OBJECT_LEMMAS
    - {
        "call",
        "accuse",
        "blame",
        "charge",
        "find",
        "release",
        "post",
        "respond",
        "decide",
        "refuse",
        "see",
        "write",
        "seek",
        "offer",
        "make",
        "text",
        "email",
        # "maintained a double-digit lead", "added 292,000 jobs", "the city boasts 108,000
        # residents" (has them): said only with a clause (or "boasted of …")
        "maintain",
        "add",
        "boast",
    }
    # "berated security guards", "preached unity": whom or what they went on about, not words
    - MANNER_OF_SAYING_LEMMAS
)
# what "deny" withholds rather than disputes: "denied bail", "was denied entry"
GRANTED_THINGS = frozenset(
    """bail parole entry access visa permit permission asylum admission license licence tenure
    funding loan credit service treatment care benefit custody clemency pardon passage""".split()
)
PREPOSITION_CONTENT = {"about", "of", "for", "on", "against", "over"}
# speech verbs whose "of" is no report: "reminds me of Lincoln" (a likeness), "is assured of
# 120 delegates" (a certainty); what they report is a clause ("reminded voters that …")
CLAUSE_ONLY_LEMMAS = frozenset({"remind", "assure"}) | MANNER_OF_SAYING_LEMMAS
# prepositions that carry content only after particular verbs: "pointed to", "believe in"
VERB_PREPOSITIONS = {
    "to": {"point", "refer", "respond", "react", "object", "allude", "admit", "confess"},
    "in": {"believe"},
    "at": {"lash", "rail", "aim", "hint"},
    "with": {"agree", "disagree", "side"},
}
# Nouns for people, the roles news gives them: a subject like these can be doing the saying
# itself ("officials said the mayor attacked the plan, calling it …": the mayor calls it)
PERSON_NOUN_LEMMAS = frozenset(
    """person people man woman men women child parent mother father son daughter wife husband
    family friend neighbor neighbour citizen resident voter supporter critic opponent rival
    ally fan activist protester demonstrator organizer organiser worker employee staff staffer
    colleague member leader official spokesman spokeswoman spokesperson aide adviser advisor
    strategist consultant pollster donor delegate candidate nominee lawmaker legislator
    senator representative congressman congresswoman governor mayor president minister
    secretary chancellor ambassador envoy diplomat commissioner chairman chairwoman chair
    director manager chief executive founder owner boss analyst expert economist scientist
    researcher historian professor teacher student doctor nurse lawyer attorney prosecutor
    judge justice officer police agent soldier general commander reporter journalist editor
    writer author host anchor witness victim source immigrant refugee farmer customer patient
    crowd audience whistleblower survivor mum dad relative passenger driver pensioner
    teenager""".split()
)
# Person nouns with a gender: after "a spokeswoman said", "he added" is someone else
NOUN_GENDER = {
    **dict.fromkeys("man father son husband brother spokesman congressman chairman king".split(), "m"),
    **dict.fromkeys("woman mother daughter wife sister spokeswoman congresswoman chairwoman queen".split(), "f"),
}
# people news keeps unnamed: "the source added" is never the person just named and quoted
ANONYMOUS_SOURCE_NOUNS = frozenset({"source", "insider", "informant", "whistleblower"})
# the words of the terms an unnamed source speaks on: "who asked not to be named", "who
# declined to be identified", "who spoke on condition of anonymity", "who was not authorized"
ANONYMITY_WORDS = frozenset({"name", "identify", "anonymity", "anonymously", "authorize", "authorise"})
# Nouns for the documents and media that news cites as sources: "the report said"
DOCUMENT_NOUN_LEMMAS = frozenset(
    """report statement letter email e-mail memo note message post tweet video ad advertisement
    poll survey study analysis review audit lawsuit suit complaint filing indictment ruling
    decision order opinion verdict transcript document record recording book article story
    editorial column op-ed paper newspaper tabloid magazine website site blog release announcement
    speech interview campaign petition resolution bill law platform plan proposal policy
    guidance warning notice sign banner caption headline piece placard poster billboard shirt
    t-shirt hat cap button sticker summary judgment judgement communique communiqué affidavit
    dossier estimate projection forecast memoir autobiography diary manifesto testimony deposition""".split()
)
SOURCE_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP")
# bodies whose findings are written ones: "the inquiry found that …", "the court found"
FINDING_BODY_NOUNS = frozenset(
    """court judge jury inquiry investigation investigator panel tribunal coroner commission
    committee watchdog regulator inspector inspectorate auditor ombudsman""".split()
)
SOURCE_PRONOUNS = {"he", "she", "they"}
# "speaking on Sky News", "talked for an hour": only "about" gives these verbs content
MEDIUM_VERBS = {"speak", "talk", "write", "post", "tweet", "testify", "comment"}
# where something was said, not what: "responded on Twitter", "said on television"
MEDIUM_NOUNS = frozenset(
    """twitter facebook instagram youtube tiktok television tv radio air camera stage phone
    telephone website blog podcast show program programme broadcast""".split()
)
NON_SOURCE_SUBJECTS = {"it", "there", "what", "this", "that", "which", "who"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
# a quantity standing alone for the people just mentioned: "many said …", "most agreed …"
QUANTITY_SUBJECTS = frozenset({"many", "most", "some", "several", "few", "both", "all"})
# verbs of a match result: "Caloundra defeated Wynnum", "Leeds beat Derby 2–1"
MATCH_RESULT_LEMMAS = frozenset({"defeat", "beat", "edge", "thrash", "trounce", "rout", "overcome", "outplay", "down"})
# a result two sides share, the other after "with": "drew with Hamburg"
DRAW_LEMMAS = frozenset({"draw"})
# a side's coaches and players, after the side's name: "Leeds captain", "Caloundra half back"
# ("manager" and "forward" are left out: "a London manager", "to take Ohio forward")
TEAM_POSITIONS = frozenset(
    {
        "coach",
        "captain",
        "skipper",
        "goalkeeper",
        "goalie",
        "striker",
        "midfielder",
        "winger",
        "quarterback",
        "halfback",
        "half back",
        "fullback",
        "full back",
        "five-eighth",
        "five eighth",
        "pitcher",
        "batsman",
        "playmaker",
        "centre-back",
        "centre back",
        "point guard",
        "forward",
        "defender",
        "keeper",
        "full-back",
        "left-back",
        "right-back",
        "wing-back",
        "centre-forward",
        "fly-half",
        "scrum-half",
        "wicketkeeper",
        "all-rounder",
        "shortstop",
        "linebacker",
        "running back",
        "wide receiver",
    }
)
# who runs a side ("Manchester City manager Pep Guardiola", "Stoke City boss"): read as a
# side's only after a name that ends as clubs' names do, as "Florida manager" may run a shop
TEAM_MANAGERS = frozenset({"manager", "boss"})
# the last words of football clubs' names that a town's is not ("Derby County" and "Ipswich
# Town" left out: a US county or town has a manager too)
CLUB_NAME_ENDINGS = frozenset(
    "City United Rovers Athletic Wanderers Albion Hotspur Rangers Celtic Villa Argyle Orient".split()
)
# what may stand before a position: "assistant coach", "head coach", "vice captain"
TEAM_POSITION_RANKS = frozenset({"assistant", "head", "vice", "interim", "caretaker", "defensive", "offensive"})
# "the filing itself", "Lee herself": emphatic, never a clause's own subject
EMPHATIC_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"})
PLURAL_PRONOUNS = {"they", "them", "we"}
# plural pronouns for people the story is about (not the writer's "we")
PERSONAL_PLURALS = {"they", "them"}
# "used X to say", "took the stage to say": the object is the means, the subject speaks
INSTRUMENT_LEMMAS = {"use", "take", "spend", "seize"}
# verbs whose passive participle names the one questioned: "asked about …", "pressed on …"
ASKED_LEMMAS = {"ask", "press", "question", "quiz"}
# the fine-grained tags of a verb that carries tense ("said", "says", "say", "would"): a clause's own
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
# speech verbs whose content is a question: "Lee questioned whether Hart was ready"
QUESTIONING_LEMMAS = frozenset({"ask", "question", "query"})
# verbs of giving an account: what someone explains, describes or tells "how", "why" or "what"
# is their account ("explained how the bridge would be paid for"), not a question left open
ACCOUNT_LEMMAS = frozenset({"explain", "describe", "recount", "recall", "tell", "reveal", "detail", "outline"})
# reports that name only what the words were about, not what they said ("discussed the
# budget", "describing his feelings", "spoke about the flood", "was asked about the loan",
# "responded to the tweet"): verbs whose object is the topic, verbs whose "about", "on",
# "of" or "over" gives it (and the nouns for remarks: "her statement on the flood"), and
# the answering verbs whose "to" gives what they answer. The words themselves are not
# reported, so the report is a `topic`, not `speech`; a stance or a charge ("criticized
# the deal", "complained about the fees", "warned of the risk") says something of its
# object, and stays speech.
TOPIC_OBJECT_LEMMAS = frozenset({"discuss", "describe", "mention", "explain", "answer"})
TOPIC_PREPOSITION_LEMMAS = frozenset(
    """talk speak write tweet post blog comment remark testify ask inquire enquire speculate
    reflect dwell focus elaborate muse reminisce joke chat weigh touch report statement""".split()
)
TOPIC_PREPOSITIONS = frozenset({"about", "on", "of", "over", "regarding", "concerning"})
RESPONDING_LEMMAS = frozenset({"respond", "reply", "react"})
# what heads a noun phrase that names a topic ("his feelings", "them", "2016")
TOPIC_HEAD_POS = ("NOUN", "PROPN", "PRON", "NUM")
# speech verbs that answer: the question right before them is someone else's
ANSWER_LEMMAS = frozenset({"answer", "reply", "respond", "retort", "counter"})
SPEAKER_DEPS = ("nsubj", "nsubjpass")
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos", "attr"}
NP_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "punct", "advmod"}
# how far a rule may look for its cue, in tokens
ADJACENT_CUE_WINDOW = 12
TERMINAL_PUNCT = {".", "!", "?"}
# how far up the parse a quote may be from the verb that reports it
MAX_HEAD_STEPS = 8
# a reported clause opening with these is an embedded question, not reported content
QUESTION_WORDS = {"how", "what", "whether", "why", "if", "when", "where", "who", "which", "whom"}
# a word that answers for a whole statement after a verb of answering ("46 percent said
# yes", "Hart said no to the plan", "half said so"), and those verbs
ANSWER_WORDS = frozenset({"yes", "no", "so"})
ANSWERING_LEMMAS = frozenset({"say", "answer", "reply"})
# nouns for a stretch of time, which a bare noun phrase can tell without a preposition
# ("called the mayor this morning", "spoke twice a week")
TIME_NOUNS = frozenset(
    "time times moment minute hour day night morning afternoon evening week weekend month year season decade".split()
)
# verbs that give something a name of the speaker's choosing
NAMING_LEMMAS = frozenset({"call", "label", "dub", "brand", "term", "refer", "nickname", "deride", "mock", "describe"})
# nouns for someone's words, whose owner speaks them: "Her response was blunt: “…”"
WORDS_NOUN_LEMMAS = NOUN_CUE_LEMMAS | {
    "answer",
    "response",
    "reply",
    "message",
    "retort",
    "word",  # the lemma of "her words"
    "verdict",
    "shout",
    "cry",
    "chant",
    "voice",
    # what someone says over and over: "Her mantra was simple: “…”", "his catch phrase was that …"
    "phrase",
    "catchphrase",
    "mantra",
    "refrain",
    "slogan",
    "motto",
    "quip",
    "plea",
    "question",
}


# Honorifics say something about the person (gender) but are not part of the name.
HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    # peers, by their rank: "Baroness Amos", "Viscount Hailsham" (not "Baron", "Earl" or
    # "Duke", which are also names: Martin Baron, Earl Warren, Duke Ellington)
    "baroness": "f",
    "viscount": "m",
    "viscountess": "f",
    "marquess": "m",
    "marchioness": "f",
    "countess": "f",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "madam": "f",
    "lady": "f",
    "dame": "f",
    "mme": "f",
    "mme.": "f",
    "madame": "f",
    "mlle": "f",
    "monsignor": None,
    "monsenor": None,
    "monseñor": None,
    "dr": None,
    "dr.": None,
    "prof": None,
    "prof.": None,
}


# a parent news gives with a count of their children ("a mother of five", "father-of-three"):
# the count is part of the role
PARENT_NOUNS = frozenset(
    """mother father parent mum mom dad grandmother grandfather grandparent grandma grandpa
    gran stepmother stepfather""".split()
)


# nouns only one gender is called by, as the role or relation an article gives a person
# ("mother Louise Turpin", "Ann Lee, his wife,"): evidence of their gender
GENDERED_NOUNS = {
    **dict.fromkeys(
        """man boy father dad son husband brother grandfather grandson uncle nephew
        boyfriend fiancé fiance widower stepfather stepson king prince duke emperor lord
        sir spokesman congressman businessman policeman sportsman monk pope sheikh emir sultan
        tsar czar baron earl viscount marquess abbot councilman assemblyman anchorman alderman
        selectman""".split(),
        "m",
    ),
    **dict.fromkeys(
        """woman girl mother mum mom daughter wife sister grandmother granddaughter aunt
        niece girlfriend fiancée widow stepmother stepdaughter queen princess duchess
        empress lady dame spokeswoman congresswoman chairwoman businesswoman policewoman
        sportswoman actress nun sheikha tsarina baroness countess viscountess marchioness
        abbess councilwoman assemblywoman anchorwoman headmistress alderwoman selectwoman""".split(),
        "f",
    ),
}


# Role titles that the model sometimes folds into a PERSON span.
ROLE_TITLES = {
    "president",
    "vice",
    "prime",
    "minister",
    "senator",
    "sen.",
    "sen",
    "rep.",
    "rep",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "judge",
    "justice",
    "general",
    "gen.",
    "secretary",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "crown",
    "pope",
    "rev.",
    "reverend",
    "chairman",
    "chairwoman",
    "ceo",
    "speaker",
    "leader",
    "former",
    "u.s.",
    "ambassador",
    "commissioner",
    "sheriff",
    "chief",
    "director",
    "attorney",
    "pastor",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "sheikh",
    "mufti",
    "ayatollah",
    "mullah",
    "maulana",
    "capt",
    "capt.",
    "captain",
    "sgt",
    "sgt.",
    "sergeant",
    "lt",
    "lt.",
    "col",
    "col.",
    "colonel",
    "det",
    "det.",
    "detective",
    "supt",
    "supt.",
    "superintendent",
    "supervisor",
    "councilman",
    "councilwoman",
    "councilmember",
    "assemblymember",
    "alderman",
    "alderwoman",
    "alderperson",
    "selectman",
    "selectwoman",
    "trustee",
    "freeholder",
    "councillor",
    "cllr",
    "cllr.",
    "assemblyman",
    "assemblywoman",
    "congressman",
    "congresswoman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    # titles courts, campuses, sport and the police put before a name, capitalised there:
    # "Prosecutor Sam Obi", "Coach Ann Lee", "Professor Tom Ward", "Officer Jo Kim"
    "prosecutor",
    "coach",
    "professor",
    "prof",
    "prof.",
    "officer",
    "trooper",
    "constable",
    "inspector",
    "deputy",
    "admiral",
    "commander",
    "magistrate",
    "premier",
    "treasurer",
    "registrar",
    # British police ranks as written before a name: "Det Insp Ann Lee", "DCI Tom Ward", "PC Jo Kim"
    "insp",
    "insp.",
    "dci",
    "dcs",
    "pc",
    "pcso",
    # the positions sport reports put before a player's name: "Striker Jamie Hart",
    # "Goalkeeper Ann Lee", "Quarterback Tom Ward"
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "quarterback",
    "linebacker",
    "pitcher",
    "shortstop",
    # the Irish prime minister and deputy, by their Irish titles
    "taoiseach",
    "tánaiste",
    "tanaiste",
}


PLATFORMS = {
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "tiktok",
    "snapchat",
    "reddit",
    "linkedin",
    "whatsapp",
    "telegram",
    "weibo",
    "wechat",
    "bluesky",
    "pinterest",
    "substack",
}
# titles written before a sovereign's or a pope's name ("Queen Elizabeth II", "Pope Francis")
SOVEREIGN_TITLES = frozenset("King Queen Pope Emperor Empress Sultan Emir Tsar Czar Kaiser".split())
# nouns for settlements and areas, whose names the text lists: "the towns of Beni and Katwa"
# a plea in court, not words ("pleaded guilty", "pleads not guilty", "pleaded no contest")
PLEAS = frozenset(("guilty", "innocent", "contest"))
# verbs that report that something was not said ("declined to comment", "refused to admit")
REFUSAL_LEMMAS = frozenset(("refuse", "decline", "fail"))
# what puts a speech verb in the future, so nothing has been said yet: "is expected to
# announce", "plans to tell", "is set to say", "is due to testify"
PROSPECTIVE_LEMMAS = frozenset("expect plan intend want hope set due schedule poise prepare aim wish".split())
# verbs whose object is a document the subject issues ("Acme filed a complaint")
ISSUING_LEMMAS = frozenset("issue release publish file send post put submit sign write deliver".split())
# what is done to a document by the one whose words it holds: "a letter sent by Ann Lee",
# "a report written by the inspectors", "a statement issued by the club", "a poll conducted
# by the paper", "a website run by Lee" (not "commissioned", "obtained", "combed through" or
# "provided by", whose agent did not write it)
AUTHORING_LEMMAS = ISSUING_LEMMAS | frozenset(
    """author draft prepare produce compile pen circulate distribute present co-author co-sign
    conduct carry run""".split()
)
# how many people a plural description says it means ("both officers", "the two senators")
GROUP_SIZE_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
# the last word of a street's or a building's name ("Grenada Street", "Quicken Loans Arena")
STREET_WORDS = frozenset("street road avenue lane boulevard drive highway ground grounds park oval field".split())
# what these verbs take as an object is a territory: "troops entered Ain Issa"
TERRITORY_VERBS = frozenset(
    "enter shell bomb besiege retake recapture liberate invade annex occupy evacuate encircle".split()
)
SETTLEMENT_NOUNS = frozenset(
    """town city village hamlet suburb district province region county state municipality
    neighbourhood neighborhood borough island""".split()
)


# News outlets whose one-word names the small model takes for a surname ("told Fox",
# "Breitbart reported"); names that are also people's (Bloomberg, Drudge) are left out.
NEWS_OUTLETS = {
    "fox",
    "breitbart",
    "politico",
    "gawker",
    "axios",
    "buzzfeed",
    "huffpost",
    "mediaite",
    "msnbc",
    "cnn",
    "npr",
    "reuters",
    "newsmax",
    "newsweek",
    "vox",
    "salon",
    "slate",
    "fbn",
    # papers abroad named with their own language's article, which the model takes for a
    # person's name ("Le Monde", "El País") or cuts ("Die" of "Die Zeit", read as a verb)
    "le monde",
    "le figaro",
    "le parisien",
    "libération",
    "el país",
    "el pais",
    "el mundo",
    "la repubblica",
    "la stampa",
    "la nación",
    "la nacion",
    "die zeit",
    "die welt",
    "der spiegel",
    "de telegraaf",
}


# "her State Department", "its Clinton Health Access Initiative": whose it is, not its name
# ("Our Revolution" and "Our Principles PAC" are names, so only the third person goes)
POSSESSIVE_DETERMINERS = {"his", "her", "its", "their"}


STANCE_PREFIXES = ("pro-", "anti-", "non-", "post-", "pre-", "un-", "trans-")


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


LOCATIVE_PREPOSITIONS = {"in", "at", "near", "from", "to", "outside", "around"}


# words of an organisation's name, which no person's name holds ("Central Intelligence
# Agency", "King Solomon Missionary Baptist Church", "Warner Cable")
ORGANISATION_WORDS = frozenset(
    """agency department ministry office bureau service services club church caucus party
    bank cable global group company companies corporation network union league federation
    board authority commission court hospital church mosque temple bible army navy force
    forces police guard airlines airways motors holdings partners capital media news times
    post press radio tv television channel studio studios records bureau trust""".split()
)


# What the small model tags as a person, place or organisation that is none of them, by
# the class it belongs to. Last words of names of laws, documents and events:
# "Tenure of Office Act", "Public Service Vehicle Regulations", "Syrian Civil War",
# "Sacred Defence Week", "Ineos 1:59 Challenge", "Nobel Prize"
# common nouns that say what kind of organisation the name after them is ("law firm Sidley
# Austin", "supermarket Ocado", "store chains Woolworths and Coles", "news site oe24.at")
ORGANISATION_KIND_NOUNS = frozenset(
    """company firm corporation chain retailer supermarket grocer store manufacturer maker
    producer carmaker automaker enterprise business conglomerate bank lender insurer airline
    carrier broadcaster network channel newspaper daily tabloid magazine website site outlet
    publisher agency charity nonprofit union startup brand studio party movement organisation
    organization association coalition alliance militia club team band""".split()
)
# things named after people: "the James Webb Space Telescope", "NASA's Kepler mission"
NAMED_THING_NOUNS = frozenset(
    """telescope spacecraft probe satellite rover observatory mission rocket lander orbiter
    ship vessel submarine""".split()
)
# nouns for things, not bodies, set before a name: "the antibody cocktail ZMapp", "medical
# services Medicare and Medicaid", "the constellation Leo" ("star" is left out: "film star
# Tom Cruise"; "app" and "website" too, which name their companies in news)
THING_KIND_NOUNS = frozenset(
    """drug vaccine medicine medication treatment therapy cocktail antibody pill
    constellation planet exoplanet galaxy comet asteroid nebula service programme program
    scheme virus variant disease storm hurricane cyclone typhoon film movie documentary novel
    book album song painting opera musical""".split()
)
# nouns for works, whose titles news puts in quotes right after them: "the reality show “The
# Apprentice”", "his new book, ‘Doomed to Succeed,’", "a play called “Los Hijos de Trump”"
WORK_NOUNS = frozenset(
    """book novel memoir autobiography biography film movie documentary show series sitcom programme program
    play musical opera album song painting podcast episode poem essay ad advert advertisement
    commercial spot satire comedy drama thriller biopic sequel franchise anthology ballet symphony""".split()
)
# pieces of writing whose titles news sets off by commas after them: "Davis' commentary,
# “Melania, tell your story,” is very thoughtful"
TITLED_WRITING_NOUNS = frozenset("column op-ed editorial commentary article piece story paper report study".split())
# a part, a showing or a copy of a work: "a clip of ‘The 411’", "the premiere of “Hamilton”"
WORK_PART_NOUNS = frozenset(
    """clip trailer preview excerpt chapter edition season screening premiere performance
    production copy version cover remake sequel staging rerun""".split()
)
# the people a work is known by: "the “Avatar” star", "the “Today” host"
WORK_PEOPLE_NOUNS = frozenset(
    "star host creator author co-author coauthor actor actress director producer writer".split()
)
# verbs that give a work its title between the noun and the title ("a play called …")
TITLING_WORDS = frozenset("called titled entitled named dubbed".split())
# what a maker does to a product: "which makes Kleenex Toilet Tissue" ("sell" is left out:
# companies sell companies)
PRODUCT_VERB_LEMMAS = frozenset({"make", "manufacture", "produce"})
# a person-tagged name ending in one of these is a building or site ("John Radcliffe Hospital")
FACILITY_WORDS = frozenset(
    """hospital airport stadium arena station prison jail cathedral church mosque synagogue
    temple palace castle bridge tunnel dam""".split()
)
# endings of Greek and Latin genus names of animals ("Archaeopteryx", "Tyrannosaurus")
GENUS_ENDINGS = (
    "pteryx",
    "saurus",
    "odon",
    "raptor",
    "ceratops",
    "therium",
    "pithecus",
    "cephalus",
    "ornis",
    "suchus",
    "nychus",
    "lophus",
    "venator",
)
LAW_AND_DOCUMENT_WORDS = frozenset(
    """act acts bill regulation regulations constitution treaty convention accord
    accords directive charter code amendment amendments conditions rules protocol
    manifesto""".split()
)
EVENT_WORDS = frozenset(
    """war wars challenge break week games olympics championship championships cup festival
    crisis revolution uprising massacre summit conference election elections referendum
    marathon tournament prize prizes award awards medal""".split()
)
# diseases and their agents, which news capitalises ("COVID-19", "Ebola", "EVD")
DISEASE_NAMES = frozenset(
    """covid covid-19 covid19 coronavirus sars sars-cov-2 mers ebola evd hiv aids zika
    influenza h1n1 h5n1 measles polio malaria cholera tuberculosis mpox monkeypox omicron
    alzheimer's parkinson's""".split()
)
# lower-case words inside names: "Brigade de Recherche", "Mohammad bin Salman", "Ludwig van
# Beethoven", "Office of the UN", "Prawo i Sprawiedliwość"
NAME_PARTICLES = frozenset(
    """of the a an and for on in to at de des du la le les las los el del della degli al bin
    ibn van von der den di da dos das do y e i et und au aux sur en""".split()
)
# time zones, written after times ("12:30 BST")
TIME_ZONES = frozenset(
    """utc gmt bst cet cest eet eest est edt cst cdt mst mdt pst pdt akst hst aest aedt acst
    awst nzst nzdt jst kst ist wib""".split()
)
# kinds of place, which name none on their own ("the Law of the Sea"; not "the Gulf", "the
# Bay", which news uses for the Gulf states and the Bay Area)
LANDFORM_WORDS = frozenset(
    "sea ocean river lake mountain mountains island islands desert valley coast peninsula".split()
)
# a place's bodies, named by the place and the noun: "the UK government", "Chicago police"
PLACE_BODY_NOUNS = frozenset("government police court council parliament".split())
# the model's labels for things, which quotex reads as no person, place or organisation
# (though the small model gives them to names too: "Sanders remarked", a work of art)
THING_ENTITY_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
# words for an illness named after a place, a person or a letter: "Bird flu", "Lyme disease"
DISEASE_NOUNS = frozenset("flu fever virus disease syndrome variant".split())
# nouns for words, after a language's name: "the Swahili phrase", "the Urdu word"
LANGUAGE_NOUNS = frozenset("phrase word expression dialect translation".split())  # not "term": "his Senate term"
# the sky: not places ("the Sun", "Earth", "the Moon")
CELESTIAL_BODIES = frozenset("sun moon earth mars jupiter saturn neptune uranus pluto venus".split())


# institutions that news names by the one word once it has named them in full ("the Court"
# for the Court of Session, "the House" for the House of Representatives)
INSTITUTION_NOUNS = frozenset(
    """court house parliament congress senate assembly council ministry department
    university commission office bank agency institute""".split()
)


# last words that make a name an institution's, whoever it is named after
INSTITUTION_WORDS = frozenset(
    """foundation institute center centre university polytechnic college school academy committee
    coalition association pac fund council corporation inc corp""".split()
)
# a company's legal form, the last word(s) of its full name, which news drops ("Ford Motor
# Company" is "Ford"; "HDT Védelmi Ipari Kft." is "HDT")
LEGAL_FORMS = frozenset(
    """company co corporation corp incorporated inc limited ltd llc plc lp llp gmbh ag sa sas
    spa srl nv bv ab asa oy kft zrt rt sro pty kk""".split()
)


# last words of an organisation's name that a person's name may run on from in "director
# of Amnesty International Man-kei Tam" (the model takes both for one name)
ORGANISATION_NAME_ENDINGS = (
    ORGANISATION_WORDS | INSTITUTION_WORDS | frozenset("international watch society alliance initiative".split())
)


# the gender a personal pronoun gives its antecedent (also read by quote attribution)
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


# the pronoun after "Hillary Clinton's husband" is his, not hers
FAMILY_NOUNS = {"husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "spouse"}


# words that end a title or a role before or beside a name, capitalised as part of the title
# ("Interior Minister Joachim Brudziński", "Senate Minority Whip Dick Durbin"), which the tagger
# often reads as names
ROLE_HEAD_WORDS = frozenset(
    """president minister secretary whip speaker senator representative congressman
    congresswoman chairman chairwoman chair director spokesman spokeswoman spokesperson
    ambassador envoy governor mayor judge justice chancellor premier king queen prince
    princess duke duchess emperor pope cardinal archbishop bishop rabbi imam commissioner
    constable superintendent inspector sheriff chief officer general admiral colonel
    captain sergeant lieutenant commander prosecutor attorney counsel advocate rapporteur
    leader head founder co-founder ceo cfo coo executive manager editor correspondent
    reporter columnist anchor analyst professor lecturer researcher scientist author
    co-author coach captain striker member mp mep councillor councilor supervisor
    treasurer comptroller chairperson president-elect secretary-general lawmaker
    legislator candidate nominee delegate deputy taoiseach tánaiste tanaiste""".split()
)
# a noun for a person, by kind or by role: a described person "he" or "she" can stand for
PERSON_OR_ROLE_NOUNS = PERSON_NOUN_LEMMAS | ROLE_HEAD_WORDS


# words that give a described person's name: "a protester using the pseudonym Katya", "a
# woman named Ann Lee", "a man identified only as Tom"
NAMING_WORDS = frozenset("named called pseudonym nickname alias identified".split())


# speech verbs that go on with what the last speaker said: "The professor added, “…”"
CONTINUING_LEMMAS = frozenset({"add", "continue"})


# abbreviated titles, as the role word a description uses ("Sen. Rubio" … "the senator")
TITLE_WORDS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "sec": "secretary",
    "atty": "attorney",
    "pres": "president",
    "dr": "doctor",  # "Dr. Ann Lee … the doctor said"
    "cllr": "councillor",  # "Cllr Jane Smith", the British abbreviation
    "congressman": "representative",
    "congresswoman": "representative",
}


# news varies the word for a role it gave: "President Felipe Calderon … the former Mexican
# leader", "Sen. Ann Lee … the lawmaker", "nominee Tom Ward … the candidate"
BROADER_ROLES = {
    "leader": {"president", "premier", "chancellor", "minister", "king", "queen", "chairman", "chairwoman"},
    "lawmaker": {"senator", "representative", "legislator", "congressman", "congresswoman"},
    "legislator": {"senator", "representative", "lawmaker"},
    "candidate": {"nominee"},
    "pontiff": {"pope"},
    "nominee": {"candidate"},
    # a British secretary of state heads a ministry: "Transport Secretary Louise Haigh" is "the minister"
    "minister": {"secretary"},
}


# nouns for bodies of people, which speak as themselves ("the company said")
COLLECTIVE_NOUNS = frozenset(
    """company firm group campaign network party union court administration agency department
    committee council organization organisation government team board band coalition club
    crowd audience family staff office ministry embassy commission authority bureau association
    federation foundation charity league university hospital""".split()
)


# words news uses to refer back to someone it has named, for what they are rather than a
# part they play in the story: fame and fortune, running for office, holding a seat, a sport's
# position. "Elon Musk … The billionaire said", "Rubio … the Florida senator said". Roles that
# bring a new person in ("the judge", "a spokesman", "the officer") are not among them.
EPITHET_NOUNS = frozenset(
    """billionaire millionaire businessman businesswoman mogul tycoon magnate entrepreneur
    star superstar actor actress singer songwriter rapper musician comedian celebrity socialite
    heiress personality founder co-founder activist campaigner
    politician populist socialist candidate nominee front-runner frontrunner hopeful contender
    challenger incumbent senator congressman congresswoman lawmaker legislator governor
    champion striker midfielder defender goalkeeper quarterback pitcher golfer sprinter
    swimmer cyclist boxer international forward winger playmaker keeper full-back skipper
    batsman batter bowler all-rounder jockey mp msp td mla mep mpp""".split()
)
# the gender an epithet gives ("The actress said" is no man), beside NOUN_GENDER's
EPITHET_GENDER = {
    **dict.fromkeys("businessman frenchman englishman scotsman irishman welshman dutchman".split(), "m"),
    **dict.fromkeys(
        """businesswoman actress heiress socialite frenchwoman englishwoman scotswoman irishwoman
        welshwoman dutchwoman""".split(),
        "f",
    ),
}
# words news uses to refer back to an organisation it has named, by the kind of body it is:
# "Twitter said … The company said", "CNN … the network did not respond", "the FBI … The
# agency declined"; each kind with the words of a name that rule a body in or out
BODY_EPITHETS = {
    **dict.fromkeys(
        """company firm airline carrier bank lender insurer retailer automaker carmaker
        chipmaker drugmaker planemaker steelmaker toymaker
        manufacturer maker giant startup conglomerate""".split(),
        "company",
    ),
    **dict.fromkeys("network broadcaster channel station".split(), "broadcaster"),
    **dict.fromkeys("newspaper paper".split(), "newspaper"),
    **dict.fromkeys("outlet".split(), "news outlet"),
    **dict.fromkeys("agency".split(), "agency"),
    **dict.fromkeys("court tribunal".split(), "court"),
    **dict.fromkeys("department ministry bureau regulator watchdog authority".split(), "government"),
    **dict.fromkeys("council".split(), "council"),
    **dict.fromkeys("group organization organisation charity".split(), "group"),
    **dict.fromkeys("union".split(), "union"),
    **dict.fromkeys("club".split(), "club"),
}
# words in the name of a body that is no company ("State Department", "Labour Party")
NOT_A_COMPANY_WORDS = frozenset(
    """department ministry agency bureau office commission committee council court party
    university college school institute army navy police congress senate house parliament
    assembly administration government union church mosque temple campaign foundation
    association coalition caucus league federation""".split()
)
# words in the name of a broadcaster ("ABC News", "Fox") and of a newspaper ("Orlando Sentinel")
BROADCASTER_NAME_WORDS = frozenset(
    "network tv television radio channel broadcasting cnn bbc abc nbc cbs msnbc npr fox cnbc".split()
)
NEWSPAPER_NAME_WORDS = frozenset(
    """times post journal tribune herald gazette telegraph guardian daily observer chronicle star
    sun mail express independent standard examiner inquirer sentinel dispatch courier register
    bulletin""".split()
)
# words in the name of a government body ("Food and Drug Administration")
GOVERNMENT_NAME_WORDS = frozenset(
    "department ministry agency bureau office commission administration service authority board".split()
)


# one person named for their nation ("The Spaniard said"), where the word does not end as the
# adjective does (-ian, -ese, -ish: "Italian", "Japanese", "Danish")
NATIONALITY_NOUNS = frozenset(
    """spaniard frenchman frenchwoman englishman englishwoman scotsman scotswoman irishman
    irishwoman welshman welshwoman dutchman dutchwoman briton brit dane swede finn pole turk
    scot icelander kiwi aussie argentine argentinian""".split()
)
# one person named for their party ("the Ohio Democrat", "The Tory")
PARTY_MEMBER_NOUNS = frozenset("democrat republican tory conservative independent".split())


# words that make a role another one: a vice president is not "the president"
ROLE_CHANGERS = {"vice", "deputy", "assistant", "lieutenant", "former", "first", "acting", "interim"}


# words of a role that do not tell one person from another
ROLE_FILLER = {"the", "a", "an", "of", "'s", "’s", "-"}


# verbs that introduce an exchange: "Ward pressed Lee on the budget." / “…?” / “…”
EXCHANGE_LEMMAS = ASKED_LEMMAS | {"grill", "interview", "challenge", "confront"}


# conjunctions that set a clause in time; "as Trump said" still attributes
TIME_CONJUNCTIONS = {"after", "before", "when", "while", "since", "until", "once"}
# verbs of seeing and thinking: "voters see him as “a fighter”" is no one's words in particular
REGARDING_LEMMAS = frozenset("see view regard consider perceive know remember imagine recognize recognise".split())
# what shows someone speaking: "footage of Lee saying …" is Lee's words, not the footage's
RECORDING_NOUNS = frozenset("footage clip video tape audio recording film excerpt snippet".split())
# what carries written words: "signs reading “Masks required”" are the sign's words, not
# those of whoever the sentence is about ("Drivers passed signs reading …"), unless they hold
# it up ("Marchers held signs saying …", "Fans wore shirts reading …": theirs)
INSCRIPTION_NOUNS = frozenset(
    """sign signage banner placard poster billboard plaque sticker t-shirt shirt hat cap mug
    button badge tattoo graffiti mural inscription""".split()
)
HOLDING_LEMMAS = frozenset("hold carry wave wear raise hoist brandish bear".split())


# what points back at a quote from the sentence after it: "said this", "made the remark"
BACK_POINTERS = {"it", "this", "that"}


BACK_POINTING_DETERMINERS = {"this", "that", "these", "those", "the", "his", "her", "their"}


# verbs of uttering the words pointed at; not "Lee denied that", which answers them
UTTERING_LEMMAS = {
    "say", "write", "tweet", "post", "declare", "state", "utter", "repeat", "announce", "shout",
    "yell", "whisper", "add", "make", "deliver", "offer",
}  # fmt: skip


DAY_WORDS = {"today", "yesterday", "tonight", "tomorrow"}


SURVEY_LEMMAS = {"poll", "survey"}


# Capitalised words before a colon that head a paragraph without naming anyone.
NOT_SPEAKERS = {
    "UPDATE",
    "UPDATED",
    "CORRECTION",
    "CLARIFICATION",
    "NOTE",
    "EDITOR'S",
    "EDITOR’S",
    "BREAKING",
    "EXCLUSIVE",
    "DEVELOPING",
    "WATCH",
    "VIDEO",
    "AUDIO",
    "PHOTO",
    "PHOTOS",
    "LISTEN",
    "READ",
    "MORE",
    "RELATED",
    "PREVIOUSLY",
    "BYLINE",
    "SOURCE",
    "SOURCES",
    "EMAIL",
    "ALSO",
    "LOOK",
    "ANALYSIS",
    "OPINION",
    "TRANSCRIPT",
    "WARNING",
    "SPOILER",
    "ANNOUNCER",
    "CROWD",
    "AUDIENCE",
    "UNIDENTIFIED",
    "UNKNOWN",
    # the one-word headline openers of some sites ("BOOM: Trump Just Fired …")
    "BOOM",
    "BUSTED",
    "WOW",
    "SHOCK",
    "SHOCKING",
    "REPORT",
    "POLL",
    "LIVE",
    "JUST",
    # the section labels of a wire service's market and news round-up ("ENERGY: Benchmark
    # U.S. crude oil fell …", "CHINA MANUFACTURING: A survey showed …")
    "ENERGY",
    "OIL",
    "GOLD",
    "METALS",
    "COMMODITIES",
    "CURRENCIES",
    "CURRENCY",
    "BONDS",
    "STOCKS",
    "SHARES",
    "MARKETS",
    "MANUFACTURING",
    "EARNINGS",
    "ECONOMY",
    "INFLATION",
    "RATES",
    "HOUSING",
    "JOBS",
    "TRADE",
    "RETAIL",
    "TECH",
    "CRYPTO",
    "WEATHER",
    "SPORTS",
    "BUSINESS",
    "POLITICS",
    "HEALTH",
    "SCIENCE",
    "ENTERTAINMENT",
    "WORLD",
    "NATION",
    "TRAVEL",
}


# a label with one of these is a heading ("STAT OF THE WEEK:"), not a name
LABEL_FUNCTION_WORDS = {"OF", "THE", "AND", "FOR", "TO", "IN", "ON", "AT", "BY", "WITH", "A", "AN", "IS", "OR"}

# what a listed company's market news trades: "Shares of Apple fell", "Nvidia shares rose"
STOCK_NOUNS = frozenset({"share", "stock"})

# modal verbs that are also names (Theresa May, George Will), as a name is written
MODAL_NAMES = frozenset({"May", "Will"})
