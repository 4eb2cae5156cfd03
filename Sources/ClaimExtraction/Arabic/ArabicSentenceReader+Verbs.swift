import CorroborateModel
import Linguistics

extension ArabicSentenceReader {
    /// What the gate found between a verb and its content.
    struct Gate {
        var subject: ArabicNounPhrase?
        /// The source named by نقلا عن / نقل … عن: the verb's subject becomes a relay.
        var cited: SourceMention?
        var via: [SourceMention] = []
        /// First content token.
        /// A name in apposition to a described subject.
        var appositive: ArabicNounPhrase?
        /// A clause withholding the speaker's name was skipped ("، طالباً عدم الكشف عن اسمه،").
        var withheldName = false
        var contentStart: Int
        /// The content is the quotation opened at `contentStart`.
        var direct: Bool
        /// Tokens of the cue (verb plus complementiser / marker).
        var cueTokens: [Range<Int>]
        /// "نقلت عن الناطق نفيه …": the cited speaker's statement is a denial.
        var citesDenial = false
    }

    /// A speech verb at `i` with its subject, gate and content; returns where to resume.
    mutating func verb(at i: Int) -> Int? {
        guard let entry = ap.verb(i) else { return nil }
        // Negated ("لم يذكر"): not said, not a claim. In a relative clause ("التقارير التي
        // تحدثت عن"): a description, not an attribution.
        // (Litotes is a statement: "لا يستبعد المصدر أن …", does not rule out.)
        if i > a, ArabicWords.negators.contains(ap.norm[i - 1]) && entry.lemma != "استبعد" { return nil }
        // «أحد الإطارات المسيّرة في "أسيست"، الذي قال لنا، مشترطاً التكتّم على هويته، إن …»: a
        // relative clause whose verb introduces what a person said speaks for its antecedent.
        var antecedent: ArabicNounPhrase?
        if i > a, ArabicWords.relatives.contains(ap.norm[i - 1]) {
            guard !entry.isParticiple, let np = relativeAntecedent(before: i - 1) else { return nil }
            antecedent = np
        }
        // "تحفّظ على ذكر اسمه", "طلب عدم الكشف عن هويته": a verbal noun inside a clause that
        // withholds a name, not a speech verb.
        for back in 1...3 where i - back >= a {
            if let end = anonymityClause(at: i - back), end > i { return nil }
        }
        // "من دون أن تعلن أي جهة مسؤوليتها": without saying it.
        if i - 2 >= a, ["ان", "أن"].contains(ap.norm[i - 1]), ["دون", "بدون"].contains(ap.bare[i - 2]) { return nil }
        // أبرز is also "most prominent": «ومن أبرز مطالبهم أن …», «أبرز ما جاء في البيان أن …».
        if entry.lemma == "أبرز", i > a && ["من", "ومن"].contains(ap.norm[i - 1]) || i + 1 < e && ap.norm[i + 1] == "ما" {
            return nil
        }
        // بيّن after diacritics removal is بين "between": only clause-initial.
        if entry.lemma == "بين", i > a, !ap.isComma(i - 1), ap.norm[i].unicodeScalars.first != "و" { return nil }
        // طالب is also the noun "student" («قُتل طالب بالرصاص»): the bare form only opens a clause.
        if entry.lemma == "طالب", ap.norm[i] == "طالب", i > a, !ap.isComma(i - 1) { return nil }
        if let resume = postposedSpeaker(at: i, entry: entry) { return resume }
        guard let gate = gate(after: i, entry: entry) else {
            // "وأعلن المحافظ مقتل 12 شخصاً، مؤكداً أن …": no claim for the event, but its subject
            // speaks in the participle clause that follows.
            if !entry.isParticiple, i + 1 < e, let np = ArabicNounPhrase.read(ap, at: i + 1, limit: e),
               np.entity != nil || ArabicWords.personHeads.contains(np.head) || ArabicWords.anonymousHeads.contains(np.head)
                || ArabicWords.organizationHeads.contains(np.head) || ArabicWords.outletHeads.contains(np.head) {
                pendingSubject = np
            }
            return nil
        }
        var source: SourceMention?
        var via = gate.via
        if antecedent != nil {
            // Only a statement: a content clause or a quotation after the verb («التقارير التي
            // تحدثت عن …» describes the reports).
            let opener = gate.contentStart > a ? ap.norm[gate.contentStart - 1] : ""
            guard gate.cited == nil, gate.direct || ArabicWords.that.contains(opener) || ArabicWords.biAnna.contains(opener)
            else { return nil }
        }
        if let antecedent {
            source = mention(antecedent)
            if gate.withheldName { source?.kind = .anonymous }
        } else if let cited = gate.cited {
            source = cited
            if let s = gate.subject { via.insert(mention(s), at: 0) }
        } else if let s = gate.subject, !entry.isParticiple {
            // A ḥāl participle's speaker is the clause's subject; the phrase after it is its
            // object ("واصفاً ذلك بأنه …").
            source = mention(s)
            // "قال طبيب، دون الكشف عن اسمه، إن": a described speaker whose name is withheld.
            if gate.withheldName, gate.appositive == nil, source?.reference == .description || source?.kind == .person {
                source?.kind = .anonymous
            }
            if let name = gate.appositive, var m = source {
                let n = mention(name)
                m.spans += n.spans
                m.text += "، " + n.text
                m.kind = .person
                m.reference = .name
                m.isDefinite = true
                source = m
            }
        } else if entry.impersonalWithoutSubject {
            return nextClause(after: gate.contentStart)  // يُذكر أن، يُعتقد: the writer's voice
        } else if entry.isParticiple, let previous = found.last, previous.source?.reference != .implicit {
            source = previous.source
        } else if entry.isParticiple, let pending = pendingSubject {
            source = mention(pending)
        } else if entry.isParticiple, let subject = clauseSubject(before: i) {
            // "طمأن مصرف البحرين المركزي المودعين …، مؤكداً في بيان أن": the subject of the
            // sentence's first verb, whatever that verb is.
            source = mention(subject)
        } else if !entry.isParticiple, let fronted = frontedSubject(before: i) {
            source = mention(fronted)
        } else if !entry.isParticiple, let subject = feminineClauseSubject(before: i) {
            // «خفّضت الشركة الرقم في بيان …، إذ أشارت إلى أنها»: a feminine verb with no subject
            // of its own speaks for the feminine subject of the sentence's earlier verb.
            source = mention(subject)
        } else if let issuer = issuer(before: i) {
            source = mention(issuer)
        } else {
            source = .implicit
        }
        var polarity: Claim.Polarity = .positive
        if entry.category == .deny || gate.citesDenial { polarity = .negative }
        if entry.category == .decline { polarity = .none }
        let cue = gate.cueTokens.map { ap.span($0) }
        if gate.direct, let q = quotationRange(at: gate.contentStart) {
            let resume = trailingRelay(after: q.upperBound, into: &via)
            emit(source: source, cue: cue, content: q, polarity: polarity, via: via)
            return resume
        }
        // "وذكرت الصحيفة أن المسؤول وصف الصاروخ بأنه …": an outlet reporting what a speaker
        // said relays that speaker's statement.
        if source?.kind == .outlet, let outlet = source, let inner = innerStatement(at: gate.contentStart) {
            let end = contentEnd(from: inner.contentStart)
            // Outermost first: "نقلت الوكالة عن الصحيفة أن موظفاً أبلغها" → the agency, then the paper.
            var relayVia = gate.cited != nil ? via + [outlet] : [outlet] + via
            let resume = trailingRelay(after: end, into: &relayVia)
            emit(source: inner.speaker, cue: cue + inner.cue.map { ap.span($0) }, content: inner.contentStart..<end,
                 polarity: polarity, via: relayVia)
            return resume
        }
        var end = contentEnd(from: gate.contentStart)
        // "…، طالبةً حجب اسمها لأن …": a withholding clause after the content closes it and
        // makes a described speaker anonymous.
        // («، لم تكشف الصحيفة هويته،» is a parenthesis about the noun before it, not such a clause.)
        if let comma = (gate.contentStart..<end).first(where: {
            ap.isComma($0) && $0 + 1 < e && ap.norm[$0 + 1] != "لم" && anonymityClause(at: $0 + 1) != nil
        }),
           comma > gate.contentStart {
            end = comma
            if source?.kind == .person || source?.kind == .unknown { source?.kind = .anonymous }
        }
        var relayVia = via
        // "ذكرت صحيفة X أن …، ناقلةً عن مصدر دبلوماسي قوله": the report rests on the cited source.
        if source?.kind == .outlet, let outlet = source, let (cited, resume) = citingParticiple(after: end) {
            emit(source: cited, cue: cue, content: gate.contentStart..<end, polarity: polarity, via: [outlet] + relayVia)
            return resume
        }
        let resume = trailingRelay(after: end, into: &relayVia)
        emit(source: source, cue: cue, content: gate.contentStart..<end, polarity: polarity, via: relayVia)
        return resume
    }

