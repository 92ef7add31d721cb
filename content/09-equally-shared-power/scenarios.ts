import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'equally-shared-power',
  questions: [
    {
      id: 'pow-res-plan-without-her',
      kind: 'single',
      value: 'equally-shared-power',
      setting: 'residential',
      title: 'The meeting she was not invited to',
      situation:
        'You work as a peer specialist in a residential program. The treatment team meets at 2 p.m. to change Keisha’s plan, including her discharge date, and you are on the invite list. Keisha, 29, is not. She has told you before that she feels like plans are "done to" her.',
      prompt: 'What do you do before the meeting?',
      options: [
        {
          id: 'invite-her',
          text: 'Ask the team lead now whether Keisha can join, or whether the team can hear from her first. If the team still meets without her, ask Keisha ahead of time what she wants said, and bring her own words.',
          feedback:
            'This is the best choice. You use your seat at the table to open the door for her, and you carry her words, not your guess about them. That is equally shared power: her voice leads decisions about her own recovery.',
          best: true,
        },
        {
          id: 'speak-for-her',
          text: 'Go to the meeting and tell the team what you think Keisha would want, based on your talks with her.',
          feedback:
            'Your intentions are good, but you would be putting your judgment in place of hers. Even a caring guess is still someone else deciding what she wants. Shared power means asking her first, or helping her speak for herself.',
        },
        {
          id: 'stay-quiet',
          text: 'Attend and stay quiet. It is a clinical meeting, so it is not your place to raise who was invited.',
          feedback:
            'Peer workers are asked to advocate for person-centered services within the system, including in team meetings. Staying silent lets a plan be made about Keisha without her. This gives up the chance to share power with her.',
        },
        {
          id: 'stir-conflict',
          text: 'Tell Keisha the team is "deciding her life behind her back" so she can go in and confront them.',
          feedback:
            'Keisha deserves to know, but this framing sets her against the team and may hurt her standing. Shared power is about getting her a real say, not starting a fight. Raise the invite with the team lead, and be open with Keisha about what you are doing.',
        },
      ],
    },
    {
      id: 'pow-er-convince-medication',
      kind: 'single',
      value: 'equally-shared-power',
      setting: 'er',
      title: 'The doctor who wanted a yes',
      safety: ['medication-diagnosis'],
      situation:
        'You are a peer bridger in an emergency department. A doctor stops you in the hall and asks you to "go convince" Mr. Okafor, 58, to take a medication he has refused. Mr. Okafor tells you a similar medicine once left him feeling foggy for weeks, and he does not trust this one.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'help-him-be-heard',
          text: 'Tell the doctor you can’t persuade anyone about a medication, but you can help Mr. Okafor be heard. Ask him what worries him, help him list his questions, and ask the doctor to come back and talk them through with him.',
          feedback:
            'This is the best choice. Medication decisions belong between Mr. Okafor and his prescriber, and you stay in your role. You share power by making sure he has a voice and full information, not by pushing for a yes.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'share-own-meds',
          text: 'Tell him you took something like it yourself and it worked out fine, so he should give it a try.',
          feedback:
            'This is unsafe. Your own medication history is not medical advice, and his body and situation are different from yours. Using your story to win his agreement also uses your influence as a peer to steer him, which undercuts shared power.',
          safety: 'unsafe',
          instead: 'Keep your own medication history out of it, and help him take his questions to the prescriber.',
        },
        {
          id: 'skip-the-doctor',
          text: 'Tell him he has every right to refuse and doesn’t need to talk to the doctor about it again.',
          feedback:
            'It is true that the choice is his, but steering him away from the prescriber cuts him off from facts he needs to choose well. That can put his health at risk. Shared power means backing his right to decide and helping him get full information.',
          safety: 'unsafe',
          instead: 'Affirm that the choice is his, and help him get his questions answered by the prescriber before he decides.',
        },
        {
          id: 'pressure',
          text: 'Go along with the doctor and tell Mr. Okafor the team will be frustrated if he keeps saying no.',
          feedback:
            'This is pressure dressed up as support. It uses the team’s power against him and turns you into the doctor’s messenger. Equally shared power, and voluntary support, mean his choice is made freely and with the facts.',
        },
      ],
    },
    {
      id: 'pow-yf-own-therapist',
      kind: 'multi',
      value: 'equally-shared-power',
      setting: 'youth-family',
      title: 'Who picks the therapist',
      situation:
        'Malik, 16, meets with you in a youth and family peer program. His parents and caseworker chose a therapist for him without asking him. Malik says he would feel safer with a therapist who is Black and who understands his music. His mom says the choice is already made and she is tired of arguing.',
      prompt: 'Which of these responses share power well? Choose all that apply.',
      options: [
        {
          id: 'ask-what-matters',
          text: 'Ask Malik what matters most to him in a therapist, and help him put it into his own words.',
          feedback:
            'Correct. Helping him name what he wants is the first step in any shared decision. It builds his voice without you taking over, which is what equally shared power asks.',
          correct: true,
        },
        {
          id: 'prepare-to-speak',
          text: 'Offer to help Malik get ready to raise it at the next family meeting, and to be there if he and his family want you.',
          feedback:
            'Correct. You are helping him speak for himself rather than speaking for him. Offering to attend, if the family agrees, respects both Malik and his parents.',
          correct: true,
        },
        {
          id: 'learn-the-limits',
          text: 'Ask the caseworker what choices are really open, such as insurance, waitlists and consent rules, and share the answer honestly with Malik.',
          feedback:
            'Correct. Shared power includes being honest about real limits and finding the choices that remain. Consent rules for minors vary, so follow your organization’s policy and your state or local law instead of guessing.',
          correct: true,
        },
        {
          id: 'adults-decide',
          text: 'Tell Malik that adults make these choices until he turns 18, so he should give the therapist a chance.',
          feedback:
            'Not a good fit. This shuts down his voice before anyone has checked what choices exist. Young people can take part in decisions about their care even when adults have the final say.',
          correct: false,
        },
        {
          id: 'overrule-parents',
          text: 'Tell his parents they must let him choose, since it is his recovery.',
          feedback:
            'Not a good fit. This swaps one person deciding for another and ignores the parents’ role and any consent rules. Shared power in family work means helping everyone be heard, not taking a side and giving orders.',
          correct: false,
        },
      ],
    },
    {
      id: 'pow-rural-progress-note',
      kind: 'rank',
      value: 'equally-shared-power',
      setting: 'rural-telehealth',
      title: 'Whose words go in the note',
      situation:
        'You meet Hannah, 34, by video while she sits in the library in her small town. Your agency lets peers write progress notes together with the person. Your draft says she "missed two groups and struggled this week." Hannah says she missed the groups to help her family after her cousin’s funeral, and she stayed sober all week. She wants that in the note.',
      prompt: 'Rank these responses from most helpful to least helpful.',
      options: [
        {
          id: 'write-together',
          text: 'Ask how she would describe her week, and write the note together in her words, keeping the facts you both agree on, such as the missed groups and why.',
          feedback:
            'This belongs first. The note stays accurate, and Hannah’s own account leads. Writing with her, not about her, shares one of the clearest kinds of power you hold: the pen.',
        },
        {
          id: 'explain-and-edit',
          text: 'Read your draft aloud, explain why you wrote what you did, and change any wording she objects to if it stays accurate.',
          feedback:
            'This belongs second. Being open about your draft and willing to change it is a real step toward shared power. It still starts from your words rather than hers, so it ranks below writing it together.',
        },
        {
          id: 'note-disagreement',
          text: 'Keep your wording but add one line saying she disagrees, without talking it through.',
          feedback:
            'This belongs third. At least her view appears in the record, but your version stays in charge. The words that shape how others see her are still yours.',
        },
        {
          id: 'write-alone-later',
          text: 'Write the note on your own after the call so the disagreement does not use up session time.',
          feedback:
            'This belongs last. It takes the decision away from her completely and hides what you write. Notes are a source of power, and writing them alone after she has asked for a say ignores her voice.',
        },
      ],
    },
    {
      id: 'pow-warm-my-decision',
      kind: 'branch',
      value: 'equally-shared-power',
      setting: 'warmline',
      title: '"This is my call to make"',
      safety: ['suicide-risk', 'remote-risk'],
      situation:
        'Late in the evening, Jo, 41, a regular caller to your warmline, says she is tired of "being managed" by everyone. Then she says she has been thinking everyone would be better off without her. She adds, "And don’t you dare pass me to some crisis line. This is my call to make."',
      prompt: 'Work through the call one choice at a time.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'ask-directly',
              text: 'Stay calm and stay on the line. Ask her directly whether she is thinking about suicide, where she is right now, and a number to reach her if the call drops. Tell her honestly that if she is at risk you will want more help, and that you will work out the next step together.',
              feedback:
                'This is the best first step. Asking directly and calmly shows you take her seriously, and knowing where she is lets you get help if needed. You are honest about your limits while still giving her a voice in how things happen.',
              best: true,
              safety: 'escalates',
              next: 'after-ask',
            },
            {
              id: 'her-choice',
              text: 'Tell her you respect her choice, and move the talk to something lighter so she feels in control.',
              feedback:
                'This is unsafe. Her words are a sign of suicide risk, and changing the subject leaves that risk alone. Self-determination never outranks a risk to someone’s life.',
              safety: 'unsafe',
              instead: 'Ask her directly about suicide, stay on the line, and follow your warmline’s protocol to connect her with 988.',
              next: 'after-drift',
            },
            {
              id: 'cold-transfer',
              text: 'Say "I have to transfer you now" and start putting her through to the crisis line without explaining.',
              feedback:
                'Getting crisis help is right, but doing it without a word takes all the power away from her at the moment she is asking to be heard. She may hang up before the transfer connects. Explain, ask where she is, and give her choices about how the connection happens.',
              next: 'after-cold',
            },
          ],
        },
        {
          id: 'after-ask',
          lead: 'Jo says yes, she has been thinking about suicide tonight. She is at home and gives you her number. She says the worst part is feeling like everyone decides things for her.',
          prompt: 'How do you keep her safe and still share power?',
          options: [
            {
              id: 'choices-within-safety',
              text: 'Thank her for telling you. Say you want to connect her with 988 now, and offer her a choice: you stay on the line during a warm transfer, or she calls or texts 988 while you wait. Follow your warmline’s protocol, and call 911 if she is in immediate danger.',
              feedback:
                'This is the best response. The connection to crisis help is not up for debate, but how it happens can be. Offering real choices inside the safety plan is equally shared power in a crisis.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'promise-secret',
              text: 'Promise you won’t tell anyone or transfer her, so she keeps trusting you.',
              feedback:
                'This is unsafe. A promise of secrecy leaves her alone with the risk and is a promise you cannot keep. Real trust comes from being honest about what you must do.',
              safety: 'unsafe',
              instead: 'Be honest that you can’t keep risk to yourself, and offer her choices about how to connect with 988.',
            },
            {
              id: 'next-week',
              text: 'Agree to talk again at your usual time next week, and end the call.',
              feedback:
                'This is unsafe. Waiting until next week leaves someone at risk tonight without help. A warmline is not a crisis line, so risk means connecting her to crisis support now.',
              safety: 'unsafe',
              instead: 'Stay on the line and make a warm connection to 988 now.',
            },
          ],
        },
        {
          id: 'after-drift',
          lead: 'You change the subject. Jo goes quiet. Then she says, "See? Nobody takes this seriously," and tells you she is going to hang up.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'come-back',
              text: 'Say you are sorry you moved on and that you do take it seriously. Ask her directly about suicide and where she is, stay on the line, and offer a warm connection to 988, following your protocol.',
              feedback:
                'This is the best recovery. Owning your mistake rebuilds trust, and asking directly brings the focus back to her safety. You still offer her a say in how she connects with help.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'let-her-go',
              text: 'Let her hang up. She said it was her call.',
              feedback:
                'This is unsafe. Never end a call with someone who may be at risk. Her right to choose does not mean leaving her alone with thoughts of suicide.',
              safety: 'unsafe',
              instead: 'Stay on the line, ask directly about suicide, and connect her to 988.',
            },
            {
              id: 'call-tomorrow',
              text: 'Ask her to call back tomorrow when she feels calmer.',
              feedback:
                'This is unsafe. Putting off a call about suicide risk leaves her without help tonight. Safety always comes before routine.',
              safety: 'unsafe',
              instead: 'Keep her on the line now and follow your protocol to connect her with 988.',
            },
          ],
        },
        {
          id: 'after-cold',
          lead: 'Jo hears the word "transfer" and says, "You’re just like everyone else." She is still on the line, but she sounds ready to hang up.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'slow-down',
              text: 'Pause the transfer. Tell her you are staying with her, explain why you want to connect her with 988, ask where she is, and let her choose how the connection happens. Call 911 if danger is imminent.',
              feedback:
                'This is the best recovery. You keep the safety step but give her back a voice in it. Being open about what you are doing and why is how power is shared in a crisis.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'push-through',
              text: 'Finish the transfer anyway without saying more.',
              feedback:
                'This is unsafe. She has just told you she is close to hanging up, and pushing on in silence makes it more likely she drops off before anyone reaches her. It also teaches her again that others decide for her.',
              safety: 'unsafe',
              instead:
                'Pause, tell her you are staying with her, explain why you want to connect her with 988, and let her choose how it happens.',
            },
            {
              id: 'end-call',
              text: 'Tell her you have done what you can and end the call.',
              feedback:
                'This is unsafe. Ending the call leaves someone at risk with no help at all. Never hang up on a person who may be thinking about suicide.',
              safety: 'unsafe',
              instead: 'Stay on the line, explain why you want to connect her with 988, and follow your protocol.',
            },
          ],
        },
      ],
    },
    {
      id: 'pow-reentry-you-pick',
      kind: 'single',
      value: 'equally-shared-power',
      setting: 'reentry',
      title: '"Just pick one for me"',
      situation:
        'Darnell, 38, came home from prison three weeks ago. He has two housing offers: a recovery house across town with a curfew, or a room at his aunt’s place near his old neighborhood. He looks tired and says, "You know how this works better than me. Just pick one."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'weigh-together',
          text: 'Say you are glad to think it through with him. Share what you know about each option, ask what matters most to him, such as work, family, curfew or his recovery, and help him weigh them. Give your view if he asks, and make clear the choice is his.',
          feedback:
            'This is the best choice. "Just pick" is often a sign of tiredness, not a wish to hand over control. Laying out options, exploring them in his terms and backing his choice is shared decision-making.',
          best: true,
        },
        {
          id: 'pick-for-him',
          text: 'Pick the recovery house, since it is the safer choice for his recovery.',
          feedback:
            'Even if the recovery house turns out to be a good fit, the decision would be yours, not his. He may not stay in a place he did not choose. Equally shared power means helping him decide, not deciding for him.',
        },
        {
          id: 'your-call',
          text: 'Say, "That’s your decision, not mine," and wait for him to choose.',
          feedback:
            'This respects his right to choose but leaves him alone with it. Sharing power does not mean stepping back completely. Think it through with him so he has what he needs to decide.',
        },
        {
          id: 'ask-the-po',
          text: 'Tell him to let his parole officer decide, since the officer has the final say anyway.',
          feedback:
            'If his parole officer must approve housing, be honest about that. But handing the whole choice to the system skips his voice. Help him form his own preference first, then help him present it.',
        },
      ],
    },
    {
      id: 'pow-drop-in-overruled-board',
      kind: 'value',
      value: 'equally-shared-power',
      setting: 'drop-in',
      title: 'The open mic that was cancelled',
      situation:
        'At a recovery community center, the member advisory board votes to start a monthly open-mic night that members will run. At the next staff meeting, the director cancels it without telling the board why, saying "staff know what works here." Members ask you what happened.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'shared-power',
          value: 'equally-shared-power',
          feedback:
            'Yes. Members were given a voice through their board, and then staff overruled it without explanation. Who gets to decide, and whether members’ voices count, is the heart of equally shared power.',
          best: true,
        },
        {
          id: 'mutual',
          value: 'mutual-and-reciprocal',
          feedback:
            'Close, but not the main issue. Mutual and reciprocal support is about both sides learning and giving in a relationship. Here the core problem is who holds the power to decide.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Respect is involved, since cancelling without explanation is not respectful. But the deeper problem is that staff took a decision members had made. That makes shared power the value most at stake.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Members may feel let down, which can dent hope. Still, the event itself is about members’ voice in decisions, not about belief in recovery. Equally shared power is more directly at stake.',
        },
      ],
    },
    {
      id: 'pow-er-sources-of-power',
      kind: 'multi',
      value: 'equally-shared-power',
      setting: 'er',
      title: 'Your badge, your pen',
      situation:
        'You have just started as a peer bridger in a busy emergency department. You wear a hospital badge, you can read parts of the chart, and you write a short note after each visit. The charge nurse often asks you in the hallway whether someone is "ready" for a treatment referral.',
      prompt: 'Which of these give you power that the people you meet here do not have? Choose all that apply.',
      options: [
        {
          id: 'badge-access',
          text: 'Your badge, which lets you move through the hospital and gets staff to listen to you.',
          feedback:
            'Correct. A title and access are real sources of power. Noticing them helps you use them openly and for the person, not over them.',
          correct: true,
        },
        {
          id: 'the-pen',
          text: 'The notes you write, which other staff read and act on.',
          feedback:
            'Correct. Whoever holds the pen shapes how others see the person. Writing with the person, or reading notes back to them, is one way to share that power.',
          correct: true,
        },
        {
          id: 'hallway-say',
          text: 'Being asked your opinion about people in conversations they are not part of.',
          feedback:
            'Correct. Your words can shape decisions made where the person cannot speak. Share power by bringing their words, not just your view, and by asking them first.',
          correct: true,
        },
        {
          id: 'their-knowledge',
          text: 'Knowing their own history, goals and what has helped them before.',
          feedback:
            'Not a source of your power. This is the person’s own knowledge, and it is a strength they bring. Shared power means treating it as just as important as anything in the chart.',
          correct: false,
        },
        {
          id: 'lived-experience',
          text: 'Having your own lived experience of recovery.',
          feedback:
            'Not in itself. Your lived experience is meant to level the relationship and show that recovery is possible. It only becomes a power problem if you use it as proof that you know best.',
          correct: false,
        },
      ],
    },
    {
      id: 'pow-drop-in-honest-concern',
      kind: 'single',
      value: 'equally-shared-power',
      setting: 'drop-in',
      title: '"You think it’s a good idea, right?"',
      situation:
        'Lucía, 26, comes to the drop-in center most days. She tells you she plans to quit her part-time grocery job so she can volunteer at the center full time. Last month she told you she was worried about making rent. She smiles and asks, "You think it’s a good idea, right?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'honest-and-hers',
          text: 'Say you can see how much the center means to her. Share your honest worry about rent as your view, not a rule, ask what she has thought about, and make clear the choice is hers.',
          feedback:
            'This is the best choice. Shared power does not mean hiding your concerns. You give her the full picture, then hand the decision back to her.',
          best: true,
        },
        {
          id: 'go-for-it',
          text: 'Say, "If it feels right, go for it!" and keep your worry to yourself so you don’t sway her.',
          feedback:
            'This confuses shared power with staying silent. Holding back a real concern leaves her without information she asked for. You can be honest and still respect her choice.',
        },
        {
          id: 'use-leverage',
          text: 'Tell her she can’t volunteer at the center unless she keeps her job.',
          feedback:
            'This uses your control over volunteer roles to force a choice. It is the opposite of equally shared power and of voluntary support. Share your concern and leave the decision with her.',
        },
        {
          id: 'plan-for-her',
          text: 'Offer to work out her budget and weekly schedule for her so she can see whether it works.',
          feedback:
            'Offering help is kind, but doing the planning for her takes the decision out of her hands. Offer to sit with her while she works it out, if she wants that.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
