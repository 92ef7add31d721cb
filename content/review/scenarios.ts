/**
 * Course review: a mixed bank of scenarios across all ten values and all seven settings.
 * These are new scenarios, not copies of the module banks. Question ids are prefixed `rev-`.
 *
 * ⚠ PERMANENT IDS: never rename or reuse a question, step or option id once published.
 * Safety-tagged scenarios key the escalation or stay-in-role response (content brief §3).
 */
import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'review',
  questions: [
    {
      id: 'rev-er-introduced-as-rehab',
      kind: 'single',
      value: 'voluntary',
      setting: 'er',
      title: 'Introduced as "the rehab person"',
      situation:
        'You are the peer bridger in a busy emergency department. A doctor brings you to meet Denise, 52, who came in dehydrated after a stomach bug and told the nurse she has been drinking more since her husband died. The doctor says, "This is our recovery person. She\'ll get you set up with rehab," and walks off. Denise crosses her arms and says, "I didn\'t ask for this."',
      prompt: 'What do you say first?',
      options: [
        {
          id: 'reintroduce',
          text: "Say, \"That's fair. You get to decide whether we talk at all. I'm a peer worker: I've been through my own recovery, and I'm here to listen and share options only if you want them. If you do want to talk, I'll first tell you what I keep private and what I can't.\"",
          feedback:
            'This turns a push into a real offer. It explains what peer support is and is not, makes clear the choice is hers, and promises honest talk about privacy before anything else. That is what informed consent looks like, and it is the heart of the voluntary value.',
          best: true,
        },
        {
          id: 'go-along',
          text: 'Say, "The doctor\'s right, rehab would really help. Let\'s see which programs have a bed today."',
          feedback:
            "This treats the doctor's plan as settled and steps right over what she just told you. Pressing on after someone says no turns support into pressure, which goes against the voluntary value and can close the door on help later.",
        },
        {
          id: 'leave',
          text: 'Say, "No problem," and leave without another word.',
          feedback:
            'Accepting a no is right, but leaving without saying what you offer means she never gets to make an informed choice. The voluntary value asks you to offer clearly and leave the door open, for example by telling her how to reach the peer team later.',
        },
        {
          id: 'warn',
          text: 'Tell her that drinking after a loss often gets worse, and that she may regret turning you down today.',
          feedback:
            'Using fear of regret to win a yes is a form of pressure. Peer codes warn against undue influence, and the voluntary value means she makes the choice without being steered by worry you stir up.',
        },
      ],
    },
    {
      id: 'rev-dropin-lost-shelter-bed',
      kind: 'value',
      value: 'empathetic',
      setting: 'drop-in',
      title: 'Ten minutes late',
      situation:
        "Sione, 33, walks into the drop-in center soaked from the rain. He says the shelter gave away his bed because he got back ten minutes late from a job interview, and he is furious. He starts to tell you what happened. The center's new intake sheet says to hand out the shelter list before anything else.",
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Yes, empathy is most at stake. Sione needs to feel heard first, and reflecting his anger, how unfair this feels and what the interview meant to him builds the connection that makes next steps possible.',
          best: true,
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'He will need a place to sleep, and linking people to resources is part of facilitating change. But handing him a list before he has been heard can feel like a brush-off, so empathy comes first here.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Treating him with dignity matters, and you will. Still, the choice in front of you is whether to listen for his feelings before following the form, which is about empathy.',
        },
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'You may later need to be honest about how few beds are open tonight. But right now he is telling his story, and what is most at stake is whether you listen with empathy.',
        },
      ],
    },
    {
      id: 'rev-youth-after-group-disclosure',
      kind: 'multi',
      value: 'honest-and-direct',
      setting: 'youth-family',
      safety: ['abuse-neglect', 'minor-at-risk'],
      title: 'After group, a quiet disclosure',
      situation:
        'You co-lead a youth peer support group. After group, Mateo, 13, hangs back while he waits for a late ride. He says his older cousin, who watches him after school, hurts him when no one else is home and told him to keep quiet. He adds, "Don\'t tell my mom. She\'ll be so mad."',
      prompt: 'Which responses fit here? Choose all that apply.',
      options: [
        {
          id: 'thank-calmly',
          text: 'Stay calm and thank him for telling you. Tell him it is not his fault and that he did the right thing by speaking up.',
          feedback:
            'Calm, caring words help him feel believed and safe, without asking him to prove anything. Being honest and direct starts with taking him seriously.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'explain-limits',
          text: "Tell him honestly that you can't keep this a secret, because your job is to help keep him safe. Explain in simple words who you will tell and what will happen next.",
          feedback:
            'Being honest about what you must share, before you share it, protects his trust even when you cannot keep the secret. This is the honest and direct value in a safety situation.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'report',
          text: "Tell your supervisor right away and make the report that your organization's policy and your state or local law require, following the youth rules on telling a parent or guardian. Write down what he said in his own words.",
          feedback:
            'Suspected abuse of a child must be reported under your state or local law and agency policy, and your supervisor needs to know at once. Following the youth rules on who gets told keeps him safe and is part of being honest and direct about your role.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'promise',
          text: 'Promise not to tell his mom so he keeps trusting you, and ask him to let you know if it happens again.',
          feedback:
            'A promise of secrecy leaves a child in danger and cannot be kept under reporting rules, so it is unsafe. It may feel like it protects trust, but it is not honest.',
          correct: false,
          safety: 'unsafe',
          instead:
            'Tell him kindly that you cannot keep this secret, then tell your supervisor and follow your reporting policy right away.',
        },
        {
          id: 'investigate',
          text: 'Ask him for the details of each time it happened, and plan to call the cousin to hear his side before deciding whether to report.',
          feedback:
            'Probing questions and contacting the person he named are not the peer role. They can frighten him, harm a later investigation and put him at more risk, so this is unsafe. A report does not need proof; being honest and direct means telling the right people, not investigating.',
          correct: false,
          safety: 'unsafe',
          instead:
            'Listen to what he chooses to share, do not question him in detail or contact the cousin, and report through your supervisor and the proper authority.',
        },
      ],
    },
    {
      id: 'rev-dropin-not-trying-to-quit',
      kind: 'multi',
      value: 'open-minded',
      setting: 'drop-in',
      title: '"So don\'t start"',
      situation:
        'Dani, 26, uses drugs and comes to the drop-in center for coffee, a shower and harm reduction supplies. Today Dani asks for help finding steady housing and adds, "I\'m not trying to quit right now, so don\'t start." A volunteer nearby mutters that the center "shouldn\'t help people keep using."',
      prompt: 'Which responses reflect an open-minded approach? Choose all that apply.',
      options: [
        {
          id: 'housing-goal',
          text: 'Take the housing goal seriously, and ask Dani what kind of place they are looking for and what has gotten in the way so far.',
          feedback:
            'Any goal the person chooses counts. Working on housing without making quitting a condition meets Dani where they are, which is the open-minded value in action.',
          correct: true,
        },
        {
          id: 'many-paths',
          text: 'Let Dani know that, if they ever want it, you can share information about many kinds of support, from harm reduction to medication treatment to mutual-aid groups. The choice would be theirs.',
          feedback:
            'Offering options only with permission, and naming many pathways, respects that what worked for one person may not fit another. This is open-minded support without pressure.',
          correct: true,
        },
        {
          id: 'talk-to-volunteer',
          text: 'Later, in private, talk with the volunteer about why the center welcomes people whether or not they are using, and raise it with your supervisor if it keeps happening.',
          feedback:
            'Judgment from staff or volunteers can drive people away from help. Addressing it kindly and in private helps keep the center a judgment-free space, which is part of being open-minded.',
          correct: true,
        },
        {
          id: 'quit-first',
          text: 'Tell Dani that housing tends to go better once someone stops using, so that should come first.',
          feedback:
            "This puts your idea of the right order ahead of Dani's goal, and it repeats the volunteer's judgment in a softer voice. Open-minded support does not make quitting the price of help.",
          correct: false,
        },
        {
          id: 'my-way',
          text: 'Share that what finally worked for you was quitting completely, and suggest Dani try the same.',
          feedback:
            'Your path is one path, not the standard for everyone. Steering Dani toward it, right after they asked you not to, goes against the open-minded value and the many-pathways principle.',
          correct: false,
        },
      ],
    },
    {
      id: 'rev-res-welcome-back',
      kind: 'rank',
      value: 'hopeful',
      setting: 'residential',
      title: 'The fifth stay',
      situation:
        'Rafael, 48, has just been readmitted to the residential program where you work. It is his fifth stay. As he carries his bag past the staff office, a coworker says to you, loud enough for him to hear, "Frequent flyer. Don\'t waste your energy on him."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'welcome-and-address',
          text: 'Greet Rafael warmly and tell him you are glad he came back. Later, talk privately with your coworker about how recovery often takes more than one try, and raise it with your supervisor if the comments continue.',
          feedback:
            'This belongs first. It offers Rafael real hope at a moment when he may feel ashamed, and it stands up for a hopeful team culture without shaming your coworker in public. Recovery is rarely a straight line, and coming back is a step forward.',
        },
        {
          id: 'welcome-only',
          text: "Greet Rafael warmly and tell him you are glad he came back, but let your coworker's comment pass.",
          feedback:
            'Welcoming him is hopeful, so this ranks second. But letting the comment pass leaves a hopeless attitude in place on the team, and Rafael heard it too.',
        },
        {
          id: 'less-time',
          text: 'Say nothing now, and quietly plan to spend your time on newer residents who seem more likely to make it.',
          feedback:
            'This ranks third. It does not insult him out loud, but it acts on the same hopeless belief. The hopeful value holds that everyone can recover, including people on their fifth try.',
        },
        {
          id: 'laugh-along',
          text: "Laugh at the joke so your coworker doesn't feel awkward.",
          feedback:
            'This ranks last. It tells Rafael, who can hear you, that staff have given up on him, which can crush the hope that brought him back. It goes directly against the hopeful value.',
        },
      ],
    },
    {
      id: 'rev-rural-job-application',
      kind: 'value',
      value: 'honest-and-direct',
      setting: 'rural-telehealth',
      title: '"Pretty good, right?"',
      situation:
        'Wendell, 47, lives in a small river town with no peer program of its own, so you meet by video. He shares his screen to show you a job application for the county road crew, which closes Friday. You notice he left the references section blank and put the wrong job title at the top. He grins and says, "Pretty good, right? I\'m sending it tonight."',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'Yes, being honest and direct is most at stake. He is about to send something with problems he has not noticed, and he is asking for your view. Kind, clear feedback, such as "I see two things that might trip you up. Want to look at them together?", treats him as someone who can handle the truth.',
          best: true,
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'Naming what is strong in his application is a good way to begin. But the main question is whether you will tell him about the gaps before he sends it, and that is about being honest and direct.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Your belief in him matters, and this job is a real hope. Still, praise alone could cost him the job, so the value most at stake is honest and direct feedback.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Respect shapes how you say it, and the choice to send it stays his. But the key question is whether you speak up about what you see, which is the honest and direct value.',
        },
      ],
    },
    {
      id: 'rev-reentry-partner-phone',
      kind: 'single',
      value: 'equally-shared-power',
      setting: 'reentry',
      safety: ['partner-violence'],
      title: '"It\'s not that bad"',
      situation:
        'Keisha, 31, came home from prison two months ago and is staying with her boyfriend. At your weekly meeting at the reentry center, she mentions that he takes her phone when she gets home, and that last week he shoved her into a door. She says, "It\'s not that bad. I just need a job so I can get my own place."',
      prompt: 'What is the best response?',
      options: [
        {
          id: 'safety-and-options',
          text: 'Thank her for telling you and ask whether she feels safe going home today. Lay out her options, such as talking with a domestic violence advocate or hotline, and offer to connect her now or whenever she chooses. Tell her you will talk with your supervisor about how best to support her, note the conversation as your policy requires, and keep working on the job goal with her.',
          feedback:
            'This checks her immediate safety first, sets out options without forcing any of them, and brings in an advocate and your supervisor. It shares power by letting her choose her next steps while making sure she knows help is there, and her own goal stays on the table.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'must-leave',
          text: "Tell her she has to leave him today, and that you won't help with the job search until she does.",
          feedback:
            'Pushing someone to leave right away can raise her risk, because leaving can be a dangerous time, and tying your help to it takes her power away. This is unsafe. Shared power means she chooses her path, with safety options and an advocate beside her.',
          safety: 'unsafe',
          instead: 'Ask about her safety today, offer to connect her with a domestic violence advocate, and support the choices she makes.',
        },
        {
          id: 'confront',
          text: 'Offer to talk to her boyfriend yourself and tell him to stop.',
          feedback:
            'Confronting the partner can put Keisha, and you, in danger, and it takes the decision out of her hands. This is unsafe and does not share power; the safer path is options, an advocate and your supervisor.',
          safety: 'unsafe',
          instead:
            'Do not contact the partner. Talk with Keisha about safety and options, offer a domestic violence advocate, and consult your supervisor.',
        },
        {
          id: 'only-jobs',
          text: "Take her at her word that it's not that bad, and spend the session on job leads.",
          feedback:
            'Her job goal matters, but moving past what she told you dismisses a real risk, which is unsafe. Shared power does not mean ignoring safety; it means she decides with full information and support.',
          safety: 'unsafe',
          instead:
            'Before job leads, ask whether she feels safe, share her options, and offer to connect her with a domestic violence advocate.',
        },
      ],
    },
    {
      id: 'rev-warmline-extra-shifts',
      kind: 'single',
      value: 'strengths-focused',
      setting: 'warmline',
      title: 'Paid off, worn out',
      situation:
        'Yolanda, 62, calls the warmline sounding proud. She has paid off a debt that hung over her for years by picking up extra shifts at the laundry. She mentions, almost as a joke, that she has been skipping lunch to save money and sleeping about four hours a night.',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'strengths-and-cost',
          text: 'Celebrate with her and name what it took, such as her grit and careful planning. Then say, "You also mentioned skipping lunch and short nights. How is your body holding up?" and ask how she might use that same planning to look after herself.',
          feedback:
            'This honors a real achievement without ignoring the cost she mentioned. Being strengths-focused does not mean skipping over problems; it means using her own strengths, like planning and persistence, to tackle them.',
          best: true,
        },
        {
          id: 'praise-only',
          text: 'Celebrate with her and keep the call on her success, since she sounds so happy.',
          feedback:
            'Her success deserves celebrating, but leaving out the skipped meals and lost sleep treats strengths as a reason to overlook problems. A strengths-focused approach names both and builds on her strengths to address the concern.',
        },
        {
          id: 'lecture',
          text: 'Tell her that skipping meals and sleep is bad for her and that she needs to stop the extra shifts right away.',
          feedback:
            'The concern is fair, but a lecture skips her achievement and tells her what to do. A strengths-focused response starts from what she did well and lets her choose how to use those strengths.',
        },
        {
          id: 'good-for-you',
          text: 'Say, "Good for you!" and ask what she plans to do for fun now.',
          feedback:
            'This is friendly, but a quick "good for you" is praise, not naming strengths, and it misses the cost she mentioned. Strengths-focused support names specific strengths and helps her use them.',
        },
      ],
    },
    {
      id: 'rev-dropin-license-papers',
      kind: 'branch',
      value: 'facilitates-change',
      setting: 'drop-in',
      title: 'The unopened papers',
      situation:
        "Kofi, 41, has been coming to the recovery community center for three months. He tells you that getting his driver's license back would change everything, because it would let him take a warehouse job across town. He has a stack of letters from the motor vehicle office that he has not opened.",
      prompt: 'What do you do first?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'explore',
              text: 'Ask what he already knows about the steps, what feels hardest, and what he would like your help with.',
              feedback:
                'Starting with his view keeps the goal his and shows you where he is stuck. Facilitating change begins with listening, not with taking over.',
              best: true,
              next: 'after-explore',
            },
            {
              id: 'take-over',
              text: 'Take the letters, fill out what you can, and book him an appointment at the motor vehicle office.',
              feedback:
                'This might speed things up, but it makes the plan yours, not his. Facilitating change means helping him build the skills and confidence to do it, with you beside him.',
              next: 'after-stall',
            },
            {
              id: 'just-number',
              text: "Give him the motor vehicle office's website and phone number, and ask him to let you know how it goes.",
              feedback:
                'A phone number is a start, but handing it over without planning together is a cold referral. The unopened letters show the task feels heavy, so facilitating change means breaking it down with him.',
              next: 'after-stall',
            },
          ],
        },
        {
          id: 'after-explore',
          lead: 'Kofi says the hardest part is an old court fine he has to pay off first, and he does not know how much he owes. He would like help making the call, but he wants to do the talking himself.',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'plan-call',
              text: 'Agree on a time this week to make the call together from the center. Help him jot down his questions first, let him lead the call, and plan to check in afterward about the next step.',
              feedback:
                'This is a small, specific step that he chose, with support and a follow-up. It builds his skill and confidence, which is what facilitating change is about.',
              best: true,
            },
            {
              id: 'call-for-him',
              text: 'Offer to make the call for him right now to save time, since you are good on the phone.',
              feedback:
                'He told you he wants to do the talking. Taking over, even kindly, works against facilitating change, because the aim is for him to build his own path.',
            },
            {
              id: 'whole-list',
              text: 'Map out every step to the license, from the fine to the written test and insurance, and give him the full list today.',
              feedback:
                'Seeing the whole road helps some people, but a long list can feel like the unopened letters all over again. Facilitating change means one manageable step at a time, chosen together.',
            },
          ],
        },
        {
          id: 'after-stall',
          lead: 'A week later, Kofi has not moved forward. He says, "I guess I\'m just not a paperwork person. Maybe the license isn\'t happening."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'reset',
              text: 'Say, "I think I jumped ahead of you. Let\'s go back to what you want and what feels hardest. What would be most useful from me?"',
              feedback:
                'Owning your part and going back to his goal repairs the process. Facilitating change means starting where he is and letting him steer.',
              best: true,
            },
            {
              id: 'try-harder',
              text: 'Tell him that anyone can do paperwork and he just needs to try harder this week.',
              feedback:
                'This blames him for a plan that did not fit him. Facilitating change means looking at barriers together rather than asking for more willpower.',
            },
            {
              id: 'drop-goal',
              text: 'Agree that the license may not be realistic, and suggest he look for jobs he can reach by bus.',
              feedback:
                'Other options can be worth exploring, but dropping his main goal after one stalled week tells him it is out of reach. Facilitating change means finding a better first step toward what he wants.',
            },
          ],
        },
      ],
    },
    {
      id: 'rev-res-alumni-story',
      kind: 'value',
      value: 'voluntary',
      setting: 'residential',
      title: 'The alumni dinner',
      situation:
        'Marisol, 29, is two weeks from finishing a residential program. The director wants her to tell her recovery story at the alumni dinner, because families and funders like to hear from residents. Marisol tells you she does not feel ready to speak in public. She is afraid that saying no will look bad on her discharge report.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Yes, the voluntary value is most at stake: the core question is whether Marisol can say no without it costing her. Sharing her story should be freely chosen, with no hint that her discharge depends on it. You might help her raise this with the director, or take it to your supervisor.',
          best: true,
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Respect matters, because her story belongs to her. But the main problem is quiet pressure that turns a free choice into a requirement, and that is the voluntary value.',
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'The program sees her story as a strength, and it may be one. But the question here is not her strengths; it is whether she can decline without a penalty, which is about voluntary support.',
        },
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'Being honest with her about how discharge reports work could help, and it is a good next step. Still, the heart of the problem is pressure on her choice, so voluntary is the value most at stake.',
        },
      ],
    },
    {
      id: 'rev-er-through-his-daughter',
      kind: 'single',
      value: 'respectful',
      setting: 'er',
      title: 'Through his daughter',
      situation:
        'Trần Văn Minh, 71, is in the emergency department after a dizzy spell at the market. His daughter sits beside him, and staff have been asking her all their questions, including whether he drinks. He speaks some English but mostly Vietnamese, and he has said very little. The doctor asks you to "get the story from the daughter."',
      prompt: 'What do you do first?',
      options: [
        {
          id: 'ask-him',
          text: 'Introduce yourself to him first. With a professional interpreter, ask how he would like to be addressed, and how, if at all, he wants his daughter involved in the conversation.',
          feedback:
            "This asks instead of assuming: his name, his language and his family's role are his to decide. A trained interpreter also lets him speak freely about private things like drinking. Cultural humility like this is the respectful value in action.",
          best: true,
        },
        {
          id: 'daughter-only',
          text: 'Do as the doctor asks and get the story from his daughter, since she speaks English.',
          feedback:
            'Family can be a great support, but talking past him takes away his voice in his own care, and he may not want his daughter to hear everything. The respectful approach asks him how he wants family involved and offers a trained interpreter.',
        },
        {
          id: 'daughter-interprets',
          text: 'Ask his daughter to interpret while you ask him about his drinking.',
          feedback:
            'Using a family member to interpret puts them both in an awkward spot and may keep him from speaking freely. Respect means offering a professional interpreter and letting him choose who is in the room.',
        },
        {
          id: 'treat-same',
          text: 'Treat him exactly as you would anyone else, without asking about culture or language, so you do not single him out.',
          feedback:
            'Treating everyone the same can mean overlooking what each person needs. Respect includes cultural humility: asking about name, language and family roles rather than assuming.',
        },
      ],
    },
    {
      id: 'rev-warmline-one-more-time',
      kind: 'branch',
      value: 'honest-and-direct',
      setting: 'warmline',
      safety: ['suicide-risk', 'remote-risk'],
      title: '"One more time"',
      situation:
        'You are taking calls on a peer warmline. Dennis, 58, an Army veteran, is calling for the first time. He says he just wanted "to hear a friendly voice one more time," and that he has finished writing letters to his two grown kids. When you ask about the letters, he laughs and says, "Don\'t make a thing of it."',
      prompt: 'What do you do first?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'ask-directly',
              text: 'Stay calm and stay on the line. Say, "I\'m glad you called, Dennis. When someone talks about one more time and letters to their kids, I want to ask straight out: are you thinking about suicide?"',
              feedback:
                'Goodbye words and farewell letters can be warning signs, and asking directly and calmly is the safe first step. Asking does not put the idea in his head; it shows him you can hear the truth. This is the honest and direct value when it matters most.',
              best: true,
              safety: 'escalates',
              next: 'after-ask',
            },
            {
              id: 'change-topic',
              text: "Respect that he doesn't want to make a thing of it, and ask what he has planned for the weekend instead.",
              feedback:
                'Going along with "don\'t make a thing of it" skips past clear warning signs, which is unsafe. Honest and direct care means naming what you noticed and asking plainly, even when he brushes it off.',
              safety: 'unsafe',
              instead: 'Stay on the line, say what you noticed, and ask him calmly and directly whether he is thinking about suicide.',
              next: 'after-brushoff',
            },
            {
              id: 'hand-off',
              text: 'Say, "That sounds like more than a warmline can handle. You should call 988," and end the call.',
              feedback:
                'Naming 988 is right, but ending the call leaves him alone just as he reached out, which is unsafe. A warmline is not a crisis line, so you connect him to crisis support while you stay with him. Being honest and direct means saying what worries you and staying.',
              safety: 'unsafe',
              instead:
                'Stay on the line, ask him directly about suicide, and make a warm transfer to 988 or your crisis line if there is risk.',
              next: 'after-brushoff',
            },
          ],
        },
        {
          id: 'after-ask',
          lead: 'Dennis is quiet for a moment. Then he says, "Yeah. I\'ve made up my mind. But I don\'t want some crisis line. You seem all right. Just talk to me."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'warm-transfer',
              text: "Say, \"Thank you for telling me the truth. I'm staying right here with you. I can't keep this between us, because I want you safe. I'd like to bring in the Veterans Crisis Line, which you reach by calling 988 and pressing 1, and I'll stay on until they're with you.\" Follow your crisis protocol: confirm where he is and a callback number, alert your supervisor, call 911 if danger is imminent, and document the call.",
              feedback:
                'This is honest about what you cannot keep private, keeps him on the line, and follows the crisis protocol with a warm transfer to crisis staff who work with veterans. It brings in your supervisor instead of carrying this alone. Honest and direct care means telling him what you will do, and why, before you do it.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'just-talk',
              text: 'Agree to keep it between you, and keep talking with him yourself for as long as he needs.',
              feedback:
                'Staying with him is good, but keeping his decision secret and handling it alone is unsafe, and a warmline is not a crisis line. Honest and direct care means telling him you need to bring in crisis support, and why.',
              safety: 'unsafe',
              instead:
                'Stay on the line, tell him honestly that you cannot keep this secret, and follow your crisis protocol with a warm transfer to 988 (press 1 for veterans) and your supervisor.',
            },
            {
              id: 'call-tomorrow',
              text: 'Ask him to call or text 988 himself if it gets worse tonight, and offer to talk again tomorrow.',
              feedback:
                'Waiting until tomorrow leaves him alone while he is at risk right now, so this is unsafe. Giving someone a number is not the same as connecting them. The honest and direct response is to say your concern and act on it now.',
              safety: 'unsafe',
              instead:
                'Stay on the line now, connect him with 988 (press 1 for veterans) through a warm transfer, and involve your supervisor.',
            },
          ],
        },
        {
          id: 'after-brushoff',
          lead: 'Dennis goes quiet. Then he says, "Well, thanks for listening. I\'d better go," and you can tell he is about to hang up.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'repair-and-ask',
              text: 'Say, "Please stay a minute, Dennis. I think I moved past what you said too fast. I want to ask you plainly: are you thinking about suicide?" If he is, follow your crisis protocol, with a warm transfer to 988 (press 1 for veterans) and your supervisor alerted.',
              feedback:
                'Owning your misstep and asking directly can rebuild the connection. It keeps him on the line and opens the way to crisis support. Repair like this is honest and direct, and it puts safety first.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'let-go',
              text: 'Say, "Okay, take care of yourself, Dennis," and let him hang up.',
              feedback:
                'Letting someone with warning signs hang up leaves him alone at a dangerous moment, which is unsafe. Never end a call with a person who may be at risk. Honest and direct care means naming your worry and keeping him on the line.',
              safety: 'unsafe',
              instead: 'Ask him to stay on, say plainly that you are worried, ask directly about suicide, and follow your crisis protocol.',
            },
            {
              id: 'text-later',
              text: 'Let him go, then send a text later with the 988 number.',
              feedback:
                'A text later may never be read, and he is alone now, so this is unsafe. Being honest and direct calls for speaking to your concern while he is still with you.',
              safety: 'unsafe',
              instead:
                'Keep him on the line, ask directly about suicide, and make a warm transfer to 988 (press 1 for veterans) or your crisis line.',
            },
          ],
        },
      ],
    },
    {
      id: 'rev-youth-curriculum-first',
      kind: 'value',
      value: 'mutual-and-reciprocal',
      setting: 'youth-family',
      title: '"We\'re the ones who\'ve been trained"',
      situation:
        "You co-lead a youth peer support group with Greg, a newer peer mentor. When the group talks about stress before exams, Jada, 17, starts to share a breathing trick her track coach taught her that helps her sleep. Greg cuts in: \"Let's stick to the curriculum. We're the ones who've been trained.\" Jada stops talking, and the rest of the group goes quiet.",
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'mutual-and-reciprocal',
          value: 'mutual-and-reciprocal',
          feedback:
            'Yes, being mutual and reciprocal is most at stake. Greg treats learning as flowing only from the mentors, yet Jada has real wisdom to offer, and everyone in the room, mentors included, can learn from her. Peer support works when everyone both gives and receives.',
          best: true,
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'Greg is using his role to control who speaks, which touches on shared power. But the deeper issue is his belief that only mentors have something to teach, and that is the mutual and reciprocal value.',
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            "Jada's skill is a strength worth noticing. Still, the heart of the problem is a one-way, expert stance that shuts down what she gives the group, so mutual and reciprocal is most at stake.",
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Cutting her off is not respectful, and you may want to check in with her after group. But the main lesson is that everyone in a peer group has something to teach, which is about being mutual and reciprocal.',
        },
      ],
    },
    {
      id: 'rev-rural-beers-at-the-wedding',
      kind: 'single',
      value: 'honest-and-direct',
      setting: 'rural-telehealth',
      safety: ['medication-diagnosis'],
      title: 'Beers at the wedding',
      situation:
        'Curtis, 44, meets with you by video from his home in a farming town two hours from the nearest clinic. Three weeks ago his doctor started him on a new prescription for anxiety. His cousin\'s wedding is on Saturday, and he asks, "Is it okay if I have a couple of beers on the new pills? You\'d know, right?"',
      prompt: 'What is the best response?',
      options: [
        {
          id: 'stay-in-role',
          text: 'Say, "Honestly, I don\'t know, and it isn\'t something a peer worker should answer. Your pharmacist or prescriber can tell you. Want to call the pharmacy together now, before Saturday?" Then help him think through how he wants the day to go.',
          feedback:
            'This is honest about the limits of your role and your knowledge, and it gets him a real answer from the right person before the wedding. Being honest and direct includes saying plainly what you cannot advise on, then helping him act.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'should-be-fine',
          text: 'Say, "A couple should be fine. That\'s what I did when I started mine."',
          feedback:
            'This is medical advice drawn from your own experience, and mixing alcohol with some medicines can be harmful, so it is unsafe. Being honest and direct means admitting you are not the right person to answer.',
          safety: 'unsafe',
          instead:
            'Tell him honestly that this is a question for his pharmacist or prescriber, and offer to help him call before Saturday.',
        },
        {
          id: 'skip-pills',
          text: "Suggest he skip his pills on Saturday so he doesn't have to worry about it.",
          feedback:
            'Skipping or changing a prescribed medicine without the prescriber can cause harm, so this is unsafe. Advice on taking or stopping medicine is outside the peer role, and being honest means saying so.',
          safety: 'unsafe',
          instead:
            'Encourage him not to change how he takes his medicine without asking his prescriber or pharmacist, and help him reach them before the wedding.',
        },
        {
          id: 'search-online',
          text: 'Look it up online together during the session and decide from what you find.',
          feedback:
            'Online answers can be wrong or not fit his situation, and deciding together puts you in a medical role, which is unsafe. The honest and direct response is to connect him with his pharmacist or prescriber.',
          safety: 'unsafe',
          instead:
            'Help him take the question to his pharmacist or prescriber, who know his medicines, and offer to make the call with him.',
        },
      ],
    },
    {
      id: 'rev-reentry-missed-funeral',
      kind: 'single',
      value: 'empathetic',
      setting: 'reentry',
      title: 'The funeral he missed',
      situation:
        'Hyun-woo, 44, came home from prison three weeks ago. His mother died while he was inside, and he could not go to her funeral. At the reentry center he snaps at the front desk, then tells you, "Everyone keeps telling me to move on. Nobody gets it."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'reflect',
          text: 'Say, "You lost your mom and couldn\'t be there to say goodbye, and now people want you to move on. That sounds really painful. What was she like?"',
          feedback:
            'This reflects both his feeling and what the loss means, and it invites him to talk about his mother on his own terms. That is empathy: listening for meaning instead of rushing to a fix.',
          best: true,
        },
        {
          id: 'same-story',
          text: 'Say, "I know exactly how you feel. My dad died while I was inside too, and here\'s how I got through it."',
          feedback:
            'Your loss may help you connect, but claiming you know exactly how he feels puts your story at the center. Empathy uses lived experience as a bridge, not as a claim to know his pain.',
        },
        {
          id: 'grief-list',
          text: 'Hand him a list of grief groups and tell him they will really help.',
          feedback:
            'Grief support may help later, but a list right away can feel like being passed along. Empathy comes first: let him feel heard before you offer options.',
        },
        {
          id: 'warn-behavior',
          text: 'Remind him that snapping at staff could get him in trouble with the program.',
          feedback:
            'The rule may be real, but leading with it tells him his grief matters less than his behavior. Empathy means noticing the pain under the anger; you can talk about the front desk later.',
        },
      ],
    },
    {
      id: 'rev-youth-do-the-talking',
      kind: 'value',
      value: 'equally-shared-power',
      setting: 'youth-family',
      title: '"You do the talking"',
      situation:
        'Leo, 16, asked you to help him get ready for a school meeting about his class schedule and support plan. He has written down what he wants to say. Right before the meeting, his mother suggests that you do the talking, "because the school listens to adults." Leo shrugs and says, "I guess."',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'Yes, equally shared power is most at stake. The meeting is about Leo\'s life, and he has prepared to speak for himself. You can back him up, for example by asking, "Leo, do you want to start, and I\'ll jump in if you ask me to?", instead of taking over his voice.',
          best: true,
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Respect for Leo and his mother shapes how you handle this. But the core question is who gets to speak and decide in his own plan, which is equally shared power.',
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'Helping him prepare was facilitating change, and that work is done. The choice in front of you now is whether you speak for him or with him, and that is about shared power.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Leo chose to ask for your help, so his taking part is voluntary. What is at stake now is whether his voice leads the meeting, which is equally shared power.',
        },
      ],
    },
    {
      id: 'rev-warmline-too-old',
      kind: 'single',
      value: 'hopeful',
      setting: 'warmline',
      title: '"Too old to change"',
      situation:
        'Harold, 68, calls the warmline for the first time. He says he has had a drink every day for over forty years, and his doctor has asked him to cut back. He says, "I\'m too old to change now. Old dogs, new tricks." He adds that he mostly wanted to hear what someone else thinks.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'hope-and-curiosity',
          text: 'Say, "Forty years is a long time, so it makes sense that change feels hard. People start recovery at every stage of life. What made you pick up the phone today?"',
          feedback:
            'This takes his doubt seriously, offers real hope that change is possible at any age, and invites him to name his own reasons. That is the hopeful value: belief in him, without pressure or promises.',
          best: true,
        },
        {
          id: 'cheerlead',
          text: 'Say, "You\'re never too old! You\'ll feel amazing in no time, I promise."',
          feedback:
            'The energy is kind, but it skips over his real doubt and makes a promise no one can keep. Hopeful support admits how hard change feels while holding on to the belief that it can happen.',
        },
        {
          id: 'agree',
          text: 'Say, "It\'s true that change is harder later in life. Maybe just focus on enjoying the years you have."',
          feedback:
            'This agrees with his doubt and closes the door he opened by calling. The hopeful value holds that recovery is possible for everyone, at any age.',
        },
        {
          id: 'doctor-only',
          text: 'Say, "Your doctor is the expert, so do what they said," and wrap up the call.',
          feedback:
            'Encouraging him to plan changes with his doctor is wise, but ending there misses the chance to offer hope from someone who has been there. A hopeful peer listens and shows that change is possible.',
        },
      ],
    },
    {
      id: 'rev-rural-back-to-work',
      kind: 'multi',
      value: 'facilitates-change',
      setting: 'rural-telehealth',
      title: 'Buried by a big goal',
      situation:
        'Joaquín, 50, lives in a mountain town with one bus a day. On a video call he tells you he wants to get back to work after a back injury and eight months in recovery, but every time he thinks about it he feels "buried." He used to be a mechanic.',
      prompt: 'Which of these steps would help facilitate change? Choose all that apply.',
      options: [
        {
          id: 'his-words',
          text: 'Ask what "getting back to work" would look like for him, and reflect it back in his own words.',
          feedback:
            'Naming the goal in his own words keeps it his, and it often makes a big goal feel clearer. This is the first step in facilitating change.',
          correct: true,
        },
        {
          id: 'one-step',
          text: 'Ask him to pick one small step for this week, such as calling the garage where he used to work, and plan together when and how he will do it.',
          feedback:
            'One small, specific step turns a buried feeling into something he can act on. Choosing it together, not for him, is how facilitating change works.',
          correct: true,
        },
        {
          id: 'barriers',
          text: 'Talk through what might get in the way, such as the bus schedule, and who or what could help, then plan to check back next week.',
          feedback:
            'Looking at barriers and supports and then checking back turns a plan into action. That follow-through is a core part of facilitating change.',
          correct: true,
        },
        {
          id: 'write-plan',
          text: 'Write a full back-to-work plan for him before your next call, since you know the job programs better.',
          feedback:
            'Taking over can feel helpful, but a plan he did not build is hard for him to own. Facilitating change means guiding and supporting while he stays in charge of the plan.',
          correct: false,
        },
        {
          id: 'email-list',
          text: 'Email him a list of job websites and agencies and let him take it from there.',
          feedback:
            'A list on its own is a cold referral, and in a rural area many of those links may not fit his life. Facilitating change means connecting him to resources together, with follow-up.',
          correct: false,
        },
      ],
    },
    {
      id: 'rev-dropin-bathroom-overdose',
      kind: 'rank',
      value: 'voluntary',
      setting: 'drop-in',
      safety: ['overdose-medical'],
      title: 'The locked bathroom',
      situation:
        'Earlier today at the drop-in center, Luis, 34, told you, "Whatever happens, don\'t ever call 911 on me. I can\'t have police around." An hour later he has been in the single-stall bathroom for twenty minutes. When staff unlock the door, he is slumped on the floor, does not respond to his name, and is breathing very slowly.',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'emergency',
          text: "Call 911 or use the center's emergency code right away, give naloxone if you are trained and it is on hand, and stay with him until help arrives. Then tell your supervisor and write down what happened.",
          feedback:
            'This belongs first. No response and very slow breathing are signs of an overdose, a medical emergency in which safety comes before any earlier request. You honor the voluntary value afterward, by talking with Luis about what happened and what he wants once he is safe.',
          safety: 'escalates',
        },
        {
          id: 'no-naloxone',
          text: 'Shout for a coworker to call 911 and stay with him, but hold off on naloxone because he said he did not want help.',
          feedback:
            'Calling 911 and staying are right, so this ranks second. But holding back naloxone when you are trained and it is on hand is unsafe, because it wastes time he may not have. A comment about police earlier in the day is not an informed refusal of lifesaving care, so the voluntary value does not apply here.',
          safety: 'unsafe',
          instead: 'Give naloxone if you are trained and it is available while someone calls 911, and stay with him until help arrives.',
        },
        {
          id: 'find-supervisor',
          text: "Leave him to go and find your supervisor, and ask whether calling 911 fits the center's policy, given what he told you.",
          feedback:
            'Your supervisor needs to know, but not before emergency help is called. Leaving him alone and delaying the call is unsafe and could cost his life. In an emergency you call first and inform your supervisor after; the voluntary value never outranks a medical emergency.',
          safety: 'unsafe',
          instead: 'Call 911 or the emergency code first, stay with him, and let your supervisor know once help is on the way.',
        },
        {
          id: 'sleep-it-off',
          text: 'Respect what he told you: let him sleep it off in a quiet corner and check on him every few minutes.',
          feedback:
            'This ranks last because it leaves someone with slowed breathing without emergency care, which is unsafe. "Respecting his choice" is never the right answer when a life is at risk, and the voluntary value does not cover a medical emergency.',
          safety: 'unsafe',
          instead: "Call 911 or the site's emergency code now, give naloxone if you are trained, and stay with him until help arrives.",
        },
      ],
    },
    {
      id: 'rev-er-not-one-of-your-people',
      kind: 'value',
      value: 'open-minded',
      setting: 'er',
      title: '"Not one of your people"',
      situation:
        'You are the peer bridger in an emergency department. Eleanor, 74, a retired schoolteacher, was brought in after fainting at church, and her tests show she had been drinking heavily. She is now stable and waiting for her son. A nurse tells you, "She\'s a sweet grandma, not one of your people. I\'d skip her."',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'open-minded',
          value: 'open-minded',
          feedback:
            "Yes, being open-minded is most at stake. The nurse's picture of who has problems with alcohol could keep Eleanor from ever hearing about support. Setting that assumption aside means you offer to talk with her, as you would anyone, and let her decide.",
          best: true,
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Eleanor can still say no, and that choice is hers. But the question here is whether she is offered support at all, and that depends on setting aside assumptions, which is being open-minded.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Respect for her as an elder matters. But the core problem is a stereotype about who "counts" as someone who might want peer support, which is what the open-minded value addresses.',
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'You will want to be empathetic when you meet her. But what is at stake right now is an assumption about her, made before anyone has talked with her, which is about being open-minded.',
        },
      ],
    },
    {
      id: 'rev-reentry-letter-for-court',
      kind: 'single',
      value: 'strengths-focused',
      setting: 'reentry',
      title: 'A letter for the hearing',
      situation:
        'Tamara, 36, came home from prison eight months ago and is working to regain custody of her two children. Her hearing is next month, and her lawyer asked her to write a short letter about herself. She tells you, "I\'ve got nothing good to write. I messed everything up." You know she has held the same job for five months, finished a parenting class, and has not missed a single visit with her kids.',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'her-strengths',
          text: 'Ask what she is proudest of since coming home, and reflect back the strengths you have seen: the steady job, the parenting class, every visit kept. Help her put them into her own words, and suggest she show the final letter to her lawyer.',
          feedback:
            'This builds from real, specific strengths she has shown, and the letter stays in her voice. Being strengths-focused means looking at what is strong, not only at what went wrong, and these strengths are exactly what her letter needs.',
          best: true,
        },
        {
          id: 'write-it',
          text: 'Offer to write the letter for her, since you know how to make her sound good.',
          feedback:
            'You might write a polished letter, but it would not be hers, and she would miss the chance to see her own strengths. Strengths-focused support helps her find and name them herself.',
        },
        {
          id: 'apologize',
          text: 'Suggest she spend most of the letter apologizing for her past and explaining what went wrong.',
          feedback:
            'Owning the past may have a place, but a letter built around mistakes repeats the story she already tells herself. A strengths-focused letter leads with what she has built since coming home.',
        },
        {
          id: 'ask-lawyer',
          text: 'Tell her this is really a question for her lawyer.',
          feedback:
            'Her lawyer can advise on the legal side, but she came to you feeling she has nothing good to say. Helping her see her strengths is squarely part of the peer role and of a strengths-focused approach.',
        },
      ],
    },
    {
      id: 'rev-res-dinner-invitation',
      kind: 'single',
      value: 'respectful',
      setting: 'residential',
      safety: ['role-limits'],
      title: 'The dinner invitation',
      situation:
        'Gabriel, 36, finishes his residential program on Friday. During your last one-to-one, he says he has developed feelings for you. He asks whether you would go to dinner with him once he is "not a resident anymore," and asks for your personal number.',
      prompt: 'What is the best response?',
      options: [
        {
          id: 'kind-no',
          text: "Thank him for his honesty, and say kindly but clearly that you can't date someone you support or give out your personal number, and that his leaving the program doesn't change that. Bring the session back to his plans for after Friday, then tell your supervisor about the conversation and document it as your policy requires.",
          feedback:
            'Peer codes rule out romantic or sexual relationships with people you serve, and a relationship that starts the day he leaves would still grow out of this one. Saying no clearly and warmly, then returning to his goals, is respectful of both him and the role.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'after-friday',
          text: 'Say you feel the same way, and that you can have dinner once he has left the program.',
          feedback:
            'A romantic relationship with someone you serve is a boundary violation even if it starts after discharge, because it grows out of a relationship with unequal power. It is unsafe for him and his recovery, and it is not respectful of the role.',
          safety: 'unsafe',
          instead: 'Decline kindly and clearly, keep the focus on his discharge plan, and tell your supervisor about the conversation.',
        },
        {
          id: 'number-only',
          text: 'Say no to dinner, but give him your personal number so he can call if he ever needs support.',
          feedback:
            "Your personal number blurs the line you just drew and can lead to a dual relationship that leaves him without clear support, which is unsafe. Respectful boundaries mean pointing him to the program's alumni support or a warmline instead.",
          safety: 'unsafe',
          instead:
            'Keep your personal contact details private, and help him line up support after discharge, such as alumni groups or a warmline.',
        },
        {
          id: 'avoid',
          text: 'Say nothing, end the session early, and ask a coworker to cover your sessions with him until Friday.',
          feedback:
            'Avoiding him may feel safer, but leaving without a word can feel like rejection right before a hard move. Respect means naming the boundary kindly, then talking with your supervisor about whether any change is needed.',
        },
      ],
    },
    {
      id: 'rev-er-sister-asks',
      kind: 'single',
      value: 'hopeful',
      setting: 'er',
      title: '"Do people like him make it?"',
      situation:
        'In the emergency department you meet Tanisha, who is sitting with her younger brother, Marcus, 24. He was treated for an overdose earlier today and is now awake and stable. While Marcus listens from the bed, Tanisha asks you, "Be honest. Do people like him ever actually make it?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'grounded-hope',
          text: "Say, \"Yes, people do recover, and it looks different for different people. I'm one of them. I can't promise how it goes for anyone, but I'd like to hear what Marcus wants next.\" Then turn to Marcus.",
          feedback:
            'This offers real hope, backed by your lived experience, without a promise no one can keep. It also brings Marcus into the conversation, so hope is something he shares in, not something said about him.',
          best: true,
        },
        {
          id: 'promise',
          text: 'Say, "If he goes to treatment and does what I did, he\'ll be fine. I promise."',
          feedback:
            'Hope matters, but promising an outcome is not fair to Marcus or Tanisha, and peer codes warn against unwarranted promises. The hopeful value says recovery is possible without guaranteeing how or when.',
        },
        {
          id: 'tough-odds',
          text: 'Say, "Honestly, the odds are tough, but some people beat them."',
          feedback:
            'This tells Marcus, who is listening, that he will probably fail. The hopeful value holds that everyone can recover, and you have no basis for forecasting his chances.',
        },
        {
          id: 'ask-doctors',
          text: 'Say, "That\'s really a question for the doctors," and change the subject.',
          feedback:
            'Hope is exactly what a peer can offer here, and your own life shows recovery is possible. Passing the question on misses the chance to be a hopeful presence for both of them.',
        },
      ],
    },
    {
      id: 'rev-res-what-did-i-need',
      kind: 'single',
      value: 'mutual-and-reciprocal',
      setting: 'residential',
      title: '"What did I need back then?"',
      situation:
        'In a residential peer group, Nadia, 40, says she has stopped asking herself "What\'s wrong with me?" and started asking "What did I need back then?" Her words change how you see a hard part of your own recovery. After group, she tells you she felt silly for saying it out loud.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'tell-her',
          text: 'Tell her briefly that what she said helped you see part of your own recovery in a new way, and thank her. Then ask what led her to that question.',
          feedback:
            'Letting her know she taught you something shows that learning flows both ways, which is the heart of the mutual and reciprocal value. Keeping it brief and turning back to her keeps the focus on her.',
          best: true,
        },
        {
          id: 'keep-quiet',
          text: 'Tell her it was a good share, but keep your own reaction to yourself so the focus stays on her.',
          feedback:
            'Keeping the focus on her is good, but hiding what she gave you misses a chance to show her she has wisdom to offer. Being mutual and reciprocal means letting people know when you learn from them.',
        },
        {
          id: 'long-share',
          text: 'Tell her the whole story of that hard time in your recovery and how her words changed the way you see it.',
          feedback:
            'The whole story turns the conversation toward you and may leave her feeling she now has to support you. Mutual sharing is brief and purposeful, so it does not become a role reversal.',
        },
        {
          id: 'reassure',
          text: 'Say, "Don\'t feel silly. Everyone shares in group," and move on.',
          feedback:
            'This is reassuring, but it treats her insight as ordinary and misses what she gave the group and you. The mutual and reciprocal value asks you to notice and name what people contribute.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