    /// The subject after a sentence-initial verb the lexicon does not know (verb–subject order):
    /// a phrase naming a body, a person or an unnamed source, ending before `i`.
    func clauseSubject(before i: Int) -> ArabicNounPhrase? {
        guard a + 1 < i, ap.tokens[a].isWord, !ap.quoted(a), ap.verb(a) == nil,
              var np = ArabicNounPhrase.read(ap, at: a + 1, limit: i), np.tokens.upperBound < i,
              np.entity != nil || ArabicWords.personHeads.contains(np.head) || ArabicWords.anonymousHeads.contains(np.head)
                || ArabicWords.organizationHeads.contains(np.head) else { return nil }
        // "مصرف البحرين المركزي | المودعين": a definite plural after the subject's nisba adjective
        // is the verb's object.
        let last = np.tokens.upperBound - 1
        if np.tokens.count >= 3, ap.norm[last].hasPrefix("ال"), ap.norm[last].hasSuffix("ين") || ap.norm[last].hasSuffix("ون"),
           ap.norm[last - 1].hasSuffix("ي") {
            np.tokens = np.tokens.lowerBound..<last
        }
        return np
    }

    /// «"منذ السبت لم أرَ ابني"، تقول فاطمة سرور، والدة أحد الموقوفين»: a quotation, a comma,
    /// then the verb and its speaker. The quotation is the content; where reading resumes.
    mutating func postposedSpeaker(at i: Int, entry: ArabicSpeechVerbs.Entry) -> Int? {
        guard !entry.isParticiple, [.say, .add, .assert, .report, .opinion].contains(entry.category),
              i - 2 >= a, ap.isComma(i - 1), ap.isQuoteMark(i - 2), i + 1 < e else { return nil }
        var open = i - 3
        var quotation: Range<Int>?
        while open >= a, open >= i - 200 {
            if ap.isQuoteMark(open), let q = quotationRange(at: open), q.upperBound == i - 1 || q.upperBound == i - 2 {
                quotation = open..<(i - 1)
                break
            }
            open -= 1
        }
        guard let q = quotation, words(q) >= 3, let np = ArabicNounPhrase.read(ap, at: i + 1, limit: e) else { return nil }
        let speaker = mention(np)
        // A quoted outlet name right after the verb is left to the verb's own reading.
        if speaker.kind == .outlet && ap.isQuoteMark(i + 1) { return nil }
        var via: [SourceMention] = []
        var resume = np.tokens.upperBound
        if let (told, end) = addressee(at: resume) {
            if told.kind == .outlet { via.append(told) }
            resume = end
        }
        emit(source: speaker, cue: [ap.span(i..<(i + 1))], content: q, polarity: .positive, via: via)
        return resume
    }

    /// "، التي استندت إلى مصدر دبلوماسي خليجي،": the source an outlet relied on, and where its
    /// clause ends.
    func reliedOnSource(at j: Int) -> (SourceMention, Int)? {
        guard j + 3 < e, ap.isComma(j), ArabicWords.relatives.contains(ap.norm[j + 1]) else { return nil }
        var k = j + 2
        guard ["استندت", "استند", "نقلت", "نقل"].contains(ap.norm[k]) else { return nil }
        k += 1
        guard k < e, ["الي", "عن", "علي"].contains(ap.norm[k]), let np = ArabicNounPhrase.read(ap, at: k + 1, limit: e) else { return nil }
        let m = mention(np)
        guard m.kind != .unknown else { return nil }
        k = np.tokens.upperBound
        if k < e, ap.isComma(k) { k += 1 }
        return (m, k)
    }

    /// "، ناقلةً عن مصدر دبلوماسي خليجي قوله": the cited speaker, and where reading resumes.
    func citingParticiple(after end: Int) -> (SourceMention, Int)? {
        guard end + 3 < e, ap.isComma(end), ArabicSentenceReader.citingParticiples.contains(ap.norm[end + 1]),
              ap.norm[end + 2] == "عن", let np = ArabicNounPhrase.read(ap, at: end + 3, limit: e) else { return nil }
        let m = mention(np)
        guard m.kind != .unknown else { return nil }
        var k = np.tokens.upperBound
        if k < e, ArabicWords.sayingNouns.contains(ap.norm[k]) { k += 1 }
        return (m, k)
    }

    /// A content that is itself a speaker's statement, subject first: "[أن] المسؤول وصف
    /// الصاروخ بأنه …" → the speaker, the inner cue and where its content starts. Only people,
    /// anonymous sources and organisations speak here; the inner verb's gate must open.
    func innerStatement(at t: Int) -> (speaker: SourceMention, cue: [Range<Int>], contentStart: Int)? {
        guard let np = ArabicNounPhrase.read(ap, at: t, limit: e), np.tokens.upperBound < e else { return nil }
        var speaker = mention(np)
        // "أن موظفاً في المجلس، رفض الكشف عن اسمه، أبلغ الصحيفة بأن": the anonymity clause
        // between the speaker and the verb.
        var v = np.tokens.upperBound
        if ap.isComma(v), let end = anonymityClause(at: v + 1), end < e, ap.isComma(end) {
            v = end + 1
            speaker.kind = .anonymous
        }
        guard v < e, [.person, .anonymous, .organization].contains(speaker.kind),
              let entry = ap.verb(v), !entry.isParticiple,
              var inner = gate(after: v, entry: entry, subject: np), inner.cited == nil else { return nil }
        inner.cueTokens.removeAll { $0.isEmpty }
        return (speaker, inner.cueTokens, inner.contentStart)
    }

