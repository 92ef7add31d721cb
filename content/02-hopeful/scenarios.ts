import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'hopeful',
  questions: [
    // ───────────────────────────── PRACTICE POOL ─────────────────────────────
    {
      id: 'hop-er-first-overdose',
      kind: 'single',
      pool: 'practice',
      value: 'hopeful',
      setting: 'er',
      title: 'How long does it hurt?',
      situation:
        'Caleb, 19, is resting in the emergency department after his first overdose. He is stable, his mom is on her way in, and the peer team has set up a follow-up call with him for tomorrow. You went back to using twice before your own recovery took hold, and you talk about it at work when asked. He looks at you and asks, "Did you ever go back to using? How long does this hurting last?" Then he adds, "Not my body. I mean feeling like I wrecked everything."',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'went-back-twice',
          text: 'Tell him you went back to using twice, and that the feeling eased for you with time.',
          feedback:
            'He asked you straight out whether you ever went back. A brief, honest answer is invited self-disclosure: it shows him that someone who went back to using still found a way forward, and it sets no timeline he could "fail." Then ask how that lands for him; this is hope carried by lived experience.',
          best: true,
        },
        {
          id: 'reflect-wrecked',
          text: 'Tell him it sounds like he feels he wrecked everything, and ask what feels most broken.',
          feedback:
            'Naming his feeling is the right first move when someone has not asked you anything, or needs to be heard before anything else. But Caleb asked you a direct question about your own path. Turning it back to him can feel like a dodge and sets aside one of the strongest sources of hope you have; answer briefly first, then reflect and ask.',
        },
        {
          id: 'call-tonight',
          text: 'Ask who he trusts enough to call tonight, and offer to help him reach them now.',
          feedback:
            'Finding someone he trusts is a strong step when a person is about to leave alone, and connection builds hope. But his mom is already on her way in, and he just asked you a direct question. Answer him briefly first; who else to call can come later.',
        },
        {
          id: 'follow-up-call',
          text: 'Offer to call him after discharge, and ask which day and time would suit him best.',
          feedback:
            'A follow-up call is a strong bridge out of the emergency department when none is set up. The peer team has already set one for tomorrow, and he just asked you something directly. Answer his question honestly first; that is where hope starts tonight.',
        },
      ],
    },
    {
      id: 'hop-er-fresh-start',
      kind: 'value',
      pool: 'practice',
      value: 'empathetic',
      setting: 'er',
      title: 'A fresh start?',
      situation:
        'Claire, 41, is in the emergency department after a fall. She tells you she lost her job of 15 years last week, and her sister has stopped taking her calls. A volunteer standing nearby says, "Look at it as a fresh start! Everything happens for a reason." Claire pulls the blanket over her face. "I know I’ll find work again," she says. "I just need someone to hear how much this hurts."',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'empathetic',
          value: 'empathetic',
          best: true,
          feedback:
            'Yes. Claire tells you what she needs: someone to hear how much this hurts. She is not short of hope, since she says she will find work again. What is missing is being understood in her pain, and naming how much she is carrying comes before any bright side.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Hope is part of this, and the volunteer was trying to offer it. But Claire already has hope: she says she will find work again. What she asks for is to be heard, so empathy is most at stake. Hope offered before the pain is heard feels like being brushed off.',
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'Fifteen years in one job does show real strengths, and naming them may help later. But pointing to strengths now would repeat the volunteer’s mistake. She asked to be heard, and that is empathy.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Respect is always part of the work, and the volunteer’s words did not honor what she is going through. But the main thing at stake is whether Claire feels understood in her pain, which is what she asked for. That is empathy.',
        },
      ],
    },
    {
      id: 'hop-drop-guitar',
      kind: 'multi',
      pool: 'practice',
      value: 'hopeful',
      setting: 'drop-in',
      title: 'The guitar',
      situation:
        'Darnell, 33, a regular at the drop-in center, hands you his guitar. He says he wants you to have it because he "won’t be needing it." This week he has told you more than once that things will never get better for him. He is sitting with you, calm, and says, "Don’t make a big deal of it." Your supervisor is off today; the center’s crisis protocol says to bring in the on-call crisis clinician, whose office is down the hall.',
      prompt: 'Which of these should you do now? Choose all that apply.',
      safety: ['suicide-risk'],
      options: [
        {
          id: 'ask-directly',
          text: 'Tell him you are worried, and ask him directly whether he is thinking about suicide.',
          feedback:
            'Correct. Giving away something he loves and saying things will never get better are warning signs. Asking directly and calmly is safe: it does not put the idea in his head. Being honest about your worry tells him you take him seriously, which is where real hope starts.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'stay-call-clinician',
          text: 'Stay with him, call the on-call clinician over, and tell him each step you take.',
          feedback:
            'Correct. This follows your center’s crisis protocol without leaving him alone, and you tell him honestly what you are doing. The clinician can assess his risk, connect him to 988 (call or text), or call 911 if danger is immediate. Afterward, tell your supervisor and document what happened.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'phone-supervisor',
          text: 'Stay with him, phone your supervisor to come in, and tell him each step you take.',
          feedback:
            'Not correct here. Staying, being honest and calling your supervisor are right on a day your supervisor is in the building. Today your supervisor is off, and the protocol names the on-call clinician down the hall. Waiting for someone to drive in delays help he may need now. Safety comes before every value here.',
          correct: false,
          safety: 'unsafe',
          instead: 'Stay with him, call the on-call clinician over now, and ask him directly about suicide.',
        },
        {
          id: 'call-911',
          text: 'Call 911 now, stay with him until they arrive, and tell him each step you take.',
          feedback:
            'Not correct here. Calling 911 and staying with him is the right plan if he is hurt, has means with him, or tries to leave in danger. Darnell is calm and talking, and a crisis clinician is down the hall, as your protocol says. Ask him directly and bring in the clinician, who can call 911 if needed; then document what happened.',
          correct: false,
        },
        {
          id: 'card-988',
          text: 'Tell him you are worried, and give him the 988 number to call or text if it gets worse.',
          feedback:
            'Not correct. Naming your worry and sharing 988 are good steps for someone who is struggling but shows no warning signs. Darnell is giving away his guitar and says he "won’t be needing it." Handing him a number and letting him go leaves him alone at a risky moment; ask directly and stay with him. Safety comes before every value here.',
          correct: false,
          safety: 'unsafe',
          instead: 'Ask him directly about suicide, stay with him, and bring in your supervisor or crisis staff.',
        },
      ],
    },
    {
      id: 'hop-drop-never-messed-up',
      kind: 'branch',
      pool: 'practice',
      value: 'hopeful',
      setting: 'drop-in',
      title: 'You never messed up like me',
      situation:
        'Diego, 24, started coming to the recovery center last week. After a group, he hangs back and says, "No offense, but you’ve got it all together. Be straight with me. Did you ever mess up like I did?" He looks at the floor. He does not know that you lost a job and an apartment to using, and that it took you a few tries to come back.',
      prompt: 'What do you say first?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say first?',
          options: [
            {
              id: 'yes-briefly',
              text: 'Say yes, you lost a job and an apartment to using, and it took a few tries to get back.',
              feedback:
                'He asked you straight out, so the invitation is already there. A brief, honest answer tells him that recovery happens to people who messed up, with no promise that his path will match yours. This is hope carried by lived experience; keep it short so the focus can return to him.',
              best: true,
              next: 'what-helped',
            },
            {
              id: 'offer-share',
              text: 'Say you have had hard years too, and ask if he would like to hear a little about them.',
              feedback:
                'Asking before you share is the right habit when someone has not asked about you. Diego already asked, and told you to be straight with him. Asking again can sound like you are hedging. Answer him briefly and honestly.',
              next: 'share',
            },
            {
              id: 'reflect-behind',
              text: 'Say it sounds like he feels far behind everyone here, and ask what that is like for him.',
              feedback:
                'Reflecting his feeling is a strong move when someone talks about themselves. But Diego asked you a direct question about your past. Turning it back to him leaves his doubt standing: that people like you never struggled. A short, honest answer is one of the best sources of hope you have here.',
            },
            {
              id: 'not-like-him',
              text: 'Say no, not the way he did, but you have seen lots of people come back from where he is.',
              feedback:
                'For a peer worker whose path was different, this is an honest answer, and the examples still carry hope. But you lost a job and an apartment to using, so "no" is not true, and it confirms his doubt that people like you never struggled. Answer honestly and briefly; hope here rides on your real story.',
            },
          ],
        },
        {
          id: 'what-helped',
          lead: 'Diego looks up. "For real? So what changed?"',
          prompt: 'What do you say next?',
          options: [
            {
              id: 'one-thing',
              text: 'Name one thing that helped, like a friend who kept calling, and ask what he thinks.',
              feedback:
                'One relevant detail answers his question without turning the talk into your life story. Asking what he thinks hands the focus back to Diego. This is the last "ask" in Ask–Share–Ask, and it keeps your hopeful share about him.',
              best: true,
            },
            {
              id: 'whole-path',
              text: 'Walk him through each step you took that first year, from detox to your first job.',
              feedback:
                'A fuller account can help in a planned talk where someone asks for your whole path. Here it is a hallway chat with someone new, and a long story moves the focus to you. Share one thing, then ask what he thinks; hope grows when the focus stays on him.',
            },
            {
              id: 'his-turn',
              text: 'Ask what he thinks might need to change for him, before you say anything more.',
              feedback:
                'Turning to him is usually good. But he just asked you what changed, and holding back your answer can feel like a test. Give him one honest piece, then ask about him.',
            },
            {
              id: 'group-did-it',
              text: 'Say going to group every week changed it for you, and ask if he would try that, too.',
              feedback:
                'Pointing to group is fair if it helped you, and it would fit if he had asked what to do next. But he asked what changed for you, and steering him toward your path turns it into a formula. Share one thing as one example, then ask what he thinks; hope grows when he finds his own way.',
            },
          ],
        },
        {
          id: 'share',
          lead: 'Diego shrugs. "Yeah. That’s what I asked."',
          prompt: 'Which piece of your story do you share?',
          options: [
            {
              id: 'job-and-home',
              text: 'That you lost your job and your home to using, and it took you a few tries to come back.',
              feedback:
                'This answers his doubt directly: you did mess up, and you came back. It is brief, relevant and has a purpose. End by asking how it lands, so the focus returns to Diego. That is hopeful self-disclosure.',
              best: true,
            },
            {
              id: 'peer-gave-hope',
              text: 'That a peer worker once shared her story with you, and it was the first time you felt hope.',
              feedback:
                'This is a good share when someone doubts that peer support helps. Diego’s doubt is different: he thinks you never messed up. A share about how you fell and came back speaks to what he asked, and carries more hope for him.',
            },
            {
              id: 'first-year',
              text: 'That your first year in recovery was the hardest, and what you did each day to get through.',
              feedback:
                'This fits someone in early days who asks how to cope. Diego asked whether you ever messed up the way he did. Share the part of your story that answers that; a relevant share is what carries hope.',
            },
            {
              id: 'family-stood-by',
              text: 'That your family stood by you through all of it, and their support is what got you through.',
              feedback:
                'A share about support can carry hope when someone asks what helped. But it does not answer whether you messed up, and if he lacks that kind of support, it could widen the gap he feels. Share how you struggled and came back.',
            },
          ],
        },
      ],
    },
    {
      id: 'hop-warmline-medication',
      kind: 'single',
      pool: 'practice',
      value: 'hopeful',
      setting: 'warmline',
      title: 'Should I stop my pills?',
      situation:
        'Cora, 31, a regular warmline caller, says her new antidepressant makes her feel "flat." Two days ago she stopped taking it without telling anyone. She sees her prescriber on Tuesday, four days from now, and plans to mention it then. She remembers that your own recovery did not include medication. "You got better without pills," she says. "I did the right thing, didn’t I?"',
      prompt: 'What is the best response?',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'prep-tuesday',
          text: 'Offer to help her list questions about the flat feeling to bring to Tuesday’s visit.',
          feedback:
            'Helping someone prepare for a visit is the right move when they are waiting to talk with their prescriber before changing anything. Cora has already stopped, two days ago, and Tuesday is four days off. Her prescriber needs to know now; help her call the office today, and prepare for Tuesday as well.',
          safety: 'unsafe',
          instead: 'Name how flat she feels, and encourage her to call her prescriber’s office today to tell them she stopped.',
        },
        {
          id: 'call-today',
          text: 'Say you hear how flat she feels, and urge her to call her prescriber’s office today.',
          feedback:
            'She has already stopped a medication on her own, and her visit is four days away. You do not judge her choice or give medical advice; you name her feeling and point her to the person who can help her safely today. That stays in the peer role and offers real hope: she can feel better by a safe route. Offer to stay on while she plans the call.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'pharmacist',
          text: 'Suggest she ask her pharmacist today whether the flat feeling tends to pass with time.',
          feedback:
            'A pharmacist can answer questions about side effects, so this is a fair resource for someone still taking a medicine. But Cora has already stopped, and what to do now belongs with her prescriber. Encourage her to call the prescriber’s office today.',
        },
        {
          id: 'misses-feeling',
          text: 'Ask what she misses feeling most, and what feeling hopeful again would look like for her.',
          feedback:
            'Exploring what she wants to feel is a hopeful question, and it could help later. But she has stopped a medication on her own and asked you to approve it, and that belongs with her prescriber. Say so kindly, and encourage her to call the office today.',
        },
        {
          id: 'share-choice',
          text: 'Share that your own recovery did not include medication, and say the choice is hers to make.',
          feedback:
            'Sharing that part of your path can be fine when someone is only curious about it. Here she asked you to approve stopping, so it backs a medical choice, and "the choice is yours" sounds like respect but leaves her to decide alone. Your story is one example, not a guide for her treatment.',
          safety: 'unsafe',
          instead: 'Keep your story out of her medication choice, and encourage her to call her prescriber today.',
        },
      ],
    },
    {
      id: 'hop-reentry-disclosure',
      kind: 'multi',
      pool: 'practice',
      value: 'hopeful',
      setting: 'reentry',
      title: 'My record is all they see',
      situation:
        'Colette, 46, came home last month after eight years in prison. She is staying with her sister, and she has her first job interview on Friday. At your weekly meeting she asks, "Did you ever think no one would hire you? I feel like my record is all anyone will ever see."',
      prompt: 'Which of these shares would serve her right now? Choose all that apply.',
      options: [
        {
          id: 'feared-hiring',
          text: 'Say yes, you feared no one would hire you, and tell her one thing that helped you.',
          feedback:
            'Correct. She asked you this directly, so a brief, honest answer is invited. It ties your story to her fear and gives her one real thing to hope for, without promising how Friday will go. Then ask how it lands.',
          correct: true,
        },
        {
          id: 'practiced-record',
          text: 'Say you practiced talking about your record with a job coach, and how that went.',
          feedback:
            'Correct. With an interview on Friday, one practical detail from your path is relevant and useful. Then ask whether it fits her, so the choice stays with her.',
          correct: true,
        },
        {
          id: 'found-housing',
          text: 'Say yes, you feared no landlord would rent to you, and ask if that fits for her.',
          feedback:
            'Not correct here. This is a good share for someone worried about housing. Colette is staying with her sister, and she asked about work. A share that misses her question moves the focus to your story. Hopeful sharing stays relevant to what she asked.',
          correct: false,
        },
        {
          id: 'rebuilt-kids',
          text: 'Say yes, you feared your kids would not know you, and tell her how that went.',
          feedback:
            'Not correct here. This share could carry real hope for a parent coming home. But Colette asked about being hired, with an interview days away. Keep your share tied to what she asked.',
          correct: false,
        },
        {
          id: 'lonely-months',
          text: 'Say yes, you feared you would be alone, and ask who she can lean on this week.',
          feedback:
            'Not correct here. This fits someone who feels alone after release. Colette has her sister, and her worry is her record and Friday’s interview. Hope grows from a share that is relevant to her question.',
          correct: false,
        },
      ],
    },
    {
      id: 'hop-youth-why-try',
      kind: 'rank',
      pool: 'practice',
      value: 'hopeful',
      setting: 'youth-family',
      title: 'A lost cause at school',
      situation:
        'Cameron, 15, was just suspended from school for the second time this year. At a youth peer support meeting, with his aunt in the room, he says, "Everyone says I’m a lost cause at school, so why even try?" His aunt sighs. "We keep telling him he’s smart, but he doesn’t believe us."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'time-went-better',
          text: 'Ask Cameron about a time this year when school went even a little better.',
          feedback:
            'Most helpful. His aunt just told you that telling him he is smart does not land. This looks for real evidence in his own life that school can go better, and it asks him, not the adults. Hope built on what he has done is harder to argue with than anyone’s opinion.',
        },
        {
          id: 'not-lost-cause',
          text: 'Tell Cameron you don’t see him as a lost cause, and ask what he wants school to be like.',
          feedback:
            'Second. Asking what he wants is good, and your belief in him is real. But his aunt just said that being told he is smart does not land, and this is one more adult telling him. Evidence from his own life would carry more hope.',
        },
        {
          id: 'what-led',
          text: 'Say two suspensions sound rough, and ask Cameron what led up to this one.',
          feedback:
            'Third. Naming the hard part is kind, and these questions matter when you plan his return to school. But starting with the problem adds to the "lost cause" story before he has any reason to hope. Look for what has worked first.',
        },
        {
          id: 'ask-aunt',
          text: 'Ask his aunt what she has seen go well for Cameron at school, and build on her answer.',
          feedback:
            'Least helpful here. Asking family about strengths can help when a young person is quiet or asks them to speak. Cameron just spoke, and turning to his aunt tells him her view counts more than his. She has also said her praise does not reach him.',
        },
      ],
    },
    {
      id: 'hop-rural-peer-job',
      kind: 'single',
      pool: 'practice',
      value: 'hopeful',
      setting: 'rural-telehealth',
      title: 'Could I do your job?',
      situation:
        'Delia, 34, meets with you by video from a small town two hours from the nearest city. She has nine months in recovery. Near the end of the call she says, "I’ve thought about it for months. I want to do what you do. I have no idea how anyone out here even gets started."',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'look-up-steps',
          text: 'Offer to look up the first steps for peer work in her state, and go over them together.',
          feedback:
            'She already knows what she wants; she asked how to start. Looking at the real steps with her says "this is possible" through action, and turns hope into a plan she controls. It promises no date, and it takes her rural location seriously.',
          best: true,
        },
        {
          id: 'doubted-too',
          text: 'Share that you once doubted you could do this work, and what helped you believe you could.',
          feedback:
            'This share fits someone who doubts they could ever do the work. Delia does not sound doubtful: she has thought about it for months and wants to know how to start. Answer the question she asked with real steps; that is hope she can use.',
        },
        {
          id: 'could-do-it',
          text: 'Say you think she could do this work well, and ask what draws her to it the most.',
          feedback:
            'Your belief in her is real, and asking what draws her is a good question when someone first floats an idea. Delia has thought about it for months and asked a practical question. Exploring again can feel like a delay; help her find the first steps.',
        },
        {
          id: 'right-time',
          text: 'Ask how her own recovery is going, and whether this feels like the right time to start.',
          feedback:
            'Checking readiness makes sense when someone seems stretched thin. Delia has nine months and a clear goal, and she did not ask whether she is ready. This can put her hope on hold; let her set her own pace while you look at the real steps.',
        },
      ],
    },
    {
      id: 'hop-res-promise-me',
      kind: 'branch',
      pool: 'practice',
      value: 'hopeful',
      setting: 'residential',
      title: 'Promise me',
      situation:
        'Celeste, 29, is in residential treatment for the third time. Last time, a counselor told her that most people need a few tries, and she says it made her feel like a number. Late one evening she finds you in the hallway, teary. "Promise me this time will work," she says. "And don’t say you believe in me. Everyone says that. I need a real reason."',
      prompt: 'What do you say?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say?',
          options: [
            {
              id: 'believe-in-her',
              text: 'Say you can’t promise that, but you do believe change is possible for her.',
              feedback:
                'Honest belief is the right answer when someone asks you for a promise and needs to hear that you think she can do it. Celeste just told you that everyone says it, and she needs a real reason instead. Help her find one in her own experience: ask what feels different about this stay.',
              next: 'heard-before',
            },
            {
              id: 'few-tries',
              text: 'Say you can’t promise that, but most people need a few tries before it sticks.',
              feedback:
                'This is honest, and for many people it is a hopeful fact that takes the shame out of coming back. But Celeste told you that exactly this line made her feel like a number last time. Speak to her, not to the odds: help her find her own reason.',
            },
            {
              id: 'what-different',
              text: 'Say you can’t promise that, and ask what feels different about this stay so far.',
              feedback:
                'She asked for a real reason, not a promise and not more belief from others. You are honest that no one can promise, and you help her find her reason in her own experience. Hope she finds in her own life is harder to argue with than anything you could tell her.',
              best: true,
              next: 'different',
            },
            {
              id: 'help-tonight',
              text: 'Say you can’t promise that, and ask what would help her most to get through tonight.',
              feedback:
                'Asking what would help tonight is a good move when someone is struggling to get through the next few hours. Celeste is asking about the whole stay: she wants a real reason to believe it can work. Help her find that reason first; ask what feels different this time.',
            },
          ],
        },
        {
          id: 'different',
          lead: 'Celeste thinks. This time she told her sister the truth, and her sister wants her at her wedding in June. Then she sighs. "But I’ve said things like this before. How is that a real reason?"',
          prompt: 'What do you say next?',
          options: [
            {
              id: 'learned',
              text: 'Ask what her last two stays taught her that she could put to use this time.',
              feedback:
                'She doubts that this time is any different. This treats her past stays as learning, not failure, and lets her find the answer in her own experience. That is hope grounded in what is real: coming back to treatment does not mean starting from zero.',
              best: true,
            },
            {
              id: 'wedding-means',
              text: 'Ask what it would mean to her to stand with her sister at the wedding in June.',
              feedback:
                'Moving toward what she wants is a strong source of hope, and this would fit if she were lighting up about June. But she just doubted that June is a real reason. Help her find her own evidence first.',
            },
            {
              id: 'tell-counselor',
              text: 'Ask if she would like to tell her counselor about the wedding, so it goes in her plan.',
              feedback:
                'Asking her first respects her choice, and the team may help later. But this jumps to planning and skips the doubt she just voiced. She needs her question taken seriously before the wedding becomes a plan.',
            },
            {
              id: 'tired-of-saying',
              text: 'Say she sounds tired of hearing herself say it, and ask what that is like for her.',
              feedback:
                'Naming her weariness is kind, and it fits when someone needs to vent. But she asked you a real question: why this time is any different. Help her answer it from her own experience; that is where her hope can come from.',
            },
          ],
        },
        {
          id: 'heard-before',
          lead: 'Celeste shakes her head. "That’s what everyone says," she says, and turns back toward her room.',
          prompt: 'What do you say?',
          options: [
            {
              id: 'fair-point',
              text: 'Say that is fair, she asked for a reason, and ask what feels different this time.',
              feedback:
                'She named what you missed, so owning it plainly comes first. Then you turn to what she asked for: a real reason, found in her own experience. That keeps hope honest and about her.',
              best: true,
            },
            {
              id: 'mean-it',
              text: 'Say you do mean it, and that you have seen people make it on a third try.',
              feedback:
                'Standing by your belief can help someone who doubts you mean it. Celeste does not doubt that; she told you belief from others is not enough. Own that you missed her request, then help her find her own reason.',
            },
            {
              id: 'tired-of-it',
              text: 'Say she sounds tired of hearing it, and ask what she needs from you tonight.',
              feedback:
                'Naming her weariness is kind, and asking what she needs fits when someone is unclear. She already told you what she needs: a real reason. Own your miss, then ask what feels different about this stay.',
            },
            {
              id: 'check-morning',
              text: 'Offer to walk her back to her room, and check in with her first thing in the morning.',
              feedback:
                'Giving someone space with a plan to follow up fits when they need rest more than talk. Celeste is upset because her question went unanswered. Own your miss now, and help her look for her own reason.',
            },
          ],
        },
      ],
    },
    {
      id: 'hop-res-own-return',
      kind: 'single',
      pool: 'practice',
      value: 'hopeful',
      setting: 'residential',
      title: 'The morning after',
      situation:
        'You are a peer worker at a residential program, with six years in recovery. After a hard week, you drank last night for the first time in six years, and at nine you are due to lead the residents’ group on hope. It is 6 a.m., you have not slept, and part of you wants to keep drinking. A 6:30 meeting you know well meets two blocks from your home. Your sponsor works nights as a nurse and can’t take calls until 8, and your supervisor gets in at 8:30.',
      prompt: 'What do you do first?',
      safety: ['own-distress'],
      options: [
        {
          id: 'meeting-now',
          text: 'Go to the early meeting now, then tell your supervisor before group and get cover.',
          feedback:
            'This keeps your recovery first. The urge is here now, your sponsor can’t pick up until 8, and a meeting you know starts in half an hour two blocks away, so your own support comes first. Then you tell your supervisor before group: many agency policies, and some state codes such as Illinois’s, ask you to report a return to use, and you are in no shape to lead a group on hope today. Six years do not vanish after one night.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'help-line',
          text: 'Call the employee help line now, then tell your supervisor before group and get cover.',
          feedback:
            'An employee help line is good support at 6 a.m. when nothing else is open. Here a meeting you know starts in half an hour two blocks away, full of people who have been where you are. Go, text your sponsor to call after her shift, and tell your supervisor before group.',
        },
        {
          id: 'sponsor-first',
          text: 'Call your sponsor now, then tell your supervisor before group and get cover.',
          feedback:
            'Calling your sponsor first is often the strongest move after a return to use. This morning she is at work as a nurse and can’t take calls until 8, and the urge is here now. Go to the 6:30 meeting, text her to call after her shift, then tell your supervisor before group.',
        },
        {
          id: 'tell-then-sponsor',
          text: 'Tell your supervisor at 8:30 and get cover for group, then call your sponsor after.',
          feedback:
            'Arranging cover first makes sense when you feel steady and the main task is your shift. Right now the urge is the danger, and your supervisor is not in for two and a half hours. Go to the 6:30 meeting now; tell your supervisor before group.',
        },
      ],
    },
    {
      id: 'hop-warmline-move-back',
      kind: 'value',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'warmline',
      title: 'You believe in me, right?',
      situation:
        'Dashawn, 39, is a regular warmline caller with five months in recovery. You have told him many times that you believe in his recovery, and you mean it. Tonight he says he is moving back in with an old friend because the rent is cheap. Last month he told you this friend still sells drugs from the apartment; tonight he leaves that out. "So you’re happy for me, right?" he asks.',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          best: true,
          feedback:
            'Yes. Your belief in him is not in doubt; you have said it often. The open question is whether you will name the risk he told you about and left out tonight. Saying it kindly and plainly ("I remember you told me…") treats him as someone who can hear the truth. The choice stays his.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Hope is in play, since he wants you to be glad for him. But you have already shown your belief in him many times, so hope is not what is missing. What is at stake tonight is whether you are honest about what he left out.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Where he lives is his choice, and you should not try to force a different plan. But no one is pushing him here. What is at stake is whether you share what you noticed.',
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'His five months are a real strength worth naming. But praising his strength while staying quiet about the risk would miss what matters most here: an honest, caring word.',
        },
      ],
    },

    // ────────────────────────────── CHECK POOL ──────────────────────────────
    {
      id: 'hop-warmline-better-off',
      kind: 'branch',
      pool: 'check',
      value: 'hopeful',
      setting: 'warmline',
      title: 'Better off without me',
      situation:
        'Calvin, 57, a regular warmline caller, calls late at night; his address is in his caller file. He lost his job of 20 years last month, and his wife moved out last week. He says everyone would be better off without him. When you ask him directly whether he is thinking about suicide, he says yes, that he plans to act tonight, and that he has what he needs at hand. Your protocol: callers thinking about suicide get a three-way call to 988; a caller in immediate danger gets 911 while you stay on the line.',
      prompt: 'What do you do first?',
      safety: ['suicide-risk', 'remote-risk'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'three-way-988',
              text: 'Stay on the line, tell him you’re bringing in 988, and start a three-way call now.',
              feedback:
                'A three-way call to 988 while you stay on the line is your protocol for a caller who is thinking about suicide, and it is often the right step. Calvin is past that: he plans to act tonight and has what he needs at hand, which is immediate danger. Your protocol for that is 911 while you stay on the line.',
              safety: 'unsafe',
              instead: 'Stay on the line, tell him you are calling 911, and send help to his address.',
              next: 'on-three-way',
            },
            {
              id: 'call-911',
              text: 'Stay on the line, tell him you’re calling 911, and send help to his address.',
              feedback:
                'You asked him directly about suicide, and his answer shows immediate danger: a plan for tonight and what he needs at hand. Your protocol says 911 while you stay on the line, and his address is on file. Telling him honestly what you are doing and staying with him keeps him from being alone while help comes; afterward, tell your supervisor and document the call. Safety comes before every value here.',
              best: true,
              safety: 'escalates',
              next: 'help-coming',
            },
            {
              id: 'supervisor-first',
              text: 'Stay on the line, tell him you’re calling your supervisor, and follow their lead.',
              feedback:
                'Calling your on-call supervisor is right when your protocol does not say what to do. Here it does: a caller in immediate danger gets 911 while you stay on the line, and every minute counts. Call 911 now; let your supervisor know once help is on the way.',
              safety: 'unsafe',
              instead: 'Stay on the line, tell him you are calling 911, and send help to his address.',
            },
            {
              id: 'distance-then-988',
              text: 'Stay on the line, ask him to put away what he has, and then bring 988 onto the call.',
              feedback:
                'Asking someone to put distance between themselves and what they could use is a strong step, and 988 is right for a caller thinking about suicide. But Calvin plans to act tonight and has what he needs at hand, and your protocol for immediate danger is 911. Send help first; you can ask him to put it away while you wait together.',
              safety: 'unsafe',
              instead: 'Stay on the line, tell him you are calling 911, and send help to his address.',
            },
          ],
        },
        {
          id: 'help-coming',
          lead: 'The dispatcher says help is on the way. Calvin’s voice rises: "You called the cops on me? I thought you were on my side."',
          prompt: 'What do you say?',
          options: [
            {
              id: 'honest-stay',
              text: 'Tell him you called because you want him alive, and that you’ll stay on the line.',
              feedback:
                'He deserves an honest answer, and this is one: you called because his life matters to you. Staying on the line until help arrives means he is not alone, which is the first ground hope can stand on. Afterward, tell your supervisor and document the call.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'not-police',
              text: 'Tell him it may be medics, not police, and ask him to unlock the door for them.',
              feedback:
                'Helping him get ready for responders can come later. But you don’t know who will come, and guessing can break his trust if you are wrong. Be honest about why you called, and stay on the line.',
            },
            {
              id: 'hold-update',
              text: 'Tell him you need a minute to update your supervisor, and put him on a short hold.',
              feedback:
                'Your supervisor does need to know, but not now. Putting him on hold leaves him alone at the most dangerous moment. Stay on the line until help arrives, then call your supervisor.',
              safety: 'unsafe',
              instead: 'Stay on the line, tell him honestly why you called, and update your supervisor after help arrives.',
            },
            {
              id: 'his-choice',
              text: 'Tell him you hear how angry he is, and ask if he wants you to cancel the call.',
              feedback:
                'Naming his anger is kind, and offering choices builds trust in calmer moments. But he is in immediate danger, and cancelling help is not a choice you can offer. Be honest about why you called, and stay with him.',
              safety: 'unsafe',
              instead: 'Tell him honestly why you called 911, and stay on the line until help arrives.',
            },
          ],
        },
        {
          id: 'on-three-way',
          lead: 'The 988 counselor joins the call. Calvin goes quiet, then says, "I’m done talking," and sounds about to hang up.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'ask-send-help',
              text: 'Tell him you’re staying on, and ask the 988 counselor to send emergency help now.',
              feedback:
                'It is not too late. He is in immediate danger, and the 988 counselor can send emergency help while you both stay on the line. Tell him honestly what is happening; afterward, tell your supervisor and document the call.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'let-988-lead',
              text: 'Tell him you’ll step off now, and leave him with the 988 counselor to talk it through.',
              feedback:
                'Handing off to 988 is fine for a caller who is safe for now. Calvin plans to act tonight and is about to hang up. Stay on the line, and make sure emergency help is sent.',
              safety: 'unsafe',
              instead: 'Stay on the line and ask the 988 counselor to send emergency help now.',
            },
            {
              id: 'call-back',
              text: 'Tell him you’ll call him back in ten minutes, and ask him to keep his phone near.',
              feedback:
                'A call back is a good follow-up once someone is safe. Calvin is in immediate danger and about to hang up. Stay on the line and get emergency help sent now.',
              safety: 'unsafe',
              instead: 'Stay on the line and ask the 988 counselor to send emergency help now.',
            },
            {
              id: 'name-tired',
              text: 'Tell him he sounds worn out, and ask what would make it easier to keep talking.',
              feedback:
                'Naming how he sounds can keep someone talking. But he has a plan for tonight and is about to hang up, so help needs to be on its way first. Ask the 988 counselor to send emergency help while you stay on.',
              safety: 'unsafe',
              instead: 'Stay on the line and ask the 988 counselor to send emergency help now.',
            },
          ],
        },
      ],
    },
    {
      id: 'hop-youth-parent-group',
      kind: 'value',
      pool: 'check',
      value: 'hopeful',
      setting: 'youth-family',
      title: 'Is it worth trying again?',
      situation:
        'At a family peer support group, Carmen, 50, says her son, 22, has been through treatment three times. "I’ve stopped expecting anything," she says. "Is it even worth trying again?" The other parents look at you.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'hopeful',
          value: 'hopeful',
          best: true,
          feedback:
            'Yes. Carmen is losing hope, and the whole group is listening. You can name how tiring this is, say that recovery often takes more than one try, and avoid promising any outcome.',
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'Close. Pointing to her son’s and her family’s strengths could help later. But her question is whether change is possible at all, and that is about hope first.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Her son’s choice to try again matters, and Carmen is here by choice. But no one is being pushed. Her question is whether to keep believing, not whether anyone wants support.',
        },
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'Honesty matters, since you should not make promises to her. But the main thing at stake is her belief that trying again could help.',
        },
      ],
    },
    {
      id: 'hop-er-no-bed',
      kind: 'single',
      pool: 'check',
      value: 'hopeful',
      setting: 'er',
      title: 'No bed until tomorrow',
      situation:
        'Cyrus, 45, is stable in the emergency department and wants to go to detox. The social worker has called every program in the region, crisis beds included, and the first open bed is tomorrow at noon. He says, "Last time I waited for a bed, I was alone in my apartment all night. People called to check on me, and I still used before morning." His cousin, who lives nearby, drove him in and is in the waiting room.',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'detox-hopes',
          text: 'Ask what he hopes detox will give him, and help him write it down to keep.',
          feedback:
            'A goal to move toward can carry someone through a wait, and this fits when the night itself is covered. He told you the night is the problem, and last time he spent it alone. Start with who could be with him; his hopes for tomorrow can come after.',
        },
        {
          id: 'check-in-calls',
          text: 'Offer to call him a few times tonight, and ask which times would help most.',
          feedback:
            'Check-in calls are a good bridge when someone has people around and needs a link to you. Cyrus just told you calls did not hold him last time; being alone was the problem. Help him find someone to be with him tonight.',
        },
        {
          id: 'with-someone',
          text: 'Ask who could be with him tonight, and offer to help him reach them now.',
          feedback:
            'He told you what went wrong last time: he was alone all night, and calls were not enough. Asking who could be with him, with his cousin right in the waiting room, turns hope into a plan built on real people. It promises nothing about tomorrow, and who he asks stays his choice.',
          best: true,
        },
        {
          id: 'crisis-bed',
          text: 'Ask the social worker about a crisis bed or respite where he could wait tonight.',
          feedback:
            'Asking about a crisis bed is a good move when not every option has been tried. The social worker has already called every program, crisis beds included, so this may raise a hope that can’t be met. Help him plan the night he actually faces.',
        },
      ],
    },
    {
      id: 'hop-reentry-judge-letter',
      kind: 'single',
      pool: 'check',
      value: 'hopeful',
      setting: 'reentry',
      title: 'A letter to the judge',
      situation:
        'Desmond, 35, has been home from prison for four months and comes to your reentry peer group every week. He has a court date next month on an old charge. He asks if you would write the judge a letter about his group attendance and the changes you have seen. Your agency’s policy is that your supervisor writes and signs all letters to a court, using notes from the peer worker who knows the person.',
      prompt: 'What is the best response?',
      safety: ['legal'],
      options: [
        {
          id: 'yes-with-review',
          text: 'Say yes, write what you have seen, and have your supervisor review it before it goes out.',
          feedback:
            'Writing the letter yourself after supervisor review is right at agencies that allow it. Yours has the supervisor write and sign every court letter, so writing it yourself steps outside policy, even with review. Give your supervisor your notes, so your account still reaches the judge.',
        },
        {
          id: 'ask-lawyer-first',
          text: 'Say yes, and ask his lawyer what the letter should cover before you start writing it.',
          feedback:
            'Checking with his lawyer about what would help can fit where peer workers write court letters themselves. Your agency has your supervisor write them, so the next step is your notes to your supervisor. His lawyer can talk with the agency about what the court needs.',
        },
        {
          id: 'notes-to-supervisor',
          text: 'Explain that your supervisor writes court letters, and offer them your notes this week.',
          feedback:
            'Your agency has your supervisor write and sign court letters, so this keeps you in your role and tells him honestly how it works. Offering your notes this week shows your belief in him through action: the changes you have seen still reach the judge. Legal advice stays with his lawyer.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'records-request',
          text: 'Suggest his lawyer request his attendance records, and offer to help him make the ask.',
          feedback:
            'Asking for attendance records through his lawyer is the right route where an agency can share only records. Your agency can send a letter from your supervisor, which can say much more about the changes you have seen. Offer your notes, so his effort is described and not just counted.',
        },
      ],
    },
    {
      id: 'hop-drop-cosign',
      kind: 'single',
      pool: 'check',
      value: 'hopeful',
      setting: 'drop-in',
      title: 'Would you co-sign?',
      situation:
        'Dominic, 27, has come to the drop-in center for a year and has eight months in recovery. After months of searching, he found the one apartment that will take him with his record, but the landlord wants a co-signer. His family stopped speaking to him years ago. "You’re the only one who believes in me," he says. "Would you co-sign?"',
      prompt: 'What is the best response?',
      safety: ['role-limits'],
      options: [
        {
          id: 'decline-advocate',
          text: 'Explain why you can’t co-sign, and help him reach a housing advocate this week.',
          feedback:
            'This keeps both the hope and the boundary. Co-signing would make you his lender, a dual relationship many peer codes advise against. A housing advocate may know other routes, such as programs that stand in as co-signers, and helping him reach one this week shows your belief is real.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'who-else',
          text: 'Explain why you can’t co-sign, and ask who else in his life might be willing.',
          feedback:
            'Declining and saying why are right, and asking about his network fits someone who has people to ask. Dominic’s family stopped speaking to him years ago, so this may leave him alone with the problem. Offer a route that exists, like a housing advocate, so your belief in him stays real and within your role.',
        },
        {
          id: 'search-other',
          text: 'Explain why you can’t co-sign, and offer to search together for places without one.',
          feedback:
            'Declining with a reason keeps your role clear, and searching together is good problem-solving when options remain. Dominic searched for months, and this is the one place that will take him with his record. A housing advocate can look for ways to keep this apartment; help him reach one.',
        },
        {
          id: 'ask-exception',
          text: 'Say you’ll ask your supervisor if an exception is possible, and get back to him Friday.',
          feedback:
            'Checking with your supervisor is right when a request is truly unclear. Co-signing a lease is not: it makes you his lender, which is outside your role. Holding out an exception keeps that on the table and may set him up for a letdown. Be clear about the limit, then help him find another route.',
        },
      ],
    },
    {
      id: 'hop-rural-two-years',
      kind: 'rank',
      pool: 'check',
      value: 'hopeful',
      setting: 'rural-telehealth',
      title: 'Back to day one?',
      situation:
        'Dwayne, 63, meets with you by video from his farmhouse. He drank again last weekend after two years without alcohol. He has already talked it through with his sponsor, and he tells you what the two years taught him: call someone early, and keep busy at dusk. "I’m done feeling bad about it," he says. "Do those two years count for anything now? I want to put them to work this week."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'use-this-week',
          text: 'Say yes, and ask how he wants to use those lessons this week, and how you can help.',
          feedback:
            'Most helpful. He asked a direct question, and "yes" answers it honestly: a return to use does not erase what he built. He has already named what the years taught him and wants to use it this week, so helping him plan how turns hope into action that he leads.',
        },
        {
          id: 'they-count',
          text: 'Say yes, and ask what those two years taught him that he can still use now.',
          feedback:
            'Second. It answers him, and asking what the years taught him is a strong question when someone has not looked yet. Dwayne already did that with his sponsor and just told you the lessons. Asking again slows him down; help him put them to work.',
        },
        {
          id: 'own-return',
          text: 'Say yes, and share briefly that your own years still counted after a return to use.',
          feedback:
            'Third. It answers his question, and a brief share can show that years still count after a setback, which helps someone who doubts it. Dwayne has his own proof and wants a plan, so your story moves the focus to you. Hope rooted in his own life, put to use, lasts longer.',
        },
        {
          id: 'feel-weekend',
          text: 'Say yes, and ask how he is feeling about last weekend, now that a few days have passed.',
          feedback:
            'Least helpful here. Asking about feelings is often the right first move after a return to use. But he just told you he is done feeling bad about it and wants to act. Going back to the feeling can sound like you were not listening.',
        },
      ],
    },
    {
      id: 'hop-youth-back-to-school',
      kind: 'multi',
      pool: 'check',
      value: 'hopeful',
      setting: 'youth-family',
      title: 'Everyone will know',
      situation:
        'Daisy, 17, is back home after a month at a residential program, and she starts school again on Monday. Her mom sits in on your youth peer session. Daisy says she wants to handle school herself, without adults calling ahead. Then she asks you, "Everyone’s going to know where I was. Is it always going to be like this?"',
      prompt: 'Which of these fit this moment? Choose all that apply.',
      options: [
        {
          id: 'name-fear',
          text: 'Say going back sounds scary, and ask what she would want Monday to look like.',
          feedback:
            'Correct. You name her fear first, then help her picture what she wants. Focusing on what she is moving toward gives hope something to aim at.',
          correct: true,
        },
        {
          id: 'invited-share',
          text: 'Ask if she would like to hear a little about how your own return to school went.',
          feedback:
            'Correct. An invited, brief share offers hope: someone got through this. It does so without saying her path will be the same.',
          correct: true,
        },
        {
          id: 'allies',
          text: 'Ask who at school has been on her side, and if she wants to plan around them.',
          feedback:
            'Correct. Finding real people in her corner points to what is already there, and planning with them keeps her in charge. It builds hope on her own life, not on your guess.',
          correct: true,
        },
        {
          id: 'ask-call',
          text: 'Ask if she would like you to give the school counselor a call before Monday.',
          feedback:
            'Not correct here. Offering to pave the way with the school, and asking first, is a good move for a young person who wants help. But Daisy just said she wants to handle school herself, without adults calling ahead. Asking anyway tells her you did not hear her, and it takes from her hope of managing this on her own terms.',
          correct: false,
        },
        {
          id: 'mom-strengths',
          text: 'Ask her mom what has helped Daisy most through hard times, and build on that.',
          feedback:
            'Not correct here. Asking a parent about strengths can help in family work, especially when a young person is quiet. But Daisy asked you the question herself. Turning to her mom tells her the adults are in charge of her return; answer her first.',
          correct: false,
        },
      ],
    },
    {
      id: 'hop-res-too-old',
      kind: 'single',
      pool: 'check',
      value: 'hopeful',
      setting: 'residential',
      title: 'Too old to change',
      situation:
        'Dolores, 61, is in residential treatment for the first time. At lunch she looks around the table and says, "I’ve been drinking for forty years, and everyone here is half my age. Has anyone as old as me ever actually done this?" You started at the program two months ago, and your own recovery began at 24. A woman of 66 with ten years in recovery, a former resident, visits every Sunday to talk with residents.',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'real-examples',
          text: 'Tell her about people in their sixties you have seen build a life in recovery.',
          feedback:
            'Stories of older people you have worked with answer her question well, for a peer worker who has seen them. You have been here two months and have not, so you would be stretching the truth. The former resident who visits on Sundays is a real example she can meet.',
        },
        {
          id: 'meet-sunday',
          text: 'Offer to introduce her to the woman in her sixties who visits on Sundays.',
          feedback:
            'She asked whether anyone her age has done this. The honest answer is yes, and there is a woman in her sixties she can meet this Sunday. A real person who walked this road at her age is hope she can see for herself, with no promise about her own path.',
          best: true,
        },
        {
          id: 'why-now',
          text: 'Ask what made her decide to come here now, after forty years of drinking.',
          feedback:
            'This is a strong question when someone wonders why they are here; her own reasons are a deep source of hope. But Dolores asked whether anyone her age has done this. Answer that first, with someone she can meet; her reasons can follow.',
        },
        {
          id: 'own-start',
          text: 'Share how old you were when you started recovery, and what helped you stay.',
          feedback:
            'A brief share fits when your story matches what someone asks. You started recovery at 24, so your story does not answer whether someone her age can do this. The former resident in her sixties does.',
        },
      ],
    },
    {
      id: 'hop-reentry-daughter',
      kind: 'single',
      pool: 'check',
      value: 'hopeful',
      setting: 'reentry',
      title: 'She hands the phone back',
      situation:
        'Dante, 31, came home from prison two months ago. Today, for the first time in your group, he talks about his daughter, 10: she hands the phone back to her mom every time he calls. His voice breaks. "She’s never going to forgive me," he says. "Maybe I should stop trying."',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'hopes-year',
          text: 'Ask what he hopes things with his daughter could look like a year from now.',
          feedback:
            'Turning toward what he hopes for is a strong move once someone has been heard; it can carry him past "stop trying." But today is the first time he has said this out loud, and his voice is breaking. Name the hurt first; the hope question can come next.',
        },
        {
          id: 'hurts-each-time',
          text: 'Say it sounds like it hurts each time she hands the phone back to her mom.',
          feedback:
            'This is the first time he has told the group about his daughter, and his voice is breaking. Naming the hurt first shows him he is heard; hope offered before that can feel like being brushed off. Once he feels understood, you can ask what he hopes for with her.',
          best: true,
        },
        {
          id: 'kids-share',
          text: 'Share briefly how long it took your own kids to let you back into their lives.',
          feedback:
            'A brief share can carry hope when someone asks whether families come back together. He did not ask, and he has only just voiced his pain, so a timeline invites him to measure his daughter against yours. Name his hurt first.',
        },
        {
          id: 'letters-idea',
          text: 'Ask whether her mom might be open to him sending letters instead of calling.',
          feedback:
            'Trying a new way to reach her is good problem-solving once he has been heard and knows what he wants. Offered now, right after he first says this aloud, it jumps to fixing. Name the hurt first.',
        },
        {
          id: 'hope-keeps-calling',
          text: 'Say you can’t know if she will forgive him, but you hope he keeps calling her.',
          feedback:
            'Honest belief is the right answer when someone asks you for a promise. Dante has just voiced his pain for the first time, and your hope can sound like one more person telling him what to do. Start by naming how much this hurts.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
