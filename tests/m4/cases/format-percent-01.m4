format(`100%% sure')