    /// Scans from the verb to its content: subject, parentheticals, frames, relays, then the
    /// introducer the lemma takes. Nil when the gate does not open (no claim).
    func gate(after i: Int, entry: ArabicSpeechVerbs.Entry, subject: ArabicNounPhrase? = nil) -> Gate? {
        var g = Gate(subject: subject, cited: nil, via: [], appositive: nil, contentStart: i + 1, direct: false,
                     cueTokens: [i..<(i + 1)])
        var j = i + 1
        var steps = 0
        var sawAn = !entry.requiresAn
        // Inside ", … ," after the subject: unknown words are skipped ("، في مؤتمر صحفي عقده في
        // بغداد يوم الأحد، أن"), bounded by `steps`.
        var parenthetical = false
        if subject == nil, !entry.isParticiple, let fronted = frontedSubject(before: i) ?? kanaQadSubject(before: i) {
            g.subject = fronted
        } else if subject == nil, !entry.isParticiple, let x = withholdingAside(before: i),
                  let fronted = frontedSubject(before: x) {
            // «غير أن مصدراً في الوزارة، تحفّظ على ذكر اسمه لأنه غير مخوّل بالتصريح، أكد أن»
            g.subject = fronted
            g.withheldName = true
        }
        while j < e, steps < 30 {
            steps += 1
            let n = ap.norm[j]
            if let intro = introducer(at: j, entry: entry, gate: g) {
                guard sawAn else { return nil }
                g.contentStart = intro.content
                g.direct = intro.direct
                g.via += intro.via
                if intro.cue.upperBound > intro.cue.lowerBound { g.cueTokens.append(intro.cue) }
                return g
            }
            if ap.isComma(j) {
                parenthetical = g.subject != nil || g.cited != nil || !g.via.isEmpty || parenthetical
                j += 1
                // Apposition: "المتحدث باسم الفرع، مروان العبيدي، …" names the described speaker.
                if let subject = g.subject, g.appositive == nil, j < e, anonymityClause(at: j) == nil,
                   let np = ArabicNounPhrase.read(ap, at: j, limit: e), np.tokens.upperBound < e,
                   ap.isComma(np.tokens.upperBound), mention(subject).reference == .description {
                    let m = mention(np)
                    if m.kind == .person, m.reference == .name {
                        g.appositive = np
                        j = np.tokens.upperBound
                    }
                }
                continue
            }
            if ap.match(["نقلا", "عن"], at: j, limit: e) != nil {
                guard let np = ArabicNounPhrase.read(ap, at: j + 2, limit: e) else { return nil }
                // «نسبت X إلى موقع Y قوله، نقلاً عن مهندس»: Y passes on the engineer.
                if let prior = g.cited, prior.reference != .implicit { g.via.append(prior) }
                g.cited = mention(np)
                g.cueTokens.append(j..<(j + 2))
                j = np.tokens.upperBound
                continue
            }
            // "نقلا عنه" / "نقلت عنه قوله": citing the speaker already in play.
            if (n == "نقلا" && j + 1 < e && ["عنه", "عنها", "عنهم"].contains(ap.norm[j + 1]))
                || (entry.requiresAn && ["عنه", "عنها", "عنهم"].contains(n)) {
                g.cited = .implicit
                sawAn = true
                g.cueTokens.append(j..<(j + (n == "نقلا" ? 2 : 1)))
                j += n == "نقلا" ? 2 : 1
                if j < e, ArabicWords.sayingNouns.contains(ap.norm[j]) { j += 1 }
                continue
            }
            // "نسبت الصحيفة إلى مسؤول قوله إن": the cited speaker, only with قوله (else "attributed
            // the attack to").
            if n == "الي", entry.lemma == "نسب" {
                // «نسب موقع X إلى مصدر أمني رفيع لم يكشف عن هويته أن …»: a source, then أن.
                if let np = ArabicNounPhrase.read(ap, at: j + 1, limit: e), [.anonymous, .person, .organization].contains(mention(np).kind) {
                    var k = np.tokens.upperBound
                    if let end = anonymityClause(at: k) { k = end }
                    if k < e, ArabicWords.that.contains(ap.norm[k]) {
                        var m = mention(np)
                        if k > np.tokens.upperBound, m.kind != .organization { m.kind = .anonymous }
                        g.cited = m
                        g.cueTokens.append(j..<(j + 1))
                        sawAn = true
                        j = k
                        continue
                    }
                }
                guard let q = ((j + 2)..<min(e, j + 14)).first(where: { ArabicWords.sayingNouns.contains(ap.norm[$0]) }),
                      let np = ArabicNounPhrase.read(ap, at: j + 1, limit: q) else { return nil }
                g.cited = mention(np)
                g.cueTokens.append(j..<(j + 1))
                sawAn = true
                j = q + 1
                continue
            }
            if n == "عن", entry.requiresAn {
                guard let np = ArabicNounPhrase.read(ap, at: j + 1, limit: e) else { return nil }
                g.cited = mention(np)
                g.cueTokens.append(j..<(j + 1))
                sawAn = true
                j = np.tokens.upperBound
                // "عن صحيفة X، التي استندت إلى مصدر دبلوماسي، أن": the outlet cited relays its source.
                if let (inner, end) = reliedOnSource(at: j), let outlet = g.cited, outlet.kind == .outlet {
                    g.via.insert(outlet, at: 0)
                    g.cited = inner
                    j = end
                }
                if j < e, ArabicWords.sayingNouns.contains(ap.norm[j]) { j += 1 }
                // "نقلت الصحيفة عن الناطق نفيه القاطع دفع أي فدية" / "… تأكيده أن": the cited
                // speaker's statement named by its verbal noun; its object is the content.
                else if j < e, let masdar = Self.statementNouns[ap.norm[j]] {
                    g.cueTokens.append(j..<(j + 1))
                    g.citesDenial = masdar == .deny
                    j += 1
                    while j < e, ["القاطع", "الشديد", "التام", "الرسمي", "المطلق"].contains(ap.norm[j]) { j += 1 }
                    if j < e, ArabicWords.that.contains(ap.norm[j]) || ap.norm[j] == "بان" { continue }
                    guard j < e else { return nil }
                    g.contentStart = j
                    return g
                }
                // "نقل الموقع عن ناشطين زعموا أن": the cited speakers' own verb.
                else if j < e, let verb = ap.verb(j), !verb.isParticiple, verb.introducers.contains(.that) {
                    g.cueTokens.append(j..<(j + 1))
                    j += 1
                }
                continue
            }
            if let relay = relayPhrase(at: j) {
                g.via.append(relay.mention)
                j = relay.end
                continue
            }
            if let (_, length) = ap.longest(ArabicWords.frames, at: j, limit: e) {
                j += length
                let last = ap.norm[j - 1]
                var carried = false
                while j < e, ArabicWords.frameAdjectives.contains(ap.norm[j]) {
                    carried = carried || ArabicWords.carrierVerbs.contains(ap.norm[j])
                    j += 1
                }
                // «في بيان تلقّى "الوهراني" نسخة منه أن»: the outlet that received a copy was told.
                if j + 3 < e, ["تلقي", "تلقت", "تسلم", "تسلمت", "حصل", "حصلت"].contains(ap.norm[j]),
                   let np = ArabicNounPhrase.read(ap, at: j + 1, limit: e), np.tokens.upperBound + 1 < e,
                   ap.norm[np.tokens.upperBound] == "نسخه", ["منه", "منها"].contains(ap.norm[np.tokens.upperBound + 1]) {
                    let told = listener(np)
                    if told.kind == .outlet { g.via.append(told) }
                    j = np.tokens.upperBound + 2
                    continue
                }
                // «في مؤتمر صحفي عقده في الرباط بعد ظهر الثلاثاء،»: where and when it was held,
                // up to the comma that closes the aside (not the object of a verb of denial).
                if j < e, Self.heldWords.contains(ap.norm[j]),
                   let comma = (j..<min(e, j + 12)).first(where: { ap.isComma($0) }) {
                    j = comma
                    continue
                }
                // «زعم في تصريح أوردته وكالة "ليفانت نيوزواير" أن …»: the outlet that carried it.
                if carried, let np = ArabicNounPhrase.read(ap, at: j, limit: e), case let m = listener(np), m.kind == .outlet {
                    g.via.append(m)
                    j = np.tokens.upperBound
                    continue
                }
                // "في تقرير نشره الأسبوع الماضي أن": words describing the frame are skipped.
                if g.subject != nil || g.cited != nil { parenthetical = true }
                if let (m, end) = addressee(at: j) {
                    if m.kind == .outlet { g.via.append(m) }
                    j = end
                    // "في تصريحات للصحيفة ذاتها": the emphatic belongs to the outlet told.
                    while j < e, ArabicWords.emphatics.contains(ap.norm[j]) { j += 1 }
                } else if j < e, ["مع", "الي", "عن", "منصه", "حسابه", "حسابها"].contains(last),
                          !ArabicWords.that.contains(ap.norm[j]), let np = ArabicNounPhrase.read(ap, at: j, limit: e) {
                    // The frame's complement: "مع "فوكس نيوز"" (a relay), "على منصة إكس"; a quoted
                    // name after مع / إلى is the outlet spoken to ("في حديثه إلى "المحروسة نيوز"").
                    let m = ["مع", "الي"].contains(last) ? listener(np) : mention(np)
                    if m.kind == .outlet, ["مع", "الي"].contains(last) || ArabicWords.outletHeads.contains(np.head) {
                        g.via.append(m)
                    }
                    j = np.tokens.upperBound
                }
                continue
            }
            if let (m, end) = addressee(at: j) {
                if m.kind == .outlet { g.via.append(m) }
                j = end
                continue
            }
            // "تعهّد المصرف لعملائه بأن", "أكد الوزير للأهالي أن": a listener who is neither an
            // outlet nor a body, right before the content: told, not telling.
            if g.subject != nil, n.hasPrefix("ل"), n.unicodeScalars.count > 3,
               let np = ArabicNounPhrase.read(ap, at: j, limit: e, skip: 1), np.tokens.upperBound < e,
               introducer(at: np.tokens.upperBound, entry: entry, gate: g) != nil {
                j = np.tokens.upperBound
                continue
            }
            // «أفضى طبيب … إلى "المحروسة نيوز" … بأن»: a quoted name after إلى is the outlet
            // confided in. (Only for the verbs of confiding: «تحدّث إلى "الضفّتان" مشترطاً …، رأى
            // أن» is an aside before the verb that carries the statement.)
            if n == "الي", ["أفضى", "أسر"].contains(entry.lemma), j + 1 < e, ap.isQuoteMark(j + 1),
               let np = ArabicNounPhrase.read(ap, at: j + 1, limit: e), case let told = listener(np), told.kind == .outlet {
                g.via.append(told)
                j = np.tokens.upperBound
                continue
            }
            if n == "من", j + 1 < e, ["جهته", "جهتها", "جانبه", "جانبها"].contains(ap.norm[j + 1]) { j += 2; continue }
            // "عن منشور للمجموعة على قناتها في "تيليغرام"": where it was posted.
            if n == "علي", j + 1 < e, ["قنا", "حساب", "صفح", "منص", "موقع"].contains(where: { ap.norm[j + 1].hasPrefix($0) }),
               let np = ArabicNounPhrase.read(ap, at: j + 1, limit: e) {
                j = np.tokens.upperBound
                if j + 1 < e, ap.norm[j] == "في", let platform = ArabicNounPhrase.read(ap, at: j + 1, limit: e) {
                    j = platform.tokens.upperBound
                }
                continue
            }
            // "عن شخصين مطّلعين على التحقيق", "مصادر مقربة من الوزير": what the speakers know
            // or are close to describes them.
            if ["علي", "من"].contains(n), j > a,
               ["مطلع", "مقرب", "قريب"].contains(where: { ap.norm[j - 1].hasPrefix($0) || ap.norm[j - 1].hasPrefix("ال" + $0) }),
               let np = ArabicNounPhrase.read(ap, at: j + 1, limit: e) {
                j = np.tokens.upperBound
                continue
            }
            // "كشفت وثائق اطلعت عليها صحيفة X الإلكترونية أن": the outlet that saw the documents
            // relays them.
            if let subject = g.subject, mention(subject).kind == .document, j + 1 < e,
               ["اطلعت", "اطلع", "حصلت", "حصل"].contains(n), ["عليها", "عليه"].contains(ap.norm[j + 1]) {
                j += 2
                if let np = ArabicNounPhrase.read(ap, at: j, limit: e) {
                    let m = mention(np)
                    if m.kind == .outlet { g.via.append(m) }
                    j = np.tokens.upperBound
                }
                while j < e, ArabicNounPhrase.isDefinite(ap.norm[j]), ap.norm[j].hasSuffix("يه") || ap.norm[j].hasSuffix("ي") { j += 1 }
                continue
            }
            if let end = anonymityClause(at: j) { j = end; g.withheldName = true; continue }
            if let end = bracketed(at: j) { j = end; continue }
            if ArabicWords.adverbials.contains(n) { j += 1; continue }
            // "بياناً نفى فيه هذه الاتهامات": "in it" (the statement) is not the subject.
            if ["فيه", "فيها"].contains(n), g.subject == nil { j += 1; continue }
            if ap.tokens[j].kind == .number, j + 1 < e, ArabicWords.adverbials.contains(ap.norm[j + 1]) { j += 1; continue }
            if g.subject == nil, g.cited == nil, ap.tokens[j].kind != .punctuation || ap.isQuoteMark(j),
               var np = ArabicNounPhrase.read(ap, at: j, limit: e, issuers: true), np.tokens.upperBound > j {
                // "وأوضح موسى للموقع الأميركي أن": the outlet told is a relay, not part of the name.
                if let k = ((j + 1)..<np.tokens.upperBound).first(where: { ap.norm[$0].hasPrefix("لل") }),
                   let (told, end) = addressee(at: k), told.kind == .outlet {
                    np.tokens = np.tokens.lowerBound..<k
                    g.subject = np
                    g.via.append(told)
                    j = end
                    continue
                }
                // "وطالب البزوني | الحكومةَ المحلية بصرف تعويضات", "ودعا المحافظ | السكانَ إلى": a
                // verb of asking takes its addressee after the subject; the noun reader would join a
                // definite noun that is no adjective to the name or title before it.
                if entry.introducers.contains(.ila) || entry.introducers.contains(.bi) && entry.category == .opinion,
                   let k = ((j + 1)..<np.tokens.upperBound).first(where: { startsAddressee($0) }) {
                    np.tokens = np.tokens.lowerBound..<k
                }
                g.subject = np
                j = np.tokens.upperBound
                continue
            }
            // A nisba adjective right after a named subject: "أكد الصليب الأحمر | اللبناني أن".
            // (Also before a frame or a comma: «أعلن الهلال الأحمر | الجزائري في بيان أن».)
            if let subject = g.subject, subject.tokens.upperBound == j, subject.entity != nil, ArabicNounPhrase.isDefinite(n),
               n.hasSuffix("ي") || n.hasSuffix("يه"), j + 1 < e,
               introducer(at: j + 1, entry: entry, gate: g) != nil || ap.isComma(j + 1)
                || ap.longest(ArabicWords.frames, at: j + 1, limit: e) != nil {
                j += 1
                continue
            }
            // "وأضاف المسؤول ذاته": the emphatic "same" after the subject (the earlier speaker).
            if g.subject != nil, ArabicWords.emphatics.contains(n) {
                j += 1
                continue
            }
            // A name right after a described subject, without commas: "قال رئيس النقابة العامة
            // للعاملين في الغزل والنسيج ماجد الطراونة إن …" names the speaker.
            // (Also before a comma: «قالت الدكتورة سهاد البدور، عالمة الأحياء البحرية، إن».)
            if let subject = g.subject, g.appositive == nil, mention(subject).reference == .description,
               let np = ArabicNounPhrase.read(ap, at: j, limit: e), np.tokens.upperBound > j, np.tokens.upperBound < e,
               introducer(at: np.tokens.upperBound, entry: entry, gate: g) != nil
                || ap.isComma(np.tokens.upperBound) && subject.tokens.upperBound == j && ArabicWords.personHeads.contains(subject.head) {
                let m = mention(np)
                if m.kind == .person, m.reference == .name {
                    g.appositive = np
                    j = np.tokens.upperBound
                    continue
                }
            }
            // A second phrase: the listener (أبلغ X وكالة Y بأن: an outlet becomes a relay), the
            // object before بـ (اتهم X Y بـ …، وصفت X الخطوة بأنها), or a place after the subject.
            if g.subject != nil, let np = ArabicNounPhrase.read(ap, at: j, limit: e), np.tokens.upperBound > j {
                let m = mention(np)
                // (Not "غير مخوّل بالحديث إلى وسائل الإعلام" inside an anonymity aside: the media at
                // large are no outlet in play.)
                if m.kind == .outlet, np.head != "وسائل" { g.via.append(m); j = np.tokens.upperBound; continue }
                if entry.introducers.contains(.bi) || entry.introducers.contains(.ila) || entry.lemma == "ابلغ" {
                    j = np.tokens.upperBound
                    continue
                }
            }
            if g.subject != nil, n == "في", j + 1 < e, let np = ArabicNounPhrase.read(ap, at: j + 1, limit: e) {
                j = np.tokens.upperBound
                continue
            }
            // «وأسرّ مصدر من السلطة المحلية بإنزكان … بأن»: the body an unnamed speaker comes from.
            if let subject = g.subject, n == "من", j + 1 < e, [.anonymous, .person].contains(mention(subject).kind),
               let np = ArabicNounPhrase.read(ap, at: j + 1, limit: e),
               np.entity != nil || ArabicWords.organizationHeads.contains(np.head) || mention(np).kind == .organization {
                j = np.tokens.upperBound
                continue
            }
            // A place after the subject, with بـ ("طبيب في البعثة الطبية المصرية بمكة المكرمة إلى
            // "المحروسة نيوز" … بأن"): the word and its definite adjectives.
            if g.subject != nil, !parenthetical, ap.tokens[j].isWord, n.hasPrefix("ب"), n.unicodeScalars.count > 3,
               !ArabicWords.biAnna.contains(n), ap.verb(j) == nil, relayPhrase(at: j) == nil,
               ap.longest(ArabicWords.frames, at: j, limit: e) == nil {
                j += 1
                var k = 0
                while j < e, k < 2, ap.tokens[j].isWord, ap.norm[j].hasPrefix("ال"),
                      !["الي", "الا"].contains(ap.norm[j]), !ArabicWords.relatives.contains(ap.norm[j]), ap.verb(j) == nil {
                    j += 1
                    k += 1
                }
                continue
            }
            // Inside a parenthetical, skip words up to a new clause (a participle or a verb with و).
            if parenthetical, ap.verb(j).map({ !$0.isParticiple && ap.norm[j] == ap.bare[j] }) ?? true { j += 1; continue }
            // قال + subject … إنّ: the complementiser إنّ after قال is unambiguous, so words
            // describing the subject ("ثلاثة عمال نجوا من الحريق لـ«الميدان»") are skipped up to
            // it, unless another speech verb comes first (bounded by `steps`).
            if g.subject != nil, entry.lemma == "قال", ap.tokens[j].isWord, ap.verb(j) == nil { j += 1; continue }
            return nil
        }
        return nil
    }

