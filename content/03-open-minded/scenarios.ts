import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'open-minded',
  questions: [
    // ───────────────────────────── PRACTICE POOL ─────────────────────────────
    {
      id: 'opn-drop-methadone',
      kind: 'single',
      pool: 'practice',
      value: 'open-minded',
      setting: 'drop-in',
      title: 'Who counts as in recovery?',
      situation:
        'At the recovery community center’s open table, Efrain, 44, mentions that he has taken methadone for two years. Edith, 60, who found long-term recovery in a twelve-step group, says methadone is "just trading one drug for another." Efrain looks down, his face red, and mutters that he should not have said anything. Two newer members at the table are listening closely. Edith turns to you: "You work here. Is methadone treatment or not?"',
      prompt: 'What do you do?',
      options: [
        {
          id: 'facts-in-room',
          text: 'Say to the whole table, in a calm voice, that methadone is a recognized medical treatment.',
          feedback:
            'Edith asked you a direct question about the facts in front of the table, including two newer members, so the myth needs a plain answer now, where everyone heard it. SAMHSA and NIDA treat medication for opioid use disorder as treatment, and saying so calmly, without scolding Edith or putting Efrain on the spot, is open-mindedness toward both of them. You can get curious about Edith’s own path afterward.',
          best: true,
        },
        {
          id: 'ask-edith',
          text: 'Turn to Edith and ask what her own recovery has looked like, and what has helped her most along the way.',
          feedback:
            'Curiosity about Edith is a good instinct, and in a one-on-one talk with her it could be the best move. Here it dodges the question she asked, and her claim about Efrain stays standing in front of others. Answer the myth calmly first; open-mindedness covers Efrain’s path too.',
        },
        {
          id: 'efrain-speak',
          text: 'Say each person here defines their own recovery, and ask Efrain what methadone has made possible.',
          feedback:
            'Saying each person defines their own recovery is true, and asking what methadone has made possible is a lovely question when someone wants to talk about their path. But Efrain has just said he wishes he had kept quiet, and asking him to answer in front of everyone puts him on trial for his own treatment. Edith asked about the facts, and that answer should come from you; he can share later if he chooses.',
        },
        {
          id: 'check-in-later',
          text: 'Let the table move on, then find Efrain afterward and ask him how that comment landed for him.',
          feedback:
            'Checking in with Efrain matters, and it is the right move when a remark was made where you could not answer it. Here you can answer, and waiting leaves a stigmatizing message standing for everyone who heard it. Respond in the room, then check in with him too.',
        },
      ],
    },
    {
      id: 'opn-drop-not-eating',
      kind: 'branch',
      pool: 'practice',
      value: 'open-minded',
      setting: 'drop-in',
      title: 'Poison in the food',
      safety: ['psychosis'],
      situation:
        'Emmett, 33, has come to the drop-in center for a year. Today he paces the lounge and talks fast. He says he has not slept in four days and will not eat because his neighbors are poisoning his food. He looks terrified but has not threatened anyone, and he is not hurt. Other members are moving away from him.',
      prompt: 'How do you respond?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'quiet-room-crisis',
              text: 'Invite him to a quiet room and stay with him there while a coworker calls the mobile crisis team.',
              feedback:
                'Four days without sleep or food, plus this much fear, is acute distress, and the mobile crisis team in your protocol is built for it. A quieter room lowers the pressure, and you stay with him while a coworker makes the call. Not debating the belief keeps you open to his experience while help comes.',
              best: true,
              safety: 'escalates',
              next: 'belief',
            },
            {
              id: 'quiet-room-911',
              text: 'Invite him to a quiet room and stay with him there while a coworker calls 911 for an ambulance.',
              feedback:
                'Staying with him in a quiet room is right, and 911 is the call if he collapses, seems medically confused, or threatens someone. None of that is happening: he is frightened and talking. Sirens or police can raise his fear, so use the mobile crisis team your protocol names for acute distress.',
            },
            {
              id: 'sit-ask-eat',
              text: 'Sit with him in a quiet room, ask what would help him feel safe enough to eat, and offer a sealed snack.',
              feedback:
                'Asking what would help and offering a sealed snack respect his fear, and with milder distress this could be enough. But four days without sleep or food means he needs crisis help now, not only a kind talk. Keep this warmth and have a coworker call the mobile crisis team.',
              safety: 'unsafe',
              instead: 'Stay with him in a quiet room and have a coworker call the mobile crisis team under your protocol.',
              next: 'leaving',
            },
            {
              id: 'doctor-visit',
              text: 'Stay with him in the lounge and help him call his doctor’s office to ask for a visit this week.',
              feedback:
                'Linking someone to their own doctor is a good step when distress is building slowly. Emmett has gone four days without sleep or food, so a visit later this week is too late, and the busy lounge keeps his fear high. Move somewhere quieter and bring in the mobile crisis team now.',
              safety: 'unsafe',
              instead: 'Move with him somewhere quieter, stay with him, and have a coworker call the mobile crisis team now.',
            },
          ],
        },
        {
          id: 'belief',
          lead: 'In the quiet room, Emmett sits down but keeps watching the door. He asks, "You believe me, right? They are trying to kill me." Your coworker tells you the crisis team is about 20 minutes away.',
          prompt: 'How do you answer him?',
          options: [
            {
              id: 'name-fear',
              text: 'Say you can see how scared he is, and that you are staying right here until the team comes.',
              feedback:
                'You neither argue nor agree. You speak to what is true for both of you: his fear, your presence and the help on its way. After the crisis team takes over, document what you saw and heard, and tell your supervisor.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'ask-neighbors',
              text: 'Say you can tell this feels very real to him, and ask what he has noticed about the neighbors.',
              feedback:
                'Exploring how someone makes sense of an experience is open-minded, and with a settled person it builds trust. Right now he is terrified and waiting for help, and questions about the threat can feed his fear. Name the fear, stay with him, and let the crisis team assess.',
            },
            {
              id: 'sleep-explain',
              text: 'Say four nights without sleep can make anyone’s mind race, and ask if he would try to rest.',
              feedback:
                'A gentle reality check can help when a calmer person wonders aloud what is going on. Here it argues with his belief and hints at a diagnosis, which is not your role, just when he needs to trust you. Name his fear, stay with him, and let the crisis team assess.',
              safety: 'unsafe',
              instead:
                'Do not argue or explain the belief away. Name his fear, tell him you are staying, and let the crisis team assess him.',
            },
            {
              id: 'write-notes',
              text: 'Ask a coworker to sit with him while you write up what he has said so the crisis team has it.',
              feedback:
                'Notes help the crisis team, and a handoff to a coworker can be right when someone else knows the person better. Emmett just asked whether you believe him, and switching people now can break the trust you have built. Stay with him; write up what happened after the team takes over.',
            },
          ],
        },
        {
          id: 'leaving',
          lead: 'Emmett sips some water but will not eat. After ten minutes he stands up. He says he is going to sleep in his car, where the neighbors cannot find him.',
          prompt: 'What now?',
          options: [
            {
              id: 'ask-stay-call',
              text: 'Ask him to sit with you a little longer, and have a coworker call the mobile crisis team now.',
              feedback:
                'Asking him to stay, and bringing in the crisis team while he is still here, follows your protocol for acute distress. Your warmth so far gives him a reason to stay. Afterward, document what happened and talk it through with your supervisor.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'his-choice',
              text: 'Say it is his choice to go, give him the crisis line number, and ask him to call you tonight.',
              feedback:
                'Respecting a choice to leave fits when a person is safe and able to care for himself. After four days without sleep or food, a phone number is not a connection. Ask him to stay with you while a coworker calls the crisis team.',
              safety: 'unsafe',
              instead: 'Ask him to stay with you, and have a coworker call the mobile crisis team under your protocol.',
            },
            {
              id: 'report-after',
              text: 'Let him go calmly, then tell your supervisor right away and write up what he said for follow-up.',
              feedback:
                'Telling your supervisor and documenting are both right, but they come too late to help Emmett tonight. Following up later is not the same as getting help now. Try to keep him with you and bring in the crisis team while he is still here.',
              safety: 'unsafe',
              instead: 'Ask him to stay, have a coworker call the crisis team now, and tell your supervisor and document afterward.',
            },
          ],
        },
      ],
    },
    {
      id: 'opn-drop-own-craving',
      kind: 'single',
      pool: 'practice',
      value: 'open-minded',
      setting: 'drop-in',
      title: 'The pull you did not expect',
      safety: ['own-distress'],
      situation:
        'Your drop-in center began handing out naloxone and safer-use kits this month, though your own recovery, eight years now, is built on not using at all. Emil, 29, comes in for a kit and talks about his week. As he describes using, a strong pull to use hits you, the first in years. Your hands are shaking and you keep losing track of what he says. Your next supervision is three weeks away, and a coworker is free.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'hand-off-now',
          text: 'Ask your coworker to take over with Emil, step outside, and call your supervisor and a support.',
          feedback:
            'You cannot stay present, so a warm handoff gives Emil full attention on his harm reduction path while you keep your own recovery first. Illinois’s peer code asks workers to tell a supervisor about a return to use, and Virginia’s asks them to seek support when anything gets in the way of their recovery. A craving this strong deserves the same care, today.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'finish-tell-today',
          text: 'Finish with Emil, then tell your supervisor about the craving today and call one of your supports.',
          feedback:
            'Telling your supervisor and reaching your supports today is right, and if you felt steady, finishing first would be the best plan. But your hands are shaking and you are losing track of what he says, so Emil is not getting your attention and you are pushing past your own limit. Hand off to your coworker and get support now.',
        },
        {
          id: 'next-supervision',
          text: 'Finish with Emil, call a friend in recovery tonight, and raise the craving at your next supervision.',
          feedback:
            'Calling a friend is right, and a mild, passing urge could fairly wait for regular supervision. This pull is strong enough that you cannot focus, and supervision is three weeks off. Step away now, and tell your supervisor today so you can plan together before Emil’s next visit.',
          safety: 'unsafe',
          instead: 'Hand off to your coworker, tell your supervisor about the craving today, and use your own supports.',
        },
        {
          id: 'off-kit-duty',
          text: 'Finish with Emil, call your sponsor tonight, and ask your supervisor to take you off kit duty.',
          feedback:
            'A break from kit duty might end up in a plan you make in supervision. Asking for it without naming the craving hides the real reason and pulls you away from members on one path, which strains open-mindedness. Tell your supervisor about the craving itself today, and decide together what would help.',
        },
      ],
    },
    {
      id: 'opn-warm-voices',
      kind: 'single',
      pool: 'practice',
      value: 'open-minded',
      setting: 'warmline',
      title: 'Voices that keep her company',
      situation:
        'Esme, 52, calls the warmline on her lunch break. She has heard voices for years. They are mostly kind company, she says, and she does not want them gone. Her worry is work: she answers them out loud, and coworkers have started to stare. "Do other people who hear voices have tricks for this?" she asks.',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'phone-tip',
          text: 'Share that some people who hear voices hold a phone to their ear at work, and ask if that could fit.',
          feedback:
            'Esme already told you how she sees her voices, and she asked a direct question. Answering with a tip voice hearers share, then asking if it fits, works on her goal in her terms, without treating the voices as the problem. That is open-mindedness. A hearing voices group could be a next offer.',
          best: true,
        },
        {
          id: 'voices-meaning',
          text: 'Ask what the voices are like for her, and what they have come to mean to her over the years.',
          feedback:
            'Exploring how someone makes sense of voices is a core open-minded move when you do not yet know their view. Esme just told you hers, and asked something specific. Asking again can feel like you did not hear her; answer her question first.',
        },
        {
          id: 'doctor',
          text: 'Ask whether she has talked with her doctor about how the voices are affecting her at work.',
          feedback:
            'Her doctor may be part of her care, and this fits if the voices had changed or become distressing. She says they are kind and she wants to keep them, so this treats them as the problem when she does not. Open-mindedness means working on the goal she named.',
        },
        {
          id: 'work-rights',
          text: 'Say she may be able to ask her employer for changes at work, and offer to find a job rights advocate.',
          feedback:
            'Workplace rights and an advocate are the right offer if she is being written up or pushed out. So far coworkers are staring, and she asked for practical tricks. A formal route goes further than she asked; answer her question, and keep this for later.',
        },
      ],
    },
    {
      id: 'opn-yf-identity',
      kind: 'multi',
      pool: 'practice',
      value: 'open-minded',
      setting: 'youth-family',
      title: '"The real problem"',
      situation:
        'You are a family peer supporter. Fiona, 46, tells you her 15-year-old, Ezra, came out as nonbinary last year and now sees a counselor for depression. The counselor has offered a family session, and Fiona has not answered. Fiona says Ezra’s identity is "the real problem" and asks you to help her talk Ezra out of it. She looks tired and scared.',
      prompt: 'Which responses fit this moment? Choose all that apply.',
      options: [
        {
          id: 'name-worry',
          text: 'Reflect that she sounds worried about Ezra, and worn out from carrying all of this.',
          feedback:
            'Open-mindedness covers Fiona too. She is tired and scared, and starting there helps her feel heard rather than judged. That makes the rest of the talk possible.',
          correct: true,
        },
        {
          id: 'ask-noticed',
          text: 'Ask what she has noticed in Ezra lately, and what scares her most about it.',
          feedback:
            'Curious questions let you learn how Fiona sees things and what she fears before you respond. They keep you open to her while you hold room for Ezra’s view.',
          correct: true,
        },
        {
          id: 'honest-limit',
          text: 'Tell her plainly you can’t help change who Ezra is, but you can help her with this.',
          feedback:
            'She asked for help with something you cannot do: treating who Ezra is as the problem. Saying so kindly and plainly, while offering help with her fear, balances honesty with open-mindedness toward both of them.',
          correct: true,
        },
        {
          id: 'family-session',
          text: 'Ask if she would be open to the family session that Ezra’s counselor offered.',
          feedback:
            'The counselor who knows Ezra offered it, so Ezra’s view has a protected place in the room, and Fiona’s fear gets heard by someone trained to hold both. Pointing her to a door that is already open supports the family without taking a side against who Ezra is.',
          correct: true,
        },
        {
          id: 'join-talk',
          text: 'Offer to be there when she talks with Ezra, to help keep the talk calm and kind.',
          feedback:
            'Joining a parent for a hard talk can help when the parent wants to reach out with support. Here the talk’s goal is to change who Ezra is, so being there puts you on one side and could cost Ezra’s trust. Start with Fiona’s fear instead.',
          correct: false,
        },
      ],
    },
    {
      id: 'opn-res-prayer',
      kind: 'single',
      pool: 'practice',
      value: 'open-minded',
      setting: 'residential',
      title: 'Will you pray with me?',
      situation:
        'Evelyn, 63, is in residential treatment, and her faith is the center of her recovery. Her first family session starts in ten minutes, and she is nervous. She asks you to pray with her now. You are not religious, and prayer is not part of your life.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'sit-with',
          text: 'Say prayer isn’t part of your own life, and offer to sit beside her while she prays.',
          feedback:
            'You are honest about yourself and still make room for her path, right when she asked. Open-mindedness does not ask you to share a belief, only to honor the one that steadies her. Sitting with her gives the support she asked for in a form you can offer truthfully.',
          best: true,
        },
        {
          id: 'chaplain',
          text: 'Offer to call the chaplain so she can pray with someone who shares her faith.',
          feedback:
            'The chaplain is a real support, and if Evelyn had asked for a faith leader, or had more time, this would be a good offer. She asked you, with ten minutes to go. Turning her to someone else now can feel like a no; sit with her, and mention the chaplain for another day.',
        },
        {
          id: 'breathing',
          text: 'Offer to do a short breathing skill with her to settle her nerves before she goes in.',
          feedback:
            'A breathing skill helps many people before a hard meeting, and it fits when someone asks for help calming down. Evelyn asked for prayer, the way she steadies herself. Offering something else instead swaps her path for one you are comfortable with.',
        },
        {
          id: 'ask-support',
          text: 'Say prayer isn’t part of your own life, and ask what kind of support would help her most.',
          feedback:
            'Being honest and asking what would help is a strong move when someone has not said what they need. Evelyn already told you: she wants to pray, now. Asking again, right after naming your own view, can sound like a polite no; offer the support you can give, sitting with her while she prays.',
        },
      ],
    },
    {
      id: 'opn-res-quiet-concern',
      kind: 'value',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'residential',
      title: 'The worry you kept to yourself',
      situation:
        'Frances, 38, leaves residential treatment on Friday. Her plan is her church’s recovery ministry, and you back it fully. Yesterday she mentioned she will stay with a cousin who drinks every night at home, and that worried you. This morning she asked, "Is there anything about my plan you’re unsure of?" You said, "No, it all sounds great."',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'Frances asked you straight out for your doubts, and you kept a real one to yourself. Being honest and direct means naming the worry kindly so she can weigh it herself. She may keep her plan, and that choice stays hers.',
          best: true,
        },
        {
          id: 'open-minded',
          value: 'open-minded',
          feedback:
            'You support her faith-based path, and nothing here questions it, so this value is in good shape. Open-minded does not mean silent, though. The gap is the answer you gave when she asked for your doubts, and that is about honesty.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Frances’s choices stay hers, so voluntary matters. But no one is pressuring her or taking away her choice. The question is whether you tell her what you see, which is honesty.',
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'Planning around her cousin’s home may become part of your work together. But you cannot plan around a worry you have told her you do not have. An honest answer has to come first.',
        },
      ],
    },
    {
      id: 'opn-reentry-not-a-program',
      kind: 'value',
      pool: 'practice',
      value: 'open-minded',
      setting: 'reentry',
      title: 'Not a real program',
      situation:
        'At a reentry center, Fabian, 41, tells the group his recovery is built on his running club, his kids and a job he loves. He has not used drugs in a year. After group, a coworker says to you, "Running and a job? That’s not a real program. He needs meetings like the rest of us."',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'open-minded',
          value: 'open-minded',
          feedback:
            'Your coworker treats one path, meetings, as the only real one and judges Fabian’s because it looks different. Open-mindedness means accepting that recovery has many pathways, including ones built on family, work and exercise. This is the value to stand up for in your reply.',
          best: true,
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'Fabian’s running club, kids and job are real strengths, so this value matters too. But your coworker does not deny that they are strengths; the claim is that they do not count as recovery. That is a question of open-mindedness first.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Doubting someone’s path can drain hope, so this value is nearby. But your coworker does not say Fabian cannot recover, only that he must do it one way. The fixed idea of which path counts is what open-mindedness addresses.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Talking about a person this way is not respectful, so this is a close second. But what drives the comment is a fixed belief that everyone needs the same path. Open-mindedness names that more exactly.',
        },
      ],
    },
    {
      id: 'opn-reentry-moud-housing',
      kind: 'single',
      pool: 'practice',
      value: 'open-minded',
      setting: 'reentry',
      title: 'No medication allowed',
      safety: ['medication-diagnosis'],
      situation:
        'Felix, 45, started buprenorphine in jail and was released last week. A sober living house has a bed for him, but the manager says residents cannot take "any drugs, including that one." Felix asks you, "Should I just come off it so I can move in?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'prescriber-housing',
          text: 'Say stopping is his call to make with his prescriber, and offer help finding other housing.',
          feedback:
            'You stay in role on the medication question and point him to his prescriber. You also treat his medication as the treatment it is and look for housing that fits his path, which is open-mindedness. SAMHSA and NIDA both treat medication for opioid use disorder as treatment.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'call-manager',
          text: 'Offer to call the manager with him and ask whether the house would make an exception for him.',
          feedback:
            'Advocating with a house manager is part of the role, and it is the right move once Felix has decided to stay on his medication and wants this house. He asked whether to stop, which is a medical question for his prescriber. Answer that first, then plan any advocacy together.',
        },
        {
          id: 'prescriber-taper',
          text: 'Offer to help him call his prescriber today and ask how to come off it safely.',
          feedback:
            'Bringing in his prescriber is right, and this would be good help if Felix had already decided, with his prescriber, to stop. He asked whether he should, and framing the call around how to stop accepts the house’s view that his treatment is the problem. Keep the question open for him and his prescriber, and look for housing that fits his path.',
        },
        {
          id: 'raise-supervisor',
          text: 'Tell him you will raise the house’s no-medication rule with your supervisor this week.',
          feedback:
            'Flagging a rule that shuts out people on medication treatment is good systems advocacy, and your supervisor is the right person for it. But it leaves Felix’s question unanswered, and he may stop on his own to get the bed. Point him to his prescriber first, then raise the rule.',
        },
      ],
    },
    {
      id: 'opn-er-harm-reduction',
      kind: 'rank',
      pool: 'practice',
      value: 'open-minded',
      setting: 'er',
      title: 'Not ready to stop',
      situation:
        'Fatima, 27, is being treated in the emergency department for a skin infection and will go home within the hour. She tells you she is not ready to stop using drugs. She asks where she can get naloxone and new supplies. The nurse hands you a detox brochure to give her.',
      prompt: 'Rank these responses from most to least helpful.',
      options: [
        {
          id: 'give-supplies',
          text: 'Give her the naloxone and syringe program details now, before she leaves.',
          feedback:
            'Most helpful. She asked for something specific, and she leaves within the hour. Answering her request meets her where she is: harm reduction is one of the recognized pathways, and naloxone can save her life.',
        },
        {
          id: 'ask-wants',
          text: 'Ask what she most wants from today’s visit, and what would help her stay safer.',
          feedback:
            'Second. Open questions are a strong move, and they would come first if she had not already said what she wants. She asked for naloxone and supplies, so answer that; then this question keeps the door open.',
        },
        {
          id: 'tell-nurse',
          text: 'With her okay, ask the nurse to add harm reduction services to her discharge plan.',
          feedback:
            'Third. Advocating for her path within the team is part of the peer role. But a line in her plan helps less than the details in her hand before she walks out; do this after she has what she asked for.',
        },
        {
          id: 'brochure',
          text: 'Hand her the detox brochure, and say it is there whenever she wants it.',
          feedback:
            'Least helpful here. Offering detox information fits when someone says they want to stop. Fatima said she is not ready, so the brochure answers the team’s plan instead of her question, and can tell her that her path is second best.',
        },
      ],
    },
    {
      id: 'opn-rural-taper-question',
      kind: 'single',
      pool: 'practice',
      value: 'open-minded',
      setting: 'rural-telehealth',
      title: 'The pastor’s advice',
      safety: ['medication-diagnosis'],
      situation:
        'Floyd, 61, runs a small hardware store in a farm town and meets you by video from his back office. He has taken buprenorphine for a year and has not used opioids since. His pastor and church group have told him he will not be "truly free" until he is off all medication. He asks you, "Should I start cutting my dose down myself?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'prescriber-plan',
          text: 'Say dose changes are a talk for him and his prescriber, and offer to help him prepare.',
          feedback:
            'Dose questions are outside the peer role, so you stay in role and connect him to his prescriber. Helping him prepare keeps the decision his, made with the right person. NIDA treats medication for opioid use disorder as treatment, and Floyd’s recovery is real now.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'truly-free',
          text: 'Ask what "truly free" means to him, and what his own faith teaches him about healing.',
          feedback:
            'Curiosity about his faith is open-minded, and it would be a good question if no medication decision were on the table. He asked whether to start cutting his dose himself. Point him to his prescriber first; his faith can be part of that talk.',
        },
        {
          id: 'prescriber-pastor',
          text: 'Offer to help him set up one talk with his prescriber and his pastor together.',
          feedback:
            'Bringing a person’s doctor and faith leader together can help when he wants them to hear each other. Floyd asked about his own dose, and putting his pastor in that room brings the pressure into a medical decision. Keep the dose talk between him and his prescriber; his faith can come with him.',
        },
        {
          id: 'his-choice',
          text: 'Say it is his choice, and that his prescriber can help him if he decides to start cutting back.',
          feedback:
            'Respecting his choice sounds right, but this leaves him to decide about his dose alone, with his prescriber as backup. Cutting back without a plan made with his prescriber could put his health and recovery at risk. Open-mindedness never outranks safety.',
          safety: 'unsafe',
          instead: 'Encourage him to talk with his prescriber before making any change, and offer to help him prepare for that talk.',
        },
      ],
    },

    // ────────────────────────────── CHECK POOL ──────────────────────────────
    {
      id: 'opn-res-higher-power',
      kind: 'single',
      pool: 'check',
      value: 'open-minded',
      setting: 'residential',
      title: 'No higher power',
      situation:
        'Elias, 29, lives in a residential program where most groups use twelve-step language. After group he tells you, "I don’t believe in God. I like these groups and I want to keep coming, but I feel like a fake when we say the prayer. How do people like me do this?" You found a higher power through twelve-step work, and it changed your life.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'group-as-power',
          text: 'Share that some nonbelievers treat the group as their higher power, and ask if that might fit.',
          feedback:
            'Elias chose to stay in these groups and asked how nonbelievers do it. Sharing a way many people without faith use, then asking if it fits, answers his question on his path, not yours. Open-mindedness honors both his groups and his lack of belief.',
          best: true,
        },
        {
          id: 'other-paths',
          text: 'Ask if he would like to hear about other recovery paths that don’t use a higher power at all.',
          feedback:
            'Offering other paths, such as SMART Recovery, is right when someone doubts that twelve-step fits. Elias said he likes these groups and wants to keep coming. Steering him elsewhere answers a question he did not ask; help him find his way within the path he chose.',
        },
        {
          id: 'my-story',
          text: 'Share briefly how you also felt like a fake at first in group, and what changed that for you.',
          feedback:
            'A short, relevant story can help when your experience matches his. But what changed it for you was finding a higher power, so your story points a nonbeliever toward belief. That centers your path; answer his question in a way that fits his.',
        },
        {
          id: 'staff-prayer',
          text: 'With his okay, ask the staff whether he could sit out the prayer at the end of each group.',
          feedback:
            'Advocating with staff fits when someone wants a change in the program. Elias asked how people like him take part, not how to opt out, and sitting out may leave him feeling more apart. Answer his question first; offer to speak with staff later if he wants.',
        },
      ],
    },
    {
      id: 'opn-reentry-mosque',
      kind: 'branch',
      pool: 'check',
      value: 'open-minded',
      setting: 'reentry',
      title: 'The mosque and the sign-in sheet',
      safety: ['legal'],
      situation:
        'Faisal, 38, came home from prison three weeks ago. He plans to stop drinking with support from his mosque, his imam and his brothers. His parole conditions say he must bring a signed twelve-step attendance sheet every week. Last week he asked his parole officer about it; she said she cannot change a condition herself, and a change takes a formal request. He asks you, "Is there any way my mosque circle could count?"',
      prompt: 'How do you help Faisal?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'legal-aid-request',
              text: 'Say a formal request may be possible, and offer to help him reach legal aid about it.',
              feedback:
                'Faisal already asked his officer, and she pointed to a formal request, so legal aid is the next step that can actually get his path counted. Taking his faith-based plan seriously enough to pursue a change is open-mindedness, and a lawyer, not you, advises on the legal side. As you go, learn about his circle so the request describes it in his words.',
              best: true,
              safety: 'escalates',
              next: 'waiting',
            },
            {
              id: 'ask-officer',
              text: 'Ask about his mosque circle, and offer to help him ask his officer if it could count.',
              feedback:
                'Curiosity plus a question to the officer is often the best first move, since many officers can say yes. Faisal already asked his, and she said she cannot change the condition. Offering the same step again tells him you were not listening; help him reach legal aid about a formal request.',
              next: 'not-listening',
            },
            {
              id: 'find-meeting',
              text: 'Help him find a twelve-step meeting near the mosque that fits around his work week.',
              feedback:
                'Working out the logistics is the right help when someone has decided to meet a condition as it stands. Faisal asked whether his own path could count. Jumping to meeting times treats the rule as the whole story and his faith as an add-on.',
            },
            {
              id: 'supervisor-first',
              text: 'Say you will check with your supervisor before you talk about parole conditions with him.',
              feedback:
                'Checking with your supervisor fits when you are unsure what your agency allows around parole. Faisal asked a plain question about his own path, and putting him off leaves him alone with it. Help him reach legal aid now, and keep your supervisor informed as you go.',
            },
          ],
        },
        {
          id: 'waiting',
          lead: 'A legal aid lawyer agrees to help with the request, which may take several weeks. As the meeting wraps up, Faisal turns to you: "So can I stop going to those meetings now?"',
          prompt: 'What do you say?',
          options: [
            {
              id: 'condition-stands',
              text: 'Suggest he keep bringing the sheet for now, and help him check that with the lawyer.',
              feedback:
                'Keeping the sheet for now protects his freedom while his own path is under review, and you send the legal question to the person who can answer it while the lawyer is still in the room. Tell your supervisor what you helped with, and document it as your agency asks.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'few-weeks',
              text: 'Say it is his call, and that a week or two of missed meetings may not matter much while he waits.',
              feedback:
                'Honoring his path is the right instinct, and his choices are usually his. But this guesses about a legal condition, and missing meetings could send him back to prison. Help him ask the lawyer, and keep bringing the sheet until the condition changes.',
              safety: 'unsafe',
              instead: 'Tell him to keep meeting the condition, and help him confirm with the lawyer before he leaves.',
            },
            {
              id: 'imam-letter',
              text: 'Suggest he ask his imam for a letter about the circle to help the request along.',
              feedback:
                'A letter from his imam may well help, and the lawyer may ask for one. But Faisal asked whether he can stop the meetings now, and this leaves that question open. Answer it with the lawyer first, then work on the letter.',
            },
            {
              id: 'officer-pause',
              text: 'Offer to help him ask his officer whether the meetings can pause while the request is open.',
              feedback:
                'Asking the officer can be the right route for many questions. She has already said she cannot change a condition, and the lawyer is right here. Ask the lawyer now.',
            },
          ],
        },
        {
          id: 'not-listening',
          lead: 'Faisal frowns. "I told you, I already asked her. She said she can’t." He says he is not sure he needs to keep meeting with you.',
          prompt: 'How do you respond?',
          options: [
            {
              id: 'repair',
              text: 'Say you missed what he told you, and offer to help him reach legal aid about it.',
              feedback:
                'Naming your own misstep is a strong way to rebuild trust. Then you act on what he told you: a formal request, with a lawyer’s help, is the route his officer named. That takes his path seriously, which is open-mindedness.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'explain-rule',
              text: 'Say his faith does count, and that the sheet is only about what his parole requires.',
              feedback:
                'Clearing up a mix-up helps when someone mistakes a rule for a judgment. Here the hurt came from you not listening, and this does not fix that or answer his question. Own the misstep and help him toward legal aid.',
            },
            {
              id: 'door-open',
              text: 'Say it is his choice whether to keep meeting, and that your door stays open to him.',
              feedback:
                'Respecting his choice matters, and leaving the door open is kind when someone has decided to leave. But he is hurt, not decided, and this leaves the hurt unrepaired. A short apology and real help with his question could keep him from walking away.',
            },
          ],
        },
      ],
    },
    {
      id: 'opn-er-traditional-healing',
      kind: 'multi',
      pool: 'check',
      value: 'open-minded',
      setting: 'er',
      title: 'Healing at home',
      situation:
        'Everett, 47, is in the emergency department with a broken wrist from a fall after a night of drinking. He is stable and waiting for his ride home. The team has given him a list of local treatment programs. He has just spent ten minutes telling you about the healer his family trusts and the ceremonies his uncle leads: his path back is that and his family, "not some program." His aunt usually reaches the healer through the tribal health program, but he does not have the number.',
      prompt: 'Which responses fit here? Choose all that apply.',
      options: [
        {
          id: 'ask-path',
          text: 'Ask him to tell you what traditional healing and his family’s support look like for him.',
          feedback:
            'Asking about a person’s path is where open-mindedness usually starts. Everett has just spent ten minutes telling you, and his ride is coming. Asking again suggests you were not listening; use what he told you and help with the number.',
          correct: false,
        },
        {
          id: 'find-number',
          text: 'Offer to help him find the tribal health program’s number before his ride comes.',
          feedback:
            'He named a support and a practical gap, and his ride is coming. Helping him close that gap now links him to the path he chose, so open-mindedness and facilitating change work together.',
          correct: true,
        },
        {
          id: 'discharge-notes',
          text: 'With his okay, ask the team to add his own plan to his discharge papers.',
          feedback:
            'Advocating for his chosen path within the system is part of the peer role; the IC&RC Peer Recovery domains name advocating for multiple pathways. Asking his permission first keeps the plan his.',
          correct: true,
        },
        {
          id: 'list-choice',
          text: 'Go over the team’s program list with him, and say the choice is his to make.',
          feedback:
            'Walking through options fits when someone is unsure what they want. Everett has told you his path, and going over the list anyway tells him the team’s path comes first. Offer the list later only if he asks.',
          correct: false,
        },
        {
          id: 'call-healer',
          text: 'Offer to call a healer from his tribe to come and see him here before he goes.',
          feedback:
            'Bringing a traditional healer into a hospital can be right when the person asks for it. Everett is about to leave and did not ask; arranging it for him takes over a part of his culture you do not know. Ask what his path looks like, and help with the number he needs.',
          correct: false,
        },
      ],
    },
    {
      id: 'opn-er-bed-first',
      kind: 'single',
      pool: 'check',
      value: 'open-minded',
      setting: 'er',
      title: 'A bed first',
      situation:
        'Ernesto, 56, has been sleeping outside since the fall. He came to the emergency department with frostbite on two fingers and is ready to leave at 9 p.m. The social worker has gone home, and his discharge plan lists detox. He tells you, "I’m not thinking about drinking. I need a bed. Not Main Street, too many people I drank with. The Elm Street shelter is okay, but it fills up by ten."',
      prompt: 'What do you do first?',
      options: [
        {
          id: 'call-elm',
          text: 'Call the Elm Street shelter with him now to ask if they still have a bed tonight.',
          feedback:
            'Ernesto named his goal, a place he will accept, and a deadline an hour away. Acting on his plan right now honors the path he chose: SAMHSA’s Working Definition of Recovery counts a safe place to live as part of recovery. Open-mindedness here means taking his goal seriously enough to move on it.',
          best: true,
        },
        {
          id: 'his-terms',
          text: 'Ask what happened at Main Street, and what kind of place he would accept tonight.',
          feedback:
            'Learning what a person will accept is the right first step when you do not know yet. Ernesto already told you: not Main Street, yes to Elm Street, and it fills by ten. Asking again spends the time he does not have; call Elm Street with him.',
        },
        {
          id: 'detox-bed',
          text: 'Ask if he would be willing to try detox for a few nights, since it comes with a bed.',
          feedback:
            'For someone who wants to stop drinking and needs a bed, detox can be a practical answer. Ernesto said he is not thinking about drinking, so this bends his goal toward the team’s plan. Act on the place he named.',
        },
        {
          id: 'tell-nurse',
          text: 'With his okay, tell the nurse his goal is a bed, not detox, so his plan reflects it.',
          feedback:
            'Getting his own goal into the plan is good advocacy, and it belongs in his follow-up. At 9 p.m., with the shelter filling by ten, a changed plan will not get him a bed tonight. Call Elm Street with him first, then update the plan.',
        },
      ],
    },
    {
      id: 'opn-warm-cannabis',
      kind: 'branch',
      pool: 'check',
      value: 'open-minded',
      setting: 'warmline',
      title: 'Does it count?',
      situation:
        'Enrique, 36, calls the warmline most Sundays. He stopped drinking eight months ago and now uses cannabis most evenings, which he says keeps him off alcohol. Your own recovery meant stopping all substances. Tonight he asks, "Be honest. Do you think I’m really in recovery? And don’t turn it back on me like my counselor does."',
      prompt: 'How do you answer?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say first?',
          options: [
            {
              id: 'straight-yes',
              text: 'Tell him that yes, you see real recovery in his eight months without any alcohol.',
              feedback:
                'He asked for your honest view and asked you not to turn the question back. A straight answer that counts his path as real recovery, even though yours looked different, is open-mindedness. It also makes it safe for him to say more.',
              best: true,
              next: 'concern',
            },
            {
              id: 'his-definition',
              text: 'Say his recovery is his to define, and ask what has changed since he stopped drinking.',
              feedback:
                'Handing the definition back and asking an open question is often the most open-minded reply. But Enrique asked for your view and said not to turn it back on him, so this can sound like a dodge, or a quiet no. Give him a straight answer first.',
              next: 'closed',
            },
            {
              id: 'your-view',
              text: 'Say that for you, recovery meant stopping everything, and ask what it means for him now.',
              feedback:
                'Sharing your own path and then asking works well when someone asks how you did it. Enrique asked whether his recovery counts, so leading with your lens makes your path the standard and his the exception. Ask what recovery means to him first.',
              next: 'closed',
            },
            {
              id: 'facts-offer',
              text: 'Ask if he would like some facts about cannabis and recovery before you give your view.',
              feedback:
                'Offering information with permission is good practice when someone asks what is known. Enrique asked whether his recovery counts, and leading with facts signals you see his path as a problem. Start by asking what his recovery looks like.',
              next: 'closed',
            },
          ],
        },
        {
          id: 'concern',
          lead: 'Enrique says he sleeps better and has kept his job. Then he adds that lately he has been smoking earlier in the day, and he missed his daughter’s soccer game. "Probably nothing," he says.',
          prompt: 'What do you say now?',
          options: [
            {
              id: 'ask-share',
              text: 'Reflect what he said, and ask if he would like to hear what you noticed.',
              feedback:
                'Open-minded does not mean silent. You ask permission, then share what you noticed, using his own words. The choice about what it means stays with him, so this balances honesty and open-mindedness.',
              best: true,
            },
            {
              id: 'daughter',
              text: 'Ask how his daughter’s soccer season has been going, and what he enjoys about it.',
              feedback:
                'Asking about what he loves can build connection on another day. Right after he named two worrying changes, it lets a real concern slide, maybe to avoid seeming judgmental. Keeping a concern to yourself is avoidance, not open-mindedness.',
            },
            {
              id: 'say-worry',
              text: 'Say plainly that the earlier smoking and the missed game are a worry for you.',
              feedback:
                'Being direct fits when someone asks for your read or safety is at risk. Here you share before asking, and "probably nothing" tells you he is unsure; he may brace against it. Ask permission, describe what you noticed, and let him weigh it.',
            },
            {
              id: 'counselor',
              text: 'Ask if he would like the number of a counselor who works with cannabis use.',
              feedback:
                'A counselor could help if he wants one, and offering with permission is good practice. But this jumps to a referral before he has weighed what he noticed. Share your observation with his okay first, then ask what kind of help he wants.',
            },
          ],
        },
        {
          id: 'closed',
          lead: 'Enrique goes quiet. "So you don’t think it counts," he says. "Figured."',
          prompt: 'What now?',
          options: [
            {
              id: 'own-miss',
              text: 'Own that your first answer missed, and tell him plainly you see real recovery.',
              feedback:
                'Owning the misstep repairs trust, and the plain answer he asked for tells him his path counts, which is open-mindedness. From there the conversation can go on.',
              best: true,
            },
            {
              id: 'explain',
              text: 'Explain that you didn’t mean it that way, and that you only wanted to hear his view.',
              feedback:
                'Clearing up your intent helps when a small mix-up caused the hurt. Here he still has not heard what he asked for, and the focus stays on what you meant. Own the misstep and give him a straight answer.',
            },
            {
              id: 'reassure-late',
              text: 'Tell him of course it counts, and then ask how the rest of his week has gone.',
              feedback:
                'The reassurance is kind, and it is the answer he wanted. But it skips past the hurt and changes the subject, so it can sound like smoothing things over. Own the misstep, then answer plainly.',
            },
          ],
        },
      ],
    },
    {
      id: 'opn-warm-harm-reduction-mom',
      kind: 'multi',
      pool: 'check',
      value: 'open-minded',
      setting: 'warmline',
      title: '"They just hand out needles"',
      situation:
        'Esther, 52, calls the warmline about her son, 26. He goes to a harm reduction program, carries naloxone and uses less than before, but he has not stopped, and he won’t talk with her about it. "Those people just hand out needles. He’s given up, and they’re helping him," she says. She wants to know how to get him into rehab. She already goes to a weekly group for parents of adult children who use drugs, and says it helps.',
      prompt: 'Which responses fit this call? Choose all that apply.',
      options: [
        {
          id: 'reflect-fear',
          text: 'Reflect that she sounds scared he has given up, and worn out from worrying.',
          feedback:
            'Open-mindedness covers Esther too. Naming the fear under her words helps her feel heard, not judged, and that opens the door to talking about her son’s path.',
          correct: true,
        },
        {
          id: 'ask-share-hr',
          text: 'Ask if she would like to hear what harm reduction programs usually offer.',
          feedback:
            'She described the program as "just hand out needles," so accurate information could ease her fear. Asking first keeps it from sounding like a lecture. Many programs also connect people to treatment when they want it.',
          correct: true,
        },
        {
          id: 'parent-group',
          text: 'Ask if she would like to hear about a support group for parents like her.',
          feedback:
            'A parents’ group is a good offer for a parent who has no support. Esther already goes to one every week and says it helps, so this misses what she told you. Hear her fear and answer the misinformation instead.',
          correct: false,
        },
        {
          id: 'son-wants',
          text: 'Ask what her son has told her he wants from the program, in his own words.',
          feedback:
            'Asking about the son’s own view is open-minded when the family talks about it. Esther just said he will not talk with her about it, so this question points at what hurts most. Start with her fear, and offer what she can use.',
          correct: false,
        },
        {
          id: 'plan-talk',
          text: 'Offer to help her plan what she could say to get him to agree to go to rehab.',
          feedback:
            'Helping a parent plan a caring talk fits when the son is thinking about treatment himself. Here he chose a path that is already reducing harm, and a plan to get him to agree ranks his path below hers. Hear her fear and share information first.',
          correct: false,
        },
      ],
    },
    {
      id: 'opn-yf-court-letter',
      kind: 'single',
      pool: 'check',
      value: 'open-minded',
      setting: 'youth-family',
      title: 'A letter for the judge',
      safety: ['legal'],
      situation:
        'Esperanza, 32, is working to get her two children back from foster care. Her recovery is built on her church’s recovery ministry and weekly SMART Recovery meetings. Her caseworker said only "a certified program" counts. Esperanza’s lawyer told her a letter from her peer worker could help, and she asks you to write the judge that her church group is "just as good as treatment."',
      prompt: 'What do you do?',
      options: [
        {
          id: 'supervisor-letter',
          text: 'Say her path is real recovery, and check with your supervisor what your letter may say.',
          feedback:
            'Her lawyer already asked for a letter, so the open question is what your agency lets you write. Letters to courts follow agency policy, and your supervisor decides that. You honor her chosen path and stay in role; a letter will likely stick to what you have seen, not claims about treatment.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'ask-lawyer',
          text: 'Say her path is real recovery, and suggest she ask her lawyer what the court accepts.',
          feedback:
            'Her lawyer is the right person for legal strategy, and if she had not talked with one yet, this would be the best step. She already has: the lawyer asked for a letter from you. The question now is what your agency allows you to write, which is your supervisor’s call.',
        },
        {
          id: 'gather-proof',
          text: 'Offer to help her gather proof of her meetings, such as sign-in sheets and a pastor’s note.',
          feedback:
            'Helping her collect records is useful, and it is the right help when she is building her own file. But she asked you for a letter, and that request needs your agency’s policy first. Check with your supervisor; gathering proof can come next.',
        },
        {
          id: 'write-progress',
          text: 'Agree to write a letter on the progress you have seen, and show your supervisor after.',
          feedback:
            'A letter that sticks to what you have seen is the kind an agency may allow, so the instinct is sound. But court letters follow agency policy, and writing one before checking could hurt her case or your program. Check with your supervisor first.',
          safety: 'unsafe',
          instead: 'Before writing anything for court, check your agency’s policy with your supervisor, then write only what it allows.',
        },
      ],
    },
    {
      id: 'opn-yf-skate-crew',
      kind: 'rank',
      pool: 'check',
      value: 'open-minded',
      setting: 'youth-family',
      title: 'The skate crew',
      situation:
        'Frida, 16, started peer mentoring after she was caught drinking at school. She says her skate crew and her grandmother help her stay off alcohol. Her dad signed her up for a teen twelve-step group, and she has skipped it twice. Today she says, "It’s just not me. Will you help me tell my dad what actually works for me?"',
      prompt: 'Rank these responses from most to least helpful.',
      options: [
        {
          id: 'plan-dad',
          text: 'Help her plan what she wants to tell her dad, and ask if she wants you there.',
          feedback:
            'Most helpful. Frida asked for exactly this. Helping her put her own path into words for her dad supports the path she chose and keeps her voice at the center, which is open-mindedness with a teen.',
        },
        {
          id: 'crew-gives',
          text: 'Ask what her crew and her grandmother give her that the group does not.',
          feedback:
            'Second. Curiosity about her supports is a strong move, and it would come first if she had not asked for something specific. It also feeds the plan for her talk with her dad, so use it inside that planning.',
        },
        {
          id: 'other-supports',
          text: 'Ask if she would like to hear about other teen supports besides this group.',
          feedback:
            'Third. You ask permission and honor many pathways. But she already has supports that work and asked for help being heard, not for new options.',
        },
        {
          id: 'try-again',
          text: 'Suggest she give the group a few more tries, so her dad sees she gave it a chance.',
          feedback:
            'Least helpful here. A fair trial can keep the peace when someone has barely tried a path. Frida has a path that works and asked for help saying so; this sides with the path someone else picked.',
        },
      ],
    },
    {
      id: 'opn-rural-smart-search',
      kind: 'value',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'rural-telehealth',
      title: 'Finding her meetings',
      situation:
        'Fay, 58, lives two hours from the nearest town and meets you by video. After years in twelve-step groups, she chose SMART Recovery, and you back her choice. Her internet drops video meetings, and last month she almost gave up because none would load. She asks you to help her find SMART meetings she can join by phone or on a slow connection.',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'The task in front of you is practical: linking Fay to resources for the path she chose, in a form her internet can handle. Facilitating change means finding options that fit her life, such as phone-in or low-bandwidth meetings, and following up until one works.',
          best: true,
        },
        {
          id: 'open-minded',
          value: 'open-minded',
          feedback:
            'Open-mindedness would be at stake if you steered her back to twelve-step groups. But she has chosen, and you already support that choice. What is at stake now is getting her connected.',
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'She made this decision herself and you backed it, so shared power is already working. Nothing here takes the choice from her. The open question is practical: finding and linking resources.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'You respect her choice and her dignity, and nothing here strains her boundaries. What she needs is help finding meetings that fit her path and her connection.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
