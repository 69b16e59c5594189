package entity

// A cue is a class of words of data/cues.tsv, numbered so that is finds
// the class's words without hashing its name.
type cue uint8

// The classes of data/cues.tsv; cueNames holds their names in the file.
const (
	cueAcronymNotOrg cue = iota
	cueAwardAfter
	cueBrandBefore
	cueEmployerBefore
	cueCapstop
	cueDepartmentMod
	cuePostTrade
	cueChildFrom
	cueCastVerb
	cueClubBefore
	cueClubSuffix
	cueClubVerb
	cueCompanionLead
	cueCompass
	cueCompatriot
	cueCountryName
	cueContrastMod
	cueCopula
	cueCopulaFiller
	cueCoupleHead
	cueCoupleNews
	cueCouplePast
	cueCoupleLoss
	cueOpeningLead
	cueDeathCue
	cueDescriptionStop
	cueDeterminer
	cueDroppedSuffix
	cueEateryBefore
	cueEponymHead
	cueEventAfter
	cueStormTitle
	cueMeetingAfter
	cueEventHead
	cueFormerMod
	cueFameNoun
	cueHeadRole
	cueIdentifiedAs
	cueInfantNoun
	cueClientNoun
	cueMaidenMark
	cuePostNominal
	cueInitialNotName
	cueInstitutionHead
	cueOfOrgHead
	cueKinPlural
	cueKinFor
	cueNameListLead
	cueKinUnnamedStop
	cueKinGroupMod
	cueKinGroupLead
	cueKinGroupNoun
	cueNameTrade
	cueAccusedNoun
	cueChargeVerb
	cueKinBirthOrder
	cueBirthVerb
	cueBirthNotYet
	cueKinShareVerb
	cueParentWork
	cueLeagueHead
	cueLegislature
	cueListLead
	cueLocativeMinor
	cueMatchBefore
	cueNameBreak
	cueNameConnective
	cueNameParticle
	cueNamingVerb
	cueNationalOffice
	cueNotAName
	cueNumberSign
	cueObjectPredicate
	cueOrgAfter
	cueStaffNoun
	cueGradeLead
	cueEnsembleTrade
	cueFirmAfter
	cueFirmTrade
	cueHeadingOffice
	cueTownTitle
	cueEmployVerb
	cueOrgAppositiveEnd
	cueFirmPost
	cueFirmHead
	cueEndowedPost
	cueRealNameLead
	cueNameArticle
	cuePlatformBefore
	cueOrgNominal
	cueOrgPossAfter
	cueOrgSpeechVerb
	cueOrgSuffix
	cueOrgLead
	cueOutletAfter
	cueResultsWord
	cueOutletBefore
	cueOutletHead
	cueOutletNoun
	cuePageantName
	cuePageantTitle
	cuePaperHead
	cueParishPost
	cuePartnerBefore
	cuePartnerLink
	cuePersonObject
	cuePartnerMod
	cuePartnerTitle
	cuePartyLead
	cuePartyMember
	cuePartyPost
	cuePlaceBefore
	cuePlaceBody
	cuePlaceChamber
	cueNativeNoun
	cuePlaceInfix
	cuePlaceNounAfter
	cuePlaceEnding
	cuePlaceSuffix
	cuePlaceTail
	cuePlaceHead
	cuePluralNotTeam
	cuePredicateLead
	cuePropertyNoun
	cueRankTitle
	cueGivenTitle
	cueLetterTitle
	cueTitleGiven
	cueStatusTitle
	cueRelativePerson
	cueRoleQualifier
	cueRoleVerb
	cueAppointVerb
	cueSaintTitle
	cueShopBefore
	cueRomanceWith
	cueShowAfter
	cueSeePost
	cueServicesTo
	cueGenericBody
	cueMunicipality
	cueSourceLead
	cueSpeechVerb
	cueAddressLead
	cueSuccessorMod
	cuePastMod
	cueSport
	cueSportsWord
	cueStateOffice
	cueSubjectPronoun
	cueSurnameWord
	cueTeamDescriptor
	cueTeamNickname
	cuePetName
	cueTeamNoun
	cueBusinessNoun
	cueTeamRole
	cueTitleArticle
	cueTitleMinor
	cueTitleOf
	cueTravelBefore
	cueUnionNoun
	cueStanceNoun
	cueUnnamedBefore
	cueVagueOccupation
	cueVenueHead
	cueStageVenue
	cueWorkAppositiveArticle
	cueWorkBefore
	cueWorkcueSkip
	cueFormerTitle
	cueTitleLead
	cueTitleNote
	cuePersonTitle
	cuePatronym
	cueTitleTail
	cueDottedTitle
	cueFamilyFirst
	cueBirthWith
	cueFirmTitle
	cuePersonLead
	cueLandform
	cueLocalOffice
	cueSeenWith
	cueKinDeath
	cuePostRank
	cueDwellingNoun
	cueFrontAtLead
	cueTenureMod
	cueBirthHadOrder
	cueScoreVerb
	cueScoreWith
	cueStreetHead
	cueAddressBefore
	cuePossDeterminer
	cueStyleWord
	cueKickerWord
	cueJointName
	cueOrdinalUnit
	cueHobbyMod
	cueField
	cueFieldMod
	cueFieldBefore
	cueNameEndStop
	cueLineVerb
	cueCreditLabel
	cuePortfolio
	cueTeamBefore
	cuePluralTitle
	cuePeoplePlural
	cueDemonymMod
	cueDemonymSuffix
	cueSpatialBefore
	cuePortfolioPost
	cueSurnameEvent
	cueHonourRank
	cueKindNamed
	cueStyleLead
	cueSpouseVerb
	cueSpouseVerbFiller
	cueGroupVerb
	cueJointBodyHead
	numCues // the number of classes
)