    /// Whether token `k` of a subject phrase opens the addressee of a verb of asking: a definite
    /// noun that is no adjective («السكان», «الحكومة») after a name or a definite noun.
    func startsAddressee(_ k: Int) -> Bool {
        let n = ap.norm[k], before = ap.norm[k - 1]
        guard ap.tokens[k].isWord, ap.tokens[k - 1].isWord, n.hasPrefix("ال"), n.unicodeScalars.count > 4,
              !n.hasSuffix("ي"), !n.hasSuffix("يه"), !n.hasSuffix("يين"), !n.hasSuffix("يون"),
              !ArabicWords.postposedAdjectives.contains(n) else { return false }
        return before.hasPrefix("ال") || ap.entityAt[k - 1] == nil && !ArabicWords.personHeads.contains(before)
            && !ArabicWords.anonymousHeads.contains(before) && !ArabicWords.organizationHeads.contains(before)
    }

    /// An introducer the lemma takes at `j`: content start, whether it is a quotation, cue tokens.
    func introducer(at j: Int, entry: ArabicSpeechVerbs.Entry, gate g: Gate)
        -> (content: Int, direct: Bool, cue: Range<Int>, via: [SourceMention])? {
        let n = ap.norm[j]
        let intro = entry.introducers
        // Direct speech: ":" + quote, a quote mark, قائلا / بالقول (+ ":"), ما نصه.
        if intro.contains(.direct) || entry.isParticiple {
            if n == ":" {
                var k = j + 1
                if k < e, ap.isQuoteMark(k) { return (k, true, j..<j, []) }
                while k < e, ap.isComma(k) { k += 1 }
                return k < e ? (k, false, j..<j, []) : nil
            }
            if ap.isQuoteMark(j), let q = quotationRange(at: j), words(q) >= 3 {
                return (j, true, j..<j, [])
            }
            if ArabicWords.directMarkers.contains(n) {
                var k = j + 1
                var via: [SourceMention] = []
                while k < e, ap.isComma(k) || ap.norm[k] == ":" { k += 1 }
                if let relay = relayPhrase(at: k) {
                    via.append(relay.mention)
                    k = relay.end
                    while k < e, ap.isComma(k) || ap.norm[k] == ":" { k += 1 }
                }
                if k < e, ap.isQuoteMark(k) { return (k, true, j..<(j + 1), via) }
                return k < e ? (k, false, j..<(j + 1), via) : nil
            }
            if n == "ما", j + 1 < e, ap.norm[j + 1] == "نصه" {
                var k = j + 2
                while k < e, ap.isComma(k) || ap.norm[k] == ":" { k += 1 }
                return k < e ? (k, ap.isQuoteMark(k), j..<(j + 2), []) : nil
            }
        }
        if intro.contains(.that) || intro.contains(.biAnna) || intro.contains(.ilaAnna) || intro.contains(.alaAnna)
            || intro.contains(.minAnna) {
            // أنّه / إنها keep the pronoun in the content; bare أن / إن do not.
            if ArabicWords.that.contains(n) || (intro.contains(.biAnna) && ArabicWords.biAnna.contains(n)) {
                let bare = n == "ان" || n == "بان"
                return (bare ? j + 1 : j, false, j..<(j + 1), [])
            }
            if j + 1 < e, ArabicWords.that.contains(ap.norm[j + 1]) {
                if (n == "الي" && intro.contains(.ilaAnna)) || (n == "علي" && intro.contains(.alaAnna))
                    || (n == "من" && intro.contains(.minAnna)) {
                    let bare = ap.norm[j + 1] == "ان"
                    return (bare ? j + 2 : j + 1, false, j..<(j + 2), [])
                }
            }
        }
        if intro.contains(.an), n == "عن", j + 1 < e, ap.norm[j + 1] != "التعليق" {
            // "أفصح … عن أن المحرك …": the complementiser is not content.
            if ap.norm[j + 1] == "ان", j + 2 < e { return (j + 2, false, j..<(j + 2), []) }
            return (j + 1, false, j..<(j + 1), [])
        }
        if intro.contains(.comment) {
            if n == "التعليق" { return (j, false, j..<j, []) }
            if n == "عن", j + 1 < e, ap.norm[j + 1] == "التعليق" { return (j + 1, false, j..<(j + 1), []) }
        }
        if intro.contains(.bi), n.unicodeScalars.first == "ب", n.unicodeScalars.count > 2 || n == "ب", !ap.isComma(j) {
            return (n == "ب" ? j + 1 : j, false, j..<j, [])
        }
        if intro.contains(.ila), n == "الي", j + 1 < e, ap.tokens[j + 1].isWord, g.subject != nil || entry.isParticiple {
            return (j + 1, false, j..<(j + 1), [])
        }
        // Denials and opinions take an object: "نفت الوزارة صحة التقارير", ", معتبرا هذا …".
        // (After a parenthetical comma only an announced object: "وأعلن المحافظ، في تصريح لـ"الرافدين"،
        // مقتل 12 شخصاً".)
        let afterComma = ap.isComma(j - 1)
        if intro.contains(.object), ap.tokens[j].isWord || ap.isQuoteMark(j),
           !afterComma || ["أعلن", "أكد"].contains(entry.lemma),
           !ArabicWords.phraseBreakers.contains(n), !ArabicWords.adverbials.contains(n),
           ap.longest(ArabicWords.frames, at: j, limit: e) == nil {
            let denialObject = entry.category == .deny
                && (g.subject != nil || ["صحه", "وجود", "ما", "اي", "حدوث", "تورط", "علمه", "علمها", "هذه", "هذا", "تلك",
                                         "ذلك", "الاتهامات", "الروايه", "التقارير", "الانباء", "المزاعم"].contains(n))
            let opinionObject = entry.isParticiple && !found.isEmpty
            // "أعلنت وزارة العمل في بيان إغلاق المصنع", "أكد الناطق مقتل 12 شخصاً": what is
            // announced or confirmed is the claim (not a name in apposition to the subject).
            // "قدّر منظمون عدد المشاركين بنحو 25 ألفاً": an estimate is its estimator's figure.
            let announced = ["أعلن", "أكد", "قدر"].contains(entry.lemma) && !entry.isParticiple && g.subject != nil
                && (!afterComma || ArabicWords.objectStarters.contains(n))
                && ap.entityAt[j] == nil && ap.verb(j) == nil && !introducedLater(from: j)
            if !afterComma && (denialObject || opinionObject) || announced { return (j, false, j..<j, []) }
        }
        return nil
    }

