import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'honest-and-direct',
  questions: [
    {
      id: 'hon-yf-promise-wont-tell',
      kind: 'branch',
      value: 'honest-and-direct',
      setting: 'youth-family',
      title: 'Promise you won’t tell',
      situation:
        'You are a youth peer mentor at an after-school program. Jasmine, 15, has seemed tense all week. Near the end of your session she leans in and says, "If I tell you something, do you promise you won’t tell anyone?"',
      prompt: 'What do you say?',
      safety: ['abuse-neglect', 'minor-at-risk'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you say?',
          options: [
            {
              id: 'honest-limits',
              text: '"I can’t promise that before I know what it is. Most of what you tell me stays between us. But if someone is hurting you or you’re not safe, I’d have to get help, and I’d tell you first. I’m still here to listen."',
              feedback:
                'This is honest and direct: you name the limits of confidentiality before she shares, in words a teenager can follow. She can now decide what to say knowing the truth, and she hears that you will not act behind her back. It also keeps you able to protect her if she is being harmed.',
              best: true,
              safety: 'escalates',
              next: 'after-honest',
            },
            {
              id: 'promise',
              text: '"I promise. Whatever it is stays with me."',
              feedback:
                'This is unsafe. You cannot keep this promise if she tells you she is being hurt, because suspected abuse of a young person has to be reported under your organization’s policy and your state or local law. A promise you will have to break damages the honesty and trust she needs most.',
              safety: 'unsafe',
              instead:
                'Before she shares, tell her kindly and plainly what stays private and what you would have to act on, and that you would tell her first.',
              next: 'after-promise',
            },
            {
              id: 'promise-unless',
              text: '"Okay, I won’t tell anyone unless I really have to."',
              feedback:
                'This sounds careful, but it is too vague to be honest. A 15-year-old will likely hear it as "I won’t tell," so she shares believing it is secret. Being direct means naming the actual limits, such as someone hurting her, before she speaks.',
              next: 'after-promise',
            },
          ],
        },
        {
          id: 'after-honest',
          lead: 'Jasmine is quiet for a moment. Then she tells you her mom’s boyfriend hits her when he has been drinking, and that it happened again last night. She asks, "So what happens now?"',
          prompt: 'What do you do?',
          options: [
            {
              id: 'report-with-her',
              text: 'Thank her for telling you and say it is not her fault. Tell her plainly that you need to bring in your supervisor today and follow the reporting steps your program and state require, explain what you know about what happens next, and ask whether she feels safe going home tonight.',
              feedback:
                'This is the safe and honest response. You report suspected abuse as your organization’s policy and your state or local law require, follow the program’s rules for young people and guardians, and tell her what is happening instead of acting behind her back. If she is in immediate danger, call 911; if she is in crisis, she can call or text 988.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'confront',
              text: 'Tell her you will talk to her mom’s boyfriend yourself and make it clear this has to stop.',
              feedback:
                'This is unsafe. Confronting the person she says is hurting her could put Jasmine, her mother and you in danger, and it is not the peer role. Honesty here means being clear about the reporting steps, not taking matters into your own hands.',
              safety: 'unsafe',
              instead:
                'Do not confront anyone. Bring in your supervisor today and report through your organization’s process, and tell Jasmine what you are doing.',
            },
            {
              id: 'investigate',
              text: 'Ask her for more details first: how often it happens, whether there are marks, and who else knows, so you have proof before you report.',
              feedback:
                'This is unsafe. You do not need proof to report a suspicion, and probing questions can upset her and get in the way of the people whose job is to look into it. Waiting to gather evidence also delays help she needs now.',
              safety: 'unsafe',
              instead: 'Listen to what she chooses to tell you, then bring in your supervisor and make the report without investigating.',
            },
          ],
        },
        {
          id: 'after-promise',
          lead: 'Believing it will stay secret, Jasmine tells you her mom’s boyfriend hits her when he has been drinking. This is suspected abuse of a young person, and you must act on it. The promise she heard is now a problem.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'own-it',
              text: 'Tell her honestly that you were wrong to promise, that her safety matters too much to keep this secret, and that you need to bring in your supervisor today and follow the reporting steps. Ask if she feels safe going home tonight, and stay with her while you get help.',
              feedback:
                'This is the safe and honest way to repair the mistake. You own the broken promise openly, report as your organization’s policy and your state or local law require, and keep her informed. If she is in immediate danger, call 911.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'keep-promise',
              text: 'Keep your promise and say nothing, so she keeps trusting you.',
              feedback:
                'This is unsafe. Keeping the secret leaves a young person in a situation where she is being hurt, and it goes against your duty to report suspected abuse. Trust built on a promise you should not have made does not protect her.',
              safety: 'unsafe',
              instead: 'Tell her you were wrong to promise, then bring in your supervisor and report as required, keeping her informed.',
            },
            {
              id: 'report-secretly',
              text: 'Report it through your supervisor, but do not tell Jasmine, so she does not get upset.',
              feedback:
                'Reporting is necessary, so this gets her help. But going behind her back breaks honesty a second time, and she may feel betrayed when she finds out. When it is safe to do so, tell her what you must share, who will hear it, and why.',
            },
          ],
        },
      ],
    },
    {
      id: 'hon-rural-med-poisoning',
      kind: 'multi',
      value: 'honest-and-direct',
      setting: 'rural-telehealth',
      title: 'Is my medication poisoning me?',
      situation:
        'Mae, 52, meets with you by video from her farmhouse, two hours from the nearest clinic. She started a new psychiatric medication three weeks ago. Today she says she feels foggy and asks, "Is this stuff poisoning me? Should I just stop it today?"',
      prompt: 'Which responses are honest and stay within your role? Choose all that apply.',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'be-honest-role',
          text: 'Tell her you take her worry seriously, and say honestly that whether to stop is a decision for her and her prescriber, not something you can judge.',
          feedback:
            'Correct. Being honest and direct includes being clear about the limits of your role. You take her concern seriously without giving medical advice you are not trained to give.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'call-prescriber',
          text: 'Offer to help her reach her prescriber or pharmacist today, for example by calling the clinic together while you are still on the video call.',
          feedback:
            'Correct. This keeps you in role and gets her question to someone who can answer it, quickly. If she has severe symptoms or feels very unwell, she should get urgent medical care, and call 911 if it is an emergency.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'list-questions',
          text: 'Help her write down what she has noticed since starting the medicine and the questions she wants to ask.',
          feedback:
            'Correct. This supports her to speak for herself with her prescriber, which is squarely within the peer role. It turns her worry into clear information.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'stop-if-wrong',
          text: 'Tell her that if it feels wrong, she should trust her gut and stop it today.',
          feedback:
            'Not correct, and unsafe. Advice to stop a medicine is outside the peer role, and stopping without a prescriber’s guidance can harm her. Being honest means saying you cannot answer this, not guessing.',
          correct: false,
          safety: 'unsafe',
          instead: 'Say honestly that this is a question for her prescriber, and help her reach them today.',
        },
        {
          id: 'own-story',
          text: 'Tell her you once stopped a medicine and felt much better, so she might too.',
          feedback:
            'Not correct, and unsafe. Your own medication story is not advice for someone else, and offering it this way can push her toward a risky choice. Share your experience only in ways that help her talk with her prescriber.',
          correct: false,
          safety: 'unsafe',
          instead: 'Keep your own medication history out of it, and help her take her questions to her prescriber.',
        },
      ],
    },
    {
      id: 'hon-er-dont-tell-doctor',
      kind: 'single',
      value: 'honest-and-direct',
      setting: 'er',
      title: 'Don’t tell the doctor',
      situation:
        'You are a peer bridger in an emergency department. Walt, 61, was treated for an overdose overnight and is about to be discharged. While you talk, he says quietly, "Next time, I hope I just don’t wake up." Then he adds, "Don’t tell the doctor. I just want to go home."',
      prompt: 'What do you do?',
      safety: ['suicide-risk'],
      options: [
        {
          id: 'ask-and-tell',
          text: 'Stay with him, ask him calmly and directly whether he is thinking about suicide, and tell him honestly that because his life may be at risk, you need to bring in the care team before he leaves. Say you will stay with him while you do.',
          feedback:
            'This is the safe and honest response. You stay with him, ask directly, follow the hospital’s crisis protocol by bringing in the clinical team, and tell him what you are doing instead of acting behind his back. The 988 Suicide & Crisis Lifeline, by call or text, can be part of his plan after he leaves.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'keep-secret',
          text: 'Agree to keep it between you. He is an adult, and going home is his choice.',
          feedback:
            'This is unsafe. A possible risk of suicide is one of the limits of confidentiality, and respecting choice never outranks a risk to someone’s life. Being honest means telling him you cannot keep this secret.',
          safety: 'unsafe',
          instead: 'Stay with him, ask directly about suicide, and tell him you need to bring in the care team before he leaves.',
        },
        {
          id: 'tell-later',
          text: 'Say nothing now, and mention it to the nurse after he has gone so he doesn’t feel betrayed.',
          feedback:
            'This is unsafe. Once he leaves, the team cannot help him, and waiting is exactly what puts him at risk. It is also not honest: telling him first is how you keep his trust while still acting.',
          safety: 'unsafe',
          instead: 'Tell him now that you need to bring in the care team, and do it before he is discharged.',
        },
        {
          id: 'argue',
          text: 'Tell him he has too much to live for and shouldn’t talk like that.',
          feedback:
            'This is unsafe. Arguing can make him shut down, and it leaves the risk unaddressed while he walks out the door. Honest, direct care means asking about suicide plainly and bringing in help.',
          safety: 'unsafe',
          instead: 'Listen without arguing, ask him directly about suicide, and bring in the care team before he leaves.',
        },
      ],
    },
    {
      id: 'hon-reentry-what-po-hears',
      kind: 'single',
      value: 'honest-and-direct',
      setting: 'reentry',
      title: 'What does my parole officer hear?',
      situation:
        'Keisha, 34, came home from prison last month and is meeting you at a reentry program. She signed a release that lets you confirm her attendance to her parole officer, and nothing more. In your first session she asks, "Are you going to tell my PO what I say in here?"',
      prompt: 'What do you say?',
      safety: ['role-limits'],
      options: [
        {
          id: 'say-exactly',
          text: 'Tell her exactly what you share: only whether she came, as her signed release says. Explain the few other limits, such as a risk to someone’s safety, and promise that if anything about this ever changes, you will tell her first and talk it through with your supervisor.',
          feedback:
            'This is honest, direct and stays in role. She knows precisely what her parole officer will and will not hear, so she can decide what to share. Any pressure to report more goes to your supervisor, not into secret monitoring.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'nothing-leaves',
          text: '"No. Nothing you say here ever leaves this room."',
          feedback:
            'This is not true, because you do confirm her attendance and there are other limits, such as safety. A false promise may feel reassuring now, but it breaks trust the day she learns otherwise. Honesty means naming the limits plainly.',
        },
        {
          id: 'secret-monitor',
          text: 'Agree privately with her parole officer to pass on anything she says about using, without telling her.',
          feedback:
            'This is unsafe. Secretly acting as a compliance monitor can bring her legal consequences she never agreed to, and it betrays her trust. It goes beyond her signed release and outside the peer role.',
          safety: 'unsafe',
          instead:
            'Share only what her signed release allows, be open with her about it, and take any request to report more to your supervisor.',
        },
        {
          id: 'change-subject',
          text: '"Let’s not worry about that. Let’s focus on your goals."',
          feedback:
            'This dodges a fair question. She deserves a direct answer before she decides what to tell you. Avoiding it leaves her guessing and weakens the honest footing your work needs.',
        },
      ],
    },
    {
      id: 'hon-res-before-team-meeting',
      kind: 'single',
      value: 'honest-and-direct',
      setting: 'residential',
      title: 'Before the team meeting',
      situation:
        'Grace, 27, tells you during a one-on-one at a residential program that she is thinking of leaving treatment early. Your program expects peers to share concerns about early discharge at the weekly team meeting, and she was told this at intake. The meeting is tomorrow morning.',
      prompt: 'What do you do first?',
      options: [
        {
          id: 'tell-first',
          text: 'Tell Grace today what you plan to share with the team and why, ask what she would like them to understand about her reasons, and invite her to join the meeting or speak with her counselor herself.',
          feedback:
            'This is honest and direct. She hears what you will share before you share it, and she gets a voice in how her story is told. It keeps trust intact even though the information is going to the team.',
          best: true,
        },
        {
          id: 'share-quietly',
          text: 'Share it at the meeting without mentioning it to her first. She was told the rules at intake.',
          feedback:
            'It follows the rule, but not the spirit of honesty. She may feel blindsided when staff raise it, and she loses the chance to explain herself. Telling her first costs little and keeps trust.',
        },
        {
          id: 'keep-quiet',
          text: 'Keep it to yourself so she keeps confiding in you.',
          feedback:
            'This breaks the program’s rule she agreed to and hides something the team needs to know to support her. Trust that depends on hidden exceptions is not honest trust. Be open with her about what you must share.',
        },
        {
          id: 'warn-her',
          text: 'Tell her that if she leaves early she is throwing her recovery away.',
          feedback:
            'This is blunt, but it is not caring or direct in a helpful way. It shames her and shuts down the conversation about her reasons. Try "notice, concern, ask" instead: say what you heard, share your concern, and ask what she thinks.',
        },
      ],
    },
    {
      id: 'hon-drop-speech-feedback',
      kind: 'single',
      value: 'honest-and-direct',
      setting: 'drop-in',
      title: 'How did my speech go?',
      situation:
        'Yusuf, 34, spoke at the recovery community center’s monthly celebration. His opening moved people, but he ran twice over his time and lost the room near the end. He is speaking again next month. Afterward he asks you, "Be honest. How did I do?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'notice-ask',
          text: '"Your opening about your daughter really landed. I noticed people drifting near the end when it ran long. What did it feel like from up there?"',
          feedback:
            'This is honest and direct without shame. You name a specific strength, share what you noticed in plain words, and ask for his view so he stays in charge of what to change. That is the kind of feedback he asked for.',
          best: true,
        },
        {
          id: 'perfect',
          text: '"It was perfect. Don’t change a thing."',
          feedback:
            'This sounds kind, but it is not honest, and he asked for honesty. He may run long again next month and lose the room. Sincere, caring feedback is a form of respect.',
        },
        {
          id: 'blunt',
          text: '"Honestly? It was way too long and people got bored."',
          feedback:
            'This is direct but not caring. Leading with only the problem can shame him and make him less likely to speak again. Pair honesty with a real strength and a question about his view.',
        },
        {
          id: 'deflect',
          text: '"It doesn’t matter what I think. Did you feel good about it?"',
          feedback:
            'Asking his view is good, but dodging his direct question is not. He trusted you enough to ask, and holding back leaves him without useful information. Give your honest view, kindly, and then ask his.',
        },
      ],
    },
    {
      id: 'hon-yf-father-asks',
      kind: 'multi',
      value: 'honest-and-direct',
      setting: 'youth-family',
      title: 'What did my son tell you?',
      situation:
        'You mentor Chidi, 17, in a youth peer program. His father, Mr. Okafor, stops you after a session and asks, "What has he been telling you? I’m his father. I have a right to know." Nothing Chidi has shared raises a safety concern.',
      prompt: 'Which responses are honest and direct with Mr. Okafor? Choose all that apply.',
      options: [
        {
          id: 'explain-agreement',
          text: 'Explain plainly what the program’s privacy agreement lets you share with parents and what it does not, including when a safety concern would mean involving him.',
          feedback:
            'Correct. You give a straight answer about the rules instead of dodging. He learns what to expect, and Chidi’s trust is protected.',
          correct: true,
        },
        {
          id: 'offer-joint',
          text: 'Offer to set up a conversation with Chidi and his father together, if Chidi agrees.',
          feedback:
            'Correct. This respects Chidi’s privacy while opening an honest path for the family to talk. Chidi decides what he shares.',
          correct: true,
        },
        {
          id: 'hear-concern',
          text: 'Ask what is worrying him, and listen.',
          feedback:
            'Correct. His question likely comes from worry, and hearing it is part of honest, caring contact. You can respond to his concern without sharing what Chidi said.',
          correct: true,
        },
        {
          id: 'share-details',
          text: 'Share a few things Chidi said so his father feels included.',
          feedback:
            'Not correct. This breaks the privacy Chidi was promised, and if he finds out, his trust in you and the program may end. Be honest with the father about the limits instead.',
          correct: false,
        },
        {
          id: 'all-fine',
          text: 'Tell him everything is fine so he stops worrying.',
          feedback:
            'Not correct. This is vague reassurance, not an honest answer, and you may not know that everything is fine. Say clearly what you can and cannot share.',
          correct: false,
        },
      ],
    },
    {
      id: 'hon-warm-is-this-private',
      kind: 'rank',
      value: 'honest-and-direct',
      setting: 'warmline',
      title: 'Is this call private?',
      situation:
        'Priya, 29, is calling the warmline for the first time. Before saying why she called, she asks, "Is this totally private? Does anything I say get written down or passed on?"',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'explain-limits',
          text: 'Tell her most of what she says stays private, explain what the line writes down, name the few times you would have to get other help (such as someone’s safety being at risk or a child being harmed), and ask if she has questions.',
          feedback:
            'This belongs first. It is honest and direct: she hears the real limits in plain words before she shares anything, and she can decide what to say. It builds trust that will hold.',
        },
        {
          id: 'mostly-private',
          text: 'Tell her it is mostly private and that you will explain the exceptions if anything comes up.',
          feedback:
            'This belongs second. It is true, but vague, and she may share something big before she knows the limits. Naming the limits up front is more honest.',
        },
        {
          id: 'dont-worry',
          text: 'Tell her not to worry about that and to just start talking.',
          feedback:
            'This belongs third. It dodges a fair question and leaves her guessing. It is not a lie, but it is not honest or direct either.',
        },
        {
          id: 'total-secrecy',
          text: 'Promise her that nothing she says will ever leave this call.',
          feedback:
            'This belongs last. It is a promise you cannot keep, because safety risks and harm to a child are limits of confidentiality. Breaking it later would hurt her trust far more than the truth now.',
        },
      ],
    },
    {
      id: 'hon-warm-are-you-a-therapist',
      kind: 'single',
      value: 'honest-and-direct',
      setting: 'warmline',
      title: 'You’re a therapist, right?',
      situation:
        'Dana, 46, has called the warmline a few times. Tonight she says, "You’re a therapist, right? So tell me straight. Do I have bipolar? My sister says I do, and I can’t stop thinking about it."',
      prompt: 'What do you say?',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'clarify-role',
          text: 'Tell her plainly that you are a peer supporter, not a therapist, so you cannot diagnose. Ask what has been going on that makes the question feel so pressing, and offer to help her find someone who can do a proper assessment.',
          feedback:
            'This is honest, direct and in role. You describe your own training accurately, as peer codes ask, and you do not guess at a diagnosis. You still stay with her worry and help her get to someone qualified.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'diagnose',
          text: '"From what you’ve told me, it does sound like bipolar."',
          feedback:
            'This is unsafe. Diagnosis is outside the peer role, and a guess from you could shape how she sees herself and what care she seeks. Honesty means saying you cannot answer this.',
          safety: 'unsafe',
          instead: 'Say you are a peer, not a clinician, and help her find someone who can do an assessment.',
        },
        {
          id: 'let-her-believe',
          text: 'Let her go on thinking you are a therapist so she keeps trusting you, but steer away from the diagnosis question.',
          feedback:
            'This is not honest. Peer codes ask you to describe your training accurately, and she may give your words more weight than they deserve. Correct the mistake kindly; trust built on it will not hold.',
        },
        {
          id: 'labels-dont-matter',
          text: '"Labels don’t matter. Let’s just focus on you feeling better."',
          feedback:
            'This brushes aside a question that clearly matters to her. It is kindly meant, but it is not direct. Name what you can and cannot do, then help her find real answers.',
        },
      ],
    },
    {
      id: 'hon-res-story-polish',
      kind: 'value',
      value: 'honest-and-direct',
      setting: 'residential',
      title: 'The polished story',
      situation:
        'Lena, a peer worker, has been asked to share her recovery story at a graduation at a residential program. She is thinking of leaving out the two times she returned to use, so she will seem like a better role model. Several residents in the audience have returned to use this year.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'honest',
          value: 'honest-and-direct',
          feedback:
            'Yes. Peer codes ask you to tell your story accurately. A polished version hides the setbacks that residents most need to hear about, and it could leave those who returned to use feeling they have failed.',
          best: true,
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Hope is what Lena wants to give, so it is close. But honest hope includes the hard parts, and the real question here is whether she tells the truth about her path.',
        },
        {
          id: 'mutual',
          value: 'mutual-and-reciprocal',
          feedback:
            'Sharing a story is part of mutual support, but that is not the main issue. The choice Lena faces is about accuracy, not about who gives and who learns.',
        },
        {
          id: 'strengths',
          value: 'strengths-focused',
          feedback:
            'Focusing on strengths is fine, but not by hiding parts of the story. Her ability to keep going after setbacks is itself a strength; the main issue is honesty.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