// cueNames are the names of the classes in data/cues.tsv.
var cueNames = [numCues]string{
	cueAcronymNotOrg:         "acronym-not-org",
	cueAwardAfter:            "award-after",
	cueBrandBefore:           "brand-before",
	cueEmployerBefore:        "employer-before",
	cueCapstop:               "capstop",
	cueDepartmentMod:         "department-mod",
	cuePostTrade:             "post-trade",
	cueChildFrom:             "child-from",
	cueCastVerb:              "cast-verb",
	cueClubBefore:            "club-before",
	cueClubSuffix:            "club-suffix",
	cueClubVerb:              "club-verb",
	cueCompanionLead:         "companion-lead",
	cueCompass:               "compass",
	cueCompatriot:            "compatriot",
	cueCountryName:           "country-name",
	cueContrastMod:           "contrast-mod",
	cueCopula:                "copula",
	cueCopulaFiller:          "copula-filler",
	cueCoupleHead:            "couple-head",
	cueCoupleNews:            "couple-news",
	cueCouplePast:            "couple-past",
	cueCoupleLoss:            "couple-loss",
	cueOpeningLead:           "opening-lead",
	cueDeathCue:              "death-cue",
	cueDescriptionStop:       "description-stop",
	cueDeterminer:            "determiner",
	cueDroppedSuffix:         "dropped-suffix",
	cueEateryBefore:          "eatery-before",
	cueEponymHead:            "eponym-head",
	cueEventAfter:            "event-after",
	cueStormTitle:            "storm-title",
	cueMeetingAfter:          "meeting-after",
	cueEventHead:             "event-head",
	cueFameNoun:              "fame-noun",
	cueFormerMod:             "former-mod",
	cueHeadRole:              "head-role",
	cueIdentifiedAs:          "identified-as",
	cueInfantNoun:            "infant-noun",
	cueClientNoun:            "client-noun",
	cueMaidenMark:            "maiden-mark",
	cuePostNominal:           "post-nominal",
	cueInitialNotName:        "initial-not-name",
	cueInstitutionHead:       "institution-head",
	cueOfOrgHead:             "of-org-head",
	cueKinPlural:             "kin-plural",
	cueKinFor:                "kin-for",
	cueNameListLead:          "name-list-lead",
	cueKinUnnamedStop:        "kin-unnamed-stop",
	cueKinGroupMod:           "kin-group-mod",
	cueKinGroupLead:          "kin-group-lead",
	cueKinGroupNoun:          "kin-group-noun",
	cueNameTrade:             "name-trade",
	cueAccusedNoun:           "accused-noun",
	cueChargeVerb:            "charge-verb",
	cueKinBirthOrder:         "kin-birth-order",
	cueBirthVerb:             "birth-verb",
	cueBirthNotYet:           "birth-not-yet",
	cueKinShareVerb:          "kin-share-verb",
	cueParentWork:            "parent-work",
	cueLeagueHead:            "league-head",
	cueLegislature:           "legislature",
	cueListLead:              "list-lead",
	cueLocativeMinor:         "locative-minor",
	cueMatchBefore:           "match-before",
	cueNameBreak:             "name-break",
	cueNameConnective:        "name-connective",
	cueNameParticle:          "name-particle",
	cueNamingVerb:            "naming-verb",
	cueNationalOffice:        "national-office",
	cueNotAName:              "not-a-name",
	cueNumberSign:            "number-sign",
	cueObjectPredicate:       "object-predicate",
	cueOrgAfter:              "org-after",
	cueStaffNoun:             "staff-noun",
	cueGradeLead:             "grade-lead",
	cueEnsembleTrade:         "ensemble-trade",
	cueFirmAfter:             "firm-after",
	cueFirmTrade:             "firm-trade",
	cueHeadingOffice:         "heading-office",
	cueTownTitle:             "town-title",
	cueEmployVerb:            "employ-verb",
	cueOrgAppositiveEnd:      "org-appositive-end",
	cueFirmPost:              "firm-post",
	cueFirmHead:              "firm-head",
	cueEndowedPost:           "endowed-post",
	cueRealNameLead:          "real-name-lead",
	cueNameArticle:           "name-article",
	cuePlatformBefore:        "platform-before",
	cueOrgNominal:            "org-nominal",
	cueOrgPossAfter:          "org-poss-after",
	cueOrgSpeechVerb:         "org-speech-verb",
	cueOrgSuffix:             "org-suffix",
	cueOrgLead:               "org-lead",
	cueOutletAfter:           "outlet-after",
	cueResultsWord:           "results-word",
	cueOutletBefore:          "outlet-before",
	cueOutletHead:            "outlet-head",
	cueOutletNoun:            "outlet-noun",
	cuePageantName:           "pageant-name",
	cuePageantTitle:          "pageant-title",
	cuePaperHead:             "paper-head",
	cueParishPost:            "parish-post",
	cuePartnerBefore:         "partner-before",
	cuePartnerLink:           "partner-link",
	cuePersonObject:          "person-object",
	cuePartnerMod:            "partner-mod",
	cuePartnerTitle:          "partner-title",
	cuePartyLead:             "party-lead",
	cuePartyPost:             "party-post",
	cuePartyMember:           "party-member",
	cuePlaceBefore:           "place-before",
	cuePlaceBody:             "place-body",
	cuePlaceChamber:          "place-chamber",
	cueNativeNoun:            "native-noun",
	cuePlaceInfix:            "place-infix",
	cuePlaceNounAfter:        "place-noun-after",
	cuePlaceEnding:           "place-ending",
	cuePlaceSuffix:           "place-suffix",
	cuePlaceTail:             "place-tail",
	cuePlaceHead:             "place-head",
	cuePluralNotTeam:         "plural-not-team",
	cuePredicateLead:         "predicate-lead",
	cuePropertyNoun:          "property-noun",
	cueRankTitle:             "rank-title",
	cueGivenTitle:            "given-title",
	cueLetterTitle:           "letter-title",
	cueTitleGiven:            "title-given",
	cueStatusTitle:           "status-title",
	cueRelativePerson:        "relative-person",
	cueRoleQualifier:         "role-qualifier",
	cueRoleVerb:              "role-verb",
	cueAppointVerb:           "appoint-verb",
	cueSaintTitle:            "saint-title",
	cueShopBefore:            "shop-before",
	cueSeePost:               "see-post",
	cueServicesTo:            "services-to",
	cueGenericBody:           "generic-body",
	cueMunicipality:          "municipality",
	cueRomanceWith:           "romance-with",
	cueShowAfter:             "show-after",
	cueSourceLead:            "source-lead",
	cueSpeechVerb:            "speech-verb",
	cueAddressLead:           "address-lead",
	cueSuccessorMod:          "successor-mod",
	cuePastMod:               "past-mod",
	cueSport:                 "sport",
	cueSportsWord:            "sports-word",
	cueStateOffice:           "state-office",
	cueSubjectPronoun:        "subject-pronoun",
	cueSurnameWord:           "surname-word",
	cueTeamDescriptor:        "team-descriptor",
	cueTeamNickname:          "team-nickname",
	cuePetName:               "pet-name",
	cueTeamNoun:              "team-noun",
	cueBusinessNoun:          "business-noun",
	cueTeamRole:              "team-role",
	cueTitleArticle:          "title-article",
	cueTitleMinor:            "title-minor",
	cueTitleOf:               "title-of",
	cueStanceNoun:            "stance-noun",
	cueTravelBefore:          "travel-before",
	cueUnionNoun:             "union-noun",
	cueUnnamedBefore:         "unnamed-before",
	cueVagueOccupation:       "vague-occupation",
	cueVenueHead:             "venue-head",
	cueStageVenue:            "stage-venue",
	cueWorkAppositiveArticle: "work-appositive-article",
	cueWorkBefore:            "work-before",
	cueWorkcueSkip:           "workcue-skip",
	cueFormerTitle:           "former-title",
	cueTitleLead:             "title-lead",
	cueTitleNote:             "title-note",
	cuePersonTitle:           "person-title",
	cuePatronym:              "patronym",
	cueTitleTail:             "title-tail",
	cueDottedTitle:           "dotted-title",
	cueFamilyFirst:           "family-first",
	cueBirthWith:             "birth-with",
	cueFirmTitle:             "firm-title",
	cuePersonLead:            "person-lead",
	cueLandform:              "landform",
	cueLocalOffice:           "local-office",
	cueSeenWith:              "seen-with",
	cueKinDeath:              "kin-death",
	cuePostRank:              "post-rank",
	cueDwellingNoun:          "dwelling-noun",
	cueFrontAtLead:           "front-at-lead",
	cueTenureMod:             "tenure-mod",
	cueBirthHadOrder:         "birth-had-order",
	cueScoreVerb:             "score-verb",
	cueScoreWith:             "score-with",
	cueStreetHead:            "street-head",
	cueAddressBefore:         "address-before",
	cuePossDeterminer:        "poss-determiner",
	cueStyleWord:             "style-word",
	cueKickerWord:            "kicker-word",
	cueJointName:             "joint-name",
	cueOrdinalUnit:           "ordinal-unit",
	cueHobbyMod:              "hobby-mod",
	cueField:                 "field",
	cueFieldMod:              "field-mod",
	cueFieldBefore:           "field-before",
	cueNameEndStop:           "name-end-stop",
	cueLineVerb:              "line-verb",
	cueCreditLabel:           "credit-label",
	cuePortfolio:             "portfolio",
	cueTeamBefore:            "team-before",
	cuePluralTitle:           "plural-title",
	cuePeoplePlural:          "people-plural",
	cueDemonymMod:            "demonym-mod",
	cueDemonymSuffix:         "demonym-suffix",
	cueSpatialBefore:         "spatial-before",
	cuePortfolioPost:         "portfolio-post",
	cueSurnameEvent:          "surname-event",
	cueHonourRank:            "honour-rank",
	cueKindNamed:             "kind-named",
	cueStyleLead:             "style-lead",
	cueSpouseVerb:            "spouse-verb",
	cueSpouseVerbFiller:      "spouse-verb-filler",
	cueGroupVerb:             "group-verb",
	cueJointBodyHead:         "joint-body-head",
}

// cueNamed returns the class called name in data/cues.tsv, or false.
func cueNamed(name string) (cue, bool) {
	for c, n := range cueNames {
		if n == name {
			return cue(c), true
		}
	}
	return 0, false
}

// String returns the class's name in data/cues.tsv.
func (c cue) String() string {
	if c < numCues {
		return cueNames[c]
	}
	return "cue(?)"
}