    /// "أصدر المحامي زياد عبود، وكيل المالك، بياناً نفى فيه …": the one who issued the statement
    /// the verb speaks through.
    func issuer(before i: Int) -> ArabicNounPhrase? {
        var k = i - 1
        while k >= a, k >= i - 15 {
            if ["اصدر", "اصدرت", "واصدر", "واصدرت", "نشر", "نشرت", "ونشر", "ونشرت", "وزع", "وزعت"].contains(ap.bare[k]),
               let np = ArabicNounPhrase.read(ap, at: k + 1, limit: i), mention(np).kind != .unknown {
                return np
            }
            k -= 1
        }
        return nil
    }

    /// Whether a complementiser (أن، إنّ) or a colon follows `j` before the next speech verb:
    /// then the words at `j` are not the object of the verb but more of its subject
    /// ("أعلن الرئيس دونالد ترامب، في خطاب، أن …").
    func introducedLater(from j: Int) -> Bool {
        var k = j
        while k < e {
            if ArabicWords.that.contains(ap.norm[k]) || ap.norm[k] == ":" { return true }
            if k > j, ap.verb(k) != nil { return false }
            k += 1
        }
        return false
    }

    /// "بحسب ما نقلت X" / "وفق ما أفادت X" / "نقلا عن X" placed after a speech verb: a relay.
    func relayPhrase(at j: Int) -> (mention: SourceMention, end: Int)? {
        guard j < e else { return nil }
        for opener in [["بحسب", "ما"], ["حسبما"], ["وفق", "ما"], ["وفقا", "لما"], ["مثلما"], ["كما"]] {
            guard let n = ap.match(opener, at: j, limit: e), j + n < e, ArabicWords.isRelayVerb(ap.norm[j + n])
            else { continue }
            var k = j + n + 1
            if k < e, ["به", "بها", "بهم"].contains(ap.norm[k]) { k += 1 }
            guard let np = ArabicNounPhrase.read(ap, at: k, limit: e) else { continue }
            return (mention(np), np.tokens.upperBound)
        }
        // «، وفق الوكالة نفسها،», «بحسب الصحيفة»: an outlet named after a bare preposition.
        for opener in [["وفق"], ["بحسب"], ["حسب"]] {
            guard let n = ap.match(opener, at: j, limit: e), var np = ArabicNounPhrase.read(ap, at: j + n, limit: e) else { continue }
            while np.tokens.count > 1, ArabicWords.emphatics.contains(ap.norm[np.tokens.upperBound - 1]) {
                np.tokens = np.tokens.lowerBound..<(np.tokens.upperBound - 1)
            }
            let m = mention(np)
            guard m.kind == .outlet else { continue }
            var end = np.tokens.upperBound
            while end < e, ArabicWords.emphatics.contains(ap.norm[end]) { end += 1 }
            return (m, end)
        }
        return nil
    }

    /// "لـ X" / "لرويترز" / "لوكالة الأنباء": the listener of a speech event.
    func addressee(at j: Int) -> (SourceMention, Int)? {
        guard j < e, ap.tokens[j].isWord else { return nil }
        let n = ap.norm[j]
        if n == "ل", let np = ArabicNounPhrase.read(ap, at: j + 1, limit: e) { return (listener(np), np.tokens.upperBound) }
        guard n.hasPrefix("ل"), n.unicodeScalars.count > 2, !["للصحفيين", "للصحافيين", "لوسائل", "للصحافه"].contains(n),
              let np = ArabicNounPhrase.read(ap, at: j, limit: e, skip: 1) else { return nil }
        let m = mention(np)
        return m.kind == .outlet || m.kind == .organization ? (m, np.tokens.upperBound) : nil
    }

    /// `mention(np)`, with a quoted name after لـ read as an outlet ("قال لـ"صوت طبرق"").
    func listener(_ np: ArabicNounPhrase) -> SourceMention {
        var m = mention(np)
        if ap.isQuoteMark(np.tokens.lowerBound), m.kind == .unknown || m.kind == .person {
            m.kind = .outlet
            m.reference = .name
        }
        return m
    }

    /// After content ending at `end`: ", بحسب ما نقلت X" adds X to the relay chain.
    func trailingRelay(after end: Int, into via: inout [SourceMention]) -> Int {
        var k = end
        while k < e, ap.isComma(k) { k += 1 }
        if let relay = relayPhrase(at: k) {
            via.append(relay.mention)
            return relay.end
        }
        return end
    }

    /// "طلب عدم الكشف عن هويته", "فضل عدم ذكر اسمه", "شريطة عدم الكشف عن اسمه": the end of the
    /// clause (through هويته / اسمه), or nil.
    func anonymityClause(at start: Int) -> Int? {
        // «، وقد اشترط ألّا يُنشر اسمه،»: the clause after «وقد» / «قد».
        var j = start
        if j + 2 < e, ["وقد", "قد"].contains(ap.norm[j]) { j += 1 }
        guard j + 1 < e, Self.anonymityOpeners.contains(ap.norm[j]) || Self.anonymityOpeners.contains(ap.stripped(j)),
              ((j + 1)..<min(e, j + 4)).contains(where: { Self.withholdingWords.contains(ap.norm[$0]) }) else { return nil }
        var k = j + 2
        while k < min(e, j + 9) {
            let w = ap.norm[k]
            if w.hasPrefix("هويت") || w.hasPrefix("هويات") || w.hasPrefix("اسم") { return k + 1 }
            k += 1
        }
        return nil
    }

    /// Words that open a clause withholding a name: "طلب / فضّل / اشترط / رفض / تحفّظ / آثر" and
    /// their participles ("طالباً", "مفضّلاً", "رافضاً", "متحفّظاً"), "شريطة", "دون".
    static let anonymityOpeners: Set<String> = [
        "طلب", "طلبت", "طلبوا", "طلبا", "طالبا", "طالبه", "طالبين", "فضل", "فضلت", "فضلوا", "مفضلا", "مفضله", "مفضلين",
        "شريطه", "شرط", "بشرط", "اشترط", "اشترطت", "اشترطوا", "مشترطا", "مشترطه", "مشترطين", "رفض", "رفضت", "رفضوا",
        "رافضا", "رافضه", "رافضين", "تحفظ", "تحفظت", "متحفظا", "متحفظه", "اثر", "اثرت", "مؤثرا", "دون",
        // «لم يفصح الموقع عن اسمه», «لم تذكر الصحيفة اسمها».
        "لم",
    ]

    /// What such a clause withholds: "عدم" / "ألّا", "الكشف", "ذكر", "نشر" ("ألّا يُنشر"), "الإفصاح", "حجب"
    /// (within three words).
    static let withholdingWords: Set<String> = ["عدم", "الا", "الكشف", "كشف", "يكشف", "ذكر", "يذكر", "نشر", "ينشر",
                                                "الافصاح", "افصاح", "الاعلان", "حجب", "يفصح", "تفصح", "تكشف", "تذكر",
                                                "يسم", "تسم", "يسمه", "تسمه", "يسمها", "تسمها",
                                                // «فضّل التحفظ على هويته», «طالباً إغفال اسمه».
                                                "التحفظ", "التكتم", "اخفاء", "اغفال",
                                                // «دون أن يأذن بذكر اسمه».
                                                "بذكر", "بنشر", "بكشف", "بالكشف"]

    /// "وكان "مرصد الفرات" قد ذكر …": the subject between كان and قد.
    func kanaQadSubject(before i: Int) -> ArabicNounPhrase? {
        guard i - 2 >= a, ["قد", "لقد"].contains(ap.norm[i - 1]) else { return nil }
        // "غير أن الهلال الأحمر الليبي كان قد أعلن": the subject before كان.
        if ["كان", "كانت", "كانوا"].contains(ap.bare[i - 2]) {
            for k in max(a, i - 10)..<(i - 2) {
                guard let np = ArabicNounPhrase.read(ap, at: k, limit: i - 2), np.tokens.upperBound == i - 2 else { continue }
                return mention(np).kind == .unknown ? nil : np
            }
            return nil
        }
        var k = i - 2
        while k >= a, k >= i - 10 {
            if ["كان", "كانت", "كانوا"].contains(ap.bare[k]) {
                guard var np = ArabicNounPhrase.read(ap, at: k + 1, limit: i - 1) else { return nil }
                if np.tokens.upperBound == i - 1 { return np }
                // "وكانت لجنة تسعير المشتقات النفطية في وزارة الطاقة قد أعلنت": the body the
                // subject belongs to, after في / لدى / التابعة لـ.
                if ArabicSentenceReader.belongingWords.contains(ap.norm[np.tokens.upperBound]),
                   let body = ArabicNounPhrase.read(ap, at: np.tokens.upperBound + 1, limit: i - 1),
                   body.tokens.upperBound == i - 1 {
                    np.tokens = np.tokens.lowerBound..<(i - 1)
                    return np
                }
                // "وكان محافظ تعز، عبدالكريم الصبري، قد أعلن": a name in commas after the title.
                let comma: Set<String> = ["،", ","]
                guard comma.contains(ap.norm[i - 2]), np.tokens.upperBound < i - 3, comma.contains(ap.norm[np.tokens.upperBound]),
                      let name = ArabicNounPhrase.read(ap, at: np.tokens.upperBound + 1, limit: i - 2),
                      name.tokens.upperBound == i - 2 else { return nil }
                np.tokens = np.tokens.lowerBound..<(i - 2)
                return np
            }
            k -= 1
        }
        return nil
    }

    /// Words joining a body to the institution it belongs to.
    static let belongingWords: Set<String> = ["في", "لدى", "التابعه", "التابع"]

    /// "(قسد)" after a name: skipped. Returns the index after ")".
    func bracketed(at j: Int) -> Int? {
        guard j < e, ap.norm[j] == "(" else { return nil }
        var k = j + 1
        while k < min(e, j + 7) {
            if ap.norm[k] == ")" { return k + 1 }
            k += 1
        }
        return nil
    }

    /// Verbal nouns with a possessive pronoun that name a cited statement ("نفيه", "تأكيدها").
    static let statementNouns: [String: ArabicSpeechVerbs.Category] = [
        "نفيه": .deny, "نفيها": .deny, "نفيهم": .deny, "نفيهما": .deny,
        "تاكيده": .assert, "تاكيدها": .assert, "تاكيدهم": .assert,
    ]

    /// "، تحفّظ على ذكر اسمه لأنه غير مخوّل بالتصريح،" right before the verb at `i`: the comma
    /// that opens the aside, or nil.
    func withholdingAside(before i: Int) -> Int? {
        guard i - 3 >= a, ap.isComma(i - 1) else { return nil }
        for x in stride(from: i - 3, through: max(a, i - 16), by: -1) where ap.isComma(x) {
            // The aside ends with the clause: "، تحفّظ على ذكر اسمه لأنه …،", "، تحدّث إلى "الضفّتان"
            // مشترطاً ألّا يُنشر اسمه،".
            guard ((x + 1)..<(i - 1)).contains(where: { y in anonymityClause(at: y).map { $0 < i } ?? false }) else { return nil }
            return x
        }
        return nil
    }

    /// For a third-person feminine verb at `i` (أشارت, وأكدت, تقول), the first "verb + feminine
    /// subject" earlier in the sentence: a word ending in ت followed by a definite noun ending in
    /// ة that heads a body, an outlet or a person («خفّضت الشركة», «أعلنت الوزارة»).
    func feminineClauseSubject(before i: Int) -> ArabicNounPhrase? {
        var verb = ap.norm[i]
        if verb.hasPrefix("و") || verb.hasPrefix("ف") { verb.removeFirst() }
        guard verb.unicodeScalars.count >= 4, verb.hasSuffix("ت") || verb.hasPrefix("ت") else { return nil }
        var j = a
        while j + 1 < i {
            let w = ap.norm[j], n = ap.norm[j + 1]
            if ap.tokens[j].isWord, w.hasSuffix("ت"), w.unicodeScalars.count >= 4, !ap.quoted(j), n.hasPrefix("ال"), n.hasSuffix("ه"),
               var np = ArabicNounPhrase.read(ap, at: j + 1, limit: i), np.tokens.upperBound < i {
                // «خفّضت الشركة الرقم»: a definite noun after the subject that is no nisba
                // adjective is the verb's object.
                let second = np.tokens.lowerBound + 1
                if second < np.tokens.upperBound, ap.norm[second].hasPrefix("ال"),
                   !(ap.norm[second].hasSuffix("ي") || ap.norm[second].hasSuffix("يه")) {
                    np.tokens = np.tokens.lowerBound..<second
                }
                let bare = String(np.head.hasPrefix("ال") ? np.head.dropFirst(2) : np.head[...])
                if ArabicWords.organizationHeads.contains(bare) || ArabicWords.organizationHeads.contains(np.head)
                    || ArabicWords.outletHeads.contains(bare) || ArabicWords.personHeads.contains(bare) {
                    return np
                }
            }
            j += 1
        }
        return nil
    }

    /// A subject written before its verb ("الوزير أكد أن"), after و / كما / فيما.
    /// The person a relative pronoun at `r` refers to: the longest noun phrase of a person or an
    /// unnamed source, opening a clause or after a verb or a preposition, that ends right before
    /// it (or before the comma before it), or before a short place phrase («أحد الإطارات المسيّرة
    /// في "أسيست"، الذي قال»), within ten words.
    func relativeAntecedent(before r: Int) -> ArabicNounPhrase? {
        let end = r > a && ap.isComma(r - 1) ? r - 1 : r
        guard end > a else { return nil }
        for k in max(a, end - 10)..<end {
            let opens = k == a || ap.isComma(k - 1) || ap.verb(k - 1) != nil
                || Self.antecedentPrepositions.contains(ap.norm[k - 1])
            guard opens, let np = ArabicNounPhrase.read(ap, at: k, limit: end) else { continue }
            let stop = np.tokens.upperBound
            guard stop == end || end - stop <= 4 && Self.placePrepositions.contains(ap.norm[stop])
                    && !(stop..<end).contains(where: ap.isComma) else { continue }
            // «انتقد النائب البيانات التي أكدت»: a document named last is what the clause is about.
            let last = ap.norm[stop - 1]
            if ArabicWords.documentHeads.contains(last) || last.hasPrefix("ال") && ArabicWords.documentHeads.contains(String(last.dropFirst(2))) {
                return nil
            }
            let kind = mention(np).kind
            if kind == .person || kind == .anonymous { return np }
        }
        return nil
    }

    /// "held it" after a press conference or a meeting: «عقده», «عقدها», «نظّمته».
    static let heldWords: Set<String> = ["عقده", "عقدها", "عقدته", "عقدوه", "عقدتها", "نظمه", "نظمها", "نظمته", "اقيم", "اقيمت"]

    static let antecedentPrepositions: Set<String> = ["لدي", "مع", "من", "الي", "عن", "علي", "ل", "و", "مثل"]
    static let placePrepositions: Set<String> = ["في", "من", "ب", "لدي", "داخل", "بمديريه", "بوزاره"]

    func frontedSubject(before i: Int) -> ArabicNounPhrase? {
        // "…، غير أن الناطق باسم المديرية نفى ذلك": the subject after a contrast opener.
        for x in stride(from: i - 2, through: max(a, i - 12), by: -1) where ap.isComma(x) {
            if let length = contrastOpener(at: x + 1, limit: i),
               let np = ArabicNounPhrase.read(ap, at: x + 1 + length, limit: i), np.tokens.upperBound == i,
               mention(np).kind != .unknown {
                return np
            }
            break
        }
        // «غير أن الناطق باسم البحرية، الرائد إيتان شاكيد، ساق رواية مغايرة، إذ زعم … أن»: after
        // "، إذ" the speaker is the subject the sentence opened with.
        // (Only when no subject follows the verb: "…، إذ قال مسؤول محلي إن" names its own; and only
        // a sentence that opens with its subject, a definite noun, not with a verb.)
        if i - 2 > a, i + 1 < e, ap.norm[i - 1] == "اذ", ap.isComma(i - 2),
           ["في", "ان", "بان", "الي", "علي", "خلال"].contains(ap.norm[i + 1]) || ap.isComma(i + 1) {
            var k = a
            while k < i, ap.tokens[k].kind == .punctuation { k += 1 }
            if let length = contrastOpener(at: k, limit: i) { k += length }
            while k < i, ap.tokens[k].kind == .punctuation || ArabicWords.clauseOpeners.contains(ap.norm[k]) { k += 1 }
            if k < i - 2, ap.norm[k].hasPrefix("ال"),
               let np = ArabicNounPhrase.read(ap, at: k, limit: i - 2), mention(np).kind != .unknown,
               mention(np).kind != .outlet || ap.verb(np.tokens.upperBound) == nil {
                return np
            }
        }
        guard i - a <= 12 else { return nil }
        var k = a
        // «غير أن وكالة "…" أوردت أن»: a contrast opener at the start of the sentence.
        while k < i, ap.tokens[k].kind == .punctuation { k += 1 }
        if let length = contrastOpener(at: k, limit: i) { k += length }
        while k < i, ap.tokens[k].kind == .punctuation || ArabicWords.clauseOpeners.contains(ap.norm[k]) { k += 1 }
        // Only when the verb starts its clause right after that phrase (or after its name in
        // apposition: «غير أن مدير عام الهيئة، سالم أبوشعالة، دحض هذه الرواية»).
        guard k < i, i - k <= 12, !ap.norm[i].hasPrefix("و"),
              let np = ArabicNounPhrase.read(ap, at: k, limit: i) else { return nil }
        if np.tokens.upperBound < i - 2, ap.isComma(np.tokens.upperBound), ap.isComma(i - 1),
           let name = ArabicNounPhrase.read(ap, at: np.tokens.upperBound + 1, limit: i - 1),
           name.tokens.upperBound == i - 1, mention(name).kind == .person, mention(np).kind != .unknown {
            return np
        }
        guard i - k <= 8 else { return nil }
        // «سفيراً جزائرياً سابقاً لدى بروكسل»: an accusative adjective the phrase reader takes for
        // an adverb, and where the speaker served.
        var end = np.tokens.upperBound
        if end < i, ap.norm[end] == "سابقا" {
            end += 1
            if end + 1 < i, ["لدي", "في"].contains(ap.norm[end]),
               let place = ArabicNounPhrase.read(ap, at: end + 1, limit: i) { end = place.tokens.upperBound }
        }
        guard end == i else { return nil }
        let m = mention(np)
        return m.kind == .unknown ? nil : np
    }
}
